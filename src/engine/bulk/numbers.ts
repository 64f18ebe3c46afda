// Record numbers of an import: numbers a file carries are kept (and the year's sequence moves past
// them, so later numbers never collide); blank ones are numbered in order, as createRecord would.
import type { Sql } from "../../db/client.js";
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import type { ValidRecord } from "./validate.js";

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The record number of the type's prefix, year and sequence number: 侯复〔2023〕12号. */
export const formatRecordNumber = (
  type: Pick<RecordTypeDeclaration, "numbering">,
  year: number,
  number: number,
): string => `${type.numbering.prefix}〔${year}〕${number}号`;

/** 侯复〔2023〕12号 → { year: 2023, number: 12 } when it has this type's prefix. */
export function parseRecordNumber(type: RecordTypeDeclaration, text: string) {
  const match = new RegExp(`^${escapeRegExp(type.numbering.prefix)}〔(\\d{4})〕(\\d+)号$`).exec(
    text,
  );
  return match ? { year: Number(match[1]), number: Number(match[2]) } : null;
}

const yearOf = (type: RecordTypeDeclaration, record: ValidRecord, fallback: number): number => {
  const date = record.values[type.numbering.dateField];
  return typeof date === "string" ? Number(date.slice(0, 4)) : fallback;
};

export async function assignNumbers(
  tx: Sql,
  type: RecordTypeDeclaration,
  records: readonly ValidRecord[],
): Promise<string[]> {
  const highest = new Map<number, number>();
  for (const record of records) {
    const parsed = record.recordNumber ? parseRecordNumber(type, record.recordNumber) : null;
    if (parsed) highest.set(parsed.year, Math.max(highest.get(parsed.year) ?? 0, parsed.number));
  }
  for (const [year, number] of highest) {
    await tx.query(
      `INSERT INTO record_number (record_type, year, last_number) VALUES ($1, $2, $3)
       ON CONFLICT (record_type, year) DO UPDATE SET last_number = GREATEST(record_number.last_number, EXCLUDED.last_number)`,
      [type.id, year, number],
    );
  }
  const thisYear = new Date().getFullYear();
  const blanks = new Map<number, number>();
  for (const record of records) {
    if (record.recordNumber) continue;
    const year = yearOf(type, record, thisYear);
    blanks.set(year, (blanks.get(year) ?? 0) + 1);
  }
  const next = new Map<number, number>();
  for (const [year, count] of blanks) {
    const [row] = await tx.query<{ last: number }>(
      `INSERT INTO record_number (record_type, year, last_number) VALUES ($1, $2, $3)
       ON CONFLICT (record_type, year) DO UPDATE SET last_number = record_number.last_number + EXCLUDED.last_number
       RETURNING last_number AS last`,
      [type.id, year, count],
    );
    next.set(year, (row?.last ?? count) - count + 1);
  }
  return records.map((record) => {
    if (record.recordNumber) return record.recordNumber;
    const year = yearOf(type, record, thisYear);
    const number = next.get(year) ?? 1;
    next.set(year, number + 1);
    return formatRecordNumber(type, year, number);
  });
}
