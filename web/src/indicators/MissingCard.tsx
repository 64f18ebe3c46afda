// Figures the annual report expects but no record type provides yet, by section and label.
import { Card, Empty, Tag } from "antd";
import type { IndicatorSection, MissingFigure } from "../api/indicators";
import { FigureName } from "./FigureName";

interface MissingCardProps {
  missing: readonly MissingFigure[];
  sections: readonly IndicatorSection[];
}

export function MissingCard({ missing, sections }: MissingCardProps) {
  const sectionLabel = (id: string): string =>
    sections.find((section) => section.id === id)?.label ?? id;
  const groups = [...new Set(missing.map((figure) => figure.section))];
  return (
    <Card
      size="small"
      className="page-card"
      title={
        <>
          暂无数据来源 <Tag>{missing.length}</Tag>
        </>
      }
      data-testid="indicator-missing"
    >
      {missing.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="年度报告所需指标均有数据来源" />
      ) : (
        <>
          <p className="muted missing-intro">
            以下指标年度报告需要，但尚无业务记录提供数据，报告中不会出现编造的数字。
          </p>
          {groups.map((section) => (
            <div key={section} className="missing-group">
              <div className="missing-section">{sectionLabel(section)}</div>
              <ul className="missing-list">
                {missing
                  .filter((figure) => figure.section === section)
                  .map((figure) => (
                    <li key={figure.key} data-testid={`indicator-missing-${figure.key}`}>
                      <FigureName label={figure.label} indicatorKey={figure.key} />
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </Card>
  );
}
