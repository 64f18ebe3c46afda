// The portal's draw verification page, in the citizen's browser: reads a published draw file (a
// chosen file, or the same-origin URL in data-src) and re-runs it with the platform's own draw
// code (src/draw), so the result does not depend on trusting the server's computation. Builds
// the DOM with textContent only: the file is untrusted input.
import { drawSummary, selectionRows } from "../../../src/draw/describe.js";
import { verifyPublishedDraw, type PublishedDraw } from "../../../src/draw/index.js";

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className !== undefined) node.className = className;
  return node;
}

function showError(target: HTMLElement, message: string): void {
  target.replaceChildren(element("p", message, "draw-error"));
}

function render(target: HTMLElement, source: string, text: string): void {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    showError(target, `${source}不是有效的JSON：${(error as Error).message}`);
    return;
  }
  const result = verifyPublishedDraw(input);
  const nodes: HTMLElement[] = [
    element(
      "h2",
      result.ok ? "验证通过" : `验证未通过（${result.problems.length}处问题）`,
      result.ok ? "draw-verdict draw-ok" : "draw-verdict draw-failed",
    ),
    element("p", `文件：${source}`, "notice"),
  ];
  const file =
    result.checks.find((c) => c.id === "format")?.ok === true ? (input as PublishedDraw) : null;
  if (file) {
    const list = element("dl", undefined, "public");
    for (const [label, value] of drawSummary(file))
      list.append(element("dt", label), element("dd", value));
    nodes.push(element("h3", "公布的材料、哈希与种子"), list);
  }
  const checks = element("ol", undefined, "draw-checks");
  for (const check of result.checks) {
    const item = element("li", undefined, check.ok ? "draw-ok" : "draw-failed");
    item.dataset.check = check.id;
    item.append(
      element("span", check.ok ? "✓ 通过" : "✗ 未通过", "draw-mark"),
      element("span", check.title),
    );
    if (check.problems.length > 0) {
      const problems = element("ul");
      for (const problem of check.problems) problems.append(element("li", problem));
      item.append(problems);
    }
    checks.append(item);
  }
  nodes.push(element("h3", "逐项检查"), checks);
  if (file && result.recomputed) {
    const table = element("table", undefined, "draw-selection");
    const head = element("tr");
    for (const title of ["序号", "企业名称", "统一社会信用代码", "风险类别", "检查人员"])
      head.append(element("th", title));
    table.append(head);
    selectionRows(file, result.recomputed).forEach((row, i) => {
      const tr = element("tr");
      for (const cell of [String(i + 1), row.name, row.creditCode, row.risk, row.inspectors])
        tr.append(element("td", cell));
      table.append(tr);
    });
    nodes.push(
      element("h3", `在本浏览器中重新摇号的结果（共${result.recomputed.selections.length}户）`),
      table,
    );
  }
  target.replaceChildren(...nodes);
}

async function loadFromUrl(target: HTMLElement, src: string): Promise<void> {
  const url = new URL(src, window.location.href);
  if (url.origin !== window.location.origin) {
    showError(target, "只能验证本平台公布的文件（src 须为本站地址）。");
    return;
  }
  target.replaceChildren(element("p", `正在取得 ${url.pathname} ……`, "notice"));
  try {
    const response = await fetch(url, { credentials: "same-origin" });
    if (!response.ok) {
      showError(target, `无法取得 ${url.pathname}（HTTP ${response.status}）。`);
      return;
    }
    render(target, url.pathname, await response.text());
  } catch (error) {
    showError(target, `无法取得 ${url.pathname}：${(error as Error).message}`);
  }
}

const result = document.getElementById("draw-result");
const input = document.getElementById("draw-file");
if (result && input instanceof HTMLInputElement) {
  input.addEventListener("change", () => {
    const chosen = input.files?.[0];
    if (!chosen) return;
    void chosen.text().then(
      (text) => {
        render(result, chosen.name, text);
      },
      (error: unknown) => {
        showError(result, `无法读取文件：${String(error)}`);
      },
    );
  });
  const src = result.dataset.src;
  if (src !== undefined && src !== "") void loadFromUrl(result, src);
}
