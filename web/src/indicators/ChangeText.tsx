// The change against the previous year, with an arrow.
import { ArrowDownOutlined, ArrowUpOutlined } from "@ant-design/icons";
import type { IndicatorFigure } from "../api/indicators";
import { changeOf } from "./change";

export function ChangeText({ figure }: { figure: IndicatorFigure }) {
  const change = figure.readable ? changeOf(figure) : null;
  if (change === null) return <span className="muted">—</span>;
  return (
    <span className={`change-${change.direction}`}>
      {change.direction === "up" ? <ArrowUpOutlined /> : null}
      {change.direction === "down" ? <ArrowDownOutlined /> : null} {change.text}
    </span>
  );
}
