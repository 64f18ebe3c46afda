// Reading records through the access rule: list, count, single record (exports: export-stream.ts).
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import { accessBranches, accessPredicate } from "./access.js";
import { hasAnyRole, type Actor } from "./actor.js";
import { clocksJson, type ClockState } from "./clocks.js";
import { clockView, toneOf, type ClockTone, type ClockView } from "./clock-view.js";
import { todayOf, type EngineContext } from "./context.js";
import { displayLabels, holdsSensitiveValue, maskValues, revealableFields } from "./display.js";
import { notFound } from "./errors.js";
import { compileFilters, orderKey, type ListQuery } from "./list-query.js";
import { cachedPage, listCacheKey, storePage } from "./list-cache.js";
import { tableOf } from "./naming.js";
import { stampOf, versionStamp, type VersionSnapshot } from "./versions.js";
import { Params } from "./params.js";
import { listFields, selectColumns, toRecordRow, type RecordRow } from "./select.js";
import { availableActions, type ActionView } from "./action-view.js";
import { checklistsOf, type ChecklistView } from "./checklist.js";
import { showLinks } from "./record-links.js";
import { catalogueCellNames, type CatalogueNames } from "./cell-names.js";

export interface ListItem extends RecordRow {
  readonly display: Record<string, string>;
  readonly nextDue: {
    readonly label: string;
    readonly dueOn: string;
    readonly tone: ClockTone;
  } | null;
}

