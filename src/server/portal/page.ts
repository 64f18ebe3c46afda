// The frame of the public portal's pages.
import { escapeHtml } from "../../report/html.js";

const STYLE = `
body { margin: 0; font: 16px/1.7 "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: #222; background: #f5f6f8; }
header { background: #a8071a; color: #fff; padding: 18px 24px; }
header h1 { margin: 0; font-size: 22px; font-weight: 600; }
main { max-width: 880px; margin: 24px auto; background: #fff; padding: 24px 32px; border-radius: 6px; }
h2 { font-size: 18px; border-left: 4px solid #a8071a; padding-left: 8px; }
ul { list-style: none; padding: 0; }
li { padding: 8px 0; border-bottom: 1px solid #eee; display: flex; gap: 16px; align-items: baseline; }
li a:first-child { flex: 1; color: #1d39c4; text-decoration: none; }
.date { color: #888; font-size: 14px; }
footer { text-align: center; color: #888; font-size: 13px; padding: 24px; }
nav.crumbs { font-size: 14px; margin-bottom: 12px; } nav.crumbs a { color: #1d39c4; }
form.search { display: flex; gap: 8px; margin: 12px 0; } form.search input { flex: 1; padding: 6px 10px; font-size: 15px; }
form.search button { padding: 6px 18px; background: #a8071a; color: #fff; border: 0; border-radius: 4px; font-size: 15px; }
.number { color: #555; font-size: 14px; white-space: nowrap; }
.listed { color: #555; font-size: 14px; white-space: nowrap; border: 1px solid #ddd; border-radius: 3px; padding: 0 6px; }
.pager { display: flex; gap: 16px; justify-content: center; margin-top: 16px; font-size: 14px; }
dl.public { display: grid; grid-template-columns: 9em 1fr; gap: 8px 16px; } dl.public dt { color: #666; } dl.public dd { margin: 0; white-space: pre-line; }
.notice { color: #888; }
`;

const REPORT_BASIS = "依据《法治政府建设与责任落实督察工作规定》第二十四条向社会公开";

export function portalPage(title: string, body: string, basis: string = REPORT_BASIS): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><header><h1>${escapeHtml(title)}</h1></header><main>${body}</main>
<footer>${escapeHtml(basis)}</footer></body></html>
`;
}
