// verifyPublishedDraw: re-runs a published draw from the file alone (docs/random-draw.md §7).
// The same code runs in `fazhi verify-draw`, on the server and in the citizen's browser.
import { recusalIndex } from "./assign.js";
import { isSha256Hex } from "./canonical.js";
import { DrawError } from "./errors.js";
import { materialSha256, seedSha256 } from "./hashes.js";
import { drawValidated } from "./run.js";
import {
  Problems,
  arrayAt,
  isObject,
  chinaDay,
  isIsoInstant,
  objectAt,
  stringAt,
} from "./shape.js";
import { DRAW_FORMAT, type DrawOutcome, type DrawSelection, type PublishedDraw } from "./types.js";
import { RISK_CLASSES, checkMaterial } from "./validate.js";

export interface DrawCheck {
  /** Stable identifier (tests and the portal page key on it). */
  readonly id: "format" | "material" | "materialHash" | "seed" | "timing" | "outcome" | "recusals";
  /** What was checked, in Chinese. */
  readonly title: string;
  readonly ok: boolean;
  /** The problems of this check (empty when it passed). */
  readonly problems: readonly string[];
}

export interface DrawVerification {
  readonly ok: boolean;
  readonly problems: readonly string[];
  /** Every check in order, passed or not; checks that could not run are absent. */
  readonly checks: readonly DrawCheck[];
  /** The draw re-run from the published material and seed, when they allowed it. */
  readonly recomputed?: DrawOutcome;
  readonly materialSha256?: string;
}

const FILE_KEYS = ["format", "material", "materialSha256", "seed", "drawnAt", "outcome"];

export function verifyPublishedDraw(input: unknown): DrawVerification {
  const checks: DrawCheck[] = [];
  const run = (id: DrawCheck["id"], title: string, body: (problems: Problems) => void): boolean => {
    const problems = new Problems();
    body(problems);
    checks.push({ id, title, ok: problems.count === 0, problems: problems.result() });
    return problems.count === 0;
  };
  const finish = (
    extra: { recomputed?: DrawOutcome; materialSha256?: string } = {},
  ): DrawVerification => ({
    ok: checks.every((check) => check.ok),
    problems: checks.flatMap((check) => check.problems),
    checks,
    ...extra,
  });

  const file = isObject(input) ? input : null;
  const formatOk = run("format", "文件格式与字段", (problems) => {
    objectAt(problems, "", input, FILE_KEYS);
    if (!file) return;
    if (file.format !== DRAW_FORMAT) problems.add("format", `应为“${DRAW_FORMAT}”`);
    if (!isSha256Hex(file.materialSha256))
      problems.add("materialSha256", "应为64位小写十六进制SHA-256值");
    if (stringAt(problems, "drawnAt", file.drawnAt) && !isIsoInstant(file.drawnAt))
      problems.add("drawnAt", "应为带时区的ISO 8601时间");
    checkSeedShape(problems, file.seed);
    checkOutcomeShape(problems, file.outcome);
  });
  if (!formatOk || !file) return finish();
  // The shape checks above make the cast sound for the fields read below.
  const published = file as unknown as PublishedDraw;

  const materialOk = run(
    "material",
    "抽查材料：名录排序与哈希、抽取数、执法人员、回避、种子来源",
    (problems) => {
      checkMaterial(problems, published.material, "material");
    },
  );
  if (!materialOk) return finish();

  const materialHash = materialSha256(published.material);
  run("materialHash", "材料哈希与公布值一致", (problems) => {
    if (materialHash !== published.materialSha256)
      problems.add("materialSha256", `公布值与材料重新计算的 ${materialHash} 不符`);
  });

  let seedHash: string | null = null;
  run("seed", "种子值逐一对应事先公布的来源，种子哈希一致", (problems) => {
    try {
      seedHash = seedSha256(materialHash, published.seed, published.material.seedSources);
    } catch (error) {
      if (!(error instanceof DrawError)) throw error;
      problems.add("seed", error.message);
      return;
    }
    if (seedHash !== published.outcome.seedSha256)
      problems.add("outcome.seedSha256", `公布值与由材料哈希和种子值重新计算的 ${seedHash} 不符`);
  });

  run("timing", "摇号时间晚于材料公布时间，种子值届时已可知", (problems) => {
    const { drawnAt } = published;
    if (Date.parse(drawnAt) < Date.parse(published.material.publishedAt))
      problems.add(
        "drawnAt",
        `摇号时间 ${drawnAt} 早于材料公布时间 ${published.material.publishedAt}`,
      );
    for (const source of published.material.seedSources)
      if (source.expectedOn > chinaDay(drawnAt))
        problems.add(
          "drawnAt",
          `摇号日${chinaDay(drawnAt)}早于种子来源“${source.label}”的可知日${source.expectedOn}`,
        );
  });

  let recomputed: DrawOutcome | undefined;
  run("outcome", "按公布的材料和种子重新摇号，结果与公布结果一致", (problems) => {
    if (seedHash === null) {
      problems.add("outcome", "种子值不完整，无法重新摇号");
      return;
    }
    recomputed = drawValidated(published.material, published.seed, materialHash);
    compareSelections(problems, published.outcome.selections, recomputed.selections);
  });

  run("recusals", "公布结果中没有应回避或名录外的执法人员", (problems) => {
    checkTeams(problems, published);
  });
  return finish({ materialSha256: materialHash, ...(recomputed ? { recomputed } : {}) });
}

