// 办理记录: who did what and when, with each changed field before → after.
import { Empty, Spin, Timeline } from "antd";
import { fetchHistory } from "../api/records";
import type { TypeMeta } from "../api/types";
import { errorText } from "../common/errors";
import { useLoad } from "../common/useLoad";
import { formatDateTime } from "./format";
import { HistoryEntry } from "./HistoryEntry";

interface HistoryTimelineProps {
  type: TypeMeta;
  id: number;
  /** Changes whenever the record is saved, so the history reloads. */
  version: number;
}

export function HistoryTimeline({ type, id, version }: HistoryTimelineProps) {
  const history = useLoad(() => fetchHistory(type.id, id), [type.id, id, version]);
  if (history.error !== null)
    return <div className="muted">办理记录加载失败：{errorText(history.error)}</div>;
  if (history.data === null) return <Spin />;
  if (history.data.items.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无办理记录" />;
  return (
    <Timeline
      mode="start"
      titleSpan="130px"
      items={history.data.items.map((item) => ({
        key: item.seq,
        title: formatDateTime(item.at),
        content: <HistoryEntry item={item} />,
      }))}
    />
  );
}
