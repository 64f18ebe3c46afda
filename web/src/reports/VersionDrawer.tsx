// A paragraph's history: every version, who wrote it and when, newest first.
import { Drawer, Empty, Spin, Tag, Timeline } from "antd";
import { fetchParagraphVersions, type Paragraph } from "../api/reports";
import { errorText } from "../common/errors";
import { useLoad } from "../common/useLoad";
import { formatDateTime } from "../records/format";
import type { FigureLookup } from "./figureLookup";
import { FigureText } from "./FigureText";

interface VersionDrawerProps {
  reportId: number;
  paragraph: Paragraph;
  lookup: FigureLookup;
  onClose: () => void;
}

export function VersionDrawer({ reportId, paragraph, lookup, onClose }: VersionDrawerProps) {
  const versions = useLoad(
    () => fetchParagraphVersions(reportId, paragraph.id),
    [reportId, paragraph.id, paragraph.version],
  );
  const items = [...(versions.data?.items ?? [])].sort((a, b) => b.version - a.version);

  const body = () => {
    if (versions.error !== null)
      return <div className="muted">修改历史加载失败：{errorText(versions.error)}</div>;
    if (versions.data === null) return <Spin />;
    if (items.length === 0)
      return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无修改记录" />;
    return (
      <Timeline
        items={items.map((item) => ({
          key: item.version,
          content: (
            <div className="version-entry" data-testid={`paragraph-version-${item.version}`}>
              <div className="version-head">
                <strong>第{item.version}版</strong>
                <span className="history-actor">{item.changedByName ?? "系统"}</span>
                <span className="muted">{formatDateTime(item.changedAt)}</span>
                {item.deleted ? <Tag color="error">已删除</Tag> : null}
              </div>
              <div className={item.deleted ? "version-text version-deleted" : "version-text"}>
                <FigureText text={item.text} lookup={lookup} />
              </div>
            </div>
          ),
        }))}
      />
    );
  };

  return (
    <Drawer open title="段落修改历史" size={520} onClose={onClose} data-testid="paragraph-versions">
      {body()}
    </Drawer>
  );
}
