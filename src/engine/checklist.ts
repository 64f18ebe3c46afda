// Action checklists: the steps of a statutory procedure that must be complete before an action
// (重大行政决策 before collective discussion, a normative document before deliberation). Evaluated
// on the record as the action would leave it, inside the action's transaction, and on the record's
// page so people see what is still missing before they try.
import { deadlineFor } from "../calendar/index.js";
import type { IsoDate } from "../calendar/dates.js";
import type { Sql } from "../db/client.js";
import { findRecordType } from "../domains/registry.js";
import { applies } from "../kernel/conditions.js";
import type {
  ActionDeclaration,
  ChecklistCondition,
  ChecklistItem,
  RecordTypeDeclaration,
  RecordValues,
} from "../kernel/declaration.js";
import type { EngineContext } from "./context.js";
import { validationError, type FieldProblem } from "./errors.js";
import { columnOf, tableOf } from "./naming.js";
import { Params } from "./params.js";

export interface ChecklistItemView {
  readonly id: string;
  readonly label: string;
  readonly basis: string;
  /** False while the item's `when` does not hold: shown as 不适用, never blocks. */
  readonly applies: boolean;
  readonly met: boolean;
  readonly message: string;
  /** What was found: the earliest day a comment period may close, the review that satisfies it. */
  readonly detail: string | null;
}

export interface ChecklistView {
  readonly action: string;
  readonly label: string;
  readonly items: readonly ChecklistItemView[];
}

interface Verdict {
  readonly met: boolean;
  readonly detail: string | null;
}

/** No value: empty text, or a child table without rows. */
export const isBlank = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  value === "" ||
  (Array.isArray(value) && value.length === 0);

function minimumPeriod(
  condition: Extract<ChecklistCondition, { kind: "minimumPeriod" }>,
  values: RecordValues,
  context: EngineContext,
): Verdict {
  const start = values[condition.startField];
  if (typeof start !== "string") return { met: false, detail: null };
  const ruleId =
    typeof condition.rule === "string" ? condition.rule : condition.rule.choose(values);
  const result = deadlineFor({ ruleId, start: start as IsoDate, config: context.calendar });
  if (!result.ok) return { met: false, detail: result.errors[0]?.message ?? null };
  const earliest = result.value.due;
  const end = values[condition.endField];
  const shortened =
    condition.shortenedReasonField !== undefined &&
    !isBlank(values[condition.shortenedReasonField]);
  const detail = `自${start}起算，最早可于${earliest}结束`;
  if (typeof end !== "string") return { met: false, detail };
  if (end >= earliest) return { met: true, detail: `${start}至${end}` };
  return shortened
    ? { met: true, detail: `${start}至${end}（已说明缩短理由）` }
    : { met: false, detail: `${detail}，登记的结束日期为${end}` };
}

async function linked(
  sql: Sql,
  condition: Extract<ChecklistCondition, { kind: "linked" }>,
  target: RecordTypeDeclaration,
  recordId: number,
): Promise<Verdict> {
  const type = findRecordType(condition.type);
  if (!type) throw new Error(`checklist: unknown record type ${condition.type}`);
  const params = new Params();
  const where = [
    `${columnOf(condition.field)} = ${params.add(`${target.id}:${String(recordId)}`)}`,
    `state = ANY(${params.add([...condition.states])}::text[])`,
  ];
  if (condition.where) {
    const column = columnOf(condition.where.field);
    where.push(
      `(${condition.where.in.map((value) => `${column} = ${params.add(value)}`).join(" OR ")})`,
    );
  }
  // The procedure's fact, not the reader's: counted whoever may read the linking records.
  const [row] = await sql.query<{ recordNumber: string | null }>(
    `SELECT record_number AS "recordNumber" FROM ${tableOf(type)} WHERE ${where.join(" AND ")}
      ORDER BY id DESC LIMIT 1`,
    params.values,
  );
  if (!row) return { met: false, detail: null };
  return { met: true, detail: `${type.label}${row.recordNumber ?? ""}` };
}

async function verdictOf(
  sql: Sql,
  context: EngineContext,
  item: ChecklistItem,
  target: {
    readonly type: RecordTypeDeclaration;
    readonly id: number;
    readonly values: RecordValues;
  },
): Promise<Verdict> {
  const condition = item.requires;
  switch (condition.kind) {
    case "filled":
      return { met: condition.fields.every((name) => !isBlank(target.values[name])), detail: null };
    case "minimumPeriod":
      return minimumPeriod(condition, target.values, context);
    case "linked":
      return linked(sql, condition, target.type, target.id);
  }
}

export async function evaluateChecklist(
  sql: Sql,
  context: EngineContext,
  action: ActionDeclaration,
  target: {
    readonly type: RecordTypeDeclaration;
    readonly id: number;
    readonly values: RecordValues;
  },
): Promise<ChecklistItemView[]> {
  const views: ChecklistItemView[] = [];
  for (const item of action.checklist ?? []) {
    const isApplicable = applies(item, (name) => target.values[name]);
    const verdict = isApplicable
      ? await verdictOf(sql, context, item, target)
      : { met: true, detail: null };
    views.push({
      id: item.id,
      label: item.label,
      basis: item.basis,
      applies: isApplicable,
      met: verdict.met,
      message: item.message,
      detail: verdict.detail,
    });
  }
  return views;
}

/** The field a refusal names: the step's own date or field where it has one, else the step. */
function fieldOf(item: ChecklistItem): string {
  const condition = item.requires;
  if (condition.kind === "filled") return condition.fields[0] ?? item.id;
  if (condition.kind === "minimumPeriod") return condition.endField;
  return item.id;
}

/** Refuses the action naming every step still missing. */
export async function checkChecklist(
  sql: Sql,
  context: EngineContext,
  action: ActionDeclaration,
  target: {
    readonly type: RecordTypeDeclaration;
    readonly id: number;
    readonly values: RecordValues;
  },
): Promise<void> {
  if ((action.checklist ?? []).length === 0) return;
  const views = await evaluateChecklist(sql, context, action, target);
  const items = new Map((action.checklist ?? []).map((item) => [item.id, item]));
  const problems: FieldProblem[] = views
    .filter((view) => !view.met)
    .map((view) => {
      const item = items.get(view.id);
      return {
        field: item ? fieldOf(item) : view.id,
        code: "checklist.unmet",
        message: view.detail ? `${view.message}（${view.detail}）` : view.message,
      };
    });
  if (problems.length > 0) throw validationError(problems);
}

/** The checklists of the actions that lead out of the record's state, for its page. */
export async function checklistsOf(
  sql: Sql,
  context: EngineContext,
  target: {
    readonly type: RecordTypeDeclaration;
    readonly id: number;
    readonly state: string;
    readonly values: RecordValues;
  },
): Promise<ChecklistView[]> {
  const views: ChecklistView[] = [];
  for (const action of target.type.workflow.actions) {
    if (!action.from.includes(target.state) || (action.checklist ?? []).length === 0) continue;
    views.push({
      action: action.id,
      label: action.label,
      items: await evaluateChecklist(sql, context, action, target),
    });
  }
  return views;
}
