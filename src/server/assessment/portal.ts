// The published assessment results on the public portal: each published scheme's ranking with its
// first-level subtotals, as frozen at publication. Server-rendered, like the rest of the portal.
import type { FastifyInstance } from "fastify";
import type { EngineContext } from "../../engine/context.js";
import { publishedSchemes } from "../../assessment/lifecycle.js";
import { escapeHtml } from "../../report/html.js";
import { portalPage } from "../portal/page.js";

const BASIS = "依据《法治政府建设与责任落实督察工作规定》向社会公开考核结果";
const points = (value: number) => value.toFixed(2).replace(/\.?0+$/, "");

export function registerAssessmentPortal(app: FastifyInstance, context: EngineContext): void {
  app.get("/api/portal/assessment", async () => ({
    items: (await publishedSchemes(context)).map(({ id, content }) => ({
      id,
      year: content.year,
      title: content.title,
      publishedAt: content.publishedAt,
      ranking: content.scorecards.map(({ orgId, orgName, total, rank }) => ({
        orgId,
        orgName,
        total,
        rank,
      })),
    })),
  }));

  app.get("/portal/assessment", { schema: { hide: true } }, async (_request, reply) => {
    const schemes = await publishedSchemes(context);
    const body =
      schemes.length === 0
        ? "<p>暂无已发布的考核结果。</p>"
        : schemes
            .map(({ content }) => {
              const heads = content.scorecards[0]?.subtotals ?? [];
              const header = `<tr><th>名次</th><th>单位</th><th>总分</th>${heads.map((head) => `<th title="${escapeHtml(head.label)}">${escapeHtml(head.number)}</th>`).join("")}</tr>`;
              const rows = content.scorecards
                .map(
                  (card) =>
                    `<tr data-org="${String(card.orgId)}"><td>${String(card.rank)}</td><td>${escapeHtml(card.orgName)}</td><td>${points(card.total)}</td>${card.subtotals.map((s) => `<td>${points(s.score)}</td>`).join("")}</tr>`,
                )
                .join("");
              const legend = heads
                .map(
                  (head) =>
                    `<li>${escapeHtml(head.number)}、${escapeHtml(head.label)}（${points(head.points)}分）</li>`,
                )
                .join("");
              return `<h3>${escapeHtml(content.title)}</h3><p class="date">${escapeHtml(content.publishedAt.slice(0, 10))} 发布</p>
                <table class="ranking" data-year="${String(content.year)}">${header}${rows}</table><ul class="legend">${legend}</ul>`;
            })
            .join("");
    return reply
      .type("text/html; charset=utf-8")
      .send(portalPage("法治政府建设考核结果", body, BASIS));
  });
}
