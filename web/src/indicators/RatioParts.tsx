// A rate is not counted from records itself: it shows its numerator and denominator, each a link
// to its own records.
import { Card, Descriptions } from "antd";
import type { IndicatorFigure, IndicatorsResponse } from "../api/indicators";
import { Link } from "../router/Link";
import { paths } from "../router/routes";
import { findFigure, figureLabel } from "./findFigure";
import { indicatorSearch } from "./indicatorQuery";

interface RatioPartsProps {
  data: IndicatorsResponse;
  figure: IndicatorFigure;
  parts: [string, string];
}

export function RatioParts({ data, figure, parts }: RatioPartsProps) {
  const search = indicatorSearch({ org: data.org.id, year: data.year });
  const part = (key: string, role: string) => {
    const found = findFigure(data, key);
    return {
      key,
      label: role,
      children: (
        <>
          <Link to={paths.indicator(key, search)} data-testid={`ratio-part-${key}`}>
            {figureLabel(data, key)}
          </Link>
          {found === undefined ? null : (
            <span className="muted">
              {" "}
              · {found.formatted}
              {found.unit}
            </span>
          )}
        </>
      ),
    };
  };
  return (
    <Card className="page-card" title="比率指标的构成" data-testid="ratio-parts">
      <p>
        {figure.label} = 分子 ÷ 分母 = <strong>{figure.formatted}</strong>
        ；比率本身不对应具体记录，请分别查看分子、分母的业务记录。
      </p>
      <Descriptions
        column={1}
        bordered
        size="small"
        items={[part(parts[0], "分子"), part(parts[1], "分母")]}
      />
    </Card>
  );
}
