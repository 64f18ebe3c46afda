// The ranking of a scheme: rank, unit, total and the subtotal of each first-level heading; a unit
// opens its scorecard.
import { Card, Table, type TableColumnsType } from "antd";
import { fetchRanking, type RankingRow } from "../api/assessment";
import { LoadFailed } from "../common/ResultPage";
import { useLoad } from "../common/useLoad";
import { Link } from "../router/Link";
import { paths } from "../router/routes";
import { pointsText } from "./labels";

export function RankingTable({ schemeId, version }: { schemeId: number; version: number }) {
  const ranking = useLoad(() => fetchRanking(schemeId), [schemeId, version]);
  const rows = ranking.data?.items ?? [];
  const heads = rows[0]?.subtotals ?? [];
  const columns: TableColumnsType<RankingRow> = [
    { key: "rank", title: "名次", dataIndex: "rank", width: 64, className: "nowrap" },
    {
      key: "org",
      title: "被考核单位",
      render: (_, row) => (
        <Link
          to={paths.scorecard(schemeId, row.orgId)}
          data-testid={`ranking-org-${String(row.orgId)}`}
        >
          {row.orgName}
        </Link>
      ),
    },
    {
      key: "total",
      title: "总分",
      className: "nowrap",
      render: (_, row) => (
        <strong data-testid={`ranking-total-${String(row.orgId)}`}>{pointsText(row.total)}</strong>
      ),
    },
    ...heads.map((head, index) => ({
      key: `s${String(head.itemId)}`,
      title: <span title={head.label}>{`${head.number}（${pointsText(head.points)}）`}</span>,
      className: "nowrap",
      render: (_: unknown, row: RankingRow) => pointsText(row.subtotals[index]?.score ?? 0),
    })),
  ];
  return (
    <Card className="page-card" size="small" title="考核排名">
      {ranking.error !== null ? (
        <LoadFailed error={ranking.error} onRetry={ranking.reload} />
      ) : (
        <div data-testid="ranking-table">
          <Table<RankingRow>
            rowKey="orgId"
            size="small"
            columns={columns}
            dataSource={rows}
            loading={ranking.loading}
            pagination={false}
            scroll={{ x: true }}
          />
          <p className="assessment-legend">
            {heads.map((head) => `${head.number}、${head.label}`).join("；")}
          </p>
        </div>
      )}
    </Card>
  );
}
