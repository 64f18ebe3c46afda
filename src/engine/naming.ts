// SQL names derived from declaration names: one place, so tables and queries always agree.
import type { RecordTypeDeclaration } from "../kernel/declaration.js";

export const snakeCase = (name: string): string =>
  name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export const tableOf = (type: Pick<RecordTypeDeclaration, "id">): string =>
  `r_${snakeCase(type.id)}`;

export const columnOf = (fieldName: string): string => snakeCase(fieldName);

/** System columns every record table has; field names may not take them. */
export const SYSTEM_COLUMNS = [
  "id",
  "state",
  "version",
  "record_number",
  "created_at",
  "created_by",
  "updated_at",
  "updated_by",
  "search_text",
] as const;
