// Conditional fields on the screen: the same rule the server applies (src/kernel/conditions.ts),
// so a field shows, and is required, exactly while the server would accept a value for it.
import { applies, conditionText } from "../../../src/kernel/conditions";
import type { Field } from "../api/types";

/** Whether the field applies, reading other fields' values through `valueOf`. */
export const isApplicable = (field: Field, valueOf: (name: string) => unknown): boolean =>
  applies(field, (name) => valueOf(name) ?? null);

/** "仅在「申请人类型」为「法人或其他组织」时填写" */
export const conditionOf = (field: Field, fields: readonly Field[]): string =>
  conditionText(field, fields);
