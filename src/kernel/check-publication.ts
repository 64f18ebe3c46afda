// Checks a type's publication declaration: what it names exists, nothing personal goes public
// unmasked, and its clock is the one the declaration implies.
import type { RecordTypeDeclaration } from "./declaration.js";
import type { RuleFacts } from "./check-clocks.js";
import { citedKeys } from "./placeholders.js";
import { PUBLICATION_CLOCK_ID, publicationClock } from "./publication.js";

/** Kinds that never go to the portal: identifiers, staff accounts, files, child rows and links to internal records. */
const NEVER_PUBLIC = new Set(["idNumber", "phone", "user", "attachment", "table", "record"]);

export function checkPublication(
  type: RecordTypeDeclaration,
  factsOf: (ruleId: string) => RuleFacts | undefined,
): string[] {
  const publication = type.publication;
  const clock = type.clocks.find((candidate) => candidate.id === PUBLICATION_CLOCK_ID);
  if (!publication) {
    return clock ? [`clock ${PUBLICATION_CLOCK_ID}: reserved for the publication declaration`] : [];
  }
  const problems: string[] = [];
  const at = (where: string, message: string) => problems.push(`publication.${where}: ${message}`);
  const fields = new Map(type.fields.map((field) => [field.name, field]));
  const actions = new Map(type.workflow.actions.map((action) => [action.id, action]));
  const states = new Set(type.workflow.states.map((state) => state.id));

  if (publication.column.label.trim() === "") at("column", "needs a label");
  if (!factsOf(publication.rule)) at("rule", `unknown statutory rule ${publication.rule}`);
  const start = actions.get(publication.startOn);
  if (!start) at("startOn", `unknown action ${publication.startOn}`);
  else if (!start.dateField) at("startOn", `action ${start.id} has no dateField to start from`);
  for (const name of publication.withdrawnOn ?? [])
    if (!actions.has(name)) at("withdrawnOn", `unknown action ${name}`);
  for (const name of publication.refreshedOn ?? [])
    if (!actions.has(name)) at("refreshedOn", `unknown action ${name}`);
  for (const name of publication.listFields ?? [])
    if (!publication.publicFields.includes(name))
      at("listFields", `field ${name} is not a public field`);
  for (const state of publication.publishableIn)
    if (!states.has(state)) at("publishableIn", `unknown state ${state}`);
  if (publication.publishableIn.length === 0) at("publishableIn", "names no state");
  if (publication.roles.length === 0) at("roles", "names no role");
  const { staysYears } = publication;
  if (staysYears !== undefined && !(Number.isInteger(staysYears) && staysYears > 0))
    at("staysYears", "must be a positive whole number of years");

  if (publication.publicFields.length === 0) at("publicFields", "names no field");
  for (const name of publication.publicFields) {
    const field = fields.get(name);
    if (!field) at("publicFields", `unknown field ${name}`);
    else if (NEVER_PUBLIC.has(field.kind))
      at("publicFields", `field ${name} is ${field.kind}, which is never public`);
  }
  for (const masked of publication.maskedNames ?? []) {
    const field = fields.get(masked.field);
    if (!publication.publicFields.includes(masked.field))
      at("maskedNames", `field ${masked.field} is not a public field`);
    else if (field?.kind !== "text")
      at("maskedNames", `field ${masked.field} must be text to hold a name`);
    if (masked.unless && !fields.has(masked.unless.field))
      at("maskedNames", `unknown field ${masked.unless.field}`);
  }
  for (const key of citedKeys(publication.title))
    if (!publication.publicFields.includes(key))
      at("title", `placeholder ${key} is not a public field`);

  // The clock listed among the type's clocks must be the one this declaration implies.
  const wanted = publicationClock(publication, type.workflow);
  if (!clock) at("clock", `add publicationClock(...) to the clocks (id ${PUBLICATION_CLOCK_ID})`);
  else if (JSON.stringify(clock) !== JSON.stringify(wanted))
    at("clock", "the publication clock differs from its declaration: use publicationClock(...)");
  return problems;
}
