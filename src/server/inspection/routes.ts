// The public face of random inspections (双随机、一公开): the plans announced before their draw with
// the frozen lists, hashes, quotas and seed sources; the draws done with their seed and a link to
// re-run them in the browser; and the results with their publication deadline. Server-rendered,
// no login. The JSON files are what `fazhi verify-draw` and /portal/draws/verify read.
import type { FastifyInstance, FastifyReply } from "fastify";
import type { EngineContext } from "../../engine/context.js";
import { notFound } from "../../engine/errors.js";
import { escapeHtml } from "../../report/html.js";
import { RESULT_OUTCOMES } from "../../domains/inspection/result-fields.js";
import { drawById, materialOf, publishedDrawOf } from "../../inspection/store.js";
import { WITNESS_SOURCE } from "../../inspection/material.js";
import {
  portalPlan,
  portalPlans,
  portalResults,
  portalYears,
  type PortalPlan,
} from "../../inspection/portal-store.js";
import { portalPage } from "../portal/page.js";
import { resultsPager } from "./pager.js";

const BASIS =
  "依据《国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见》（国发〔2019〕5号）向社会公开";

const idParams = {
  type: "object",
  required: ["id"],
  properties: { id: { type: "integer", minimum: 1, maximum: 9_007_199_254_740_991 } },
} as const;

const CLASS_LABELS: Readonly<Record<string, string>> = {
  A: "A类",
  B: "B类",
  C: "C类",
  D: "D类",
  unclassified: "未分类",
};
const OUTCOME_LABELS = new Map<string, string>(RESULT_OUTCOMES.map((o) => [o.value, o.label]));
const chinaDate = (iso: string): string =>
  new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
const e = escapeHtml;

const sendJson = (reply: FastifyReply, body: unknown, name: string) =>
  reply
    .type("application/json; charset=utf-8")
    .header("content-disposition", `inline; filename="${name}"`)
    .send(JSON.stringify(body));

