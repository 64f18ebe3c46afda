// The annual report as a Word document laid out by GB/T 9704-2012 (党政机关公文格式): A4, margins
// 37/35/28/26 mm, 三号仿宋 body at a fixed 28 pt line, 二号小标宋 title, 黑体 first-level and 楷体
// second-level headings, page numbers "— 1 —" in 四号宋体 (odd pages right, even pages left),
// issuing bodies and date at the end. Each figure is a bookmark named after its indicator key, so
// it can be found (and checked) in the file.
import {
  AlignmentType,
  Bookmark,
  convertMillimetersToTwip,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from "docx";
import { chineseDate } from "./dates.js";
import type { GeneratedReport, ResolvedSegment } from "./generate.js";
import { DRAFT_MARK } from "./html.js";

const FONT = {
  title: "方正小标宋简体",
  body: "仿宋_GB2312",
  heading1: "黑体",
  heading2: "楷体_GB2312",
  pageNumber: "宋体",
} as const;
/** Half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt. */
const SIZE = { title: 44, body: 32, pageNumber: 28 } as const;
/** A fixed 28 pt line (twips) gives 22 lines a page; first lines indented two characters. */
const LINE = { line: 560, lineRule: LineRuleType.EXACT } as const;
const INDENT = { firstLine: 640 } as const;

/** Bookmark names: letters, digits and underscores, at most 40 characters, unique. */
export function figureBookmark(key: string, occurrence: number): string {
  const suffix = `_${String(occurrence)}`;
  return `${key.replace(/[^A-Za-z0-9]/g, "_").slice(0, 40 - suffix.length)}${suffix}`;
}

function run(text: string, font: string, size: number = SIZE.body): TextRun {
  return new TextRun({ text, font, size });
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

function pageNumberFooter(alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) {
  return new Footer({
    children: [
      new Paragraph({
        alignment,
        children: [
          new TextRun({
            children: ["— ", PageNumber.CURRENT, " —"],
            font: FONT.pageNumber,
            size: SIZE.pageNumber,
          }),
        ],
      }),
    ],
  });
}

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
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.EXACT, after: 560 },
      children: [run(report.title, FONT.title, SIZE.title)],
    }),
    ...report.preamble.map((segments) => paragraphOf(segments, seen)),
  ];
  for (const chapter of report.chapters) {
    children.push(heading(chapter.heading, FONT.heading1));
    for (const section of chapter.sections) {
      if (section.heading !== null) children.push(heading(section.heading, FONT.heading2));
      for (const segments of section.paragraphs) children.push(paragraphOf(segments, seen));
    }
  }
  // The issuers and date close the text, right-aligned with a four-character margin.
  const signature = [report.issuers, ...(report.issuedOn ? [chineseDate(report.issuedOn)] : [])];
  children.push(new Paragraph({ children: [], spacing: LINE }));
  for (const line of signature) {
    children.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        indent: { right: 1280 },
        spacing: LINE,
        children: [run(line, FONT.body)],
      }),
    );
  }
  const document = new Document({
    title: report.title,
    creator: "fazhi 法治政府建设工作平台",
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: {
              top: convertMillimetersToTwip(37),
              bottom: convertMillimetersToTwip(35),
              left: convertMillimetersToTwip(28),
              right: convertMillimetersToTwip(26),
            },
          },
        },
        footers: {
          default: pageNumberFooter(AlignmentType.RIGHT),
          even: pageNumberFooter(AlignmentType.LEFT),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
