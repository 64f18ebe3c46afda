// A plan record's values as the draw needs them, its departments resolved to organisations by
// their full names (a bad name is the field's problem, and nothing is published).
import type { Sql } from "../db/client.js";
import type { RiskClass } from "../draw/index.js";
import { validationError } from "../engine/errors.js";
import type { RecordRow } from "../engine/select.js";
import type { PlanForDraw } from "./material.js";

type Rows = readonly Readonly<Record<string, unknown>>[];
const rowsOf = (value: unknown): Rows => (Array.isArray(value) ? (value as Rows) : []);
const text = (value: unknown): string => (typeof value === "string" ? value : "");
const int = (value: unknown): number => (typeof value === "number" ? value : 0);

export async function planForDraw(sql: Sql, plan: RecordRow): Promise<PlanForDraw> {
  const values = plan.values;
  const leadingId = int(values["leadingOrg"]);
  const [leading] = await sql.query<{ id: number; name: string }>(
    "SELECT id, name FROM org WHERE id = $1",
    [leadingId],
  );
  if (!leading)
    throw validationError([
      { field: "leadingOrg", code: "inspection.leadingOrg", message: "牵头部门不存在" },
    ]);
  const orgs = [leading];
  if (values["kind"] === "joint") {
    const names = rowsOf(values["participants"]).map((row) => text(row["department"]).trim());
    const found = await sql.query<{ id: number; name: string }>(
      "SELECT id, name FROM org WHERE name = ANY($1::text[])",
      [names],
    );
    const problems = names.flatMap((name, index) => {
      const matches = found.filter((org) => org.name === name);
      if (matches.length === 1) return [];
      return [
        {
          field: `participants.${index}.department`,
          code: "inspection.participant",
          message:
            matches.length === 0
              ? `参与部门第${index + 1}行“${name}”不是平台中的单位全称`
              : `参与部门第${index + 1}行“${name}”对应多个单位，请联系管理员`,
        },
      ];
    });
    if (problems.length > 0) throw validationError(problems);
    for (const org of found) if (!orgs.some((known) => known.id === org.id)) orgs.push(org);
    if (orgs.length < 2)
      throw validationError([
        {
          field: "participants",
          code: "inspection.jointOrgs",
          message: "部门联合抽查须有牵头部门以外的至少一个参与部门",
        },
      ]);
  }
  const quotas: Partial<Record<RiskClass, number>> = {};
  for (const row of rowsOf(values["quotas"]))
    quotas[text(row["riskClass"]) as RiskClass] = int(row["quota"]);
  const ratioB = int(values["ratioB"]);
  return {
    number: plan.recordNumber ?? `#${plan.id}`,
    title: text(values["title"]),
    kind: values["kind"] === "joint" ? "joint" : "internal",
    orgs,
    items: rowsOf(values["items"]).map((row) => text(row["item"])),
    riskWeighted: values["riskWeighted"] === true,
    inspectorsPerEntity: int(values["inspectorsPerEntity"]),
    ratios: {
      A: int(values["ratioA"]),
      B: ratioB,
      C: int(values["ratioC"]),
      D: int(values["ratioD"]),
      unclassified: ratioB,
    },
    quotas,
    lottery: {
      name: text(values["lotteryName"]),
      issue: text(values["lotteryIssue"]),
      date: text(values["lotteryDate"]),
    },
  };
}

export const industriesOf = (plan: RecordRow): string[] =>
  rowsOf(plan.values["industries"]).map((row) => text(row["industry"]));
