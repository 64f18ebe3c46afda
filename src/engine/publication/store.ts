// Publication rows: the one currently published for a record, and what the portal reads.
import type { Sql } from "../../db/client.js";
import type { PublicField } from "./snapshot.js";

export interface PublicationRow {
  readonly id: number;
  readonly recordType: string;
  readonly recordId: number;
  readonly state: "published" | "withdrawn";
  readonly recordNumber: string | null;
  readonly title: string;
  readonly fields: readonly PublicField[];
  readonly publishedOn: string;
  readonly publishedAt: string;
  readonly publishedByName: string;
  readonly expiresOn: string | null;
  readonly withdrawnAt: string | null;
  readonly withdrawnByName: string | null;
  readonly withdrawalKind: "manual" | "action" | "expired" | null;
  readonly withdrawalReason: string | null;
}

const SELECT = `SELECT id::int AS id, record_type AS "recordType", record_id::int AS "recordId", state,
  record_number AS "recordNumber", title, fields, to_char(published_on, 'YYYY-MM-DD') AS "publishedOn",
  published_at AS "publishedAt", published_by_name AS "publishedByName",
  to_char(expires_on, 'YYYY-MM-DD') AS "expiresOn", withdrawn_at AS "withdrawnAt",
  withdrawn_by_name AS "withdrawnByName", withdrawal_kind AS "withdrawalKind",
  withdrawal_reason AS "withdrawalReason" FROM record_publication`;

const iso = (value: unknown): string | null =>
  value instanceof Date ? value.toISOString() : typeof value === "string" ? value : null;

const normalised = (row: PublicationRow): PublicationRow => ({
  ...row,
  publishedAt: iso(row.publishedAt) ?? "",
  withdrawnAt: iso(row.withdrawnAt),
});

/** The latest publication of a record, published or withdrawn; null if it never was. */
export async function latestPublication(
  sql: Sql,
  recordType: string,
  recordId: number,
): Promise<PublicationRow | null> {
  const [row] = await sql.query<PublicationRow>(
    `${SELECT} WHERE record_type = $1 AND record_id = $2 ORDER BY id DESC LIMIT 1`,
    [recordType, recordId],
  );
  return row ? normalised(row) : null;
}

/**
 * What the public may see now: published, and not past its expiry (the sweep withdraws it soon
 * after; until then the portal already hides it).
 */
const visible = (today: string): string =>
  `state = 'published' AND (expires_on IS NULL OR expires_on > ${today}::date)`;

export interface PortalPage {
  readonly items: readonly Pick<
    PublicationRow,
    "id" | "recordNumber" | "title" | "publishedOn" | "fields"
  >[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

export async function portalList(
  sql: Sql,
  input: {
    readonly recordType: string;
    readonly today: string;
    readonly q: string;
    readonly page: number;
    readonly pageSize: number;
  },
): Promise<PortalPage> {
  const q = input.q.trim().toLowerCase();
  const search = q === "" ? "" : " AND strpos(search_text, $3) > 0";
  const params: unknown[] = [input.recordType, input.today, ...(q === "" ? [] : [q])];
  const [count] = await sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM record_publication WHERE record_type = $1 AND ${visible("$2")}${search}`,
    params,
  );
  const limit = `LIMIT ${String(input.pageSize)} OFFSET ${String((input.page - 1) * input.pageSize)}`;
  const rows = await sql.query<PublicationRow>(
    `${SELECT} WHERE record_type = $1 AND ${visible("$2")}${search} ORDER BY published_on DESC, id DESC ${limit}`,
    params,
  );
  return {
    items: rows.map((row) => ({
      id: row.id,
      recordNumber: row.recordNumber,
      title: row.title,
      publishedOn: row.publishedOn,
      fields: row.fields,
    })),
    total: count?.n ?? 0,
    page: input.page,
    pageSize: input.pageSize,
  };
}

/** One item of a column as the public sees it; null when withdrawn, expired or unknown. */
export async function portalItem(
  sql: Sql,
  input: { readonly recordType: string; readonly id: number; readonly today: string },
): Promise<PublicationRow | null> {
  const [row] = await sql.query<PublicationRow>(
    `${SELECT} WHERE record_type = $1 AND ${visible("$2")} AND id = $3`,
    [input.recordType, input.today, input.id],
  );
  return row ? normalised(row) : null;
}

/** How many items each column shows now, by record type. */
export async function portalCounts(sql: Sql, today: string): Promise<Map<string, number>> {
  const rows = await sql.query<{ recordType: string; n: number }>(
    `SELECT record_type AS "recordType", count(*)::int AS n FROM record_publication
      WHERE ${visible("$1")} GROUP BY record_type`,
    [today],
  );
  return new Map(rows.map((row) => [row.recordType, row.n]));
}
