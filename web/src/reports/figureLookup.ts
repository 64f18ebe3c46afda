// What a placeholder shows in the editor: the figure's label and value, or why there is none.
import type { ReportView } from "../api/reports";

export interface FigureLookup {
  /** The Chinese label of a key. */
  label: (key: string) => string;
  /** The label and value of a key, or a reason it has none. */
  chip: (key: string) => {
    label: string;
    value: string;
    tone: "figure" | "missing" | "unreadable";
  };
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
    chip: (key) => {
      const figure = figures.get(key);
      if (unreadable.has(key))
        return { label: labelOf(key), value: "无权查看", tone: "unreadable" };
      if (figure !== undefined)
        return { label: figure.label, value: figure.formatted, tone: "figure" };
      if (missing.has(key)) return { label: labelOf(key), value: "暂无数据来源", tone: "missing" };
      // A known figure just typed (not yet cited): its value comes with the saved text.
      if (key in view.labels)
        return { label: labelOf(key), value: "保存后计算", tone: "unreadable" };
      return { label: UNKNOWN_FIGURE, value: "无此指标", tone: "missing" };
    },
  };
}
