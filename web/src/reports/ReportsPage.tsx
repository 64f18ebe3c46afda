// 年度报告: every report the user may see, newest year first, and a form to start one.
import { Card, Table, type TableColumnsType } from "antd";
import { listReports, type ReportSummary } from "../api/reports";
import { useSession } from "../auth/session";
import { PageHeader } from "../common/PageHeader";
import { LoadFailed } from "../common/ResultPage";
import { useLoad } from "../common/useLoad";
import { formatDateTime } from "../records/format";
import { navigate } from "../router/history";
import { Link } from "../router/Link";
import { paths } from "../router/routes";
import { canWriteReports } from "./access";
import { NewReportForm } from "./NewReportForm";
import { StatusTag } from "./StatusTag";

const columns: TableColumnsType<ReportSummary> = [
  {
    key: "title",
    title: "标题",
    render: (_, report) => (
      <Link to={paths.report(report.id)} data-testid={`report-link-${report.id}`}>
        {report.title}
      </Link>
    ),
  },
  { key: "org", title: "单位", dataIndex: "orgName", className: "nowrap" },
  {
    key: "year",
    title: "年度",
    className: "nowrap",
    render: (_, report) => `${report.year}年`,
  },
  {
    key: "status",
    title: "状态",
    className: "nowrap",
    render: (_, report) => <StatusTag status={report.status} publishedAt={report.publishedAt} />,
  },
  {
    key: "updatedAt",
    title: "最后修改",
    className: "nowrap",
    render: (_, report) => formatDateTime(report.updatedAt),
  },
];

export function ReportsPage() {
  const { me } = useSession();
  const reports = useLoad(listReports, []);
  const items = [...(reports.data?.items ?? [])].sort(
    (a, b) => b.year - a.year || a.orgName.localeCompare(b.orgName, "zh-CN"),
  );
  return (
    <>
      <PageHeader crumbs={[{ title: "法治督察" }, { title: "年度报告" }]} title="年度报告" />
      {canWriteReports(me) ? (
        <Card className="page-card" size="small" title="新建年度报告">
          <NewReportForm
            onCreated={(id) => {
              navigate(paths.report(id));
            }}
          />
        </Card>
      ) : null}
      <Card className="page-card">
        {reports.error !== null ? (
          <LoadFailed error={reports.error} onRetry={reports.reload} />
        ) : (
          <div data-testid="report-list">
            <Table<ReportSummary>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={items}
              loading={reports.loading}
              pagination={false}
              onRow={(report) => ({
                onDoubleClick: () => {
                  navigate(paths.report(report.id));
                },
              })}
              locale={{ emptyText: "尚无年度报告" }}
            />
          </div>
        )}
      </Card>
    </>
  );
}
