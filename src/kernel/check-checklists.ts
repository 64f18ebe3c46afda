// Checks the action checklists and number series of a type: the fields, rules and linking types
// they name exist and have the kinds they need, found at load time, never in a user's request.
import type { RuleFacts } from "./check-clocks.js";
import type { ChecklistCondition, RecordTypeDeclaration } from "./declaration.js";
import type { FieldKind } from "./fields.js";

type FieldCheck = (where: string, name: string, kinds?: readonly FieldKind[]) => void;

const rulesOf = (condition: Extract<ChecklistCondition, { kind: "minimumPeriod" }>) =>
  typeof condition.rule === "string" ? [condition.rule] : condition.rule.among;

/** Within one type: fields and rules. Links to other types are checked by checkChecklistLinks. */
export function checkChecklists(
  type: RecordTypeDeclaration,
  factsOf: (ruleId: string) => RuleFacts | undefined,
  fieldOfKind: FieldCheck,
): string[] {
  const problems: string[] = [];
  for (const action of type.workflow.actions) {
    const ids = new Set<string>();
    for (const item of action.checklist ?? []) {
      const where = `action ${action.id}: checklist ${item.id}`;
      if (ids.has(item.id)) problems.push(`${type.id}: ${where}: duplicate item id`);
      ids.add(item.id);
      if (item.when) fieldOfKind(where, item.when.field);
      const condition = item.requires;
      if (condition.kind === "filled") {
        if (condition.fields.length === 0) problems.push(`${type.id}: ${where}: names no field`);
        for (const name of condition.fields) fieldOfKind(where, name);
      } else if (condition.kind === "minimumPeriod") {
        fieldOfKind(where, condition.startField, ["date"]);
        fieldOfKind(where, condition.endField, ["date"]);
        if (condition.shortenedReasonField)
          fieldOfKind(where, condition.shortenedReasonField, ["text", "longText"]);
        for (const rule of rulesOf(condition)) {
          const facts = factsOf(rule);
          if (!facts) problems.push(`${type.id}: ${where}: unknown statutory rule ${rule}`);
          else if (!facts.isMinimum)
            problems.push(
              `${type.id}: ${where}: rule ${rule} is a time limit, not a minimum period`,
            );
        }
      }
    }
    if (action.assignsNumber) {
      const where = `action ${action.id}: assignsNumber`;
      fieldOfKind(where, action.assignsNumber.field, ["text"]);
      fieldOfKind(where, action.assignsNumber.dateField, ["date"]);
      if (action.assignsNumber.prefix.trim() === "")
        problems.push(`${type.id}: ${where}: needs a prefix`);
    }
  }
  return problems;
}

/** Across types: a linked step names a type whose link field may point at this one, and its states. */
export function checkChecklistLinks(types: readonly RecordTypeDeclaration[]): string[] {
  const byId = new Map(types.map((type) => [type.id, type]));
  const problems: string[] = [];
  for (const type of types)
    for (const action of type.workflow.actions)
      for (const item of action.checklist ?? []) {
        const condition = item.requires;
        if (condition.kind !== "linked") continue;
        const where = `${type.id}: action ${action.id}: checklist ${item.id}`;
        const linking = byId.get(condition.type);
        if (!linking) {
          problems.push(`${where}: unknown record type ${condition.type}`);
          continue;
        }
        const field = linking.fields.find((candidate) => candidate.name === condition.field);
        if (field?.kind !== "record")
          problems.push(`${where}: ${condition.type}.${condition.field} is not a record link`);
        else if (field.types && !field.types.includes(type.id))
          problems.push(`${where}: ${condition.type}.${condition.field} cannot link to ${type.id}`);
        const states = new Set(linking.workflow.states.map((state) => state.id));
        for (const state of condition.states)
          if (!states.has(state))
            problems.push(`${where}: unknown state ${state} of ${linking.id}`);
        if (condition.states.length === 0) problems.push(`${where}: names no state`);
        if (condition.where && !linking.fields.some((f) => f.name === condition.where?.field))
          problems.push(`${where}: unknown field ${condition.where.field} of ${linking.id}`);
      }
  return problems;
}
