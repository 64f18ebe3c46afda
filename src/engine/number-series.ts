// Number series an action assigns (三统一: the unified registration number of a normative document,
// 侯规〔2023〕3号). They share the record numbers' counter table under their own key, so a series
// is yearly and gap-free under concurrent registrations (the counter row is locked by its upsert).
import type { Sql } from "../db/client.js";
import type { NumberSeries, RecordTypeDeclaration } from "../kernel/declaration.js";
import type { FieldValue } from "../kernel/values.js";

/** The counter key: never a record type id, which has no dot. */
const keyOf = (type: Pick<RecordTypeDeclaration, "id">, series: NumberSeries): string =>
  `${type.id}.${series.field}`;

export const formatSeriesNumber = (series: NumberSeries, year: number, n: number): string =>
  `${series.prefix}〔${String(year)}〕${String(n)}号`;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** 侯规〔2023〕3号 → { year: 2023, n: 3 } when it is a number of this series. */
export function parseSeriesNumber(series: NumberSeries, text: string) {
  const match = new RegExp(`^${escapeRegExp(series.prefix)}〔(\\d{4})〕(\\d+)号$`).exec(text);
  return match ? { year: Number(match[1]), n: Number(match[2]) } : null;
}

const yearOf = (values: Readonly<Record<string, unknown>>, series: NumberSeries, today: string) => {
  const date = values[series.dateField];
  return Number((typeof date === "string" ? date : today).slice(0, 4));
};

/** The next number of the series for the year of the record's date field, taken now. */
export async function nextInSeries(
  tx: Sql,
  type: RecordTypeDeclaration,
  series: NumberSeries,
  values: Readonly<Record<string, unknown>>,
  today: string,
): Promise<FieldValue> {
  const year = yearOf(values, series, today);
  const [row] = await tx.query<{ last: number }>(
    `INSERT INTO record_number (record_type, year, last_number) VALUES ($1, $2, 1)
     ON CONFLICT (record_type, year) DO UPDATE SET last_number = record_number.last_number + 1
     RETURNING last_number AS last`,
    [keyOf(type, series), year],
  );
  return formatSeriesNumber(series, year, row?.last ?? 1);
}

/** The series of a type's actions (one per field). */
export const seriesOf = (type: RecordTypeDeclaration): NumberSeries[] => {
  const byField = new Map<string, NumberSeries>();
  for (const action of type.workflow.actions)
    if (action.assignsNumber) byField.set(action.assignsNumber.field, action.assignsNumber);
  return [...byField.values()];
};

/**
 * Imported records that already carry numbers of a series (a register kept before fazhi): the
 * series moves past the highest of each year, so a later registration never repeats one.
 */
export async function advanceSeriesPast(
  tx: Sql,
  type: RecordTypeDeclaration,
  records: readonly { readonly values: Readonly<Record<string, unknown>> }[],
): Promise<void> {
  for (const series of seriesOf(type)) {
    const highest = new Map<number, number>();
    for (const record of records) {
      const value = record.values[series.field];
      const parsed = typeof value === "string" ? parseSeriesNumber(series, value) : null;
      if (parsed) highest.set(parsed.year, Math.max(highest.get(parsed.year) ?? 0, parsed.n));
    }
    for (const [year, n] of highest)
      await tx.query(
        `INSERT INTO record_number (record_type, year, last_number) VALUES ($1, $2, $3)
         ON CONFLICT (record_type, year) DO UPDATE
           SET last_number = GREATEST(record_number.last_number, EXCLUDED.last_number)`,
        [keyOf(type, series), year, n],
      );
  }
}
