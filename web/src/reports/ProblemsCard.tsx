// What stands between the draft and publication: figures without a source, empty required parts,
// figures the user may not read.
import { CheckCircleOutlined } from "@ant-design/icons";
import { Card, Tag } from "antd";
import type { ReportView } from "../api/reports";

/** What the server refuses publication for. */
export const problemCount = (view: ReportView): number =>
  view.problems.missing.length +
  view.problems.emptyParts.length +
  view.problems.unreadable.length +
  view.problems.noValue.length +
  (view.problems.noDate ? 1 : 0);

export function ProblemsCard({ view }: { view: ReportView }) {
  const { missing, emptyParts, unreadable, noValue } = view.problems;
  const partLabel = (id: string): string => view.parts.find((part) => part.id === id)?.label ?? id;
  const figureLabel = (key: string): string =>
    view.figures.find((figure) => figure.key === key)?.label ?? key;
  const count = problemCount(view);
  return (
    <Card
      size="small"
      className="page-card report-problems"
      title={<>发布前检查 {count === 0 ? null : <Tag color="error">{count}</Tag>}</>}
      data-testid="report-problems"
    >
      {count === 0 ? (
        <div className="problems-ok">
          <CheckCircleOutlined /> 未发现问题，可以发布
        </div>
      ) : null}
      {!view.problems.noDate ? null : (
        <div className="problem-group" data-testid="report-no-date">
          <div className="problem-title">报告信息</div>
          <ul className="problem-list">
            <li>尚未填写成文日期（点击“报告信息”填写）</li>
          </ul>
        </div>
      )}
      {missing.length === 0 ? null : (
        <div className="problem-group">
          <div className="problem-title">缺少数据来源的指标（{missing.length}）</div>
          <ul className="problem-list">
            {missing.map((figure) => (
              <li key={figure.key} data-testid={`report-missing-${figure.key}`}>
                {figure.label ?? "未登记的指标"} <code className="figure-key">{figure.key}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {emptyParts.length === 0 ? null : (
        <div className="problem-group">
          <div className="problem-title">尚无内容的必填部分（{emptyParts.length}）</div>
          <ul className="problem-list">
            {emptyParts.map((id) => (
              <li key={id} data-testid={`report-empty-${id}`}>
                {partLabel(id)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {unreadable.length === 0 ? null : (
        <div className="problem-group">
          <div className="problem-title">无权查看的指标（{unreadable.length}）</div>
          <ul className="problem-list">
            {unreadable.map((key) => (
              <li key={key} data-testid={`report-unreadable-${key}`}>
                {figureLabel(key)} <code className="figure-key">{key}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {noValue.length === 0 ? null : (
        <div className="problem-group">
          <div className="problem-title">无法计算的指标（{noValue.length}）</div>
          <ul className="problem-list">
            {noValue.map((key) => (
              <li key={key} data-testid={`report-novalue-${key}`}>
                {figureLabel(key)} <code className="figure-key">{key}</code>
                （分母为零或未下达目标）
              </li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}
