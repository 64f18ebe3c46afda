// The report's figures grouped by the six headings, for the 插入指标 picker (the headings' labels
// come from the indicators of the report's org and year).
import { useEffect, useState } from "react";
import { fetchIndicators } from "../api/indicators";
import type { ReportFigure } from "../api/reports";

export interface FigureGroup {
  label: string;
  figures: ReportFigure[];
}

export function useFigureGroups(
  figures: readonly ReportFigure[],
  org: number,
  year: number,
): FigureGroup[] {
  const [sections, setSections] = useState<{ id: string; label: string }[]>([]);
  useEffect(() => {
    let live = true;
    if (org <= 0) return;
    fetchIndicators(org, year).then(
      (answer) => {
        if (!live) return;
        setSections(answer.sections.map(({ id, label }) => ({ id, label })));
      },
      () => undefined, // without the headings the picker lists the figures in one group
    );
    return () => {
      live = false;
    };
  }, [org, year]);

  const groups: FigureGroup[] = sections
    .map((section) => ({
      label: section.label,
      figures: figures.filter((figure) => figure.section === section.id),
    }))
    .filter((group) => group.figures.length > 0);
  const grouped = new Set(groups.flatMap((group) => group.figures.map((figure) => figure.key)));
  const rest = figures.filter((figure) => !grouped.has(figure.key));
  if (rest.length > 0)
    groups.push({ label: groups.length === 0 ? "指标" : "其他指标", figures: rest });
  return groups;
}
