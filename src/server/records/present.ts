// JSON shapes of records for the web app: type metadata.
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import type { FieldDeclaration } from "../../kernel/fields.js";
import type { Actor } from "../../engine/actor.js";
import { canCreateWith, todayFieldsOf } from "../../engine/create-access.js";

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
