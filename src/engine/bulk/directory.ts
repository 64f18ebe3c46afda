// Organisations and users as files name them: by name or by code, resolved against the database
// once per import, not once per cell.
import type { Sql } from "../../db/client.js";
import type { CellResult } from "./cells.js";
import { recordsByNumber } from "../record-links.js";

export interface Directory {
  org(header: string, text: string): CellResult;
  user(header: string, text: string): CellResult;
  /** A linked record by its number (侯复〔2023〕12号), as `type:id`. */
  record(header: string, text: string): CellResult;
}

interface Named {
  readonly id: number;
  readonly code: string;
  readonly name: string;
}

function index(items: readonly Named[]): Map<string, number[]> {
  const byKey = new Map<string, number[]>();
  const add = (key: string, id: number) => {
    const ids = byKey.get(key) ?? [];
    if (!ids.includes(id)) ids.push(id);
    byKey.set(key, ids);
  };
  for (const item of items) {
    add(item.code, item.id);
    add(item.name, item.id);
  }
  return byKey;
}

function resolver(items: readonly Named[], what: string) {
  const byKey = index(items);
  return (header: string, text: string): CellResult => {
    const ids = byKey.get(text) ?? [];
    if (ids.length === 1) return { ok: true, raw: ids[0] };
    if (ids.length === 0) return { ok: false, message: `${header}“${text}”不是系统中的${what}` };
    return {
      ok: false,
      message: `${header}“${text}”对应多个${what}，请改填${what === "单位" ? "单位代码" : "用户名"}`,
    };
  };
}

/** `recordNumbers`: the numbers the file's link columns hold, resolved in one query per type. */
export async function loadDirectory(
  sql: Sql,
  recordNumbers: ReadonlySet<string> = new Set(),
): Promise<Directory> {
  const records = await recordsByNumber(sql, recordNumbers);
  const orgs = await sql.query<Named>("SELECT id, code, name FROM org WHERE active");
  const users = await sql.query<Named>(
    "SELECT id, username AS code, display_name AS name FROM app_user WHERE active",
  );
  return {
    org: resolver(orgs, "单位"),
    user: resolver(users, "用户"),
    record: (header, text) => {
      const link = records.get(text);
      return link
        ? { ok: true, raw: link }
        : { ok: false, message: `${header}“${text}”不是系统中已有记录的编号` };
    },
  };
}