function strataTable(plan: PortalPlan): string {
  const rows = plan.head.strata
    .map(
      (stratum) =>
        `<tr data-class="${e(stratum.riskClass)}"><td>${e(CLASS_LABELS[stratum.riskClass] ?? stratum.riskClass)}</td><td>${String(stratum.size)}</td><td>${String(stratum.quota)}</td><td><code>${e(stratum.sha256)}</code></td></tr>`,
    )
    .join("");
  return `<table class="strata"><thead><tr><th>风险类别</th><th>待抽取主体数</th><th>抽取户数</th><th>名单SHA-256</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function seedSources(plan: PortalPlan): string {
  const values = new Map((plan.seed ?? []).map((item) => [item.source, item.value]));
  return `<ul class="seed">${plan.head.seedSources
    .map((source) => {
      const value = values.get(source.id);
      // The lottery is known from its date; the witness types a value at the draw itself.
      const when =
        source.id === WITNESS_SOURCE ? "抽取时由见证人现场输入" : `${source.expectedOn}起可知`;
      return `<li><span>${e(source.label)}（${e(when)}）</span>${
        value === undefined ? `<span class="date">抽取时公布</span>` : `<code>${e(value)}</code>`
      }</li>`;
    })
    .join("")}</ul>`;
}

const STATE_LABELS: Readonly<Record<string, string>> = {
  published: "已公示，待抽取",
  drawn: "已抽取",
  inspecting: "检查中",
  completed: "检查结束，结果待公示",
  resultsPublished: "结果已公示",
};

function resultsLine(plan: PortalPlan): string {
  if (plan.resultsPublishedOn)
    return `检查结果于 <span class="published">${e(plan.resultsPublishedOn)}</span> 公示（公示期限 ${e(plan.resultsDueOn ?? "")}）`;
  if (plan.resultsDueOn)
    return `检查于 ${e(plan.endedOn ?? "")} 结束，结果应于 <span class="due">${e(plan.resultsDueOn)}</span> 前公示`;
  return "";
}

function planItem(plan: PortalPlan): string {
  const drawn = plan.drawnAt !== null;
  const verify = `/portal/draws/verify?src=${encodeURIComponent(`/api/portal/draws/${String(plan.drawId)}/published`)}`;
  return `<li class="plan" data-draw="${String(plan.drawId)}"><div>
    <a href="/portal/inspections/${String(plan.drawId)}">${e(plan.number)} ${e(plan.title)}</a>
    <div class="date">${e(plan.leadingOrg)}牵头 · ${plan.kind === "joint" ? "部门联合" : "部门内部"} · ${e(plan.publishedOn)} 公示 · ${e(STATE_LABELS[plan.state] ?? plan.state)}${
      drawn
        ? ` · 抽中 ${String(plan.drawnCount ?? 0)} 户 · <a class="verify" href="${e(verify)}">验证抽取结果</a>`
        : ""
    }</div><div class="date">${resultsLine(plan)}</div></div></li>`;
}

export function registerInspectionPortalRoutes(app: FastifyInstance, context: EngineContext): void {
  const { db } = context;

  app.get<{ Params: { id: number } }>(
    "/api/portal/draws/:id/published",
    { schema: { params: idParams, hide: true } },
    async (request, reply) => {
      const draw = await drawById(db, request.params.id);
      const published = draw ? await publishedDrawOf(db, draw) : null;
      if (!published) throw notFound("已完成的抽取");
      return sendJson(reply, published, `draw-${String(request.params.id)}-published.json`);
    },
  );

  app.get<{ Params: { id: number } }>(
    "/api/portal/draws/:id/material",
    { schema: { params: idParams, hide: true } },
    async (request, reply) => {
      const draw = await drawById(db, request.params.id);
      if (!draw) throw notFound("已公示的抽取材料");
      return sendJson(
        reply,
        { materialSha256: draw.materialSha256, material: await materialOf(db, draw) },
        `draw-${String(request.params.id)}-material.json`,
      );
    },
  );

  app.get<{ Querystring: { year?: number } }>(
    "/portal/inspections",
    {
      schema: {
        hide: true,
        querystring: {
          type: "object",
          properties: { year: { type: "integer", minimum: 2000, maximum: 2100 } },
        },
      },
    },
    async (request, reply) => {
      const years = await portalYears(db);
      const year = request.query.year ?? years[0] ?? new Date().getFullYear();
      const plans = await portalPlans(db, year);
      const announced = plans.filter((plan) => plan.state === "published");
      const drawn = plans.filter((plan) => plan.state !== "published");
      const yearLinks = years
        .map((y) =>
          y === year
            ? `<strong>${String(y)}年</strong>`
            : `<a href="/portal/inspections?year=${String(y)}">${String(y)}年</a>`,
        )
        .join(" · ");
      const body = `<nav class="crumbs"><a href="/portal">政府信息公开</a> › 双随机抽查</nav>
        <p>${yearLinks}</p>
        <h2 class="announced">待抽取的抽查计划（抽取前公示）</h2>
        ${announced.length === 0 ? '<p class="notice">暂无待抽取的计划。</p>' : `<ul>${announced.map(planItem).join("")}</ul>`}
        <h2 class="drawn">已抽取的抽查计划及检查结果</h2>
        ${drawn.length === 0 ? '<p class="notice">暂无。</p>' : `<ul>${drawn.map(planItem).join("")}</ul>`}`;
      return reply
        .type("text/html; charset=utf-8")
        .send(portalPage("“双随机、一公开”抽查", body, BASIS));
    },
  );

  app.get<{ Params: { id: number }; Querystring: { page?: number } }>(
    "/portal/inspections/:id",
    {
      schema: {
        params: idParams,
        querystring: {
          type: "object",
          properties: { page: { type: "integer", minimum: 1, maximum: 100_000 } },
        },
        hide: true,
      },
    },
    async (request, reply) => {
      const plan = await portalPlan(db, request.params.id);
      if (!plan) throw notFound("抽查计划");
      const id = String(plan.drawId);
      const page = request.query.page ?? 1;
      const { total, results } = await portalResults(db, plan.planId, page);
      const verify = `/portal/draws/verify?src=${encodeURIComponent(`/api/portal/draws/${id}/published`)}`;
      const head = plan.head;
      const inspectors = `<p>执法检查人员名单 ${String(head.inspectors.length)} 人（SHA-256 <code>${e(head.inspectorsSha256)}</code>），回避 ${String(head.recusals.length)} 项（同单位、申报回避、上次检查人员）；每户随机选派 ${String(head.plan.inspectorsPerEntity)} 名。</p>`;
      const draw =
        plan.drawnAt === null
          ? `<p class="notice">尚未抽取。抽取由以上两个公开值唯一确定，任何人可据公示材料复算。</p>`
          : `<p>于 ${e(chinaDate(plan.drawnAt))} 现场抽取，随机种子 SHA-256 <code class="seed-hash">${e(plan.seedSha256 ?? "")}</code>，抽中 ${String(plan.drawnCount ?? 0)} 户。
             <a class="verify" href="${e(verify)}">在浏览器中重新计算并验证</a> ·
             <a href="/api/portal/draws/${id}/published">下载抽取结果文件（JSON）</a></p>`;
      const resultRows = results
        .map(
          (result) =>
            `<tr><td>${e(result.creditCode)}</td><td>${e(result.entityName)}</td><td>${e(CLASS_LABELS[result.riskClass ?? ""] ?? "")}</td><td>${e(result.inspectedOn ?? "")}</td><td>${e(OUTCOME_LABELS.get(result.outcome ?? "") ?? "")}</td></tr>`,
        )
        .join("");
      const resultsBlock =
        total > 0
          ? `<p>${resultsLine(plan)}，共 ${String(total)} 户。</p>${resultsPager(id, page, total)}<table class="results"><thead><tr><th>统一社会信用代码</th><th>名称</th><th>风险类别</th><th>检查日期</th><th>检查结果</th></tr></thead><tbody>${resultRows}</tbody></table>`
          : `<p class="notice">${resultsLine(plan) || "检查结束后20个工作日内公示检查结果。"}</p>`;
      const body = `<nav class="crumbs"><a href="/portal">政府信息公开</a> › <a href="/portal/inspections">双随机抽查</a></nav>
        <h2>${e(plan.number)} ${e(plan.title)}</h2>
        <p>${e(plan.leadingOrg)}牵头，${e(head.plan.orgs.join("、"))}；抽查事项：${e(head.plan.items.join("；"))}。${head.plan.riskWeighted ? "按信用风险分类确定抽查比例。" : ""}</p>
        <h2>抽取前公示（${e(plan.publishedOn)}）</h2>
        <p>抽取材料 SHA-256 <code class="material-hash">${e(plan.materialSha256)}</code> · <a href="/api/portal/draws/${id}/material">下载待抽取名单及全部材料（JSON）</a></p>
        ${strataTable(plan)}${inspectors}
        <h3>随机数来源</h3>${seedSources(plan)}
        <h2>抽取</h2>${draw}
        <h2>检查结果</h2>${resultsBlock}`;
      return reply
        .type("text/html; charset=utf-8")
        .send(portalPage("“双随机、一公开”抽查", body, BASIS));
    },
  );
}
