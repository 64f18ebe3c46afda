// The annual report as a Word document in the GB/T 9704-2012 layout (gbt9704.ts). Each figure is a
// bookmark named after its indicator key, so it can be found (and checked) in the file.
import { AlignmentType, Bookmark, Paragraph, TextRun, type ParagraphChild } from "docx";
import { chineseDate } from "./dates.js";
import type { GeneratedReport, ResolvedSegment } from "./generate.js";
import {
  FONT,
  INDENT,
  LINE,
  packOfficialDocument,
  run,
  signatureParagraphs,
  SIZE,
  titleParagraph,
} from "./gbt9704.js";
import { DRAFT_MARK } from "./html.js";

/** Bookmark names: letters, digits and underscores, at most 40 characters, unique. */
export function figureBookmark(key: string, occurrence: number): string {
  const suffix = `_${String(occurrence)}`;
  return `${key.replace(/[^A-Za-z0-9]/g, "_").slice(0, 40 - suffix.length)}${suffix}`;
}

function paragraphOf(segments: readonly ResolvedSegment[], seen: Map<string, number>): Paragraph {
  const children: ParagraphChild[] = segments.map((segment) => {
    if (segment.kind === "text") return run(segment.text, FONT.body);
    const occurrence = (seen.get(segment.key) ?? 0) + 1;
    seen.set(segment.key, occurrence);
    return new Bookmark({
      id: figureBookmark(segment.key, occurrence),
      children: [run(segment.text, FONT.body)],
    });
  });
  return new Paragraph({ children, spacing: LINE, indent: INDENT, alignment: AlignmentType.BOTH });
}

const heading = (text: string, font: string) =>
  new Paragraph({ children: [run(text, font)], spacing: LINE, indent: INDENT });

export async function renderDocx(report: GeneratedReport): Promise<Buffer> {
  const seen = new Map<string, number>();
  const draftMark = report.isDraft
    ? [
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          children: [
            new TextRun({
              text: DRAFT_MARK,
              font: FONT.heading1,
              size: SIZE.body,
              color: "B00020",
            }),
          ],
        }),
      ]
    : [];
  const children: Paragraph[] = [
    ...draftMark,
    titleParagraph(report.title),
    ...report.preamble.map((segments) => paragraphOf(segments, seen)),
  ];
  for (const chapter of report.chapters) {
    children.push(heading(chapter.heading, FONT.heading1));
    for (const section of chapter.sections) {
      if (section.heading !== null) children.push(heading(section.heading, FONT.heading2));
      for (const segments of section.paragraphs) children.push(paragraphOf(segments, seen));
    }
  }
  const signature = [report.issuers, ...(report.issuedOn ? [chineseDate(report.issuedOn)] : [])];
  children.push(...signatureParagraphs(signature));
  return packOfficialDocument(report.title, children);
}
