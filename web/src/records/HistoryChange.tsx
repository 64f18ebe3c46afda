// One changed field in the history: label, old value struck through, → new value.
import type { HistoryChange as Change, TypeMeta } from "../api/types";
import { formatValue } from "./format";

const MAX_SHOWN = 80;

/** Columns every record has, which the server may name by their code. */
const SYSTEM_LABELS: Readonly<Record<string, string>> = {
  recordNumber: "编号",
  state: "状态",
  version: "版本",
};

function shorten(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

interface HistoryChangeProps {
  type: TypeMeta;
  change: Change;
  orgNames: ReadonlyMap<number, string>;
}

export function HistoryChange({ type, change, orgNames }: HistoryChangeProps) {
  const field = type.fields.find((candidate) => candidate.name === change.field);
  const label =
    change.label !== "" && change.label !== change.field
      ? change.label
      : (field?.label ?? SYSTEM_LABELS[change.field] ?? change.field);
  const before = formatValue(field, change.before, undefined, orgNames);
  const after = formatValue(field, change.after, undefined, orgNames);
  return (
    <li>
      <span className="change-label">{label}：</span>
      {change.before === null || change.before === undefined ? null : (
        <>
          <span className="change-before" title={before}>
            {shorten(before)}
          </span>
          <span className="change-arrow"> → </span>
        </>
      )}
      <span className="change-after" title={after}>
        {shorten(after)}
      </span>
    </li>
  );
}
