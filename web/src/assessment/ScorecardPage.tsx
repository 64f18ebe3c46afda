// A unit's scorecard: its total, rank and first-level subtotals, then every scored item with its
// points, the computed value against the threshold, the score, what it rests on and its objections.
// The office scores hand items and resolves objections here; the unit's staff object.
import { Button, Card, Descriptions, Spin, Table, Tag, type TableColumnsType } from "antd";
import { useState } from "react";
import {
  fetchScorecard,
  giveHandScore,
  raiseObjection,
  resolveObjection,
  type ScorecardItem,
} from "../api/assessment";
import { PageHeader } from "../common/PageHeader";
import { LoadFailed } from "../common/ResultPage";
import { useLoad } from "../common/useLoad";
import { paths } from "../router/routes";
import { ItemBasis } from "./ItemBasis";
import { pointsText, STATUS_COLORS, STATUS_LABELS } from "./labels";
import { ScoreModal } from "./ScoreModals";
import "./assessment.css";

const textOf = (value: unknown): string => (typeof value === "string" ? value : "");

type Dialog = { kind: "score" | "object" | "resolve"; item: ScorecardItem } | null;

const STATUS_TEXT = {
  computed: "自动计分",
  scored: "已评分",
  unscored: "待评分",
  adjusted: "异议调整",
} as const;

