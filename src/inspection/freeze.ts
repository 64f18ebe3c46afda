// Publishing a plan (公示): the eligible lists are read from the registries and frozen with their
// hashes into inspection_draw, before anyone can know the seed. Runs in the publish action's
// transaction, so the plan is published exactly when its material is.
import type { Sql } from "../db/client.js";
import { materialSha256, validateMaterial, type DrawMaterial } from "../draw/index.js";
import {
  eligibleEntities,
  listEligibleInspectors,
} from "../domains/inspectionRegistry/eligible.js";
import { validationError } from "../engine/errors.js";
import type { RecordRow } from "../engine/select.js";
import {
  buildMaterial,
  RISK_CLASSES,
  type EligibleStratum,
  type InspectorForDraw,
} from "./material.js";
import { industriesOf, planForDraw } from "./plan-values.js";
import { insertDraw } from "./store.js";

/**
 * The inspectors of each entity's latest inspection under a plan drawn before `before`: they step
 * aside this time (the last inspector of that entity).
 */
async function lastInspectors(sql: Sql, before: string): Promise<Map<string, string[]>> {
  const rows = await sql.query<{ credit_code: string; inspectors: { code?: unknown }[] | null }>(
    `SELECT DISTINCT ON (credit_code) credit_code, inspectors
       FROM r_inspection_result
      WHERE drawn_on < $1::date
      ORDER BY credit_code, drawn_on DESC, id DESC`,
    [before],
  );
  return new Map(
    rows.map((row) => [
      row.credit_code,
      (row.inspectors ?? []).map((cell) => (typeof cell.code === "string" ? cell.code : "")),
    ]),
  );
}

export interface Frozen {
  readonly drawId: number;
  readonly material: DrawMaterial;
  readonly materialSha256: string;
}

export async function freezeMaterial(
  tx: Sql,
  input: { plan: RecordRow; publishedOn: string; publishedAt: string; by: number | null },
): Promise<Frozen> {
  const plan = await planForDraw(tx, input.plan);
  const industries = industriesOf(input.plan);
  const filter = {
    industries,
    ...(input.plan.values["bySupervisingDepartment"] === true
      ? { supervisingOrgs: plan.orgs.map((org) => org.id) }
      : {}),
  };
  const affiliated = new Map<string, number>();
  const strata: EligibleStratum[] = [];
  for (const riskClass of RISK_CLASSES) {
    const entities = [];
    for await (const entity of eligibleEntities(tx, { ...filter, riskClass })) {
      entities.push({ creditCode: entity.creditCode, name: entity.name });
      if (entity.affiliatedOrg !== null) affiliated.set(entity.creditCode, entity.affiliatedOrg);
    }
    strata.push({ riskClass, entities });
  }
  if (strata.every((stratum) => stratum.entities.length === 0))
    throw validationError([
      {
        field: "industries",
        code: "inspection.noEntities",
        message: "按所定抽查范围，检查对象名录库中没有可抽取的市场主体",
      },
    ]);
  const end = input.plan.values["periodEnd"];
  const periodEnd = typeof end === "string" ? end : input.publishedOn;
  const inspectors: InspectorForDraw[] = (
    await listEligibleInspectors(tx, { orgs: plan.orgs.map((org) => org.id), on: periodEnd })
  ).map((inspector) => ({
    code: inspector.certificateNumber,
    name: inspector.name,
    org: inspector.orgName,
    orgId: inspector.org,
    speciality: inspector.speciality,
    conflicts: inspector.conflicts.map((conflict) => conflict.creditCode),
  }));
  if (inspectors.length < plan.inspectorsPerEntity)
    throw validationError([
      {
        field: "inspectorsPerEntity",
        code: "inspection.fewInspectors",
        message: `参与部门在执法检查人员名录库中有效的检查人员只有${inspectors.length}名，少于每户${plan.inspectorsPerEntity}名`,
      },
    ]);
  const material = buildMaterial({
    plan,
    strata,
    inspectors,
    affiliated,
    lastInspectors: await lastInspectors(tx, input.publishedOn),
    publishedAt: input.publishedAt,
  });
  const problems = validateMaterial(material);
  if (problems.length > 0)
    throw validationError([
      {
        field: "publishedOn",
        code: "inspection.material",
        message: problems.slice(0, 5).join("；"),
      },
    ]);
  const hash = materialSha256(material);
  const drawId = await insertDraw(tx, {
    planId: input.plan.id,
    material,
    materialSha256: hash,
    by: input.by,
  });
  return { drawId, material, materialSha256: hash };
}
