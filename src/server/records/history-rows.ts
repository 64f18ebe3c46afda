// A change of a child table in the history timeline: one line per changed cell
// ("当事人第2行 姓名或名称：张三 → 李四"), and whole rows added or removed as their summary.
// Rows are compared by position, as the form shows them.
import { maskIdentifier } from "../../kernel/codes.js";
import type { TableFieldDeclaration } from "../../kernel/fields.js";
import {
  cellText,
  isSensitiveColumn,
  maskRows,
  rowSummary,
  rowsOf,
} from "../../engine/rows-text.js";

export interface RowChangeView {
  readonly field: string;
  readonly label: string;
  readonly before: string | null;
  readonly after: string | null;
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === "";

export function rowChanges(
  table: TableFieldDeclaration,
  before: unknown,
  after: unknown,
): RowChangeView[] {
  const was = rowsOf(before);
  const now = rowsOf(after);
  const maskedWas = maskRows(table, was);
  const maskedNow = maskRows(table, now);
  const changes: RowChangeView[] = [];
  for (let index = 0; index < Math.max(was.length, now.length); index += 1) {
    const position = index + 1;
    const rowLabel = `${table.label}第${String(position)}行`;
    const old = was[index];
    const next = now[index];
    const oldMasked = maskedWas[index];
    const nextMasked = maskedNow[index];
    if (old === undefined || oldMasked === undefined) {
      if (nextMasked !== undefined)
        changes.push({
          field: `${table.name}[${String(position)}]`,
          label: `${rowLabel}（新增）`,
          before: null,
          after: rowSummary(table, nextMasked),
        });
      continue;
    }
    if (next === undefined || nextMasked === undefined) {
      changes.push({
        field: `${table.name}[${String(position)}]`,
        label: `${rowLabel}（删除）`,
        before: rowSummary(table, oldMasked),
        after: null,
      });
      continue;
    }
    for (const column of table.columns) {
      const a = old[column.name];
      const b = next[column.name];
      if ((isEmpty(a) && isEmpty(b)) || a === b) continue;
      const text = (value: unknown) =>
        isSensitiveColumn(column) && typeof value === "string"
          ? maskIdentifier(value)
          : cellText(column, value);
      const beforeText = text(a);
      let afterText = text(b);
      // Two different numbers can share a mask: say that it changed.
      if (beforeText !== null && beforeText === afterText) afterText = `${afterText}（已更改）`;
      changes.push({
        field: `${table.name}[${String(position)}].${column.name}`,
        label: `${rowLabel} ${column.label}`,
        before: beforeText,
        after: afterText,
      });
    }
  }
  return changes;
}
