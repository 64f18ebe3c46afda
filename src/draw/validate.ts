// validateMaterial: everything checkable about a draw's material before it is published
// (docs/random-draw.md §7, steps 1–3). The server calls it before publishing; verification calls
// it on the published file. An empty list means the material is well formed, its hashes are
// right, and every entity it lists can be given a full team of eligible inspectors, so a draw
// from it cannot fail afterwards.
import { isValidCreditCode } from "../kernel/codes.js";
import { inspectorsSha256, stratumSha256 } from "./hashes.js";
import {
  Problems,
  arrayAt,
  chinaDay,
  integerAt,
  isIsoDate,
  isIsoInstant,
  objectAt,
  stringAt,
  type Json,
} from "./shape.js";
import { DRAW_FORMAT, type DrawEntity, type DrawInspector, type RiskClass } from "./types.js";

export const RISK_CLASSES: readonly RiskClass[] = ["A", "B", "C", "D", "unclassified"];
const RECUSAL_REASONS = ["sameOrg", "declared", "lastInspector"];

const MATERIAL_KEYS = [
  "format",
  "plan",
  "strata",
  "inspectors",
  "inspectorsSha256",
  "recusals",
  "seedSources",
  "publishedAt",
];
const PLAN_KEYS = [
  "number",
  "title",
  "kind",
  "orgs",
  "items",
  "riskWeighted",
  "inspectorsPerEntity",
];

/** Strictly ascending by UTF-16 code units (the JavaScript default string order). */
function checkSorted(
  problems: Problems,
  path: string,
  keys: readonly string[],
  what: string,
): void {
  for (let i = 1; i < keys.length; i++) {
    const previous = keys[i - 1] ?? "";
    const current = keys[i] ?? "";
    if (current === previous) problems.add(`${path}[${i}]`, `${what}“${current}”重复`);
    else if (current < previous)
      problems.add(
        `${path}[${i}]`,
        `${what}“${current}”排在“${previous}”之后，名录未按${what}升序排列`,
      );
  }
}

export function validateMaterial(material: unknown, path = "material"): string[] {
  const problems = new Problems();
  checkMaterial(problems, material, path);
  return problems.result();
}

export function checkMaterial(problems: Problems, material: unknown, path: string): void {
  const root = objectAt(problems, path, material, MATERIAL_KEYS);
  if (!root) return;
  if (root.format !== DRAW_FORMAT) problems.add(`${path}.format`, `应为“${DRAW_FORMAT}”`);
  const plan = checkPlan(problems, root.plan, `${path}.plan`);
  const entities = checkStrata(problems, root.strata, `${path}.strata`);
  const inspectors = checkInspectors(problems, root, path, plan);
  checkRecusals(problems, root.recusals, `${path}.recusals`, entities, inspectors, plan);
  checkSeedSources(problems, root, path);
}

interface PlanFacts {
  readonly kind: string;
  readonly orgs: ReadonlySet<string>;
  readonly teamSize: number | null;
}

function checkPlan(problems: Problems, value: unknown, path: string): PlanFacts | null {
  const plan = objectAt(problems, path, value, PLAN_KEYS);
  if (!plan) return null;
  stringAt(problems, `${path}.number`, plan.number, { nonEmpty: true });
  stringAt(problems, `${path}.title`, plan.title, { nonEmpty: true });
  if (plan.kind !== "joint" && plan.kind !== "internal")
    problems.add(`${path}.kind`, "应为“joint”（部门联合）或“internal”（部门内部）");
  const orgs = new Set<string>();
  const orgList = arrayAt(problems, `${path}.orgs`, plan.orgs) ?? [];
  orgList.forEach((org, i) => {
    if (!stringAt(problems, `${path}.orgs[${i}]`, org, { nonEmpty: true })) return;
    if (orgs.has(org)) problems.add(`${path}.orgs[${i}]`, `部门“${org}”重复`);
    orgs.add(org);
  });
  if (plan.kind === "internal" && orgList.length !== 1)
    problems.add(`${path}.orgs`, "部门内部抽查应恰好有1个实施部门");
  if (plan.kind === "joint" && orgList.length < 2)
    problems.add(`${path}.orgs`, "部门联合抽查应至少有2个参与部门");
  const items = arrayAt(problems, `${path}.items`, plan.items) ?? [];
  if (Array.isArray(plan.items) && items.length === 0)
    problems.add(`${path}.items`, "应至少列出1项抽查事项");
  items.forEach((item, i) => stringAt(problems, `${path}.items[${i}]`, item, { nonEmpty: true }));
  if (typeof plan.riskWeighted !== "boolean")
    problems.add(`${path}.riskWeighted`, "应为true或false");
  const teamSize = integerAt(problems, `${path}.inspectorsPerEntity`, plan.inspectorsPerEntity, 2)
    ? plan.inspectorsPerEntity
    : null;
  return { kind: typeof plan.kind === "string" ? plan.kind : "", orgs, teamSize };
}

