// Checks a declaration for internal consistency before the engine trusts it; returns every problem found.
import { checkChecklistLinks, checkChecklists } from "./check-checklists.js";
import { isSetDeadline, type RecordTypeDeclaration } from "./declaration.js";
import type { RuleFacts } from "./check-clocks.js";
import type { FieldKind } from "./fields.js";
import { checkIndicators } from "./check-indicators.js";
import { checkClockRules } from "./check-clocks.js";
import { checkFields } from "./check-fields.js";
import { checkDocuments } from "./check-documents.js";
import { checkPublication } from "./check-publication.js";

/** Kinds whose values identify something (a code, a number) and can be held to be unique. */
const UNIQUE_KINDS: readonly FieldKind[] = ["text", "creditCode", "idNumber"];

/** What a declaration check needs to know of a statutory rule. */
export function checkDeclaration(
  type: RecordTypeDeclaration,
  factsOf: (ruleId: string) => RuleFacts | undefined,
  catalogueExists: (id: string) => boolean,
): string[] {
  const problems: string[] = [];
  const at = (where: string, message: string) => problems.push(`${type.id}: ${where}: ${message}`);
  if (!/^[a-z][A-Za-z0-9]*$/.test(type.id)) at("id", "must be camelCase");
  const fields = new Map(type.fields.map((field) => [field.name, field]));
  checkFields(type.fields, catalogueExists, at);
  const fieldOfKind = (where: string, name: string, kinds?: readonly FieldKind[]) => {
    const field = fields.get(name);
    if (!field) at(where, `unknown field ${name}`);
    else if (kinds && !kinds.includes(field.kind))
      at(where, `field ${name} must be ${kinds.join(" or ")}`);
  };
  // Rows and files have no column to sort, filter or number by.
  const COLUMN_KINDS = [
    "text",
    "longText",
    "integer",
    "money",
    "date",
    "boolean",
    "choice",
    "org",
    "user",
    "idNumber",
    "creditCode",
    "phone",
    "catalogue",
    "record",
  ] as const satisfies readonly FieldKind[];
  // A table titles a record and fills a list column by the first column of its rows (王秀兰、李建国).
  const SHOWN_KINDS = [...COLUMN_KINDS, "table"] as const satisfies readonly FieldKind[];
  fieldOfKind("titleField", type.titleField, SHOWN_KINDS);
  fieldOfKind("numbering.dateField", type.numbering.dateField, ["date"]);
  for (const field of type.fields) {
    if (field.unique !== true) continue;
    if (!UNIQUE_KINDS.includes(field.kind))
      at(`field ${field.name}`, `unique needs ${UNIQUE_KINDS.join(" or ")}`);
    if (field.when) at(`field ${field.name}`, "a unique field cannot be conditional");
  }
  if (type.importKey !== undefined) {
    const key = fields.get(type.importKey);
    if (!key) at("importKey", `unknown field ${type.importKey}`);
    else if (key.unique !== true || key.required !== true)
      at("importKey", `field ${type.importKey} must be unique and required`);
    // An update by key lays new values over a record; it does not rework statutory clocks.
    if (type.clocks.length > 0) at("importKey", "a type with clocks cannot be updated by key");
  }
  for (const name of type.access.orgFields) fieldOfKind("access.orgFields", name, ["org"]);
  if (type.access.orgFields.length === 0)
    at("access.orgFields", "needs at least the owner org field");
  for (const name of type.list.columns) fieldOfKind("list", name, SHOWN_KINDS);
  for (const name of [...type.list.filters, type.list.defaultSort.field])
    fieldOfKind("list", name, COLUMN_KINDS);

  const states = new Set(type.workflow.states.map((state) => state.id));
  if (!states.has(type.workflow.initial))
    at("workflow.initial", `unknown state ${type.workflow.initial}`);
  const actions = new Set<string>();
  for (const action of type.workflow.actions) {
    const where = `action ${action.id}`;
    if (actions.has(action.id)) at(where, "duplicate action id");
    actions.add(action.id);
    for (const state of [...action.from, ...(action.to ? [action.to] : [])]) {
      if (!states.has(state)) at(where, `unknown state ${state}`);
    }
    for (const name of [...(action.fields ?? []), ...(action.requires ?? [])])
      fieldOfKind(where, name);
    for (const name of action.requires ?? []) {
      if (!(action.fields ?? []).includes(name))
        at(where, `requires ${name} but does not ask for it`);
    }
    for (const name of Object.keys(action.sets ?? {})) fieldOfKind(where, name);
    if (action.dateField) fieldOfKind(where, action.dateField, ["date"]);
    for (const name of action.requiresFiles ?? []) fieldOfKind(where, name, ["attachment"]);
    if (action.notByUserIn) fieldOfKind(where, action.notByUserIn, ["user"]);
    if (action.recordsActorIn) fieldOfKind(where, action.recordsActorIn, ["user"]);
  }
  for (const clock of type.clocks) {
    const where = `clock ${clock.id}`;
    problems.push(
      ...checkClockRules(clock, factsOf).map((problem) => `${type.id}: ${where}: ${problem}`),
    );
    fieldOfKind(where, clock.startField, ["date"]);
    const referenced = [
      ...clock.startOn.filter((name) => name !== "create"),
      ...clock.stopOn,
      ...(clock.pauseOn ?? []).map((pause) => pause.action),
      ...(clock.resumeOn ?? []),
      ...(clock.restartOn ? [clock.restartOn.action, clock.restartOn.waitFrom.action] : []),
      ...(clock.extendOn ? [clock.extendOn.action] : []),
      ...(clock.onLapse ? [clock.onLapse.action] : []),
    ];
    for (const name of referenced) if (!actions.has(name)) at(where, `unknown action ${name}`);
    if (clock.extendOn) fieldOfKind(where, clock.extendOn.daysField, ["integer"]);
    if (isSetDeadline(clock.rule)) fieldOfKind(where, clock.rule.dueField, ["date"]);
    if (clock.onLapse) fieldOfKind(where, clock.onLapse.dateField, ["date"]);
  }
  problems.push(...checkChecklists(type, factsOf, fieldOfKind));
  problems.push(...checkIndicators(type).map((problem) => `${type.id}: ${problem}`));
  problems.push(...checkDocuments(type).map((problem) => `${type.id}: ${problem}`));
  problems.push(...checkPublication(type, factsOf).map((problem) => `${type.id}: ${problem}`));
  return problems;
}

/** At load: every record type's declaration is sound, or the platform does not start. */
export function assertDeclarations<T extends RecordTypeDeclaration>(
  types: readonly T[],
  factsOf: (ruleId: string) => RuleFacts | undefined,
  catalogueExists: (id: string) => boolean,
): readonly T[] {
  const problems = types.flatMap((type) => checkDeclaration(type, factsOf, catalogueExists));
  // A link names record types by id: each must be one of the platform's.
  const ids = new Set(types.map((type) => type.id));
  for (const type of types)
    for (const field of type.fields)
      if (field.kind === "record")
        for (const target of field.types ?? [])
          if (!ids.has(target))
            problems.push(`${type.id}: field ${field.name}: unknown record type ${target}`);
  problems.push(...checkChecklistLinks(types));
  if (problems.length > 0) throw new Error(`record type declarations:\n${problems.join("\n")}`);
  return types;
}
