// 指标统计: an organisation's figures for a year under the six headings of the annual report,
// each against the previous year and opening the records behind it; and the figures still missing.
import { Alert, Card, Col, Row, Spin, Typography } from "antd";
import { fetchIndicators, type IndicatorsResponse } from "../api/indicators";
import { PageHeader } from "../common/PageHeader";
import { LoadFailed } from "../common/ResultPage";
import { useLoad } from "../common/useLoad";
import { navigate } from "../router/history";
import { paths } from "../router/routes";
import { indicatorSearch } from "./indicatorQuery";
import { MissingCard } from "./MissingCard";
import { OrgYearPicker } from "./OrgYearPicker";
import { SectionCard } from "./SectionCard";
import { sectionNumber } from "./numbering";
import { useOrgYear } from "./useOrgYear";

export function IndicatorsPage() {
  const { query, orgs } = useOrgYear();
  const { org, year } = query;
  const figures = useLoad<IndicatorsResponse | null>(
    () => (org === null ? Promise.resolve(null) : fetchIndicators(org, year)),
    [org, year],
  );
  const data = figures.data;

  const body = () => {
    if (figures.error !== null) {
      return <LoadFailed error={figures.error} onRetry={figures.reload} />;
    }
    if (data === null) {
      return orgs.loading || figures.loading ? (
        <Spin className="page-spin" />
      ) : (
        <Card className="page-card">请选择单位</Card>
      );
    }
    return (
      <Spin spinning={figures.loading}>
        <Typography.Paragraph type="secondary" data-testid="indicator-period">
          {data.org.name} · 统计期间 {data.period.from} 至 {data.period.to}，对比{" "}
          {data.previousPeriod.from} 至 {data.previousPeriod.to}
        </Typography.Paragraph>
        {data.coverage === "partial" ? (
          <Alert
            type="warning"
            showIcon
            className="page-card"
            data-testid="indicator-partial"
            title="您的数据权限只覆盖该单位的一部分"
            description="以下数字只统计您有权查看的记录，不是该单位的全部数据，不能作为该单位的统计结果使用。"
          />
        ) : null}
        <Row gutter={16}>
          <Col xs={24} xl={16}>
            {data.sections.map((section, index) => (
              <SectionCard
                key={section.id}
                section={section}
                number={sectionNumber(index)}
                missingCount={data.missing.filter((figure) => figure.section === section.id).length}
                org={data.org.id}
                year={data.year}
              />
            ))}
          </Col>
          <Col xs={24} xl={8}>
            <MissingCard missing={data.missing} sections={data.sections} />
          </Col>
        </Row>
      </Spin>
    );
  };

  return (
    <>
      <PageHeader
        crumbs={[{ title: "法治督察" }, { title: "指标统计" }]}
        title="指标统计"
        extra={
          <OrgYearPicker
            tree={orgs.tree}
            org={org}
            year={year}
            onChange={(nextOrg, nextYear) => {
              navigate(paths.indicators(indicatorSearch({ org: nextOrg, year: nextYear })));
            }}
          />
        }
      />
      {body()}
    </>
  );
}
