// One event of the history: action, who, and the fields it changed (long lists fold).
import { Button } from "antd";
import { useState } from "react";
import type { HistoryItem } from "../api/types";
import { HistoryChange } from "./HistoryChange";

const FOLDED = 5;

export function HistoryEntry({ item }: { item: HistoryItem }) {
  const [open, setOpen] = useState(false);
  const folds = item.changes.length > FOLDED + 1;
  const shown = folds && !open ? item.changes.slice(0, FOLDED) : item.changes;
  return (
    <div className="history-entry" data-testid={`history-${item.seq}`}>
      <div>
        <strong className="history-action">{item.actionLabel}</strong>
        <span className="history-actor" data-testid="history-actor">
          {item.actorName}
        </span>
      </div>
      {shown.length === 0 ? null : (
        <ul className="history-changes">
          {shown.map((change) => (
            <HistoryChange key={change.field} change={change} />
          ))}
        </ul>
      )}
      {folds ? (
        <Button
          type="link"
          size="small"
          className="history-more"
          onClick={() => {
            setOpen(!open);
          }}
        >
          {open ? "收起" : `展开全部 ${item.changes.length} 项`}
        </Button>
      ) : null}
    </div>
  );
}
