// How a record's values read inside a notice: choice labels, organisation and user names, dates as
// official documents write them, identifiers masked as on every screen.
import { chineseDate } from "../../calendar/official-date.js";
import { maskIdentifier } from "../../kernel/codes.js";
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import { applies } from "../../kernel/conditions.js";
import {
  fillPlaceholders,
  paragraphText,
  placeholdersOf,
  type NoticeParagraph,
} from "../../kernel/documents.js";
import { displayLabels } from "../display.js";
import type { RecordRow } from "../select.js";

export function noticeValue(
  type: RecordTypeDeclaration,
  record: RecordRow,
  extra: Readonly<Record<string, string>>,
): (name: string) => string {
  const labels = displayLabels(type, record);
  const fields = new Map(type.fields.map((field) => [field.name, field]));
  return (name) => {
    if (name in extra) return extra[name] ?? "";
    const field = fields.get(name);
    const raw = record.values[name];
    if (!field || raw === null || raw === undefined || raw === "") return "";
    if (field.kind === "boolean") return raw === true ? "是" : "否";
    // Other stored values are strings and numbers; rows and files have no single value to print.
    if (typeof raw !== "string" && typeof raw !== "number") return "";
    switch (field.kind) {
      case "choice":
      case "org":
      case "user":
        return labels[name] ?? "";
      case "date":
        return chineseDate(String(raw));
      case "money":
        return Number(raw).toFixed(2);
      case "idNumber":
      case "phone":
        return maskIdentifier(String(raw));
      default:
        return String(raw);
    }
  };
}

/** The paragraphs with placeholders filled; one whose placeholders are all empty is left out. */
export function fillParagraphs(
  paragraphs: readonly NoticeParagraph[],
  valueOf: (name: string) => string,
  /** The record's stored values, which conditional paragraphs are judged by. */
  stored: Readonly<Record<string, unknown>> = {},
): string[] {
  return paragraphs.flatMap((paragraph) => {
    if (typeof paragraph !== "string" && !applies(paragraph, (name) => stored[name] ?? null))
      return [];
    const text = paragraphText(paragraph);
    const names = placeholdersOf(text);
    if (names.length > 0 && names.every((name) => valueOf(name) === "")) return [];
    return [fillPlaceholders(text, valueOf)];
  });
}
