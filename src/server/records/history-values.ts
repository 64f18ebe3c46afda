// One value of a history entry as text: state and choice labels, names of people and
// organisations, 是/否, money, masked identifiers; dates stay ISO (2023-03-01).
import { maskIdentifier } from "../../kernel/codes.js";
import { moneyText } from "../../kernel/money-text.js";
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import type { HistoryNames } from "../../engine/history.js";
import { isSensitive } from "../../engine/display.js";

const plain = (value: unknown): string =>
  typeof value === "string"
    ? value
    : typeof value === "number"
      ? String(value)
      : JSON.stringify(value);

const IDENTIFIER = /^(\d{17}[\dXx]|\d{15}|1\d{10}|0\d{2,3}-?\d{7,8})$/;

const maskIfIdentifier = (text: string): string =>
  IDENTIFIER.test(text.trim()) ? maskIdentifier(text.trim()) : text;

export function historyValueText(input: {
  readonly type: RecordTypeDeclaration;
  readonly field: string;
  readonly value: unknown;
  readonly names: HistoryNames;
}): string | null {
  const { type, field: name, value, names } = input;
  if (value === null || value === undefined || value === "") return null;
  if (name === "state")
    return type.workflow.states.find((state) => state.id === value)?.label ?? plain(value);
  const field = type.fields.find((candidate) => candidate.name === name);
  // A field no longer declared (e.g. mediation's partyAIdNumber before migration 0015 made parties
  // rows): the audit log keeps its old values, and the kind that would mask them is gone. Anything
  // that reads as an ID or phone number is masked, as it was when the field existed.
  if (field === undefined)
    return typeof value === "string" ? maskIfIdentifier(value) : plain(value);
  if (isSensitive(field) && typeof value === "string") return maskIdentifier(value);
  switch (field.kind) {
    case "choice":
      return field.options.find((option) => option.value === value)?.label ?? plain(value);
    case "org":
      return names.orgs.get(Number(value)) ?? "（单位已不存在）";
    case "user":
      return names.users.get(Number(value)) ?? "（人员已不存在）";
    case "record":
      return (
        (typeof value === "string" ? names.records.get(value) : undefined) ?? "（记录已不存在）"
      );
    case "boolean":
      return value === true ? "是" : "否";
    case "money":
      return moneyText(value) ?? plain(value);
    default:
      return plain(value);
  }
}
