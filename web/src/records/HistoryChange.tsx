// One changed field in the history: label, old value struck through, → new value (text from the server).
import type { HistoryChange as Change } from "../api/types";
import { EMPTY } from "./format";

const MAX_SHOWN = 80;

function shorten(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

export function HistoryChange({ change }: { change: Change }) {
  const after = change.after ?? EMPTY;
  return (
    <li>
      <span className="change-label">{change.label}：</span>
      {change.before === null ? null : (
        <>
          <span className="change-before" title={change.before}>
            {shorten(change.before)}
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
