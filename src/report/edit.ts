// The write operations of annual reports, in one place for callers: create, paragraphs, title block.
export { createReport } from "./create.js";
export { updateReportHeader } from "./header.js";
export { addParagraph, checkParagraphText, reviseParagraph } from "./paragraphs.js";
