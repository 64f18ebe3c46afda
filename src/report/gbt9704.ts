// The GB/T 9704-2012 (党政机关公文格式) page and type of every Word document the platform writes:
// A4, margins 37/35/28/26 mm, 三号仿宋 body at a fixed 28 pt line, 二号小标宋 title, 黑体
// first-level and 楷体 second-level headings, page numbers "— 1 —" in 四号宋体 (odd pages right,
// even pages left), issuing body and date right-aligned at the end. The annual report and the
// generated notices share it.
import {
  AlignmentType,
  convertMillimetersToTwip,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from "docx";

export const FONT = {
  title: "方正小标宋简体",
  body: "仿宋_GB2312",
  heading1: "黑体",
  heading2: "楷体_GB2312",
  pageNumber: "宋体",
} as const;
/** Half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt. */
export const SIZE = { title: 44, body: 32, pageNumber: 28 } as const;
/** A fixed 28 pt line (twips) gives 22 lines a page; first lines indented two characters. */
export const LINE = { line: 560, lineRule: LineRuleType.EXACT } as const;
export const INDENT = { firstLine: 640 } as const;

export function run(text: string, font: string, size: number = SIZE.body): TextRun {
  return new TextRun({ text, font, size });
}

/** The title (标题): centred, 二号小标宋, with a blank line's space after it. */
export const titleParagraph = (text: string): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: 700, lineRule: LineRuleType.EXACT, after: 560 },
    children: [run(text, FONT.title, SIZE.title)],
  });

/** A body paragraph: justified, first line indented two characters. */
export const bodyParagraph = (text: string): Paragraph =>
  new Paragraph({
    children: [run(text, FONT.body)],
    spacing: LINE,
    indent: INDENT,
    alignment: AlignmentType.BOTH,
  });

/** The issuing bodies and the date (成文日期) that close the text, right-aligned, a line below it. */
export function signatureParagraphs(lines: readonly string[]): Paragraph[] {
  return [
    new Paragraph({ children: [], spacing: LINE }),
    ...lines.map(
      (line) =>
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          indent: { right: 1280 },
          spacing: LINE,
          children: [run(line, FONT.body)],
        }),
    ),
  ];
}

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

/** One A4 section in the standard's margins with its page numbers, packed as .docx. */
export function packOfficialDocument(
  title: string,
  children: readonly Paragraph[],
): Promise<Buffer> {
  const document = new Document({
    title,
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
        children: [...children],
      },
    ],
  });
  return Packer.toBuffer(document);
}
