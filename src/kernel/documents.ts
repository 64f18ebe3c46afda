// Notices a record type's procedure produces (受理通知书, 补正通知书 …), generated from the record as
// .docx in the GB/T 9704 letter layout and kept as an attachment of the record with its hash.
import type { FieldCondition } from "./fields.js";
import type { Role } from "./roles.js";

export type NoticeParagraph = string | { readonly text: string; readonly when: FieldCondition };

export const paragraphText = (paragraph: NoticeParagraph): string =>
  typeof paragraph === "string" ? paragraph : paragraph.text;

export interface DocumentTemplateDeclaration {
  /** Stable id, part of the API path: `acceptanceNotice`. */
  readonly id: string;
  /** 受理通知书: the name in the 生成文书 menu and, unless `title` says otherwise, on the notice. */
  readonly label: string;
  /** The title printed on the notice when it is longer than the menu name (行政复议受理通知书). */
  readonly title?: string;
  /** The actions after which the notice can be generated (the detail page offers 生成文书 there). */
  readonly afterActions: readonly string[];
  /** Roles that may generate it (within their write scope on the record). */
  readonly roles: readonly Role[];
  /** Document number prefix, e.g. 侯复受字: numbers run per template and year (侯复受字〔2023〕3号). */
  readonly numberPrefix: string;
  /** The date field that dates the notice (its 成文日期) and gives the year of its number. */
  readonly dateField: string;
  /** The addressee line (主送), with {{field}} placeholders of the record's fields. */
  readonly addressee: string;
  /**
   * Body paragraphs with {{field}} placeholders; a paragraph whose placeholders are all empty is left
   * out, and one with `when` is printed only while its condition holds (e.g. the reply period of the
   * simplified procedure, 行政复议法 第54条, instead of the ordinary one, 第48条).
   */
  readonly paragraphs: readonly NoticeParagraph[];
  /** The org field whose organisation issues the notice (发文机关署名, 印章). */
  readonly issuerField: string;
}

/**
 * Placeholders that are not fields: the record's own number (案号) and the notice's document
 * number (文号), which exists only once the notice is generated.
 */
export const RESERVED_PLACEHOLDERS = ["recordNumber", "documentNumber"] as const;

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

/** The names inside {{…}} of a template text, in order, with repeats. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? "");
}

/** Text with each {{name}} replaced by `valueOf(name)`. */
export function fillPlaceholders(text: string, valueOf: (name: string) => string): string {
  return text.replace(PLACEHOLDER, (_whole, name: string) => valueOf(name));
}

/** Every text of a template that may hold placeholders. */
export const templateTexts = (template: DocumentTemplateDeclaration): readonly string[] => [
  template.addressee,
  ...template.paragraphs.map(paragraphText),
];

/** The templates a record offers after the actions taken on it so far. */
export function templatesAfter(
  templates: readonly DocumentTemplateDeclaration[],
  takenActions: ReadonlySet<string>,
): DocumentTemplateDeclaration[] {
  return templates.filter((template) =>
    template.afterActions.some((action) => takenActions.has(action)),
  );
}
