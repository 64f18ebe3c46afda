// An action that needs files on the record (requiresFiles): each named attachment field must hold
// a current file when the action is taken, checked inside the action's transaction; and who may
// put files there.
import type { Sql } from "../../db/client.js";
import type { ActionDeclaration, RecordTypeDeclaration } from "../../kernel/declaration.js";
import { hasAnyRole, type Actor } from "../actor.js";
import { validationError, type FieldProblem } from "../errors.js";

/**
 * Who may upload and remove files of a record: its editors, and those whose action needs files
 * (the assignee of a follow-up uploads the evidence it reports completion with).
 */
export const mayHandleFiles = (type: RecordTypeDeclaration, actor: Actor): boolean =>
  hasAnyRole(actor, [
    ...type.access.update,
    ...type.workflow.actions
      .filter((action) => (action.requiresFiles ?? []).length > 0)
      .flatMap((action) => action.roles),
  ]);

export async function checkRequiredFiles(
  tx: Sql,
  type: RecordTypeDeclaration,
  action: ActionDeclaration,
  recordId: number,
): Promise<void> {
  const names = action.requiresFiles ?? [];
  if (names.length === 0) return;
  const rows = await tx.query<{ field: string }>(
    `SELECT DISTINCT field_name AS field FROM attachment
     WHERE record_type = $1 AND record_id = $2 AND field_name = ANY($3::text[]) AND removed_at IS NULL`,
    [type.id, recordId, [...names]],
  );
  const held = new Set(rows.map((row) => row.field));
  const problems: FieldProblem[] = names
    .filter((name) => !held.has(name))
    .map((name) => {
      const label = type.fields.find((field) => field.name === name)?.label ?? name;
      return {
        field: name,
        code: "attachment.required",
        message: `“${action.label}”前请先上传${label}`,
      };
    });
  if (problems.length > 0) throw validationError(problems);
}
