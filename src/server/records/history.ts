// 办理记录 for people: who (by name) did what, and each field it really changed, as text.
import type { Actor } from "../../engine/actor.js";
import type { AuditEvent } from "../../engine/audit.js";
import { canonicalJson } from "../../engine/canonical-json.js";
import type { HistoryNames } from "../../engine/history.js";
import { REVEAL_ACTION } from "../../engine/reveal.js";
import { RECOMPUTE_ACTION } from "../../engine/clock-refresh.js";
import { PUBLISH_ACTION, WITHDRAW_ACTION } from "../../engine/publication/publish.js";
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import { historyValueText } from "./history-values.js";
import { rowChanges } from "./history-rows.js";
import { FILE_ACTION_LABELS, fileChanges, isFileRead } from "../attachments/history.js";

export interface HistoryChangeView {
  readonly field: string;
  readonly label: string;
  /** The value before, as people read it (names, labels, masked identifiers); null: empty. */
  readonly before: string | null;
  readonly after: string | null;
}

export interface HistoryItemView {
  readonly seq: number;
  readonly at: string;
  readonly actorName: string;
  readonly action: string;
  readonly actionLabel: string;
  readonly changes: readonly HistoryChangeView[];
}

const ACTION_LABELS: Readonly<Record<string, string>> = {
  create: "新建",
  // A record that arrived through the bulk path (a file, or the demo), in whatever state it was.
  import: "导入",
  update: "修改",
  [REVEAL_ACTION]: "查看完整信息",
  [RECOMPUTE_ACTION]: "重新计算法定期限",
  ...FILE_ACTION_LABELS,
  [PUBLISH_ACTION]: "公开",
  [WITHDRAW_ACTION]: "撤回公开",
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isEmpty = (value: unknown): boolean => value === null || value === undefined || value === "";

const sameValue = (a: unknown, b: unknown): boolean =>
  (isEmpty(a) && isEmpty(b)) || canonicalJson(a ?? null) === canonicalJson(b ?? null);

/** The audit log names users "王晓东（sfj_clerk）"; people read the name alone. */
function actorNameOf(event: AuditEvent, names: HistoryNames): string {
  const current = event.actorId === null ? undefined : names.users.get(event.actorId);
  if (current !== undefined) return current;
  return event.actorId === null ? event.actorName : event.actorName.replace(/（[^（）]*）$/, "");
}

function changesOf(
  type: RecordTypeDeclaration,
  event: AuditEvent,
  names: HistoryNames,
): HistoryChangeView[] {
  const files = fileChanges(type, event);
  if (files !== null) return files;
  const before = isRecord(event.before) ? event.before : {};
  const after = isRecord(event.after) ? event.after : {};
  if (event.action === REVEAL_ACTION) {
    const fields: unknown[] = Array.isArray(after.fields) ? after.fields : [];
    const labels = fields.map(
      (name) => type.fields.find((f) => f.name === name)?.label ?? String(name),
    );
    return [{ field: "fields", label: "查看字段", before: null, after: labels.join("、") }];
  }
  // jsonb keeps keys in its own order; people read them in the order of the form.
  const order = ["state", "recordNumber", ...type.fields.map((field) => field.name)];
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  return Object.keys(after)
    .filter((field) => !sameValue(before[field], after[field]))
    .sort((a, b) => rank(a) - rank(b))
    .flatMap((field): HistoryChangeView[] => {
      const declared = type.fields.find((candidate) => candidate.name === field);
      if (declared?.kind === "table") return rowChanges(declared, before[field], after[field]);
      const text = (value: unknown) => historyValueText({ type, field, value, names });
      const was = text(before[field]);
      let now = text(after[field]);
      // Two different numbers can share a mask (138****5678): say that it changed.
      if (was !== null && was === now) now = `${now}（已更改）`;
      return [{ field, label: labelOf(type, field), before: was, after: now }];
    });
}

const SYSTEM_LABELS: Readonly<Record<string, string>> = { state: "状态", recordNumber: "编号" };

function labelOf(type: RecordTypeDeclaration, field: string): string {
  return SYSTEM_LABELS[field] ?? type.fields.find((f) => f.name === field)?.label ?? field;
}

function actionLabelOf(type: RecordTypeDeclaration, action: string): string {
  if (action.startsWith("action:")) {
    const id = action.slice("action:".length);
    return type.workflow.actions.find((candidate) => candidate.id === id)?.label ?? "办理";
  }
  return ACTION_LABELS[action] ?? "记录变更";
}

/**
 * The timeline of a record. Fields whose value did not change are left out (an action repeats
 * the procedure it confirms: 普通程序 → 普通程序 is not a change), and so is a save that changed
 * nothing; an action stays even then, since taking it is the event. Views of full identifiers are
 * in the timeline of auditors only. The audit rows themselves stay as written.
 */
export function presentHistory(input: {
  readonly type: RecordTypeDeclaration;
  readonly events: readonly AuditEvent[];
  readonly names: HistoryNames;
  readonly actor: Actor;
}): HistoryItemView[] {
  const { type, names, actor } = input;
  const isAuditor = actor.kind === "system" || actor.roles.includes("auditor");
  return input.events.flatMap((event) => {
    if ((event.action === REVEAL_ACTION || isFileRead(event.action)) && !isAuditor) return [];
    const changes = changesOf(type, event, names);
    if (event.action === "update" && changes.length === 0) return [];
    return [
      {
        seq: event.seq,
        at: event.at,
        actorName: actorNameOf(event, names),
        action: event.action,
        actionLabel: actionLabelOf(type, event.action),
        changes,
      },
    ];
  });
}
