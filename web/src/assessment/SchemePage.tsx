// One year's scheme: its status and next step (start scoring, publish), the ranking for those who
// supervise, the scorecards of the reader's own units, and the item tree (edited while drafting).
import { Alert, Button, Card, List, Popconfirm, Spin, Tag, message } from "antd";
import { useState } from "react";
import { fetchScheme, publishResults, startScoring } from "../api/assessment";
import { ApiError } from "../api/client";
import { errorText } from "../common/errors";
import { PageHeader } from "../common/PageHeader";
import { LoadFailed } from "../common/ResultPage";
import { useLoad } from "../common/useLoad";
import { Link } from "../router/Link";
import { paths } from "../router/routes";
import { STATUS_COLORS, STATUS_LABELS } from "./labels";
import { RankingTable } from "./RankingTable";
import { SchemeTree } from "./SchemeTree";
import "./assessment.css";

export function SchemePage({ id }: { id: string }) {
  const schemeId = Number(id);
  const loaded = useLoad(() => fetchScheme(schemeId), [schemeId]);
  const [problems, setProblems] = useState<string[]>([]);
  const data = loaded.data;
  if (loaded.error !== null) return <LoadFailed error={loaded.error} onRetry={loaded.reload} />;
  if (data === null) return <Spin className="page-spin" />;
  const { scheme, may } = data;
  const step = async (run: () => Promise<unknown>, done: string) => {
    try {
      await run();
      setProblems([]);
      void message.success(done);
      loaded.reload();
    } catch (error) {
      if (error instanceof ApiError && error.problems.length > 0)
        setProblems(error.problems.map((p) => p.message));
      else void message.error(errorText(error));
    }
  };
  const mayWrite = may.edit || may.score;
  const own = data.orgs.filter((org) => may.ownOrgs.includes(org.id));
  return (
    <>
      <PageHeader
        crumbs={[
          { title: "法治督察" },
          { title: "法治考核", to: paths.assessment() },
          { title: `${String(scheme.year)}年度` },
        ]}
        title={scheme.title}
        tags={
          <Tag color={STATUS_COLORS[scheme.status]} data-testid="scheme-status">
            {STATUS_LABELS[scheme.status]}
          </Tag>
        }
        extra={
          !mayWrite ? undefined : scheme.status === "draft" ? (
            <Popconfirm
              title="开始评分后考核方案不能再修改，确定开始？"
              onConfirm={() =>
                void step(() => startScoring(schemeId, scheme.version), "已开始评分")
              }
            >
              <Button type="primary" data-testid="scheme-start">
                开始评分
              </Button>
            </Popconfirm>
          ) : (
            <Popconfirm
              title="发布后考核结果将向社会公开并冻结，确定发布？"
              onConfirm={() =>
                void step(() => publishResults(schemeId, scheme.version), "考核结果已发布")
              }
            >
              <Button type="primary" data-testid="scheme-publish">
                发布考核结果
              </Button>
            </Popconfirm>
          )
        }
      />
      {problems.length > 0 ? (
        <Alert
          className="page-card"
          type="error"
          showIcon
          title="暂不能进行此操作"
          data-testid="scheme-problems"
          description={
            <ul>
              {problems.slice(0, 20).map((text) => (
                <li key={text}>{text}</li>
              ))}
              {problems.length > 20 ? <li>……等{problems.length}项</li> : null}
            </ul>
          }
        />
      ) : null}
      {scheme.status === "published" ? (
        <Alert
          className="page-card"
          type="success"
          showIcon
          title="考核结果已发布，得分已冻结。"
          description={
            <a href="/portal/assessment" target="_blank" rel="noreferrer">
              在门户网站查看公开的考核排名
            </a>
          }
        />
      ) : null}
      {may.supervise && scheme.status !== "draft" ? (
        <RankingTable schemeId={schemeId} version={scheme.version} />
      ) : null}
      {!may.supervise && own.length > 0 ? (
        <Card className="page-card" size="small" title="本单位考核得分">
          <List
            dataSource={own}
            renderItem={(org) => (
              <List.Item>
                <Link
                  to={paths.scorecard(schemeId, org.id)}
                  data-testid={`own-org-${String(org.id)}`}
                >
                  {org.name}
                </Link>
              </List.Item>
            )}
          />
        </Card>
      ) : null}
      <SchemeTree view={data} onChanged={loaded.reload} />
    </>
  );
}
