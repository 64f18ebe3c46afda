// Looks a figure up by key among the sections of an indicators answer.
import type { IndicatorFigure, IndicatorsResponse } from "../api/indicators";

export function findFigure(data: IndicatorsResponse, key: string): IndicatorFigure | undefined {
  for (const section of data.sections) {
    const found = section.indicators.find((figure) => figure.key === key);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The Chinese label of a key; a key the answer does not know is not shown as the name. */
export const figureLabel = (data: IndicatorsResponse, key: string): string =>
  findFigure(data, key)?.label ??
  data.missing.find((figure) => figure.key === key)?.label ??
  "未知指标";
