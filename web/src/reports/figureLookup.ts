// What a placeholder shows in the editor: the figure's label and value, or why there is none.
import type { ReportView } from "../api/reports";

export interface FigureLookup {
  /** The label and value of a key, or a reason it has none. */
  chip: (key: string) => {
    label: string;
    value: string;
    tone: "figure" | "missing" | "unreadable";
  };
}

export function figureLookup(view: ReportView): FigureLookup {
  const figures = new Map(view.figures.map((figure) => [figure.key, figure]));
  const missing = new Map(view.problems.missing.map((figure) => [figure.key, figure.label]));
  const unreadable = new Set(view.problems.unreadable);
  return {
    chip: (key) => {
      const figure = figures.get(key);
      if (unreadable.has(key)) {
        return { label: figure?.label ?? key, value: "无权查看", tone: "unreadable" };
      }
      if (figure !== undefined)
        return { label: figure.label, value: figure.formatted, tone: "figure" };
      return { label: missing.get(key) ?? key, value: "暂无数据来源", tone: "missing" };
    },
  };
}
