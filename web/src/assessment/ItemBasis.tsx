// What an item's points rest on, one click away: for a formula item the indicator's records for
// the unit and year (the drill-down screen, which splits a rate into its two parts); for a hand
// score its record with the evidence files; and every objection's record.
import { Space, Tag } from "antd";
import type { ScorecardItem } from "../api/assessment";
import { Link } from "../router/Link";
import { paths } from "../router/routes";
import { OBJECTION_COLORS, OBJECTION_LABELS, pointsText } from "./labels";

export function ItemBasis({
  item,
  orgId,
  year,
}: {
  item: ScorecardItem;
  orgId: number;
  year: number;
}) {
  const search = `?org=${String(orgId)}&year=${String(year)}`;
  return (
    <Space orientation="vertical" size={2}>
      {item.indicator !== null ? (
        <Link
          to={paths.indicator(item.indicator.key, search)}
          data-testid={`basis-records-${String(item.itemId)}`}
        >
          查看业务记录
        </Link>
      ) : item.handScore !== null ? (
        <Link
          to={paths.detail("assessmentScore", item.handScore.recordId)}
          data-testid={`basis-score-${String(item.itemId)}`}
        >
          评分依据{" "}
          {item.handScore.files > 0 ? `（附件${String(item.handScore.files)}个）` : "（未附文件）"}
        </Link>
      ) : (
        <span className="muted">
          待评分{item.evidenceRequired === null ? "" : `：须提交${item.evidenceRequired}`}
        </span>
      )}
      {item.objections.map((objection) => (
        <Link
          key={objection.recordId}
          to={paths.detail("assessmentObjection", objection.recordId)}
          data-testid={`objection-${String(objection.recordId)}`}
        >
          <Tag color={OBJECTION_COLORS[objection.state]}>
            {OBJECTION_LABELS[objection.state]}
            {objection.adjustedPoints === null
              ? ""
              : ` · ${pointsText(objection.originalPoints)}→${pointsText(objection.adjustedPoints)}分`}
          </Tag>
        </Link>
      ))}
    </Space>
  );
}
