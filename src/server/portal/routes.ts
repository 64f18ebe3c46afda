// The public portal (no login): published annual reports by year, each as the document it was
// published as, in HTML and Word. Server-rendered, so it reads without JavaScript.
import type { FastifyInstance } from "fastify";
import type { EngineContext } from "../../engine/context.js";
import type { GeneratedReport } from "../../report/generate.js";
import { escapeHtml, renderHtml } from "../../report/html.js";
import { publishedContent, publishedReports } from "../../report/store.js";
import { sendReportFile } from "../reports/routes.js";
import { portalPage } from "./page.js";
import { columnsHtml, registerPortalColumnRoutes } from "./columns.js";
import { registerDrawVerifyRoute } from "./draw-verify.js";
import { portalCounts } from "../../engine/publication/store.js";
import { todayOf } from "../../engine/context.js";

const HOME_BASIS =
  "依据《中华人民共和国政府信息公开条例》和《法治政府建设与责任落实督察工作规定》第二十四条向社会公开";

/** The day in China (UTC+8) of an instant. */
const chinaDate = (iso: string): string =>
  new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

const reportParams = {
  type: "object",
  required: ["id"],
  properties: { id: { type: "integer", minimum: 1, maximum: 9_007_199_254_740_991 } },
} as const;

export function registerPortalRoutes(app: FastifyInstance, context: EngineContext): void {
  const { db } = context;
  app.get("/api/portal/reports", async () => ({ items: await publishedReports(db) }));

  registerPortalColumnRoutes(app, context);
  registerDrawVerifyRoute(app);

  // The portal home: the columns of published records, then the annual reports by year.
  app.get("/portal", { schema: { hide: true } }, async (_request, reply) => {
    const reports = await publishedReports(db);
    const columns = columnsHtml(await portalCounts(db, todayOf(context)));
    const years = [...new Set(reports.map((report) => report.year))];
    const body =
      years.length === 0
        ? "<p>暂无已发布的年度报告。</p>"
        : years
            .map((year) => {
              const items = reports
                .filter((report) => report.year === year)
                .map(
                  (report) =>
                    `<li><a href="/portal/reports/${String(report.id)}">${escapeHtml(report.title)}</a>
                   <span class="date">${escapeHtml(chinaDate(report.publishedAt))} 发布</span>
                   <a class="docx" href="/portal/reports/${String(report.id)}/docx">Word版</a></li>`,
                )
                .join("");
              return `<h3>${String(year)}年度</h3><ul data-year="${String(year)}">${items}</ul>`;
            })
            .join("");
    const page = `${columns}<h2 class="reports">法治政府建设年度报告</h2>${body}
      <h2 class="inspections">“双随机、一公开”抽查</h2><p><a href="/portal/inspections">抽查计划、抽取公示与检查结果</a></p>
      <h2 class="assessment">法治政府建设考核结果</h2><p><a href="/portal/assessment">查看已发布的年度考核排名</a></p>`;
    return reply
      .type("text/html; charset=utf-8")
      .send(portalPage("政府信息公开", page, HOME_BASIS));
  });

  app.get<{ Params: { id: number } }>(
    "/portal/reports/:id",
    { schema: { params: reportParams, hide: true } },
    async (request, reply) => {
      const report = (await publishedContent(db, request.params.id)) as GeneratedReport;
      const banner = `<nav class="banner"><a href="/portal">← 法治政府建设年度报告</a> ·
        <a href="/portal/reports/${String(request.params.id)}/docx">下载Word版</a></nav>`;
      return reply
        .type("text/html; charset=utf-8")
        .send(renderHtml(report, { figureHref: null, banner }));
    },
  );

  app.get<{ Params: { id: number } }>(
    "/portal/reports/:id/docx",
    { schema: { params: reportParams, hide: true } },
    async (request, reply) => {
      const report = (await publishedContent(db, request.params.id)) as GeneratedReport;
      return sendReportFile(reply, report, "docx", { figureHref: null });
    },
  );
}
