// Notices a record type's procedure produces (受理通知书, 补正通知书 …), generated from the record as
// .docx in the GB/T 9704 letter layout and kept as an attachment of the record with its hash.
import type { Role } from "./roles.js";

export interface DocumentTemplateDeclaration {
  /** Stable id, part of the API path: `acceptanceNotice`. */
  readonly id: string;
  /** 受理通知书 */
  readonly label: string;
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
  /** Body paragraphs with {{field}} placeholders; a paragraph whose placeholders are all empty is left out. */
  readonly paragraphs: readonly string[];
  /** The org field whose organisation issues the notice (发文机关署名, 印章). */
  readonly issuerField: string;
}
