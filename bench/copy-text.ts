// PostgreSQL's COPY text format: one line per row, columns separated by tabs, \N for null, and
// backslash escapes for the characters that would end a column or a line.

export const COPY_OPTIONS = "WITH (FORMAT text)";

export type CopyValue = string | number | boolean | null | undefined | object;

const SPECIAL = /[\\\t\n\r]/;

function escapeText(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return text
    .replaceAll("\\", "\\\\")
    .replaceAll("\t", "\\t")
    .replaceAll("\n", "\\n")
    .replaceAll("\r", "\\r");
}

/** One value as a COPY column: objects and arrays as JSON (for jsonb columns). */
export function copyValue(value: CopyValue): string {
  if (value === null || value === undefined) return "\\N";
  if (typeof value === "string") return escapeText(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString();
  return escapeText(JSON.stringify(value));
}

/** One row as a COPY line, newline included. */
export function copyLine(values: readonly CopyValue[]): string {
  let line = "";
  for (let index = 0; index < values.length; index += 1) {
    if (index > 0) line += "\t";
    line += copyValue(values[index]);
  }
  return `${line}\n`;
}
