// What a placeholder shows in the editor: the figure's label with its formats and the value as the
// report will print it (the kernel's formatting, as on the server), or why there is none.
import type { ReportView } from "../api/reports";
import { formatFigure } from "../../../src/kernel/figure-format";
import { formatLabel, type FigureFormat } from "../../../src/kernel/placeholders";
import type { DeclaredFigure } from "../../../src/kernel/placeholder-problems";

export interface Chip {
  label: string;
  value: string;
  tone: "figure" | "missing" | "unreadable";
}

export interface FigureLookup {
  /** The Chinese label of a key. */
  label: (key: string) => string;
  /** The label (with its formats) and printed value of a placeholder, or a reason it has none. */
  chip: (key: string, formats?: readonly FigureFormat[]) => Chip;
  /** The declared format and unit of a figure, for the placeholder checks; undefined if unknown. */
  declared: (key: string) => DeclaredFigure | undefined;
}

/** A key typed in the editor that is no figure (saving refuses it): never shown as the name. */
export const UNKNOWN_FIGURE = "未知指标";

export function figureLookup(view: ReportView): FigureLookup {
  const figures = new Map(view.figures.map((figure) => [figure.key, figure]));
  const unreadable = new Set(view.problems.unreadable);
  const missing = new Set(view.problems.missing.map((figure) => figure.key));
  const labelOf = (key: string): string =>
    view.labels[key] ?? figures.get(key)?.label ?? UNKNOWN_FIGURE;
  return {
    label: labelOf,
    declared: (key) => {
      const figure = figures.get(key);
      return figure === undefined
        ? undefined
        : { format: figure.format ?? undefined, unit: figure.unit };
    },
    chip: (key, formats = []) => {
      const figure = figures.get(key);
      const label = [labelOf(key), ...formats.map(formatLabel)].join("·");
      if (unreadable.has(key) || figure?.readable === false)
        return { label, value: "无权查看", tone: "unreadable" };
      if (figure !== undefined) {
        const printed = formatFigure(
          {
            value: figure.value,
            format: figure.format ?? undefined,
            unit: figure.unit,
            previous: figure.previousValue,
          },
          formats,
        );
        return printed.ok
          ? { label, value: printed.text, tone: "figure" }
          : { label, value: printed.problem, tone: "missing" };
      }
      if (missing.has(key)) return { label, value: "暂无数据来源", tone: "missing" };
      // A known figure just typed (not yet cited): its value comes with the saved text.
      if (key in view.labels) return { label, value: "保存后计算", tone: "unreadable" };
      return { label: UNKNOWN_FIGURE, value: "无此指标", tone: "missing" };
    },
  };
}
