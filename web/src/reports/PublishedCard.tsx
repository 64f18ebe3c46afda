// A published report: when it went out, that its text and figures are frozen, and how to correct it.
import { CheckCircleOutlined } from "@ant-design/icons";
import { Card } from "antd";
import type { Report } from "../api/reports";
import { paths } from "../router/routes";
import { formatDateTime } from "../records/format";
import { WithdrawButton } from "./WithdrawButton";

export function PublishedCard({
  report,
  canWithdraw,
  onWithdrawn,
}: {
  report: Report;
  canWithdraw: boolean;
  onWithdrawn: () => void;
}) {
  return (
    <Card size="small" className="page-card" title="已发布" data-testid="report-published">
      <p className="problems-ok">
        <CheckCircleOutlined /> 发布于{" "}
        {report.publishedAt === null ? "—" : formatDateTime(report.publishedAt)}
      </p>
      <p className="muted">
        发布时的正文和数字已冻结，不能再修改；预览和导出均为发布时的版本。公众可在
        <a href={paths.portal()} target="_blank" rel="noopener">
          公开门户
        </a>
        查阅。如需更正，可撤回发布，修改后重新发布。
      </p>
      {canWithdraw ? <WithdrawButton report={report} onDone={onWithdrawn} /> : null}
    </Card>
  );
}
