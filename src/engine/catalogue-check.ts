// Catalogue codes in values a user sends must be selectable entries of the field's catalogue: the
// shape is checked by the kernel, existence here, against the edition in the database.
import type { Sql } from "../db/client.js";
import { findCatalogue } from "../domains/catalogues/index.js";
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import type { CatalogueFieldDeclaration } from "../kernel/fields.js";
import type { FieldValue, RowValues } from "../kernel/values.js";
import { unselectableCodes } from "./catalogues.js";
import type { FieldProblem } from "./errors.js";

interface CodeUse {
  readonly field: CatalogueFieldDeclaration;
  /** `industry`, or `parties[2].industry` inside a child table. */
  readonly path: string;
  readonly code: string;
}

export function codeUses(type: RecordTypeDeclaration, values: Readonly<Record<string, unknown>>) {
  const uses: CodeUse[] = [];
  for (const field of type.fields) {
    const value = values[field.name];
    if (field.kind === "catalogue" && typeof value === "string") {
      uses.push({ field, path: field.name, code: value });
    } else if (field.kind === "table" && Array.isArray(value)) {
      // Array.isArray widens a readonly array to any[]; a table field holds rows.
      (value as readonly RowValues[]).forEach((row, index) => {
        for (const column of field.columns) {
          const cell = row[column.name];
          if (column.kind === "catalogue" && typeof cell === "string")
            uses.push({
              field: column,
              path: `${field.name}[${index + 1}].${column.name}`,
              code: cell,
            });
        }
      });
    }
  }
  return uses;
}

/**
 * Problems of the codes in `values`. A code the record already holds in the same field (or the same
 * column of the same table) is accepted as it is: a new edition may have retired it, and the record
 * keeps it; only codes newly written must be current.
 */
export async function catalogueProblems(
  sql: Sql,
  type: RecordTypeDeclaration,
  values: Readonly<Record<string, FieldValue>>,
  existing: Readonly<Record<string, unknown>> = {},
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const held = new Set(codeUses(type, existing).map((use) => `${columnKey(use.path)}=${use.code}`));
  const uses = codeUses(type, values).filter(
    (use) => !held.has(`${columnKey(use.path)}=${use.code}`),
  );
  const byCatalogue = new Map<string, CodeUse[]>();
  for (const use of uses) {
    const group = byCatalogue.get(use.field.catalogue) ?? [];
    group.push(use);
    byCatalogue.set(use.field.catalogue, group);
  }
  for (const [id, group] of byCatalogue) {
    const catalogue = findCatalogue(id);
    if (!catalogue) continue; // declarations are checked at load: a field names a declared one
    const refused = new Set(
      await unselectableCodes(
        sql,
        catalogue,
        group.map((use) => use.code),
      ),
    );
    for (const use of group.filter((candidate) => refused.has(candidate.code))) {
      problems.push({
        field: use.path,
        code: "field.unknownCode",
        message: `${use.field.label}：编码“${use.code}”不是《${catalogue.label}》中可选的条目${
          catalogue.leavesOnly ? "（请选择最末一级）" : ""
        }`,
      });
    }
  }
  return problems;
}

/** `parties[2].industry` → `parties.industry`: rows may move, the column is what holds the code. */
const columnKey = (path: string): string => path.replace(/\[\d+\]/, "");
