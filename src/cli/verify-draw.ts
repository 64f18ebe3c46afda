// `fazhi verify-draw FILE`: re-runs a published random-inspection draw from its file alone and
// says, check by check, whether the published selection is the one the published material and
// seed produce (docs/random-draw.md §7). Needs no database: anyone can run it on a download.
import { readFile } from "node:fs/promises";
import { drawSummary, selectionRows } from "../draw/describe.js";
import { verifyPublishedDraw, type DrawVerification, type PublishedDraw } from "../draw/index.js";
import { usageError, type CommandOutput } from "./io.js";

export function formatVerification(path: string, input: unknown, result: DrawVerification): string {
  const lines = [`抽查摇号验证：${path}`, ""];
  // The summary reads fields the format check has vouched for.
  const file =
    result.checks.find((c) => c.id === "format")?.ok === true ? (input as PublishedDraw) : null;
  if (file) lines.push(...drawSummary(file).map(([label, value]) => `${label}：${value}`), "");
  lines.push("逐项检查：");
  for (const check of result.checks) {
    lines.push(`  ${check.ok ? "✓ 通过" : "✗ 未通过"}  ${check.title}`);
    for (const problem of check.problems) lines.push(`      - ${problem}`);
  }
  if (file && result.recomputed) {
    const rows = selectionRows(file, result.recomputed);
    lines.push("", `重新摇号的结果（共${rows.length}户）：`);
    rows.forEach((row, i) => {
      lines.push(
        `  ${i + 1}. ${row.name} ${row.creditCode} ${row.risk}`,
        `     检查人员：${row.inspectors}`,
      );
    });
  }
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
  if (result.ok) return { exitCode: 0, stdout: report, stderr: "" };
  return { exitCode: 1, stdout: report, stderr: `验证未通过：${result.problems.length}处问题\n` };
}
