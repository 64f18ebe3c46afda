// The change of a figure against the previous year: in units for counts, in percentage points
// for rates.
import type { IndicatorFigure } from "../api/indicators";

export interface Change {
  direction: "up" | "down" | "same";
  text: string;
}

const signed = (value: number, decimals: number): string => {
  const fixed = Math.abs(value).toFixed(decimals).replace(/\.0+$/, "");
  return `${value < 0 ? "−" : "+"}${fixed}`;
};

/** null when either year has no value. */
export function changeOf(figure: IndicatorFigure): Change | null {
  const current = figure.value;
  const previous = figure.previous.value;
  if (current === null || previous === null) return null;
  const isRate = figure.formatted.endsWith("%");
  const delta = isRate ? (current - previous) * 100 : current - previous;
  if (Math.abs(delta) < 1e-9) return { direction: "same", text: "持平" };
  const direction = delta > 0 ? "up" : "down";
  if (isRate) return { direction, text: `${signed(delta, 1)}个百分点` };
  const amount = signed(delta, Number.isInteger(delta) ? 0 : 2);
  if (previous === 0) return { direction, text: amount };
  return { direction, text: `${amount}（${signed((delta / previous) * 100, 1)}%）` };
}
