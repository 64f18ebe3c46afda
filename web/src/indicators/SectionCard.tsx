// One heading of the annual report with its figures: this year, last year, the change.
import { Card, Table, type TableColumnsType } from "antd";
import type { IndicatorFigure, IndicatorSection } from "../api/indicators";
import { ChangeText } from "./ChangeText";
import { FigureName } from "./FigureName";
import { FigureValue } from "./FigureValue";

interface SectionCardProps {
  section: IndicatorSection;
  number: string;
  /** How many of the section's report figures have no data source yet. */
  missingCount: number;
  org: number;
  year: number;
}

export function SectionCard({ section, number, missingCount, org, year }: SectionCardProps) {
  const columns: TableColumnsType<IndicatorFigure> = [
    {
      key: "label",
      title: "指标",
      render: (_, figure) => (
        <>
          <div>
            <FigureName label={figure.label} indicatorKey={figure.key} />
          </div>
          <div className="muted figure-source">
            {figure.parts === null ? figure.recordTypeLabel : `比率 · ${figure.recordTypeLabel}`}
          </div>
        </>
      ),
    },
    {
      key: "value",
      title: `${year}年`,
      align: "right",
      width: 140,
      className: "nowrap",
      render: (_, figure) => <FigureValue figure={figure} org={org} year={year} />,
    },
    {
      key: "previous",
      title: `${year - 1}年`,
      // A phone shows the figure and its value; the comparison needs a wider screen.
      responsive: ["sm"],
      align: "right",
      width: 140,
      className: "nowrap",
      render: (_, figure) =>
        figure.readable ? (
          <span data-testid={`indicator-previous-${figure.key}`}>
            {figure.previous.formatted}
            {figure.unit === "" ? null : <span className="figure-unit">{figure.unit}</span>}
          </span>
        ) : (
          <span className="muted">无权查看</span>
        ),
    },
    {
      key: "change",
      title: "同比变化",
      responsive: ["md"],
      align: "right",
      width: 180,
      className: "nowrap",
      render: (_, figure) => <ChangeText figure={figure} />,
    },
  ];
  return (
    <Card
      size="small"
      className="page-card"
      title={`${number}${section.label}`}
      data-testid={`indicator-section-${section.id}`}
    >
      {section.indicators.length === 0 ? (
        <div className="muted section-empty">
          本部分暂无可统计的指标
          {missingCount === 0 ? "" : `，${missingCount}项指标尚无数据来源（见“暂无数据来源”）`}
        </div>
      ) : (
        <Table<IndicatorFigure>
          rowKey="key"
          size="small"
          columns={columns}
          dataSource={section.indicators}
          pagination={false}
        />
      )}
    </Card>
  );
}
