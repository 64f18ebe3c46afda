// The indicators screen: every figure of an organisation subtree for a period (a year, or any
// span of days), by the report's six sections, with the same span a year earlier beside it, and
// the figures no record type provides yet.
import type { Sql } from "../db/client.js";
import type { Actor } from "../engine/actor.js";
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import { REPORT_SECTIONS } from "../kernel/indicators.js";
import { REPORT_FIGURES } from "./catalog.js";
import { coversSubtreePredicate } from "../engine/access.js";
import type { Period } from "../engine/indicator-sql.js";
import { Params } from "../engine/params.js";
import { computeFigures, yearEarlier } from "./figures.js";

export async function indicatorTable(
  db: Sql,
  input: {
    readonly types: readonly RecordTypeDeclaration[];
    readonly actor: Actor;
    readonly orgId: number;
    readonly period: Period;
  },
) {
  const { period } = input;
  const previousPeriod = yearEarlier(period);
  const [current, previous] = await computeFigures(db, {
    ...input,
    periods: [period, previousPeriod],
  });
  const params = new Params();
  const covers = coversSubtreePredicate(input.actor, params, "o.id");
  const [org] = await db.query<{ id: number; name: string; covered: boolean }>(
    `SELECT o.id, o.name, (${covers}) AS covered FROM org o WHERE o.id = ${params.add(input.orgId)}`,
    params.values,
  );
  const figures = [...(current?.values() ?? [])].filter((figure) => !figure.isAuxiliary);
  return {
    org: { id: input.orgId, name: org?.name ?? "" },
    /** partial: the user's scope covers only part of the subtree; figures count what they may open. */
    coverage: org?.covered === true ? "full" : "partial",
    year: Number(period.to.slice(0, 4)),
    period,
    previousPeriod,
    sections: REPORT_SECTIONS.map((section) => ({
      id: section.id,
      label: section.label,
      indicators: figures
        .filter((figure) => figure.section === section.id)
        .map(({ isAuxiliary: _auxiliary, section: _section, ...figure }) => {
          const before = previous?.get(figure.key);
          return {
            ...figure,
            previous: { value: before?.value ?? null, formatted: before?.formatted ?? "—" },
          };
        }),
    })),
    missing: REPORT_FIGURES.filter((figure) => !current?.has(figure.key)),
  };
}
