// 草稿 or 已发布 (with the date it was published).
import { Tag } from "antd";
import type { ReportStatus } from "../api/reports";
import { formatDateTime } from "../records/format";

interface StatusTagProps {
  status: ReportStatus;
  publishedAt: string | null;
  testId?: string;
}

export function StatusTag({ status, publishedAt, testId }: StatusTagProps) {
  if (status === "draft") {
    return (
      <Tag color="processing" data-testid={testId}>
        草稿
      </Tag>
    );
  }
  return (
    <Tag color="success" data-testid={testId}>
      已发布{publishedAt === null ? "" : ` · ${formatDateTime(publishedAt).slice(0, 10)}`}
    </Tag>
  );
}