export interface ListPage {
  readonly items: readonly ListItem[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

export interface RecordView extends RecordRow {
  readonly display: Record<string, string>;
  readonly clocks: readonly ClockView[];
  readonly actions: readonly ActionView[];
  /** The procedure steps of the actions out of this state, with what is met (see checklist.ts). */
  readonly checklists: readonly ChecklistView[];
  readonly isFinal: boolean;
  readonly canEdit: boolean;
  /** Sensitive fields (shown masked) whose full value this actor may ask for (POST …/reveal). */
  readonly revealable: readonly string[];
  /** "code name" of the catalogue codes in child-table cells, by catalogue and code. */
  readonly catalogueNames: CatalogueNames;
}

function filterClauses(
  type: RecordTypeDeclaration,
  query: ListQuery | null,
  params: Params,
  today: string,
): string[] {
  if (!query) return [];
  const clauses = compileFilters({ type, query, params, alias: "r" });
  if (query.overdue === true) {
    clauses.push(`EXISTS (SELECT 1 FROM record_clock c WHERE c.record_type = ${params.add(type.id)}
      AND c.record_id = r.id AND c.status = 'running' AND c.due_on < ${params.add(today)})`);
  }
  return clauses;
}

/** The read rule and the list's filters, as one WHERE condition on alias r. */
export function whereClause(
  type: RecordTypeDeclaration,
  actor: Actor,
  query: ListQuery | null,
  params: Params,
  today: string,
) {
  const access = accessPredicate({ type, actor, params, purpose: "read", alias: "r" });
  return [access, ...filterClauses(type, query, params, today)].join(" AND ");
}

/**
 * Ids (with their sort key) of the records an actor may read that match the query: one branch per
 * access predicate, so each branch can run as an index-only scan on its org field's list index.
 */
function matchingIds(
  type: RecordTypeDeclaration,
  actor: Actor,
  query: ListQuery,
  params: Params,
  today: string,
  sortColumn: string,
): string {
  const branches = accessBranches({ type, actor, params, purpose: "read", alias: "r" });
  // Branches are made disjoint (a record in both is kept by the first), so UNION ALL needs no
  // de-duplication and each branch streams in index order (a merge, not a sort, for LIMIT).
  return branches
    .map((branch, i) => {
      const earlier = branches.slice(0, i).map((previous) => `NOT COALESCE(${previous}, FALSE)`);
      const where = [branch, ...earlier, ...filterClauses(type, query, params, today)].join(
        " AND ",
      );
      return `SELECT r.id, r.${sortColumn} AS sort_key FROM ${tableOf(type)} r WHERE ${where}`;
    })
    .join(" UNION ALL ");
}

export async function listRecords(
  context: EngineContext,
  type: RecordTypeDeclaration,
  actor: Actor,
  query: ListQuery,
  /** Versions already read this request (with the session); saves a round trip. */
  versions?: VersionSnapshot,
) {
  const today = todayOf(context);
  const key = listCacheKey({
    recordType: type.id,
    stamp: versions ? stampOf(versions, type.id) : await versionStamp(context.db, type.id),
    actor,
    query,
    today,
  });
  const cached = cachedPage(context.db, key) as ListPage | undefined;
  if (cached) return cached;
  const params = new Params();
  const { column, direction } = orderKey(type, query);
  // The PostgreSQL default null order for each direction, which is also the index order.
  const order = `sort_key ${direction}, id ${direction}`;
  const matched = matchingIds(type, actor, query, params, today, column);
  const counted = matchingIds(type, actor, query, params, today, column);
  const typeParam = params.add(type.id);
  const limit = params.add(query.pageSize);
  const offset = params.add((query.page - 1) * query.pageSize);
  // The page is chosen on ids and sort keys only (index-only scans); values, names and the next
  // deadline are then read for those rows alone, by primary key. The total is its own scan.
  const rows = await context.db.query(
    `SELECT ${selectColumns(type, "r", listFields(type))}, d.label AS "dueLabel", d.due_on AS "dueOn",
       (SELECT count(*) FROM (${counted}) c) AS "total"
     FROM (SELECT id, sort_key FROM (${matched}) m ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}) page
     JOIN ${tableOf(type)} r ON r.id = page.id
     LEFT JOIN LATERAL (SELECT c.clock_id AS label, c.due_on FROM record_clock c
       WHERE c.record_type = ${typeParam} AND c.record_id = r.id AND c.status = 'running' AND c.due_on IS NOT NULL
       ORDER BY c.due_on LIMIT 1) d ON TRUE
     ORDER BY page.sort_key ${direction}, page.id ${direction}`,
    params.values,
  );
  const total =
    rows.length > 0 ? Number(rows[0]?.total) : await countRecords(context, type, actor, query);
  const records = rows.map(({ dueLabel, dueOn, total: _total, ...rest }) => ({
    row: toRecordRow(rest),
    due: typeof dueOn === "string" ? { clockId: String(dueLabel), dueOn } : null,
  }));
  const items: ListItem[] = records.map(({ row, due }) => {
    maskValues({ type, values: row.values });
    const clock = due ? type.clocks.find((candidate) => candidate.id === due.clockId) : undefined;
    return {
      ...row,
      display: displayLabels(type, row),
      nextDue: due
        ? {
            label: clock?.label ?? due.clockId,
            dueOn: due.dueOn,
            tone: toneOf({ status: "running", dueOn: due.dueOn, stoppedOn: null }, today),
          }
        : null,
    };
  });
  await showLinks(context.db, type, actor, items);
  const page: ListPage = { items, total, page: query.page, pageSize: query.pageSize };
  storePage(context.db, key, page);
  return page;
}

export async function countRecords(
  context: EngineContext,
  type: RecordTypeDeclaration,
  actor: Actor,
  query: ListQuery | null,
) {
  const params = new Params();
  const where = whereClause(type, actor, query, params, todayOf(context));
  const [row] = await context.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${tableOf(type)} r WHERE ${where}`,
    params.values,
  );
  return row?.n ?? 0;
}

/** One record, checked by the same predicate as lists; identifiers masked as everywhere. */
export async function getRecord(
  context: EngineContext,
  type: RecordTypeDeclaration,
  actor: Actor,
  id: number,
): Promise<RecordView> {
  const params = new Params();
  const where = accessPredicate({ type, actor, params, purpose: "read", alias: "r" });
  const writable = accessPredicate({ type, actor, params, purpose: "write", alias: "r" });
  // One round trip: the record (through the read rule), whether this actor may write it, its clocks.
  const [raw] = await context.db.query(
    `SELECT ${selectColumns(type, "r")}, (${writable}) AS "isWritable", ${clocksJson(params.add(type.id), "r")} AS "clocks"
     FROM ${tableOf(type)} r WHERE r.id = ${params.add(id)} AND ${where}`,
    params.values,
  );
  if (!raw) throw notFound();
  const { isWritable, clocks: storedClocks, ...columns } = raw;
  const row = toRecordRow(columns);
  const display = displayLabels(type, row);
  await showLinks(context.db, type, actor, [{ values: row.values, display }]);
  const catalogueNames = await catalogueCellNames(context.db, type, row.values);
  // Only fields that hold a value: the 查看完整信息 button has something to show.
  const revealable = revealableFields(type, actor, isWritable === true).filter((name) =>
    holdsSensitiveValue(
      type.fields.find((field) => field.name === name),
      row.values[name],
    ),
  );
  maskValues({ type, values: row.values });
  const today = todayOf(context);
  const clocks = (storedClocks as ClockState[]).map((clock) => clockView(type, clock, today));
  const state = type.workflow.states.find((candidate) => candidate.id === row.state);
  const isFinal = state?.isFinal === true;
  const actions = availableActions(type, actor, row, isWritable === true);
  const canEdit =
    !isFinal &&
    state?.isLocked !== true &&
    isWritable === true &&
    hasAnyRole(actor, type.access.update);
  const checklists = isFinal
    ? []
    : await checklistsOf(context.db, context, { type, id, state: row.state, values: row.values });
  return {
    ...row,
    display,
    clocks,
    actions,
    checklists,
    isFinal,
    canEdit,
    revealable,
    catalogueNames,
  };
}

/** Throws notFound unless the actor may read the record (the list's predicate, one row). */
export async function checkReadable(
  context: EngineContext,
  type: RecordTypeDeclaration,
  actor: Actor,
  id: number,
): Promise<void> {
  const params = new Params();
  const where = accessPredicate({ type, actor, params, purpose: "read", alias: "r" });
  const [row] = await context.db.query(
    `SELECT r.id FROM ${tableOf(type)} r WHERE r.id = ${params.add(id)} AND ${where}`,
    params.values,
  );
  if (!row) throw notFound();
}
