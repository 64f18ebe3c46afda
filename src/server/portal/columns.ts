// The portal's columns of published records (政府网站发展指引, 国办发〔2017〕47号): one per publishing
// type, searchable by number, title and text, paged; each item shows the public fields as
// published. Withdrawn or expired items are gone (404 with a notice). No login; HTML and JSON.
import type { FastifyInstance, FastifyReply } from "fastify";
import { recordTypes } from "../../domains/registry.js";
import { todayOf, type EngineContext } from "../../engine/context.js";
import { portalItem, portalList, type PortalPage } from "../../engine/publication/store.js";
import { portalItemUrl } from "../../engine/publication/status.js";
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import { escapeHtml } from "../../report/html.js";
import { HttpError } from "../errors.js";
import { portalPage } from "./page.js";

export const PAGE_SIZE = 20;
const BASIS = "依据《中华人民共和国政府信息公开条例》主动公开";

const publishing = (): RecordTypeDeclaration[] =>
  recordTypes.filter((type) => type.publication !== undefined);

function columnOrNotFound(id: string): RecordTypeDeclaration & {
  publication: NonNullable<RecordTypeDeclaration["publication"]>;
} {
  const type = publishing().find((candidate) => candidate.id === id);
  if (!type?.publication) throw new HttpError(404, "portal.noColumn", "没有这个栏目");
  return { ...type, publication: type.publication };
}

export const columnUrl = (recordType: string): string =>
  `/portal/columns/${encodeURIComponent(recordType)}`;

const columnParams = {
  type: "object",
  required: ["type"],
  properties: { type: { type: "string", pattern: "^[a-zA-Z][a-zA-Z0-9]{0,63}$" } },
} as const;
const itemParams = {
  type: "object",
  required: ["type", "id"],
  properties: {
    ...columnParams.properties,
    id: { type: "integer", minimum: 1, maximum: 9_007_199_254_740_991 },
  },
} as const;
const listQuery = {
  type: "object",
  properties: {
    q: { type: "string", maxLength: 100 },
    page: { type: "integer", minimum: 1, maximum: 10_000 },
  },
} as const;

type ListRequest = { Params: { type: string }; Querystring: { q?: string; page?: number } };
type ItemRequest = { Params: { type: string; id: number } };

type Item = PortalPage["items"][number];

/** The public fields the column's list shows beside each item (a register's 文件状态). */
const listedFields = (type: RecordTypeDeclaration, item: Item) => {
  const names = type.publication?.listFields ?? [];
  return names.flatMap((name) => item.fields.filter((field) => field.name === name));
};

/** The list as JSON: each item with its listed fields only. */
const listJson = (type: RecordTypeDeclaration, page: PortalPage) => ({
  ...page,
  items: page.items.map((item) => {
    const { fields: _all, ...rest } = item;
    return { ...rest, listed: listedFields(type, item) };
  }),
});

function listHtml(type: RecordTypeDeclaration, label: string, page: PortalPage, q: string) {
  const base = columnUrl(type.id);
  const showsNumber = type.publication?.numberLabel !== null;
  const items = page.items
    .map(
      (item) =>
        `<li><a href="${portalItemUrl(type.id, item.id)}">${escapeHtml(item.title)}</a>
         ${showsNumber ? `<span class="number">${escapeHtml(item.recordNumber ?? "")}</span>` : ""}
         ${listedFields(type, item)
           .map(
             (field) =>
               `<span class="listed" data-field="${escapeHtml(field.name)}" title="${escapeHtml(field.label)}">${escapeHtml(field.text)}</span>`,
           )
           .join("")}
         <span class="date">${escapeHtml(item.publishedOn)}</span></li>`,
    )
    .join("");
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const link = (n: number, text: string) =>
    `<a href="${base}?${new URLSearchParams({ ...(q ? { q } : {}), page: String(n) }).toString()}">${text}</a>`;
  const pager = `<div class="pager">${page.page > 1 ? link(page.page - 1, "上一页") : ""}
    <span>第${String(page.page)}/${String(pages)}页，共${String(page.total)}条</span>
    ${page.page < pages ? link(page.page + 1, "下一页") : ""}</div>`;
  return `<nav class="crumbs"><a href="/portal">首页</a> › 政府信息公开 › ${escapeHtml(label)}</nav>
    <form class="search" method="get" action="${base}">
      <input name="q" value="${escapeHtml(q)}" placeholder="按案号、标题或内容搜索" aria-label="搜索">
      <button type="submit">搜索</button></form>
    ${page.items.length === 0 ? `<p class="notice">${q ? "没有找到符合条件的信息。" : "暂无公开信息。"}</p>` : `<ul data-column="${escapeHtml(type.id)}">${items}</ul>`}
    ${pager}`;
}

