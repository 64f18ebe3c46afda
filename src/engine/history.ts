// A record's history: its audit events (through the read rule) and the names of the people and
// organisations they mention, so that a timeline shows 王晓东 and 侯马市司法局, not ids.
import type { Sql } from "../db/client.js";
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import type { Actor } from "./actor.js";
import { historyOf, type AuditEvent } from "./audit.js";
import type { EngineContext } from "./context.js";
import { Params } from "./params.js";
import { checkReadable } from "./records-read.js";
import { linkLabels, linkText } from "./record-links.js";

export interface HistoryNames {
  /** Display names of users: the actors and the values of user fields. */
  readonly users: ReadonlyMap<number, string>;
  readonly orgs: ReadonlyMap<number, string>;
  /** Linked records (`instruction:12`) as their number, and title where the reader may read it. */
  readonly records: ReadonlyMap<string, string>;
}

export interface RecordHistory {
  readonly events: readonly AuditEvent[];
  readonly names: HistoryNames;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Ids held by fields of one kind in the events' before and after values. */
function idsOf(
  type: RecordTypeDeclaration,
  events: readonly AuditEvent[],
  kind: "org" | "user",
): Set<number> {
  const names = new Set(type.fields.filter((field) => field.kind === kind).map((f) => f.name));
  const ids = new Set<number>();
  for (const event of events) {
    for (const values of [event.before, event.after]) {
      if (!isRecord(values)) continue;
      for (const [name, value] of Object.entries(values)) {
        if (names.has(name) && typeof value === "number" && Number.isInteger(value)) ids.add(value);
      }
    }
  }
  return ids;
}

async function namesIn(
  sql: Sql,
  table: "app_user" | "org",
  ids: ReadonlySet<number>,
): Promise<Map<number, string>> {
  if (ids.size === 0) return new Map();
  const params = new Params();
  const list = [...ids].map((id) => params.add(id)).join(", ");
  const name = table === "org" ? "name" : "display_name";
  const rows = await sql.query<{ id: number; name: string }>(
    `SELECT id, ${name} AS name FROM ${table} WHERE id IN (${list})`,
    params.values,
  );
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function recordHistory(
  context: EngineContext,
  type: RecordTypeDeclaration,
  actor: Actor,
  id: number,
): Promise<RecordHistory> {
  await checkReadable(context, type, actor, id);
  const events = await historyOf(context.db, type.id, id);
  const users = idsOf(type, events, "user");
  for (const event of events) if (event.actorId !== null) users.add(event.actorId);
  const valuesOfEvents = events.flatMap((event) =>
    [event.before, event.after].flatMap((values) => (isRecord(values) ? [{ values }] : [])),
  );
  const links = await linkLabels(context.db, type, actor, valuesOfEvents);
  return {
    events,
    names: {
      users: await namesIn(context.db, "app_user", users),
      orgs: await namesIn(context.db, "org", idsOf(type, events, "org")),
      records: new Map([...links].map(([link, label]) => [link, linkText(label)])),
    },
  };
}
