// Human-readable summary of a published draw, shared by `fazhi verify-draw` and the portal page so
// both show the same plan, lists, hashes, seed and selection.
import type { DrawOutcome, PublishedDraw } from "./types.js";

export const RISK_LABELS: Readonly<Record<string, string>> = {
  A: "A类（低风险）",
  B: "B类（一般风险）",
  C: "C类（较高风险）",
  D: "D类（高风险）",
  unclassified: "未分类",
};

/** An instant of the file in Beijing time, with the value as published (it is hashed as written). */
export function beijingTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const local = new Date(ms + 8 * 3_600_000).toISOString().replace("T", " ").slice(0, 19);
  return `${local}（北京时间；文件中为 ${iso}）`;
}

/** [label, value] rows; call only when the file passed the format check. */
export function drawSummary(file: PublishedDraw): (readonly [string, string])[] {
  const { material } = file;
  const { plan } = material;
  return [
    ["抽查计划", `${plan.number} ${plan.title}`],
    ["类型", plan.kind === "joint" ? "部门联合抽查" : "部门内部抽查"],
    ["部门", plan.orgs.join("、")],
    ["抽查事项", plan.items.join("；")],
    ["材料公布时间", beijingTime(material.publishedAt)],
    ["摇号时间", beijingTime(file.drawnAt)],
    ...material.strata.map(
      (s) =>
        [
          `名录：${RISK_LABELS[s.riskClass] ?? s.riskClass}`,
          `${s.entities.length}户，抽取${s.quota}户，SHA-256 ${s.sha256}`,
        ] as const,
    ),
    [
      "执法检查人员名录",
      `${material.inspectors.length}名，每户${plan.inspectorsPerEntity}名，SHA-256 ${material.inspectorsSha256}`,
    ],
    ["回避", `${material.recusals.length}条`],
    ...material.seedSources.map((source) => {
      const value = file.seed.find((v) => v.source === source.id)?.value;
      return [
        `种子：${source.label}`,
        `${source.expectedOn}可知；公布值${value === undefined ? "（缺少）" : `“${value}”`}`,
      ] as const;
    }),
    ["材料 SHA-256（公布值）", file.materialSha256],
    ["种子 SHA-256（公布值）", file.outcome.seedSha256],
  ];
}

export interface SelectionRow {
  readonly name: string;
  readonly creditCode: string;
  readonly risk: string;
  readonly inspectors: string;
}

export function selectionRows(file: PublishedDraw, outcome: DrawOutcome): SelectionRow[] {
  const names = new Map(
    file.material.strata.flatMap((s) => s.entities.map((e) => [e.creditCode, e.name] as const)),
  );
  const inspectors = new Map(
    file.material.inspectors.map((i) => [i.code, `${i.name}（${i.org}，${i.code}）`] as const),
  );
  return outcome.selections.map((s) => ({
    name: names.get(s.creditCode) ?? "",
    creditCode: s.creditCode,
    risk: RISK_LABELS[s.riskClass] ?? s.riskClass,
    inspectors: s.inspectors.map((code) => inspectors.get(code) ?? code).join("、"),
  }));
}
