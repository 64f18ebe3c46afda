// A figure's value for the year: a link to the records behind it, or 无权查看.
import type { IndicatorFigure } from "../api/indicators";
import { Link } from "../router/Link";
import { paths } from "../router/routes";
import { indicatorSearch } from "./indicatorQuery";

interface FigureValueProps {
  figure: IndicatorFigure;
  org: number;
  year: number;
}

export function FigureValue({ figure, org, year }: FigureValueProps) {
  if (!figure.readable) {
    return (
      <span className="muted" data-testid={`indicator-${figure.key}`}>
        无权查看
      </span>
    );
  }
  return (
    <span className="figure-value">
      <Link
        to={paths.indicator(figure.key, indicatorSearch({ org, year }))}
        data-testid={`indicator-${figure.key}`}
      >
        {figure.formatted}
      </Link>
      {figure.unit === "" ? null : <span className="figure-unit">{figure.unit}</span>}
    </span>
  );
}