/** Returns every listed credit code (for the recusal checks). */
function checkStrata(problems: Problems, value: unknown, path: string): ReadonlySet<string> {
  const all = new Set<string>();
  const strata = arrayAt(problems, path, value);
  if (!strata) return all;
  if (strata.length === 0) problems.add(path, "应至少有1个抽取层");
  const classes = new Set<unknown>();
  let totalQuota = 0;
  strata.forEach((item, s) => {
    const at = `${path}[${s}]`;
    const stratum = objectAt(problems, at, item, ["riskClass", "quota", "entities", "sha256"]);
    if (!stratum) return;
    if (!RISK_CLASSES.includes(stratum.riskClass as RiskClass))
      problems.add(`${at}.riskClass`, `应为${RISK_CLASSES.join("、")}之一`);
    else if (classes.has(stratum.riskClass))
      problems.add(`${at}.riskClass`, `风险类别“${String(stratum.riskClass)}”已有抽取层`);
    classes.add(stratum.riskClass);
    const entities = checkEntities(problems, stratum.entities, `${at}.entities`, all);
    if (integerAt(problems, `${at}.quota`, stratum.quota, 0)) {
      totalQuota += stratum.quota;
      if (entities && stratum.quota > entities.length)
        problems.add(`${at}.quota`, `抽取数${stratum.quota}超过本层名录的${entities.length}户`);
    }
    if (entities) {
      const expected = stratumSha256(entities);
      if (stratum.sha256 !== expected)
        problems.add(`${at}.sha256`, `与名录重新计算的哈希 ${expected} 不符，名录或哈希被改动`);
    }
  });
  if (strata.length > 0 && totalQuota === 0)
    problems.add(path, "各层抽取数合计为0，本次抽查不抽取任何对象");
  return all;
}

function checkEntities(
  problems: Problems,
  value: unknown,
  path: string,
  all: Set<string>,
): DrawEntity[] | null {
  const list = arrayAt(problems, path, value);
  if (!list) return null;
  let wellFormed = true;
  const codes: string[] = [];
  const here = new Set<string>();
  for (const [i, item] of list.entries()) {
    const entity = objectAt(problems, `${path}[${i}]`, item, ["creditCode", "name"]);
    if (!entity) {
      wellFormed = false;
      continue;
    }
    const nameOk = stringAt(problems, `${path}[${i}].name`, entity.name, { nonEmpty: true });
    const code = entity.creditCode;
    if (typeof code !== "string" || !isValidCreditCode(code)) {
      problems.add(`${path}[${i}].creditCode`, `“${String(code)}”不是有效的统一社会信用代码`);
      wellFormed = false;
      continue;
    }
    if (all.has(code) && !here.has(code))
      problems.add(
        `${path}[${i}].creditCode`,
        `企业 ${code} 已列入另一抽取层，同一企业只能属于一层`,
      );
    all.add(code);
    here.add(code);
    codes.push(code);
    wellFormed &&= nameOk;
  }
  checkSorted(problems, path, codes, "统一社会信用代码");
  return wellFormed ? (list as DrawEntity[]) : null;
}

function checkInspectors(
  problems: Problems,
  root: Json,
  path: string,
  plan: PlanFacts | null,
): ReadonlyMap<string, DrawInspector> {
  const byCode = new Map<string, DrawInspector>();
  const list = arrayAt(problems, `${path}.inspectors`, root.inspectors);
  if (!list) return byCode;
  let wellFormed = true;
  const codes: string[] = [];
  for (const [i, item] of list.entries()) {
    const at = `${path}.inspectors[${i}]`;
    const inspector = objectAt(problems, at, item, ["code", "name", "org", "speciality"]);
    if (!inspector) {
      wellFormed = false;
      continue;
    }
    const ok = [
      stringAt(problems, `${at}.code`, inspector.code, { nonEmpty: true }),
      stringAt(problems, `${at}.name`, inspector.name, { nonEmpty: true }),
      stringAt(problems, `${at}.org`, inspector.org, { nonEmpty: true }),
      stringAt(problems, `${at}.speciality`, inspector.speciality),
    ].every(Boolean);
    if (!ok) {
      wellFormed = false;
      continue;
    }
    const typed = inspector as unknown as DrawInspector;
    if (plan?.kind === "joint" && plan.orgs.size > 0 && !plan.orgs.has(typed.org))
      problems.add(`${at}.org`, `“${typed.org}”不是本次联合抽查的参与部门`);
    codes.push(typed.code);
    byCode.set(typed.code, typed);
  }
  checkSorted(problems, `${path}.inspectors`, codes, "执法证号");
  if (wellFormed) {
    const expected = inspectorsSha256(list as DrawInspector[]);
    if (root.inspectorsSha256 !== expected)
      problems.add(
        `${path}.inspectorsSha256`,
        `与执法人员名录重新计算的哈希 ${expected} 不符，名录或哈希被改动`,
      );
  }
  if (plan?.teamSize != null && wellFormed && list.length < plan.teamSize)
    problems.add(`${path}.inspectors`, `只有${list.length}名执法人员，少于每户${plan.teamSize}名`);
  return byCode;
}

