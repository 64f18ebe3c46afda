// `fazhi import org`: a county's organisation tree from one file, all or nothing. Every row is
// checked against the file and the database first; then the orgs go in parents first, whatever
// order the rows had, in one transaction with an audit event each and one for the batch.
import type { Sql } from "../db/client.js";
import type { Actor } from "../engine/actor.js";
import { appendAudit } from "../engine/audit.js";
import { bumpVersion, DIRECTORY } from "../engine/versions.js";
import { orgSheetModel as model } from "../kernel/directory-sheets.js";
import type { CellValue, SheetFile, SheetRow } from "../sheets/types.js";
import {
  auditBatch,
  byLabel,
  columnOf,
  ProblemList,
  type ImportContext,
  type ImportOptions,
  type ImportResult,
} from "./import-file.js";
import { cellAsText } from "../sheets/cells.js";
import { checkOrgInput, insertOrg, ORG_KINDS, type Org, type OrgKindName } from "./orgs.js";

const COLUMNS = {
  code: columnOf(model, "code"),
  name: columnOf(model, "name"),
  parentCode: columnOf(model, "parentCode"),
  kind: columnOf(model, "kind"),
  sortOrder: columnOf(model, "sortOrder"),
};

/** Where a row's parent is: none (the first root), already in the database, or in the file. */
type ParentRef =
  | { readonly kind: "root" }
  | { readonly kind: "existing"; readonly id: number }
  | { readonly kind: "file"; readonly code: string }
  | { readonly kind: "bad" };

interface OrgRow {
  readonly row: SheetRow;
  readonly code: string;
  readonly name: string;
  readonly kind: OrgKindName;
  readonly sortOrder: number | null;
  parent: ParentRef;
  readonly parentCode: string | null;
}

const KIND_BY_LABEL = byLabel<OrgKindName>(ORG_KINDS);

const INT4_MAX = 2_147_483_647;

function sortOrderOf(raw: CellValue | undefined): number | null | "bad" {
  if (raw === null || raw === undefined) return null;
  const n = typeof raw === "number" ? raw : /^-?\d+$/.test(String(raw)) ? Number(raw) : NaN;
  return Number.isInteger(n) && Math.abs(n) <= INT4_MAX ? n : "bad";
}

/** The checks of one row on its own: required cells, the shapes insertOrg asks, the kind label. */
function checkRow(row: SheetRow, problems: ProblemList): OrgRow {
  const text = (key: keyof typeof COLUMNS) => cellAsText(row.cells[key])?.trim() ?? null;
  const code = text("code");
  const name = text("name");
  const kindLabel = text("kind");
  const kind = kindLabel === null ? undefined : KIND_BY_LABEL.get(kindLabel);
  const reported = new Set<string>();
  for (const key of ["code", "name", "kind"] as const) {
    if (text(key) !== null) continue;
    problems.addEmpty(row, COLUMNS[key]);
    reported.add(key);
  }
  if (kindLabel !== null && kind === undefined) {
    problems.add(
      row,
      COLUMNS.kind,
      `未知单位类型“${kindLabel}”，应为：${Object.values(ORG_KINDS).join("、")}`,
    );
    reported.add("kind");
  }
  const input = { code: code ?? "", name: name ?? "", kind: kind ?? "", parentId: null };
  for (const problem of checkOrgInput(input, true)) {
    const key = problem.field as "code" | "name" | "kind";
    if (!reported.has(key)) problems.add(row, COLUMNS[key], problem.message);
  }
  const sortOrder = sortOrderOf(row.cells["sortOrder"]);
  if (sortOrder === "bad") problems.add(row, COLUMNS.sortOrder, "排序应为整数");
  return {
    row,
    code: code ?? "",
    name: name ?? "",
    // A placeholder where the kind is bad: a row with a problem is never written.
    kind: kind ?? "department",
    sortOrder: sortOrder === "bad" ? null : sortOrder,
    parentCode: text("parentCode"),
    parent: { kind: "bad" },
  };
}

/** Codes taken twice in the file or already in the database. */
function checkCodes(
  rows: readonly OrgRow[],
  existing: ReadonlyMap<string, number>,
  problems: ProblemList,
): Map<string, OrgRow> {
  const byCode = new Map<string, OrgRow>();
  for (const org of rows) {
    if (org.code === "") continue;
    const first = byCode.get(org.code);
    if (first)
      problems.add(org.row, COLUMNS.code, `单位代码“${org.code}”与第${first.row.line}行重复`);
    else if (existing.has(org.code))
      problems.add(org.row, COLUMNS.code, `单位代码“${org.code}”已存在于系统中`);
    if (!first) byCode.set(org.code, org);
  }
  return byCode;
}

