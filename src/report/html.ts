// The annual report as one HTML document. Each figure carries its indicator key
// (data-indicator) and, in the platform, links to the records behind it; on the public portal it
// is plain text. Laid out like the official document: 小标宋 title, 仿宋 body, 黑体/楷体 headings.
import type { GeneratedReport, ResolvedSegment } from "./generate.js";
import { chineseDate } from "./dates.js";

/** Printed on every draft: a draft must not be taken for the issued report. */
export const DRAFT_MARK = "草稿（未发布，仅供内部审阅）";

export interface HtmlOptions {
  /** Where a figure links (the drill-down of its records); null: not linked. */
  readonly figureHref: ((key: string) => string) | null;
  /** Extra markup before the document (e.g. the portal's navigation). */
  readonly banner?: string;
}

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const STYLE = `
body { margin: 0; background: #f2f2f2; color: #000; }
.page { box-sizing: border-box; max-width: 210mm; margin: 24px auto; padding: 37mm 26mm 35mm 28mm; background: #fff; box-shadow: 0 1px 6px rgba(0,0,0,.15); font: 16pt/28pt "FangSong", "仿宋_GB2312", "仿宋", "STFangsong", "Noto Serif CJK SC", serif; }
h1 { font: 22pt/1.5 "FZXiaoBiaoSong-B05S", "方正小标宋简体", "STZhongsong", "Noto Serif CJK SC", serif; text-align: center; margin: 0 0 28pt; font-weight: normal; }
h2 { font: 16pt/28pt "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; margin: 0; text-indent: 2em; font-weight: normal; }
h3 { font: 16pt/28pt "KaiTi", "楷体_GB2312", "楷体", "STKaiti", serif; margin: 0; text-indent: 2em; font-weight: normal; }
p { margin: 0; text-indent: 2em; text-align: justify; }
.signature { margin-top: 56pt; text-align: right; text-indent: 0; padding-right: 4em; }
.figure { color: inherit; text-decoration: underline dotted; }
a.figure:hover { background: #fff3cd; }
.figure.missing { color: #b00020; text-decoration: none; word-break: break-all; }
.draft-mark { text-indent: 0; text-align: right; color: #b00020; font-family: "SimHei", "黑体", sans-serif; }
.banner { max-width: 210mm; margin: 16px auto 0; font: 14px/1.6 sans-serif; }
@media print { body { background: #fff; } .page { box-shadow: none; margin: 0; } .banner { display: none; } }
`;

function segmentHtml(segment: ResolvedSegment, options: HtmlOptions): string {
  if (segment.kind === "text") return escapeHtml(segment.text);
  const key = escapeHtml(segment.key);
  const text = escapeHtml(segment.text);
  // No figure to link: marked in red, as the problem it is.
  if (segment.status === "missing" || segment.status === "formatProblem")
    return `<span class="figure missing" data-indicator="${key}" data-status="${segment.status}">${text}</span>`;
  if (options.figureHref && segment.status === "ok")
    return `<a class="figure" data-indicator="${key}" href="${escapeHtml(options.figureHref(segment.key))}">${text}</a>`;
  return `<span class="figure" data-indicator="${key}" data-status="${segment.status}">${text}</span>`;
}

const paragraphHtml = (segments: readonly ResolvedSegment[], options: HtmlOptions) =>
  `<p>${segments.map((segment) => segmentHtml(segment, options)).join("")}</p>`;

export function renderHtml(report: GeneratedReport, options: HtmlOptions): string {
  const body: string[] = [
    ...(report.isDraft ? [`<p class="draft-mark" data-testid="draft-mark">${DRAFT_MARK}</p>`] : []),
    `<h1>${escapeHtml(report.title)}</h1>`,
  ];
  for (const paragraph of report.preamble) body.push(paragraphHtml(paragraph, options));
  for (const chapter of report.chapters) {
    body.push(`<h2>${escapeHtml(chapter.heading)}</h2>`);
    for (const section of chapter.sections) {
      if (section.heading !== null) body.push(`<h3>${escapeHtml(section.heading)}</h3>`);
      for (const paragraph of section.paragraphs) body.push(paragraphHtml(paragraph, options));
    }
  }
  const date = report.issuedOn === null ? "" : `<br>${escapeHtml(chineseDate(report.issuedOn))}`;
  body.push(`<p class="signature">${escapeHtml(report.issuers)}${date}</p>`);
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(report.title)}</title><style>${STYLE}</style></head>
<body>${options.banner ?? ""}<main class="page">
${body.join("\n")}
</main></body></html>
`;
}
