// The records that link to a record: for a record's page, every record of another type whose link
// field points at it (the follow-ups of an instruction or of an overdue case), each through its
// own type's read rule, with its state and nearest running deadline.
import { recordTypes } from "../domains/registry.js";
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import { accessPredicate } from "./access.js";
import type { Actor } from "./actor.js";
import { toneOf, type ClockTone } from "./clock-view.js";
import { todayOf, type EngineContext } from "./context.js";
import { displayLabels } from "./display.js";
import { columnOf, tableOf } from "./naming.js";
import { Params } from "./params.js";
import { checkReadable } from "./records-read.js";
import { linkFieldsOf, mayLinkTo } from "./record-links.js";
import { selectColumns, toRecordRow } from "./select.js";

export interface LinkingRecord {
  readonly recordType: string;
  readonly field: string;
  readonly id: number;
  readonly recordNumber: string | null;
  readonly title: string;
  readonly state: string;
  readonly values: Readonly<Record<string, unknown>>;
  readonly display: Readonly<Record<string, string>>;
  readonly nextDue: {
    readonly label: string;
    readonly dueOn: string;
    readonly tone: ClockTone;
  } | null;
}

const scalarText = (value: unknown): string =>
  typeof value === "string" || typeof value === "number" ? String(value) : "";

/** Enough for a card on a page; more than this many links to one record is a list's job. */
const MOST = 100;

export async function linkingRecords(
  context: EngineContext,
  target: RecordTypeDeclaration,
  actor: Actor,
  id: number,
): Promise<LinkingRecord[]> {
  await checkReadable(context, target, actor, id);
  const today = todayOf(context);
  const found: LinkingRecord[] = [];
  for (const type of recordTypes)
    for (const field of linkFieldsOf(type).filter((f) => mayLinkTo(f, target.id))) {
      const params = new Params();
      const read = accessPredicate({ type, actor, params, purpose: "read", alias: "r" });
      const rows = await context.db.query(
        `SELECT ${selectColumns(type, "r", new Set([type.titleField, ...type.list.columns]))},
           (SELECT json_build_object('clockId', c.clock_id, 'dueOn', c.due_on) FROM record_clock c
             WHERE c.record_type = ${params.add(type.id)} AND c.record_id = r.id AND c.status = 'running'
               AND c.due_on IS NOT NULL ORDER BY c.due_on LIMIT 1) AS "due"
         FROM ${tableOf(type)} r
         WHERE r.${columnOf(field.name)} = ${params.add(`${target.id}:${id}`)} AND ${read}
         ORDER BY r.id LIMIT ${MOST}`,
        params.values,
      );
      for (const { due, ...columns } of rows) {
        const row = toRecordRow(columns);
        const display = displayLabels(type, row);
        const next = due as { clockId: string; dueOn: string } | null;
        const clock = type.clocks.find((candidate) => candidate.id === next?.clockId);
        found.push({
          recordType: type.id,
          field: field.name,
          id: row.id,
          recordNumber: row.recordNumber,
          title: display[type.titleField] ?? scalarText(row.values[type.titleField]),
          state: row.state,
          values: row.values,
          display,
          nextDue: next
            ? {
                label: clock?.label ?? next.clockId,
                dueOn: next.dueOn,
                tone: toneOf({ status: "running", dueOn: next.dueOn, stoppedOn: null }, today),
              }
            : null,
        });
      }
    }
  return found;
}
