// What can be wrong with a paragraph's placeholders whatever the figures' values: a format that
// cannot be read, one that does not fit the indicator (cn on a percentage), a unit typed after the
// placeholder that is not the indicator's (人 where it counts 人次). Saving refuses these; the
// generated report lists them (a paragraph stored before the rule, or from a template) so the
// report cannot be published until they are fixed; the editor shows them on the chips as typed.
// Pure: server and web share it.
import { formatMisfit } from "./figure-format.js";
import type { IndicatorFormat } from "./indicators.js";
import type { FigureFormat, Segment } from "./placeholders.js";
import { typedUnit, typedUnitProblem } from "./typed-units.js";

export interface PlaceholderProblem {
  readonly key: string;
  /** The placeholder as typed, so the writer finds it. */
  readonly placeholder: string;
  readonly message: string;
}

export interface DeclaredFigure {
  readonly format?: IndicatorFormat | undefined;
  readonly unit: string;
}

type FigureSegment = Extract<Segment, { kind: "figure" }>;

/** The problem of one placeholder given the text after it; null when none. */
export function placeholderProblem(
  segment: FigureSegment,
  declared: DeclaredFigure | undefined,
  after: string,
): string | null {
  if (segment.grammarProblem !== null) return segment.grammarProblem;
  if (declared === undefined) return null; // an unknown or missing figure is reported as such
  return formatMisfit(segment.formats, declared) ?? unitAfter(segment.formats, declared, after);
}

function unitAfter(
  formats: readonly FigureFormat[],
  declared: DeclaredFigure,
  after: string,
): string | null {
  const main = formats.find((format) => format.kind !== "unit");
  const typed = typedUnit(after, declared.unit);
  const printsUnit = formats.some((format) => format.kind === "unit");
  if (typed !== null && !printsUnit) {
    if (main?.kind === "yoy" && declared.format?.kind !== "percent")
      return `同比增减百分比后不写单位“${typed}”；要写“同比增加12${typed}”请用“yoyAbs|unit”`;
    if (main?.kind === "atLeast")
      return `单位应写在“以上”之前：请改用“atLeast:${main.text}|unit”，印作“${main.text}${declared.unit}以上”`;
  }
  return typedUnitProblem({ after, declared: declared.unit, printsUnit });
}

/** Every placeholder problem of a paragraph, in order. */
export function paragraphPlaceholderProblems(
  segments: readonly Segment[],
  declaredOf: (key: string) => DeclaredFigure | undefined,
): PlaceholderProblem[] {
  return segments.flatMap((segment, index) => {
    if (segment.kind !== "figure") return [];
    const next = segments[index + 1];
    const after = next?.kind === "text" ? next.text : "";
    const message = placeholderProblem(segment, declaredOf(segment.key), after);
    return message === null ? [] : [{ key: segment.key, placeholder: segment.source, message }];
  });
}
