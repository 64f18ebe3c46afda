// Who may create records of a type and for which organisations — the rule createRecord enforces,
// offered to forms beforehand so that nobody fills a whole form only to be refused.
import type { Sql } from "../db/client.js";
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import { orgInScopePredicate } from "./access.js";
import { hasAnyRole, tokenAllows, type Actor } from "./actor.js";
import { Params } from "./params.js";

/** The role half of the rule: createRecord refuses anyone else with 403. */
export const hasCreateRole = (type: RecordTypeDeclaration, actor: Actor): boolean =>
  hasAnyRole(actor, type.access.create) && tokenAllows(actor, type.id, "write");

/**
 * The organisations the actor may put in a record's owner org field, on create and edit alike
 * (checkReferences applies the same predicate); null when the predicate admits every organisation.
 */
export async function ownerOrgChoices(sql: Sql, actor: Actor): Promise<number[] | null> {
  const params = new Params();
  const predicate = orgInScopePredicate(actor, params, "o.id");
  if (predicate === "TRUE") return null;
  const rows = await sql.query<{ id: number }>(
    `SELECT o.id FROM org o WHERE ${predicate} ORDER BY o.path`,
    params.values,
  );
  return rows.map((row) => row.id);
}

/** Whether the actor can create a record of this type for at least one organisation. */
export const canCreateWith = (
  type: RecordTypeDeclaration,
  actor: Actor,
  choices: readonly number[] | null,
): boolean => hasCreateRole(type, actor) && (choices === null || choices.length > 0);

/**
 * Date fields of a new record that mean the day it is received or created: the field its number
 * takes its year from, and the start field of every clock that starts on creation. A form fills
 * them with today; the person corrects them when the paper arrived earlier.
 */
export function todayFieldsOf(type: RecordTypeDeclaration): string[] {
  const names = new Set([
    type.numbering.dateField,
    ...type.clocks.filter((clock) => clock.startOn.includes("create")).map((c) => c.startField),
  ]);
  return type.fields
    .filter((field) => names.has(field.name) && field.kind === "date" && !field.isSetByAction)
    .map((field) => field.name);
}
