// The public face of a record as it is published: the declared public fields as text, names masked
// by rule, and the title. Pure: what it returns is stored, and the portal shows only that.
import { applies } from "../../kernel/conditions.js";
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import { PLACEHOLDER } from "../../kernel/placeholders.js";
import { maskPersonName, type PublicationDeclaration } from "../../kernel/publication.js";
import { displayLabels } from "../display.js";
import type { RecordRow } from "../select.js";

export interface PublicField {
  readonly name: string;
  readonly label: string;
  readonly text: string;
}

export interface PublicSnapshot {
  readonly title: string;
  readonly fields: readonly PublicField[];
  /** Number, title and field texts, lower-cased, for the portal's search. */
  readonly searchText: string;
}

function textOf(value: unknown, label: string | undefined): string {
  if (label !== undefined) return label;
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "是" : "否";
  if (typeof value === "string" || typeof value === "number") return String(value);
  return "";
}

export function publicSnapshot(
  type: RecordTypeDeclaration,
  publication: PublicationDeclaration,
  row: Pick<RecordRow, "recordNumber" | "values" | "names">,
): PublicSnapshot {
  const labels = displayLabels(type, row);
  const valueOf = (name: string): unknown => row.values[name];
  // Organisations are named in full; a person's name keeps only its first character, wherever it
  // appears: in its own field and inside free text such as the reasoning (申请人张三丰… → 张**…).
  const hidden = (publication.maskedNames ?? []).flatMap((rule) => {
    const name = textOf(row.values[rule.field], labels[rule.field]).trim();
    if (name === "" || (rule.unless && applies({ when: rule.unless }, valueOf))) return [];
    return [[name, maskPersonName(name)] as const];
  });
  const fields = publication.publicFields.flatMap((name): PublicField[] => {
    const field = type.fields.find((candidate) => candidate.name === name);
    if (!field) return [];
    let text = textOf(row.values[name], labels[name]);
    for (const [full, masked] of hidden) text = text.replaceAll(full, masked);
    return [{ name, label: field.label, text }];
  });
  const byName = new Map(fields.map((field) => [field.name, field.text]));
  const title = publication.title
    .replace(PLACEHOLDER, (_match, key: string) => byName.get(key) ?? "")
    .trim();
  const searchText = [row.recordNumber ?? "", title, ...fields.map((field) => field.text)]
    .join("\n")
    .toLowerCase();
  return { title, fields, searchText };
}
