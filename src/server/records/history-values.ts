// One value of a history entry as text: state and choice labels, names of people and
// organisations, 是/否, money, masked identifiers; dates stay ISO (2023-03-01).
import { maskIdentifier } from "../../kernel/codes.js";
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import type { HistoryNames } from "../../engine/history.js";
import { isSensitive } from "../../engine/display.js";

const plain = (value: unknown): string =>
  typeof value === "string"
    ? value
    : typeof value === "number"
      ? String(value)
      : JSON.stringify(value);

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
  if (field === undefined) return plain(value);
  if (isSensitive(field) && typeof value === "string") return maskIdentifier(value);
  switch (field.kind) {
    case "choice":
      return field.options.find((option) => option.value === value)?.label ?? plain(value);
    case "org":
      return names.orgs.get(Number(value)) ?? "（单位已不存在）";
    case "user":
      return names.users.get(Number(value)) ?? "（人员已不存在）";
    case "boolean":
      return value === true ? "是" : "否";
    case "money": {
      const amount = Number(value);
      return Number.isFinite(amount)
        ? amount.toLocaleString("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 })
        : plain(value);
    }
    default:
      return plain(value);
  }
}