const html = (reply: FastifyReply, status: number, title: string, body: string) =>
  reply
    .status(status)
    .type("text/html; charset=utf-8")
    .send(portalPage(title, body, BASIS));

export function registerPortalColumnRoutes(app: FastifyInstance, context: EngineContext): void {
  const { db } = context;
  const list = (request: { params: { type: string }; query: { q?: string; page?: number } }) => {
    const type = columnOrNotFound(request.params.type);
    const q = request.query.q ?? "";
    const page = request.query.page ?? 1;
    return portalList(db, {
      recordType: type.id,
      today: todayOf(context),
      q,
      page,
      pageSize: PAGE_SIZE,
    }).then((result) => ({ type, q, result }));
  };

  app.get("/api/portal/columns", () => ({
    items: publishing().map((type) => ({
      id: type.id,
      section: type.publication?.column.section,
      label: type.publication?.column.label,
    })),
  }));

  app.get<ListRequest>(
    "/api/portal/columns/:type",
    { schema: { params: columnParams, querystring: listQuery } },
    async (request) => {
      const { type, result } = await list(request);
      return listJson(type, result);
    },
  );

  app.get<ItemRequest>(
    "/api/portal/columns/:type/:id",
    { schema: { params: itemParams } },
    async (request) => {
      const type = columnOrNotFound(request.params.type);
      const item = await portalItem(db, {
        recordType: type.id,
        id: request.params.id,
        today: todayOf(context),
      });
      if (!item) throw new HttpError(404, "portal.notFound", "该信息不存在或已撤回");
      const { id, recordNumber, title, fields, publishedOn } = item;
      return { id, recordNumber, title, publishedOn, fields };
    },
  );

  app.get<ListRequest>(
    "/portal/columns/:type",
    { schema: { params: columnParams, querystring: listQuery, hide: true } },
    async (request, reply) => {
      const { type, q, result } = await list(request);
      const label = type.publication.column.label;
      return html(reply, 200, label, listHtml(type, label, result, q));
    },
  );

  app.get<ItemRequest>(
    "/portal/columns/:type/:id",
    { schema: { params: itemParams, hide: true } },
    async (request, reply) => {
      const type = columnOrNotFound(request.params.type);
      const label = type.publication.column.label;
      const crumbs = `<nav class="crumbs"><a href="/portal">首页</a> › 政府信息公开 ›
        <a href="${columnUrl(type.id)}">${escapeHtml(label)}</a></nav>`;
      const item = await portalItem(db, {
        recordType: type.id,
        id: request.params.id,
        today: todayOf(context),
      });
      if (!item) {
        const notice = `<p class="notice" data-testid="portal-gone">该信息不存在或已撤回公开。</p>`;
        return html(reply, 404, label, `${crumbs}${notice}`);
      }
      const numberLabel = type.publication.numberLabel;
      const rows = [
        ...(numberLabel === null ? [] : [[numberLabel ?? "案号", item.recordNumber ?? ""]]),
        ...item.fields.map((field) => [field.label, field.text]),
        ["公开日期", item.publishedOn],
      ]
        .map(
          ([name, text]) => `<dt>${escapeHtml(name ?? "")}</dt><dd>${escapeHtml(text ?? "")}</dd>`,
        )
        .join("");
      return html(
        reply,
        200,
        label,
        `${crumbs}<h2>${escapeHtml(item.title)}</h2><dl class="public">${rows}</dl>`,
      );
    },
  );
}

/** The home page's list of columns, grouped by section, with how many items each shows. */
export function columnsHtml(counts: ReadonlyMap<string, number>): string {
  const types = publishing();
  if (types.length === 0) return "";
  const sections = [...new Set(types.map((type) => type.publication?.column.section ?? ""))];
  return sections
    .map((section) => {
      const items = types
        .filter((type) => type.publication?.column.section === section)
        .map(
          (type) =>
            `<li><a href="${columnUrl(type.id)}">${escapeHtml(type.publication?.column.label ?? "")}</a>
             <span class="date">${String(counts.get(type.id) ?? 0)}条</span></li>`,
        )
        .join("");
      return `<h2>${escapeHtml(section)}</h2><ul data-section="${escapeHtml(section)}">${items}</ul>`;
    })
    .join("");
}