function checkRecusals(
  problems: Problems,
  value: unknown,
  path: string,
  entities: ReadonlySet<string>,
  inspectors: ReadonlyMap<string, DrawInspector>,
  plan: PlanFacts | null,
): void {
  const list = arrayAt(problems, path, value);
  if (!list) return;
  const seen = new Set<string>();
  const recusedPerEntity = new Map<string, Set<string>>();
  list.forEach((item, i) => {
    const at = `${path}[${i}]`;
    const recusal = objectAt(problems, at, item, ["inspector", "creditCode", "reason"]);
    if (!recusal) return;
    const { inspector, creditCode, reason } = recusal;
    if (
      !stringAt(problems, `${at}.inspector`, inspector) ||
      !stringAt(problems, `${at}.creditCode`, creditCode)
    )
      return;
    if (!inspectors.has(inspector))
      problems.add(`${at}.inspector`, `执法证号“${inspector}”不在执法人员名录中`);
    if (!entities.has(creditCode))
      problems.add(`${at}.creditCode`, `企业 ${creditCode} 不在任何抽取层的名录中`);
    if (!RECUSAL_REASONS.includes(reason as string))
      problems.add(`${at}.reason`, `应为${RECUSAL_REASONS.join("、")}之一`);
    const key = JSON.stringify([inspector, creditCode, reason]);
    if (seen.has(key)) problems.add(at, "与前面的回避记录重复");
    seen.add(key);
    const set = recusedPerEntity.get(creditCode) ?? new Set<string>();
    if (inspectors.has(inspector)) set.add(inspector);
    recusedPerEntity.set(creditCode, set);
  });
  // Any listed entity may be drawn, so each must keep a full team after its recusals.
  if (plan?.teamSize == null || inspectors.size < plan.teamSize) return;
  for (const [creditCode, recused] of recusedPerEntity) {
    const eligible = inspectors.size - recused.size;
    if (eligible < plan.teamSize)
      problems.add(
        path,
        `企业 ${creditCode} 回避${recused.size}名后只剩${eligible}名执法人员，少于每户${plan.teamSize}名`,
      );
  }
}

function checkSeedSources(problems: Problems, root: Json, path: string): void {
  const publishedAt = root.publishedAt;
  const publishedOk =
    stringAt(problems, `${path}.publishedAt`, publishedAt) && isIsoInstant(publishedAt);
  if (typeof publishedAt === "string" && !publishedOk)
    problems.add(`${path}.publishedAt`, "应为带时区的ISO 8601时间，如2026-12-01T09:00:00+08:00");
  const list = arrayAt(problems, `${path}.seedSources`, root.seedSources);
  if (!list) return;
  if (list.length === 0)
    problems.add(`${path}.seedSources`, "应至少有1个事先公布、届时才可知的种子来源");
  const ids = new Set<string>();
  list.forEach((item, i) => {
    const at = `${path}.seedSources[${i}]`;
    const source = objectAt(problems, at, item, ["id", "label", "expectedOn", "description"]);
    if (!source) return;
    if (stringAt(problems, `${at}.id`, source.id, { nonEmpty: true })) {
      if (ids.has(source.id)) problems.add(`${at}.id`, `种子来源“${source.id}”重复`);
      ids.add(source.id);
    }
    stringAt(problems, `${at}.label`, source.label, { nonEmpty: true });
    stringAt(problems, `${at}.description`, source.description);
    const on = source.expectedOn;
    if (typeof on !== "string" || !isIsoDate(on))
      problems.add(`${at}.expectedOn`, "应为YYYY-MM-DD格式的日期");
    else if (publishedOk && on < chinaDay(publishedAt))
      problems.add(
        `${at}.expectedOn`,
        `${on}早于材料公布日${chinaDay(publishedAt)}，公布时已可知，不能作为种子`,
      );
  });
}