export function ScorecardPage({ id, orgId }: { id: string; orgId: string }) {
  const schemeId = Number(id);
  const org = Number(orgId);
  const loaded = useLoad(() => fetchScorecard(schemeId, org), [schemeId, org]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const data = loaded.data;
  if (loaded.error !== null) return <LoadFailed error={loaded.error} onRetry={loaded.reload} />;
  if (data === null) return <Spin className="page-spin" />;
  const { scheme, scorecard, may } = data;
  const columns: TableColumnsType<ScorecardItem> = [
    { key: "number", title: "序号", dataIndex: "number", className: "nowrap" },
    { key: "label", title: "考核项目", dataIndex: "label" },
    {
      key: "points",
      title: "分值",
      className: "nowrap",
      render: (_, item) => pointsText(item.points),
    },
    {
      key: "value",
      title: "实际值 / 达标值",
      className: "nowrap",
      render: (_, item) =>
        item.indicator === null ? (
          <span className="muted">人工评分</span>
        ) : (
          <span data-testid={`item-value-${String(item.itemId)}`}>
            {item.valueText} / {item.thresholdText}
            {item.isMet === null ? null : (
              <Tag color={item.isMet ? "success" : "error"} className="inline-tag">
                {item.isMet ? "达标" : "未达标"}
              </Tag>
            )}
          </span>
        ),
    },
    {
      key: "score",
      title: "得分",
      className: "nowrap",
      render: (_, item) => (
        <span data-testid={`item-score-${String(item.itemId)}`}>
          <strong>{pointsText(item.score)}</strong> <Tag>{STATUS_TEXT[item.status]}</Tag>
        </span>
      ),
    },
    {
      key: "basis",
      title: "依据",
      render: (_, item) => <ItemBasis item={item} orgId={scorecard.orgId} year={scheme.year} />,
    },
  ];
  if (may.score || may.object)
    columns.push({
      key: "actions",
      title: "操作",
      className: "nowrap",
      render: (_, item) => {
        const pending = item.objections.some((objection) => objection.state === "submitted");
        if (may.score)
          return pending ? (
            <Button
              size="small"
              onClick={() => {
                setDialog({ kind: "resolve", item });
              }}
              data-testid={`resolve-${String(item.itemId)}`}
            >
              处理异议
            </Button>
          ) : item.method === "hand" ? (
            <Button
              size="small"
              onClick={() => {
                setDialog({ kind: "score", item });
              }}
              data-testid={`score-${String(item.itemId)}`}
            >
              {item.handScore === null ? "评分" : "修改评分"}
            </Button>
          ) : null;
        return pending ? null : (
          <Button
            size="small"
            onClick={() => {
              setDialog({ kind: "object", item });
            }}
            data-testid={`object-${String(item.itemId)}`}
          >
            提出异议
          </Button>
        );
      },
    });
  const close = () => {
    setDialog(null);
  };
  const done = () => {
    loaded.reload();
  };
  return (
    <>
      <PageHeader
        crumbs={[
          { title: "法治督察" },
          { title: "法治考核", to: paths.assessment() },
          { title: `${String(scheme.year)}年度`, to: paths.scheme(scheme.id) },
          { title: scorecard.orgName },
        ]}
        title={
          <span data-testid="scorecard-title">
            {scorecard.orgName}
            {String(scheme.year)}年度法治考核得分
          </span>
        }
        tags={<Tag color={STATUS_COLORS[scheme.status]}>{STATUS_LABELS[scheme.status]}</Tag>}
      />
      <Card className="page-card" size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            {
              key: "total",
              label: "总分",
              children: (
                <strong data-testid="scorecard-total">
                  {pointsText(scorecard.total)} / {pointsText(scorecard.points)}
                </strong>
              ),
            },
            {
              key: "rank",
              label: "名次",
              children: <span data-testid="scorecard-rank">第{scorecard.rank}名</span>,
            },
            ...scorecard.subtotals.map((subtotal) => ({
              key: String(subtotal.itemId),
              label: `${subtotal.number}、${subtotal.label}`,
              children: `${pointsText(subtotal.score)} / ${pointsText(subtotal.points)}`,
            })),
          ]}
        />
      </Card>
      <Card className="page-card" size="small" title="考核项目得分">
        <div data-testid="scorecard-items">
          <Table<ScorecardItem>
            rowKey="itemId"
            size="small"
            columns={columns}
            dataSource={[...scorecard.items]}
            pagination={false}
            scroll={{ x: true }}
          />
        </div>
      </Card>
      {dialog?.kind === "score" ? (
        <ScoreModal
          title={`评分：${dialog.item.number} ${dialog.item.label}`}
          intro={`分值${pointsText(dialog.item.points)}分；须提交：${dialog.item.evidenceRequired ?? ""}。提交后在评分记录中上传佐证材料文件。`}
          max={dialog.item.points}
          fields={[
            { name: "points", label: "得分", kind: "points" },
            { name: "reason", label: "评分理由", kind: "text" },
            {
              name: "evidenceNote",
              label: "佐证材料",
              kind: "text",
              help: "文件名称、文号、会议纪要或网址",
            },
          ]}
          initial={{
            points: dialog.item.handScore?.points ?? null,
            reason: dialog.item.handScore?.reason ?? "",
            evidenceNote: dialog.item.handScore?.evidenceNote ?? "",
          }}
          onClose={close}
          onSubmit={async (values) => {
            await giveHandScore(schemeId, {
              itemId: dialog.item.itemId,
              orgId: org,
              points: (values.points as number | null) ?? null,
              reason: textOf(values.reason),
              evidenceNote: textOf(values.evidenceNote),
              ...(dialog.item.handScore ? { version: dialog.item.handScore.version } : {}),
            });
            done();
          }}
        />
      ) : null}
      {dialog?.kind === "object" ? (
        <ScoreModal
          title={`提出异议：${dialog.item.number} ${dialog.item.label}`}
          intro={`当前得分${pointsText(dialog.item.score)}分。提交后可在异议记录中上传佐证材料。`}
          fields={[{ name: "reason", label: "异议理由", kind: "text" }]}
          initial={{ reason: "" }}
          onClose={close}
          onSubmit={async (values) => {
            await raiseObjection(schemeId, {
              itemId: dialog.item.itemId,
              orgId: org,
              reason: textOf(values.reason),
            });
            done();
          }}
        />
      ) : null}
      {dialog?.kind === "resolve" ? (
        <ScoreModal
          title={`处理异议：${dialog.item.number} ${dialog.item.label}`}
          intro={dialog.item.objections.find((o) => o.state === "submitted")?.reason}
          max={dialog.item.points}
          fields={[
            { name: "decision", label: "处理结果", kind: "decision" },
            { name: "adjustedPoints", label: "调整后得分", kind: "points" },
            { name: "resolution", label: "处理意见", kind: "text" },
          ]}
          initial={{ decision: "uphold", adjustedPoints: dialog.item.points, resolution: "" }}
          onClose={close}
          onSubmit={async (values) => {
            const objection = dialog.item.objections.find((o) => o.state === "submitted");
            if (!objection) return;
            await resolveObjection(schemeId, objection.recordId, {
              decision: values.decision === "reject" ? "reject" : "uphold",
              ...(values.decision === "reject"
                ? {}
                : { adjustedPoints: (values.adjustedPoints as number | null) ?? null }),
              resolution: textOf(values.resolution),
              version: objection.version,
            });
            done();
          }}
        />
      ) : null}
    </>
  );
}