/** Resolves each row's parent; a root is allowed only when the database has no org yet. */
function checkParents(
  rows: readonly OrgRow[],
  byCode: ReadonlyMap<string, OrgRow>,
  existing: ReadonlyMap<string, number>,
  problems: ProblemList,
): void {
  let root: OrgRow | null = null;
  for (const org of rows) {
    const parentCode = org.parentCode;
    if (parentCode === null) {
      if (existing.size > 0)
        problems.add(
          org.row,
          COLUMNS.parentCode,
          "请填写上级单位代码（系统中已有本级人民政府，每个单位都须有上级单位）",
        );
      else if (root)
        problems.add(
          org.row,
          COLUMNS.parentCode,
          `只能有一个最上级单位（第${root.row.line}行已是）：请填写上级单位代码`,
        );
      else {
        root = org;
        org.parent = { kind: "root" };
      }
    } else if (parentCode === org.code) {
      problems.add(org.row, COLUMNS.parentCode, "上级单位不能是本单位");
    } else if (existing.has(parentCode)) {
      org.parent = { kind: "existing", id: existing.get(parentCode) ?? 0 };
    } else if (byCode.has(parentCode)) {
      org.parent = { kind: "file", code: parentCode };
    } else {
      problems.add(
        org.row,
        COLUMNS.parentCode,
        `上级单位代码“${parentCode}”不存在：系统和本表中都没有此单位`,
      );
    }
  }
}

/**
 * The rows parents first. Each row's chain of parents in the file is walked up to an org that is
 * placed or outside the file; a chain that comes back on itself is a cycle, named on every member.
 */
function parentsFirst(
  rows: readonly OrgRow[],
  byCode: ReadonlyMap<string, OrgRow>,
  problems: ProblemList,
): OrgRow[] {
  const order: OrgRow[] = [];
  const placed = new Set<OrgRow>();
  const failed = new Set<OrgRow>();
  for (const start of rows) {
    const chain: OrgRow[] = [];
    let current: OrgRow | undefined = start;
    let ok = false;
    while (current) {
      if (placed.has(current)) {
        ok = true;
        break;
      }
      if (failed.has(current)) break;
      const at = chain.indexOf(current);
      if (at >= 0) {
        const cycle = chain.slice(at);
        const codes = [...cycle, current].map((org) => org.code).join(" → ");
        for (const org of cycle)
          problems.add(org.row, COLUMNS.parentCode, `上级单位关系构成循环：${codes}`);
        break;
      }
      chain.push(current);
      const parent: ParentRef = current.parent;
      if (parent.kind !== "file") {
        ok = parent.kind !== "bad";
        break;
      }
      current = byCode.get(parent.code);
    }
    for (const org of chain.reverse()) {
      (ok ? placed : failed).add(org);
      if (ok) order.push(org);
    }
  }
  return order;
}

async function insertAll(
  tx: Sql,
  context: ImportContext,
  actor: Actor,
  order: readonly OrgRow[],
): Promise<void> {
  const inserted = new Map<string, Org>();
  for (const org of order) {
    const parentId =
      org.parent.kind === "existing"
        ? org.parent.id
        : org.parent.kind === "file"
          ? (inserted.get(org.parent.code)?.id ?? null)
          : null;
    const created = await insertOrg(tx, {
      parentId,
      code: org.code,
      name: org.name,
      kind: org.kind,
    });
    if (org.sortOrder !== null)
      await tx.query("UPDATE org SET sort_order = $1 WHERE id = $2", [org.sortOrder, created.id]);
    inserted.set(org.code, created);
    // The same event createOrg writes for one org made on the admin screen.
    await appendAudit(tx, {
      actor,
      recordType: "org",
      recordId: created.id,
      action: "create",
      before: null,
      after: { ...created },
      at: context.now(),
    });
  }
}

export async function importOrgs(
  context: ImportContext,
  actor: Actor,
  file: SheetFile,
  options: ImportOptions,
): Promise<ImportResult> {
  const problems = new ProblemList(model, file, options.fileName);
  // Checked inside the transaction that writes: the codes checked are the codes there when writing.
  return context.db.transaction(async (tx): Promise<ImportResult> => {
    const existing = new Map(
      (await tx.query<{ code: string; id: number }>("SELECT code, id FROM org")).map((org) => [
        org.code,
        org.id,
      ]),
    );
    const rows = file.rows.map((row) => checkRow(row, problems));
    const byCode = checkCodes(rows, existing, problems);
    checkParents(rows, byCode, existing, problems);
    const order = parentsFirst(rows, byCode, problems);
    if (problems.items.length > 0) return { ok: false, problems: problems.sorted() };
    if (rows.length === 0)
      return {
        ok: false,
        problems: [{ sheet: problems.sheet, line: 0, column: "", message: "文件中没有单位" }],
      };
    if (options.dryRun) return { ok: true, count: rows.length, dryRun: true };
    await insertAll(tx, context, actor, order);
    await auditBatch(tx, context, actor, "org", file, options, rows.length);
    await bumpVersion(tx, DIRECTORY);
    return { ok: true, count: rows.length, dryRun: false };
  });
}
