// The records behind one figure for an organisation and year; a rate links to its two parts.
import { Card, Spin, Tag } from "antd";
import { fetchIndicators, type IndicatorsResponse } from "../api/indicators";
import { PageHeader } from "../common/PageHeader";
import { LoadFailed } from "../common/ResultPage";
import { useLoad } from "../common/useLoad";
import { navigate } from "../router/history";
import { paths } from "../router/routes";
import { DrillDownRecords } from "./DrillDownRecords";
import { FigureName } from "./FigureName";
import { figureLabel, findFigure } from "./findFigure";
import { indicatorSearch } from "./indicatorQuery";
import { OrgYearPicker } from "./OrgYearPicker";
import { RatioParts } from "./RatioParts";
import { useOrgYear } from "./useOrgYear";

export function DrillDownPage({ indicatorKey }: { indicatorKey: string }) {
  const { query, orgs } = useOrgYear();
  const { org, year } = query;
  const figures = useLoad<IndicatorsResponse | null>(
    () => (org === null ? Promise.resolve(null) : fetchIndicators(org, year)),
    [org, year],
  );
  const data = figures.data;
  const figure = data === null ? undefined : findFigure(data, indicatorKey);
  const label = data === null ? "指标" : figureLabel(data, indicatorKey);
  const back = org === null ? paths.indicators() : paths.indicators(indicatorSearch({ org, year }));

  const body = () => {
    if (figures.error !== null) {
      return <LoadFailed error={figures.error} onRetry={figures.reload} />;
    }
    if (data === null || org === null) return <Spin className="page-spin" />;
    if (figure === undefined && data.missing.some((missing) => missing.key === indicatorKey)) {
      return (
        <Card className="page-card" data-testid="drill-missing">
          该指标暂无数据来源：尚无业务记录类型提供此项数据，年度报告中将列为缺少数据。
        </Card>
      );
    }
    if (figure?.readable === false) {
      return <Card className="page-card">无权查看该指标的业务记录。</Card>;
    }
    if (figure?.parts) {
      return <RatioParts data={data} figure={figure} parts={figure.parts} />;
    }
    return <DrillDownRecords indicatorKey={indicatorKey} query={{ ...query, org }} />;
  };

  return (
    <>
      <PageHeader
        crumbs={[{ title: "法治督察" }, { title: "指标统计", to: back }, { title: label }]}
        title={
          <span data-testid="drill-title">
            <FigureName label={label} indicatorKey={indicatorKey} />
          </span>
        }
        tags={
          data === null ? null : (
            <>
              <Tag color="blue" data-testid="drill-org">
                {data.org.name}
              </Tag>
              <Tag data-testid="drill-year">{data.year}年</Tag>
              {figure === undefined ? null : (
                <Tag color="geekblue" data-testid="drill-value">
                  {figure.readable ? `${figure.formatted}${figure.unit}` : "无权查看"}
                </Tag>
              )}
            </>
          )
        }
        extra={
          <OrgYearPicker
            tree={orgs.tree}
            org={org}
            year={year}
            onChange={(nextOrg, nextYear) => {
              navigate(
                paths.indicator(indicatorKey, indicatorSearch({ org: nextOrg, year: nextYear })),
              );
            }}
          />
        }
      />
      {body()}
    </>
  );
}
