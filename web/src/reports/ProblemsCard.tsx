// What stands between the draft and publication: figures without a source, empty required parts,
// figures the user may not read, placeholders whose format cannot print their figure — each
// figure by its Chinese label, each placeholder with its paragraph. Below, what is printed but
// not as asked (a threshold not met), which does not stop publication.
import { CheckCircleOutlined } from "@ant-design/icons";
import { Card, Tag } from "antd";
import type { ReactNode } from "react";
import type { FormatProblem, ReportView } from "../api/reports";
import { FigureName } from "../indicators/FigureName";
import { figureLookup } from "./figureLookup";

/** What the server refuses publication for. */
export const problemCount = (view: ReportView): number =>
  view.problems.missing.length +
  view.problems.emptyParts.length +
  view.problems.unreadable.length +
  view.problems.noValue.length +
  view.problems.formatProblems.length +
  (view.problems.noDate ? 1 : 0);

export function ProblemsCard({ view }: { view: ReportView }) {
  const { missing, emptyParts, unreadable, noValue, formatProblems, notices } = view.problems;
  const partLabel = (id: string): string => view.parts.find((part) => part.id === id)?.label ?? id;
  const lookup = figureLookup(view);
  const figureItem = (key: string) => <FigureName label={lookup.label(key)} indicatorKey={key} />;
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
      <ProblemGroup
        title="缺少数据来源的指标"
        items={missing.map((figure) => ({
          id: `report-missing-${figure.key}`,
          content: figureItem(figure.key),
        }))}
      />
      <ProblemGroup
        title="尚无内容的必填部分"
        items={emptyParts.map((id) => ({ id: `report-empty-${id}`, content: partLabel(id) }))}
      />
      <ProblemGroup
        title="无权查看的指标"
        items={unreadable.map((key) => ({
          id: `report-unreadable-${key}`,
          content: figureItem(key),
        }))}
      />
      <ProblemGroup
        title="无法计算的指标"
        items={noValue.map((key) => ({
          id: `report-novalue-${key}`,
          content: <>{figureItem(key)}（分母为零或未下达目标）</>,
        }))}
      />
      <ProblemGroup
        title="指标格式问题"
        items={formatProblems.map((problem, index) => ({
          id: `report-format-${String(index)}`,
          content: <FormatProblemItem problem={problem} />,
        }))}
      />
      <ProblemGroup
        title="提示（不影响发布）"
        items={notices.map((problem, index) => ({
          id: `report-notice-${String(index)}`,
          content: <FormatProblemItem problem={problem} />,
        }))}
      />
    </Card>
  );
}

/** A placeholder's problem: where it is, the placeholder as typed, and what is wrong. */
function FormatProblemItem({ problem }: { problem: FormatProblem }) {
  return (
    <>
      {problem.paragraph} <code className="placeholder-source">{problem.placeholder}</code>：
      {problem.message}
    </>
  );
}

/** One kind of problem with its count; nothing when there is none. Items carry their test id. */
function ProblemGroup({
  title,
  items,
}: {
  title: string;
  items: readonly { id: string; content: ReactNode }[];
}) {
  if (items.length === 0) return null;
  return (
    <div className="problem-group">
      <div className="problem-title">
        {title}（{items.length}）
      </div>
      <ul className="problem-list">
        {items.map((item) => (
          <li key={item.id} data-testid={item.id}>
            {item.content}
          </li>
        ))}
      </ul>
    </div>
  );
}
