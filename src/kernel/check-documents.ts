// Checks the notice templates of a record type: every placeholder names a field (or a reserved
// name), the actions that offer it exist, its date and issuer fields are a date and an org.
import type { RecordTypeDeclaration } from "./declaration.js";
import { placeholdersOf, RESERVED_PLACEHOLDERS, templateTexts } from "./documents.js";
import type { FieldKind } from "./fields.js";

/** Kinds without a single value to print: rows and files. */
const UNPRINTABLE: readonly FieldKind[] = ["table", "attachment"];

export function checkDocuments(type: RecordTypeDeclaration): string[] {
  const problems: string[] = [];
  const fields = new Map(type.fields.map((field) => [field.name, field]));
  const actions = new Set(type.workflow.actions.map((action) => action.id));
  const reserved: readonly string[] = RESERVED_PLACEHOLDERS;
  const seen = new Set<string>();
  for (const template of type.documents ?? []) {
    const at = (message: string) => problems.push(`document ${template.id}: ${message}`);
    if (!/^[a-z][A-Za-z0-9]*$/.test(template.id)) at("id must be camelCase");
    if (seen.has(template.id)) at("duplicate document id");
    seen.add(template.id);
    if (template.label.trim() === "") at("label is empty");
    if (template.numberPrefix.trim() === "") at("numberPrefix is empty");
    if (template.roles.length === 0) at("no role may generate it");
    if (template.paragraphs.length === 0) at("has no paragraphs");
    if (template.afterActions.length === 0) at("afterActions is empty");
    for (const action of template.afterActions)
      if (!actions.has(action)) at(`afterActions: unknown action ${action}`);
    const kindOf = (name: string) => fields.get(name)?.kind;
    if (kindOf(template.dateField) !== "date")
      at(`dateField ${template.dateField} must be a date field`);
    if (kindOf(template.issuerField) !== "org")
      at(`issuerField ${template.issuerField} must be an org field`);
    for (const paragraph of template.paragraphs) {
      if (typeof paragraph === "string") continue;
      const controlling = fields.get(paragraph.when.field);
      if (!controlling) at(`paragraph condition names no field ${paragraph.when.field}`);
      else if (controlling.kind === "choice") {
        const known = new Set(controlling.options.map((option) => option.value));
        for (const value of paragraph.when.in)
          if (typeof value !== "string" || !known.has(value))
            at(`paragraph condition: ${String(value)} is no option of ${controlling.name}`);
      }
    }
    for (const text of templateTexts(template)) {
      for (const name of placeholdersOf(text)) {
        if (reserved.includes(name)) continue;
        const kind = kindOf(name);
        if (kind === undefined) at(`placeholder {{${name}}} names no field`);
        else if (UNPRINTABLE.includes(kind))
          at(`placeholder {{${name}}} is a field of kind ${kind}`);
      }
    }
  }
  return problems;
}
