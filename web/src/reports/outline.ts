// The headings above each part: a numbered chapter when it begins (一、主要工作举措和成效), and
// numbered sub-headings for parts that share a chapter (（一）坚持政治引领……).
import type { ReportPart } from "../api/reports";
import { chapterNumber, sectionNumber } from "../indicators/numbering";

export interface PartHeadings {
  chapter: string | null;
  heading: string | null;
}

export function outline(parts: readonly ReportPart[]): PartHeadings[] {
  const chapters = [
    ...new Set(parts.flatMap((part) => (part.chapter === null ? [] : [part.chapter]))),
  ];
  const shared = (chapter: string): number =>
    parts.filter((part) => part.chapter === chapter).length;
  let previous: string | null = null;
  let within = 0;
  return parts.map((part) => {
    const { chapter } = part;
    const starts = chapter !== previous;
    previous = chapter;
    within = starts ? 0 : within + 1;
    if (chapter === null) return { chapter: null, heading: part.label };
    return {
      chapter: starts ? `${chapterNumber(chapters.indexOf(chapter))}${chapter}` : null,
      heading: shared(chapter) > 1 ? `${sectionNumber(within)}${part.label}` : null,
    };
  });
}
