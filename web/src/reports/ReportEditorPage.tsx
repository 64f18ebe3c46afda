// The annual report editor: the report's parts under their chapter headings, each paragraph with
// its figures as chips and edited in place; the problems before publication, preview, export and
// publication. A published report is read-only.
import { App, Col, Row, Spin } from "antd";
import { useMemo, useState } from "react";
import { getReport, publishReport, type Paragraph } from "../api/reports";
import { PageHeader } from "../common/PageHeader";
import { LoadFailed } from "../common/ResultPage";
import { useLoad } from "../common/useLoad";
import { paths } from "../router/routes";
import type { EditorEnv } from "./editorEnv";
import { figureLookup } from "./figureLookup";
import { outline } from "./outline";
import { ProblemsCard } from "./ProblemsCard";
import { PublishedCard } from "./PublishedCard";
import { PublishRefusal } from "./PublishRefusal";
import { ReportInfoModal } from "./ReportInfoModal";
import { ReportPartSection } from "./ReportPartSection";
import { ReportToolbar } from "./ReportToolbar";
import { StatusTag } from "./StatusTag";
import { useFigureGroups } from "./useFigureGroups";
import { VersionDrawer } from "./VersionDrawer";
import "./reports.css";

export function ReportEditorPage({ id }: { id: string }) {
  const { message, modal } = App.useApp();
  const view = useLoad(() => getReport(id), [id]);
  const [history, setHistory] = useState<Paragraph | null>(null);
  const [editingInfo, setEditingInfo] = useState(false);
  const data = view.data;
  const lookup = useMemo(() => (data === null ? null : figureLookup(data)), [data]);
  const groups = useFigureGroups(
    data?.figures ?? [],
    data?.report.orgId ?? 0,
    data?.report.year ?? 0,
  );

  if (data === null || lookup === null) {
    if (view.error !== null) return <LoadFailed error={view.error} onRetry={view.reload} />;
    return <Spin className="page-spin" />;
  }
  const { report } = data;
  const readOnly = !data.permissions.canEdit;
  const env: EditorEnv = {
    reportId: report.id,
    readOnly,
    lookup,
    groups,
    onChanged: view.reload,
    onHistory: setHistory,
  };
  const headings = outline(data.parts);
  const empty = new Set(data.problems.emptyParts);

  const publish = () => {
    modal.confirm({
      title: `发布《${report.title}》？`,
      content: "发布后报告将在公开门户展示，内容和数字按发布时冻结，不能再修改。",
      okText: "发布",
      cancelText: "取消",
      onOk: async () => {
        try {
          await publishReport(report.id, report.version);
          message.success("报告已发布");
        } catch (error) {
          modal.error({ title: "未能发布", content: <PublishRefusal error={error} /> });
        }
        view.reload();
      },
    });
  };

  return (
    <Spin spinning={view.loading} delay={300}>
      <PageHeader
        crumbs={[
          { title: "法治督察" },
          { title: "年度报告", to: paths.reports() },
          { title: `${report.orgName} ${report.year}年` },
        ]}
        title={<span data-testid="report-title">{report.title}</span>}
        tags={
          <StatusTag
            status={report.status}
            publishedAt={report.publishedAt}
            testId="report-status"
          />
        }
        extra={
          <ReportToolbar
            view={data}
            canWrite={!readOnly}
            onEditInfo={() => {
              setEditingInfo(true);
            }}
            onPublish={publish}
          />
        }
      />
      <Row gutter={16}>
        <Col xs={24} xl={17}>
          <div className="page-card report-sheet" data-testid="report-editor">
            <div className="report-sheet-title">{report.title}</div>
            {data.parts.map((part, index) => (
              <ReportPartSection
                key={part.id}
                part={part}
                headings={headings[index] ?? { chapter: null, heading: null }}
                isEmptyRequired={part.required && empty.has(part.id)}
                env={env}
              />
            ))}
            <div className="report-issuers">
              {report.issuers}
              <br />
              {report.issuedOn ?? "（成文日期未填）"}
            </div>
          </div>
        </Col>
        <Col xs={24} xl={7}>
          <div className="report-side">
            {report.status === "published" ? (
              <PublishedCard
                report={report}
                canWithdraw={data.permissions.canWithdraw}
                onWithdrawn={view.reload}
              />
            ) : (
              <ProblemsCard view={data} />
            )}
          </div>
        </Col>
      </Row>
      {history === null ? null : (
        <VersionDrawer
          reportId={report.id}
          paragraph={history}
          lookup={lookup}
          onClose={() => {
            setHistory(null);
          }}
        />
      )}
      {editingInfo ? (
        <ReportInfoModal
          report={report}
          onSaved={() => {
            setEditingInfo(false);
            view.reload();
          }}
          onStale={() => {
            setEditingInfo(false);
            view.reload();
          }}
          onCancel={() => {
            setEditingInfo(false);
          }}
        />
      ) : null}
    </Spin>
  );
}
