// JSON shapes of records for the web app: type metadata and the CSV export.
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import type { FieldDeclaration } from "../../kernel/fields.js";
import type { Actor } from "../../engine/actor.js";
import { canCreateWith, todayFieldsOf } from "../../engine/create-access.js";
import { rowsText } from "../../engine/rows-text.js";

/** A field as forms need it: without who may unmask it or whether it is searched. */
function fieldMeta(field: FieldDeclaration): Record<string, unknown> {
  const { searchable: _searchable, ...shown } = field;
  const meta: Record<string, unknown> = {
    ...shown,
    required: field.required === true,
    isSetByAction: field.isSetByAction === true,
  };
  delete meta["unmaskedFor"];
  if (field.kind === "table") meta["columns"] = field.columns.map(fieldMeta);
  return meta;
}

export function typeMeta(
  type: RecordTypeDeclaration,
  actor: Actor,
  /** ownerOrgChoices for this actor: the orgs it may own records for, null for every org. */
  ownerOrgIds: readonly number[] | null,
) {
  return {
    id: type.id,
    label: type.label,
    titleField: type.titleField,
    fields: type.fields.map(fieldMeta),
    states: type.workflow.states.map((state) => ({
      ...state,
      isFinal: state.isFinal === true,
      tone: state.tone ?? "default",
    })),
    list: type.list,
    canCreate: canCreateWith(type, actor, ownerOrgIds),
    ownerField: type.access.orgFields[0] ?? "",
    ownerOrgIds,
    todayFields: todayFieldsOf(type),
    clocks: type.clocks.map((clock) => ({ id: clock.id, label: clock.label })),
    publication: type.publication ? { column: type.publication.column.label } : null,
  };
}

const csvCell = (value: unknown): string => {
  const text =
    typeof value === "string" || typeof value === "number" || typeof value === "boolean"
      ? String(value)
      : "";
  // A leading = + - @ would run as a formula in spreadsheet programs.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

export function toCsv(
  type: RecordTypeDeclaration,
  rows: readonly {
    recordNumber: string | null;
    state: string;
    values: Record<string, unknown>;
    display: Record<string, string>;
  }[],
): string {
  // Files are not cells: they are downloaded one by one, each download audited.
  const fields = type.fields.filter((field) => field.kind !== "attachment");
  const header = ["编号", "状态", ...fields.map((field) => field.label)];
  const lines = rows.map((row) => [
    row.recordNumber,
    type.workflow.states.find((state) => state.id === row.state)?.label ?? row.state,
    ...fields.map((field) =>
      // Rows in one cell, each summarised: one file row per record, as the list shows it.
      field.kind === "table"
        ? rowsText(field, row.values[field.name])
        : (row.display[field.name] ?? row.values[field.name]),
    ),
  ]);
  return `\uFEFF${[header, ...lines].map((line) => line.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
