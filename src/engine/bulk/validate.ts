// One imported record checked as the engine checks a created one (values, conditions, references,
// dates), plus what a later state needs and the clocks its dates give.
import type { IsoDate } from "../../calendar/dates.js";
import type { RecordTypeDeclaration, RecordValues } from "../../kernel/declaration.js";
import type { FieldValue } from "../../kernel/values.js";
import type { ClockState } from "../clocks.js";
import { todayOf, type EngineContext } from "../context.js";
import { EngineError, type FieldProblem } from "../errors.js";
import { parseValues, requiredOnCreate } from "../input.js";
import {
  clocksFromEvents,
  eventsFromValues,
  stateProblems,
  type HistoricalEvent,
} from "./historical.js";

export interface ImportRecord {
  /** A state id; absent: the workflow's initial state. */
  readonly state?: string | null;
  /** A number the record already carries (a historical case); absent: numbered on import. */
  readonly recordNumber?: string | null;
  /** Values as a form sends them: choice values, org and user ids, rows as arrays of objects. */
  readonly values: Readonly<Record<string, unknown>>;
  /** The actions it went through, when known (the demo); otherwise read from its dates. */
  readonly events?: readonly HistoricalEvent[];
  /** The user who entered it, for created_by; absent: the importing actor. */
  readonly createdBy?: number | null;
  /** When it was entered (the demo's story); absent: the time of the import. */
  readonly at?: Date;
}

export interface ValidRecord {
  readonly state: string;
  readonly recordNumber: string | null;
  readonly values: Readonly<Record<string, FieldValue>>;
  readonly clocks: readonly ClockState[];
  readonly createdBy: number | null | undefined;
  readonly at: Date | undefined;
}

export interface Checks {
  readonly orgIds: ReadonlySet<number>;
  readonly userIds: ReadonlySet<number>;
  /** Orgs records may be owned by for this actor; null for every org. */
  readonly ownerScope: ReadonlySet<number> | null;
}

/** What every record of a type is checked against, worked out once per batch, not per record. */
export interface ImportRules {
  /** Every field a file may fill: actions' fields too (a closed case carries its closing date). */
  readonly allowed: ReadonlySet<string>;
  readonly required: readonly string[];
  /** Date fields that date an event: the record's own date and each action's date field. */
  readonly eventDates: readonly { readonly name: string; readonly label: string }[];
  readonly anchorLabel: string;
}

export function importRulesOf(type: RecordTypeDeclaration): ImportRules {
  const labelOf = (name: string) => type.fields.find((field) => field.name === name)?.label ?? name;
  const names = new Set([type.numbering.dateField]);
  for (const action of type.workflow.actions) if (action.dateField) names.add(action.dateField);
  return {
    allowed: new Set(
      type.fields.filter((field) => field.kind !== "attachment").map((field) => field.name),
    ),
    required: requiredOnCreate(type),
    eventDates: [...names].map((name) => ({ name, label: labelOf(name) })),
    anchorLabel: labelOf(type.numbering.dateField),
  };
}

function referenceProblems(
  type: RecordTypeDeclaration,
  values: Readonly<Record<string, FieldValue>>,
  checks: Checks,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const owner = type.access.orgFields[0];
  for (const field of type.fields) {
    const value = values[field.name];
    if (typeof value !== "number") continue;
    if (field.kind === "org" && !checks.orgIds.has(value))
      problems.push({
        field: field.name,
        code: "field.invalidReference",
        message: `${field.label}不存在`,
      });
    else if (
      field.kind === "org" &&
      field.name === owner &&
      checks.ownerScope &&
      !checks.ownerScope.has(value)
    )
      problems.push({
        field: field.name,
        code: "field.outOfScope",
        message: `${field.label}不在您的管辖范围内`,
      });
    else if (field.kind === "user" && !checks.userIds.has(value))
      problems.push({
        field: field.name,
        code: "field.invalidReference",
        message: `${field.label}不存在`,
      });
  }
  return problems;
}

export function validateRecord(
  context: EngineContext,
  type: RecordTypeDeclaration,
  record: ImportRecord,
  checks: Checks,
  rules: ImportRules,
): { readonly record: ValidRecord } | { readonly problems: readonly FieldProblem[] } {
  const state = record.state ?? type.workflow.initial;
  if (!type.workflow.states.some((item) => item.id === state))
    return {
      problems: [
        { field: "state", code: "import.unknownState", message: `没有名为“${state}”的状态` },
      ],
    };
  let values: Record<string, FieldValue>;
  try {
    values = parseValues({
      type,
      raw: record.values,
      allowed: rules.allowed,
      required: rules.required,
    });
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    // What the state needs is told alongside the values' own problems, not after they are fixed.
    const named = new Set(error.problems.map((problem) => problem.field));
    const needs = stateProblems(type, state, record.values).filter(
      (problem) => !named.has(problem.field),
    );
    return { problems: [...error.problems, ...needs] };
  }
  const problems = [
    ...referenceProblems(type, values, checks),
    ...stateProblems(type, state, values),
  ];
  const today = todayOf(context);
  const anchor = values[type.numbering.dateField];
  for (const { name, label } of rules.eventDates) {
    const date = values[name];
    if (typeof date !== "string") continue;
    if (date > today)
      problems.push({
        field: name,
        code: "date.future",
        message: `${label}不能晚于今天（${today}）`,
      });
    else if (typeof anchor === "string" && date < anchor)
      problems.push({
        field: name,
        code: "date.beforeRecord",
        message: `${label}不能早于${rules.anchorLabel}（${anchor}）`,
      });
  }
  if (problems.length > 0) return { problems };
  const clocks = clocksOfRecord(context, type, record, values);
  if ("problems" in clocks) return clocks;
  return {
    record: {
      state,
      recordNumber: record.recordNumber ?? null,
      values,
      clocks: clocks.clocks,
      createdBy: record.createdBy,
      at: record.at,
    },
  };
}

function clocksOfRecord(
  context: EngineContext,
  type: RecordTypeDeclaration,
  record: ImportRecord,
  values: RecordValues,
) {
  if (type.clocks.length === 0) return { clocks: [] };
  const anchor = values[type.numbering.dateField];
  const events =
    record.events ??
    eventsFromValues(
      type,
      values,
      record.state ?? type.workflow.initial,
      (typeof anchor === "string" ? anchor : todayOf(context)) as IsoDate,
    );
  return clocksFromEvents({ type, events, context });
}
