// Prints an indicator value the way an annual report does: "68", "60余", "142.3%", "100%",
// "11.76万". Pure: the report, the indicators screen and the portal print figures alike.
import type { IndicatorFormat } from "./indicators.js";

/** Shown where a value cannot be computed (a ratio over zero, a target not set). */
export const NO_VALUE = "—";

export function formatIndicator(value: number | null, format: IndicatorFormat | undefined): string {
  if (value === null || !Number.isFinite(value)) return NO_VALUE;
  const spec = format ?? { kind: "number" };
  switch (spec.kind) {
    case "number":
      return Number.isInteger(value) ? String(value) : trimZeros(value.toFixed(2));
    case "approx": {
      const round = Math.floor(value / spec.step) * spec.step;
      // Below one step there is nothing to round to: print the count itself.
      return round > 0 && value > round ? `${String(round)}余` : String(value);
    }
    case "tenThousand":
      return `${(value / 10_000).toFixed(spec.decimals)}万`;
    case "percent":
      return `${wholeWithoutDecimals(percentText(value, spec.decimals))}%`;
  }
}

/**
 * The percentage to `decimals` places, never rounded to 100 when not everything succeeded nor to
 * 0 when something did: 2999 of 3000 mediated is "99.9%", not "100%".
 */
export function percentText(value: number, decimals: number): string {
  const step = 10 ** -decimals;
  const fixed = (value * 100).toFixed(decimals);
  if (value < 1 && Number(fixed) >= 100) return (100 - step).toFixed(decimals);
  if (value > 0 && Number(fixed) <= 0) return step.toFixed(decimals);
  return fixed;
}

/** "100.0" → "100"; "76.50" stays (a declared precision is kept unless the value is whole). */
const wholeWithoutDecimals = (fixed: string): string => fixed.replace(/\.0+$/, "");

/** "2.50" → "2.5", "39.0" → "39"; a whole number stays ("100"). */
export const trimZeros = (fixed: string): string =>
  fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
