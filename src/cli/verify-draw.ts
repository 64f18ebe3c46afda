// `fazhi verify-draw FILE`: re-runs a published random-inspection draw from its file alone and
// says, check by check, whether the published selection is the one the published material and
// seed produce (docs/random-draw.md §7). Needs no database: anyone can run it on a download.
import { readFile } from "node:fs/promises";
import {
  verifyPublishedDraw,
  type DrawOutcome,
  type DrawVerification,
  type PublishedDraw,
} from "../draw/index.js";
import { usageError, type CommandOutput } from "./io.js";

const RISK_LABELS: Readonly<Record<string, string>> = {
  A: "A类（低风险）",
  B: "B类（一般风险）",
  C: "C类（较高风险）",
  D: "D类（高风险）",
  unclassified: "未分类",
};

/** The plan, lists, hashes and seed, printed only once the file's shape is known to be sound. */
function describeMaterial(file: PublishedDraw): string[] {
  const { material } = file;
  const { plan } = material;
  const lines = [
    `抽查计划：${plan.number} ${plan.title}`,
    `  类型：${plan.kind === "joint" ? "部门联合抽查" : "部门内部抽查"}；部门：${plan.orgs.join("、")}`,
    `  抽查事项：${plan.items.join("；")}`,
    `  材料公布时间：${material.publishedAt}；摇号时间：${file.drawnAt}`,
    "检查对象名录（按统一社会信用代码排序）：",
    ...material.strata.map(
      (s) =>
        `  ${RISK_LABELS[s.riskClass] ?? s.riskClass}：${s.entities.length}户，抽取${s.quota}户，SHA-256 ${s.sha256}`,
    ),
    `执法检查人员名录：${material.inspectors.length}名，每户${plan.inspectorsPerEntity}名，SHA-256 ${material.inspectorsSha256}`,
    `回避：${material.recusals.length}条`,
    "种子来源与公布的种子值：",
    ...material.seedSources.map((source) => {
      const value = file.seed.find((v) => v.source === source.id)?.value;
      return `  ${source.label}（${source.expectedOn}可知）：${value === undefined ? "（缺少）" : `“${value}”`}`;
    }),
    `材料 SHA-256（公布值）：${file.materialSha256}`,
    `种子 SHA-256（公布值）：${file.outcome.seedSha256}`,
  ];
  return lines;
}

function describeOutcome(file: PublishedDraw, outcome: DrawOutcome): string[] {
  const names = new Map(
    file.material.strata.flatMap((s) => s.entities.map((e) => [e.creditCode, e.name])),
  );
  const inspectors = new Map(
    file.material.inspectors.map((i) => [i.code, `${i.name}（${i.org}，${i.code}）`]),
  );
  return [
    `重新摇号的结果（共${outcome.selections.length}户）：`,
    ...outcome.selections.map(
      (s, i) =>
        `  ${i + 1}. ${names.get(s.creditCode) ?? ""} ${s.creditCode} ${RISK_LABELS[s.riskClass] ?? s.riskClass}` +
        `\n     检查人员：${s.inspectors.map((code) => inspectors.get(code) ?? code).join("、")}`,
    ),
  ];
}

export function formatVerification(path: string, input: unknown, result: DrawVerification): string {
  const lines = [`抽查摇号验证：${path}`, ""];
  const shapeOk = result.checks.find((c) => c.id === "format")?.ok === true;
  if (shapeOk) lines.push(...describeMaterial(input as PublishedDraw), "");
  lines.push("逐项检查：");
  for (const check of result.checks) {
    lines.push(`  ${check.ok ? "✓ 通过" : "✗ 未通过"}  ${check.title}`);
    for (const problem of check.problems) lines.push(`      - ${problem}`);
  }
  if (result.recomputed && shapeOk)
    lines.push("", ...describeOutcome(input as PublishedDraw, result.recomputed));
  lines.push(
    "",
    result.ok
      ? "结论：验证通过。公布的抽查结果与由公布材料和种子值重新计算的结果完全一致。"
      : `结论：验证未通过，共${result.problems.length}处问题（见上）。`,
  );
  return `${lines.join("\n")}\n`;
}

export async function verifyDrawCommand(args: readonly string[]): Promise<CommandOutput> {
  const [path, ...rest] = args;
  if (path === undefined || path.startsWith("-") || rest.length > 0)
    return usageError("用法：fazhi verify-draw 文件（公布的抽查摇号结果文件，JSON）");
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    return usageError(
      `无法读取文件“${path}”：${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return usageError(`文件“${path}”不是有效的JSON：${(error as Error).message}`);
  }
  const result = verifyPublishedDraw(input);
  const report = formatVerification(path, input, result);
  return result.ok
    ? { exitCode: 0, stdout: report, stderr: "" }
    : { exitCode: 1, stdout: report, stderr: `验证未通过：${result.problems.length}处问题\n` };
}
