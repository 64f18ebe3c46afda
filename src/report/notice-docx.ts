// A generated notice (受理通知书 …) as a Word document in the GB/T 9704-2012 letter layout
// (信函格式, 10.1): the document number flush right under the title, the addressee flush left,
// the body, then the issuing body and date, on the same page and type as the annual report.
import { AlignmentType, Paragraph } from "docx";
import { chineseDate } from "./dates.js";
import {
  bodyParagraph,
  FONT,
  LINE,
  packOfficialDocument,
  run,
  signatureParagraphs,
  titleParagraph,
} from "./gbt9704.js";
import type { NoticeContent } from "../engine/files/notices.js";

export function renderNoticeDocx(notice: NoticeContent): Promise<Buffer> {
  const children: Paragraph[] = [
    titleParagraph(notice.title),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: LINE,
      children: [run(notice.documentNumber, FONT.body)],
    }),
    // A notice to nobody in particular (an empty addressee field) has no 主送 line.
    ...(notice.addressee.trim() === ""
      ? []
      : [new Paragraph({ spacing: LINE, children: [run(`${notice.addressee}：`, FONT.body)] })]),
    ...notice.paragraphs.map(bodyParagraph),
    ...signatureParagraphs([notice.issuer, chineseDate(notice.issuedOn)]),
  ];
  return packOfficialDocument(`${notice.title}（${notice.documentNumber}）`, children);
}