function checkSeedShape(problems: Problems, value: unknown): void {
  const seed = arrayAt(problems, "seed", value);
  seed?.forEach((item, i) => {
    const entry = objectAt(problems, `seed[${i}]`, item, ["source", "value"]);
    if (!entry) return;
    stringAt(problems, `seed[${i}].source`, entry.source, { nonEmpty: true });
    stringAt(problems, `seed[${i}].value`, entry.value);
  });
}

function checkOutcomeShape(problems: Problems, value: unknown): void {
  const outcome = objectAt(problems, "outcome", value, ["seedSha256", "selections"]);
  if (!outcome) return;
  if (!isSha256Hex(outcome.seedSha256))
    problems.add("outcome.seedSha256", "应为64位小写十六进制SHA-256值");
  const selections = arrayAt(problems, "outcome.selections", outcome.selections);
  selections?.forEach((item, i) => {
    const at = `outcome.selections[${i}]`;
    const selection = objectAt(problems, at, item, ["creditCode", "riskClass", "inspectors"]);
    if (!selection) return;
    stringAt(problems, `${at}.creditCode`, selection.creditCode, { nonEmpty: true });
    if (!RISK_CLASSES.includes(selection.riskClass as DrawSelection["riskClass"]))
      problems.add(`${at}.riskClass`, `应为${RISK_CLASSES.join("、")}之一`);
    const inspectors = arrayAt(problems, `${at}.inspectors`, selection.inspectors);
    inspectors?.forEach((code, k) =>
      stringAt(problems, `${at}.inspectors[${k}]`, code, { nonEmpty: true }),
    );
  });
}

const describe = (selection: DrawSelection): string =>
  `${selection.creditCode}（${selection.riskClass}类，检查人员 ${selection.inspectors.join("、")}）`;

function compareSelections(
  problems: Problems,
  published: readonly DrawSelection[],
  recomputed: readonly DrawSelection[],
): void {
  if (published.length !== recomputed.length)
    problems.add(
      "outcome.selections",
      `公布${published.length}户，重新摇号应为${recomputed.length}户`,
    );
  const count = Math.max(published.length, recomputed.length);
  for (let i = 0; i < count; i++) {
    const a = published[i];
    const b = recomputed[i];
    const same =
      a !== undefined &&
      b !== undefined &&
      a.creditCode === b.creditCode &&
      a.riskClass === b.riskClass &&
      a.inspectors.length === b.inspectors.length &&
      a.inspectors.every((code, k) => code === b.inspectors[k]);
    if (!same)
      problems.add(
        `outcome.selections[${i}]`,
        `公布为${a ? describe(a) : "（无）"}，重新摇号为${b ? describe(b) : "（无）"}`,
      );
  }
}

/** Independent of the re-run: a published team must never contain a recused or unknown inspector. */
function checkTeams(problems: Problems, published: PublishedDraw): void {
  const { material } = published;
  const recused = recusalIndex(material.recusals);
  const known = new Set(material.inspectors.map((i) => i.code));
  published.outcome.selections.forEach((selection, i) => {
    const at = `outcome.selections[${i}].inspectors`;
    const team = new Set<string>();
    selection.inspectors.forEach((code, k) => {
      if (!known.has(code))
        problems.add(`${at}[${k}]`, `执法证号“${code}”不在公布的执法人员名录中`);
      if (recused.get(selection.creditCode)?.has(code) === true) {
        const reasons = material.recusals
          .filter((r) => r.creditCode === selection.creditCode && r.inspector === code)
          .map((r) => r.reason)
          .join("、");
        problems.add(
          `${at}[${k}]`,
          `执法人员“${code}”对企业 ${selection.creditCode} 应回避（${reasons}）`,
        );
      }
      if (team.has(code)) problems.add(`${at}[${k}]`, `执法人员“${code}”在同一检查组中重复`);
      team.add(code);
    });
    if (selection.inspectors.length !== material.plan.inspectorsPerEntity)
      problems.add(
        at,
        `检查组有${selection.inspectors.length}名，应为每户${material.plan.inspectorsPerEntity}名`,
      );
  });
}
