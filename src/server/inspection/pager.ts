// Page links of a plan's published results on the portal: a large plan inspects hundreds of
// entities, and one table of them all makes a page no one can scroll.
import { RESULTS_PER_PAGE } from "../../inspection/portal-store.js";

/** The links to every page of a plan's results, or nothing when they fit on one page. */
export function resultsPager(drawId: string, page: number, total: number): string {
  const pages = Math.ceil(total / RESULTS_PER_PAGE);
  if (pages <= 1) return "";
  const link = (n: number) =>
    n === page
      ? `<strong>${String(n)}</strong>`
      : `<a href="/portal/inspections/${drawId}?page=${String(n)}">${String(n)}</a>`;
  const links = Array.from({ length: pages }, (_, i) => link(i + 1)).join(" ");
  return `<p class="pager">第 ${String(page)} / ${String(pages)} 页：${links}</p>`;
}
