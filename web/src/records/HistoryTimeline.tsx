// 办理记录: who did what and when, with each changed field before → after.
import { Empty, Spin, Timeline } from "antd";
import { fetchHistory } from "../api/records";
import type { HistoryChange, HistoryItem, TypeMeta } from "../api/types";
import { errorText } from "../common/errors";
import { useLoad } from "../common/useLoad";
import { useOrgOptions } from "../orgs/useOrgOptions";
import { formatDateTime, formatValue } from "./format";

interface HistoryTimelineProps {
  type: TypeMeta;
  id: number;
  /** Changes whenever the record is saved, so the history reloads. */
  version: number;
}

const MAX_SHOWN = 80;

function shorten(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

function Change({
  type,
  change,
  orgNames,
}: {
  type: TypeMeta;
  change: HistoryChange;
  orgNames: ReadonlyMap<number, string>;
}) {
  const field = type.fields.find((candidate) => candidate.name === change.field);
  const before = formatValue(field, change.before, undefined, orgNames);
  const after = formatValue(field, change.after, undefined, orgNames);
  return (
    <li>
      <span className="change-label">{change.label || field?.label || change.field}：</span>
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

function entry(type: TypeMeta, item: HistoryItem, orgNames: ReadonlyMap<number, string>) {
  return {
    key: item.seq,
    title: formatDateTime(item.at),
    content: (
      <div className="history-entry" data-testid={`history-${item.seq}`}>
        <div>
          <strong className="history-action">{item.actionLabel || item.action}</strong>
          <span className="history-actor">{item.actorName}</span>
        </div>
        {item.changes.length === 0 ? null : (
          <ul className="history-changes">
            {item.changes.map((change) => (
              <Change key={change.field} type={type} change={change} orgNames={orgNames} />
            ))}
          </ul>
        )}
      </div>
    ),
  };
}

export function HistoryTimeline({ type, id, version }: HistoryTimelineProps) {
  const history = useLoad(() => fetchHistory(type.id, id), [type.id, id, version]);
  const orgs = useOrgOptions();
  if (history.error !== null)
    return <div className="muted">办理记录加载失败：{errorText(history.error)}</div>;
  if (history.data === null) return <Spin />;
  if (history.data.items.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无办理记录" />;
  return (
    <div>
      <Timeline
        mode="start"
        titleSpan="150px"
        items={history.data.items.map((item) => entry(type, item, orgs.names))}
      />
    </div>
  );
}
