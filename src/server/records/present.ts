// JSON shapes of records for the web app: type metadata, history with labels, CSV export.
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import { asSystem, hasAnyRole, type Actor } from "../../engine/actor.js";
import { maskValues } from "../../engine/display.js";
import type { AuditEvent } from "../../engine/audit.js";

export function typeMeta(type: RecordTypeDeclaration, actor: Actor) {
  return {
    id: type.id,
    label: type.label,
    titleField: type.titleField,
    fields: type.fields.map(({ unmaskedFor: _unmasked, searchable: _searchable, ...field }) => ({
      ...field,
      required: field.required === true,
      isSetByAction: field.isSetByAction === true,
    })),
    states: type.workflow.states.map((state) => ({
      ...state,
      isFinal: state.isFinal === true,
      tone: state.tone ?? "default",
    })),
    list: type.list,
    canCreate: hasAnyRole(actor, type.access.create),
    clocks: type.clocks.map((clock) => ({ id: clock.id, label: clock.label })),
  };
}

const ACTION_LABELS: Readonly<Record<string, string>> = {
  create: "新建",
  update: "修改",
  readSensitive: "查看敏感信息",
};

/** Views of sensitive values stay in the audit log; the timeline shows them to auditors only. */
export function timelineEvents(events: readonly AuditEvent[], actor: Actor): AuditEvent[] {
  const isAuditor = actor.kind === "system" || actor.roles.includes("auditor");
  return events.filter((event) => isAuditor || event.action !== "readSensitive");
}

/** Identifiers in past values are shown masked: the record itself is where authorised staff read them. */
function maskedChange(
  type: RecordTypeDeclaration,
  values: Record<string, unknown>,
): Record<string, unknown> {
  const copy = { ...values };
  maskValues({ type, values: copy, actor: asSystem("时间线"), isSingleRecord: false });
  return copy;
}

export function presentHistory(type: RecordTypeDeclaration, events: readonly AuditEvent[]) {
  const labels = new Map<string, string>([
    ["state", "状态"],
    ...type.fields.map((field) => [field.name, field.label] as const),
  ]);
  const stateLabel = (value: unknown) =>
    type.workflow.states.find((state) => state.id === value)?.label ?? value;
  return events.map((event) => {
    const actionId = event.action.startsWith("action:") ? event.action.slice(7) : null;
    const before = maskedChange(type, (event.before ?? {}) as Record<string, unknown>);
    const after = maskedChange(type, (event.after ?? {}) as Record<string, unknown>);
    const fields = event.action === "readSensitive" ? [] : Object.keys(after);
    return {
      seq: event.seq,
      at: event.at,
      actorName: event.actorName,
      action: event.action,
      actionLabel: actionId
        ? (type.workflow.actions.find((a) => a.id === actionId)?.label ?? actionId)
        : (ACTION_LABELS[event.action] ?? event.action),
      changes: fields.map((field) => ({
        field,
        label: labels.get(field) ?? field,
        before: field === "state" ? stateLabel(before[field]) : (before[field] ?? null),
        after: field === "state" ? stateLabel(after[field]) : (after[field] ?? null),
      })),
    };
  });
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
  const header = ["编号", "状态", ...type.fields.map((field) => field.label)];
  const lines = rows.map((row) => [
    row.recordNumber,
    type.workflow.states.find((state) => state.id === row.state)?.label ?? row.state,
    ...type.fields.map((field) => row.display[field.name] ?? row.values[field.name]),
  ]);
  return `\uFEFF${[header, ...lines].map((line) => line.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
