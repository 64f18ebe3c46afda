// Prints one placeholder's figure with its formats ({{key|cn}}, {{key|wan|unit}}, {{key|yoy}}):
// the same function fills the report on the server and the chips in the web editor. Pure. A format
// that does not fit the figure is a problem in Chinese, never a crash and never a made-up figure.
import { chineseNumeral, MAX_CHINESE_NUMERAL } from "./chinese-numerals.js";
import { formatIndicator, percentText, trimZeros } from "./indicator-format.js";
import type { IndicatorFormat } from "./indicators.js";
import type { FigureFormat } from "./placeholders.js";

/** What a placeholder needs to know of its indicator. */
export interface FigureFacts {
  readonly value: number | null;
  readonly format?: IndicatorFormat | undefined;
  readonly unit: string;
  /** The same indicator for the previous year (same org subtree); undefined when not computed. */
  readonly previous?: number | null | undefined;
}

export type FormattedFigure =
  | {
      readonly ok: true;
      readonly text: string;
      /** Printed truthfully, but not as the writer asked (a threshold not met): say so. */
      readonly notice: string | null;
    }
  | { readonly ok: false; readonly problem: string };

export const NO_PREVIOUS = "上年无数据，无法计算同比";

const isPercent = (format: IndicatorFormat | undefined) => format?.kind === "percent";

/**
 * Why the formats cannot fit an indicator of this declared format and unit, whatever its value
 * (cn on a percentage, a unit the indicator has none of); null when they fit.
 */
export function formatMisfit(
  formats: readonly FigureFormat[],
  indicator: { readonly format?: IndicatorFormat | undefined; readonly unit: string },
): string | null {
  const percent = isPercent(indicator.format);
  for (const format of formats) {
    switch (format.kind) {
      case "cn":
        if (percent) return "百分比不能写成中文数字";
        break;
      case "wan":
        if (percent) return "百分比不能以“万”为单位";
        break;
      case "approx":
      case "exact":
      case "yoyAbs":
        if (percent)
          return format.kind === "yoyAbs"
            ? "百分比的同比变化请用“yoy”（以百分点表示）"
            : `百分比不适用格式“${format.kind}”`;
        break;
      case "atLeast":
        if (percent && !format.isPercent) return "百分比指标的阈值应写成百分数（如 atLeast:80%）";
        if (!percent && format.isPercent) return "该指标不是百分比，阈值不能写成百分数";
        break;
      case "yoy":
        break;
      case "unit":
        if (indicator.unit === "") return "该指标没有计量单位，不能使用格式“unit”";
        if (formats[0]?.kind === "yoy" && !percent)
          return "同比增减百分比后不带单位；要写“同比增加12件”请用“yoyAbs|unit”";
        break;
    }
  }
  return null;
}

/** The figure as the placeholder prints it, or why it cannot be printed. */
export function formatFigure(
  facts: FigureFacts,
  formats: readonly FigureFormat[],
): FormattedFigure {
  const misfit = formatMisfit(formats, facts);
  if (misfit !== null) return { ok: false, problem: misfit };
  const { value } = facts;
  if (value === null || !Number.isFinite(value))
    return { ok: true, text: formatIndicator(null, facts.format), notice: null };
  const withUnit = formats.some((format) => format.kind === "unit");
  const unit = withUnit ? facts.unit : "";
  const [main] = formats.filter((format) => format.kind !== "unit");
  if (!main) return { ok: true, text: formatIndicator(value, facts.format) + unit, notice: null };
  switch (main.kind) {
    case "cn":
      if (!Number.isInteger(value) || value < 0 || value > MAX_CHINESE_NUMERAL)
        return { ok: false, problem: `数值${String(value)}不是非负整数，不能写成中文数字` };
      return { ok: true, text: chineseNumeral(value) + unit, notice: null };
    case "wan":
      return { ok: true, text: tenThousands(value, main.decimals) + unit, notice: null };
    case "approx":
      return { ok: true, text: formatIndicator(value, main) + unit, notice: null };
    case "exact":
      return { ok: true, text: formatIndicator(value, { kind: "number" }) + unit, notice: null };
    case "atLeast": {
      const percent = isPercent(facts.format);
      // Compared in the printed scale, so 0.8 meets 80% despite binary fractions.
      const scale = percent ? 100 : 1;
      if (value * scale + 1e-9 >= main.threshold * scale)
        return { ok: true, text: `${thresholdText(main)}${unit}以上`, notice: null };
      const actual = formatIndicator(value, facts.format) + unit;
      return { ok: true, text: actual, notice: `实际为${actual}，未达到${main.text}` };
    }
    case "yoy":
      return yearOnYear(facts, main.decimals);
    case "yoyAbs":
      return yearOnYearCount(facts, unit);
  }
}

/** "80%" as written; a count threshold plainly ("2000"). */
const thresholdText = (format: Extract<FigureFormat, { kind: "atLeast" }>) =>
  format.isPercent ? format.text : String(format.threshold);

/** 152,340 → 15万余; 150,000 → 15万; with decimals 117,600 → 11.76万; below 10,000 plainly. */
export function tenThousands(value: number, decimals: number | null): string {
  if (Math.abs(value) < 10_000) return formatIndicator(value, { kind: "number" });
  if (decimals !== null) return `${trimZeros((value / 10_000).toFixed(decimals))}万`;
  const whole = Math.floor(value / 10_000);
  return value > whole * 10_000 ? `${String(whole)}万余` : `${String(whole)}万`;
}

/** A previous value there is to compare with: a count of zero is taken for a year not recorded. */
function previousOf(facts: FigureFacts): number | null {
  const previous = facts.previous;
  if (previous === undefined || previous === null || !Number.isFinite(previous)) return null;
  if (!isPercent(facts.format) && previous <= 0) return null;
  return previous;
}

/** 同比增加39% / 同比减少12.5% / 与上年持平; a rate changes by 百分点. */
function yearOnYear(facts: FigureFacts, decimals: number): FormattedFigure {
  const previous = previousOf(facts);
  const value = facts.value ?? 0;
  if (previous === null) return { ok: false, problem: NO_PREVIOUS };
  if (value === previous) return { ok: true, text: "与上年持平", notice: null };
  if (isPercent(facts.format)) {
    const points = trimZeros(percentText(Math.abs(value - previous), facts.format.decimals));
    const verb = value > previous ? "提高" : "降低";
    return { ok: true, text: `同比${verb}${points}个百分点`, notice: null };
  }
  const change = (value - previous) / previous;
  const percent = trimZeros(percentText(Math.abs(change), decimals));
  return {
    ok: true,
    text: `同比${change > 0 ? "增加" : "减少"}${percent}%`,
    notice: null,
  };
}

/** 同比增加12件 / 同比减少3件 / 与上年持平. */
function yearOnYearCount(facts: FigureFacts, unit: string): FormattedFigure {
  const previous = previousOf(facts);
  const value = facts.value ?? 0;
  if (previous === null) return { ok: false, problem: NO_PREVIOUS };
  if (value === previous) return { ok: true, text: "与上年持平", notice: null };
  const difference = formatIndicator(Math.abs(value - previous), { kind: "number" });
  return {
    ok: true,
    text: `同比${value > previous ? "增加" : "减少"}${difference}${unit}`,
    notice: null,
  };
}
