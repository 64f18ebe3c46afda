// The annual report API: list, create, read, edit paragraphs (with versions), preview, export and
// publish. The report rules live in src/report; this file maps HTTP onto them.
import type { FastifyInstance, FastifyReply } from "fastify";
import { recordTypes } from "../../domains/registry.js";
import type { EngineContext } from "../../engine/context.js";
import { renderDocx } from "../../report/docx.js";
import {
  addParagraph,
  createReport,
  reviseParagraph,
  updateReportHeader,
} from "../../report/edit.js";
import type { GeneratedReport } from "../../report/generate.js";
import { renderHtml, type HtmlOptions } from "../../report/html.js";
import { generateStoredReport, publishReport } from "../../report/publish.js";
import { withdrawReport } from "../../report/withdraw.js";
import { listReports, paragraphVersions, reportRow } from "../../report/store.js";
import { requireUser } from "../auth/plugin.js";
import { reportView } from "./view.js";

const id = { type: "integer", minimum: 1, maximum: 9_007_199_254_740_991 } as const;
const version = { type: "integer", minimum: 1, maximum: 2_000_000_000 } as const;
const reportParams = { type: "object", required: ["id"], properties: { id } } as const;
/** A JSON body with exactly these properties, the listed ones required. */
const strictBody = <P extends Record<string, unknown>>(
  properties: P,
  required: readonly (keyof P & string)[],
) => ({ type: "object", additionalProperties: false, required, properties }) as const;

const paragraphParams = {
  type: "object",
  required: ["id", "pid"],
  properties: { id, pid: id },
} as const;

/** The drill-down page of the web app for a figure of this report. */
export const figureLink = (report: Pick<GeneratedReport, "orgId" | "year">) => (key: string) =>
  `/indicators/${encodeURIComponent(key)}?org=${String(report.orgId)}&year=${String(report.year)}`;

export async function sendReportFile(
  reply: FastifyReply,
  report: GeneratedReport,
  format: "docx" | "html",
  /** How an HTML file renders figures; not used for Word. */
  htmlOptions: HtmlOptions,
) {
  // RFC 5987: encodeURIComponent leaves '()* which filename* does not allow; an ASCII fallback
  // name for clients that do not read filename*.
  const name = encodeURIComponent(`${report.title}.${format}`).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  reply.header(
    "content-disposition",
    `attachment; filename="annual-report-${String(report.year)}.${format}"; filename*=UTF-8''${name}`,
  );
  if (format === "html")
    return reply.type("text/html; charset=utf-8").send(renderHtml(report, htmlOptions));
  return reply
    .type("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    .send(await renderDocx(report));
}

export function registerReportRoutes(app: FastifyInstance, context: EngineContext): void {
  const { db } = context;
  app.get("/api/reports", async (request) => ({
    items: await listReports(db, requireUser(request)),
  }));

  app.post<{ Body: { org: number; year: number } }>(
    "/api/reports",
    {
      schema: {
        body: strictBody({ org: id, year: { type: "integer" } }, ["org", "year"]),
      },
    },
    async (request, reply) => {
      const created = await createReport(context, recordTypes, requireUser(request), {
        orgId: request.body.org,
        year: request.body.year,
      });
      return reply.status(201).send({ id: created });
    },
  );

  app.get<{ Params: { id: number } }>(
    "/api/reports/:id",
    { schema: { params: reportParams } },
    async (request) => reportView(db, recordTypes, requireUser(request), request.params.id),
  );

  app.patch<{
    Params: { id: number };
    Body: { version: number; title?: string; issuers?: string; issuedOn?: string | null };
  }>(
    "/api/reports/:id",
    {
      schema: {
        params: reportParams,
        body: strictBody(
          {
            version,
            title: { type: "string" },
            issuers: { type: "string" },
            issuedOn: { type: ["string", "null"] },
          },
          ["version"],
        ),
      },
    },
    async (request) => {
      const user = requireUser(request);
      await updateReportHeader(context, user, request.params.id, request.body);
      return reportRow(db, user, request.params.id);
    },
  );

  app.post<{ Params: { id: number }; Body: { part: string; text: string } }>(
    "/api/reports/:id/paragraphs",
    {
      schema: {
        params: reportParams,
        body: strictBody({ part: { type: "string" }, text: { type: "string" } }, ["part", "text"]),
      },
    },
    async (request, reply) => {
      const paragraphId = await addParagraph(
        context,
        recordTypes,
        requireUser(request),
        request.params.id,
        request.body,
      );
      return reply.status(201).send({ id: paragraphId });
    },
  );

  app.put<{ Params: { id: number; pid: number }; Body: { version: number; text: string } }>(
    "/api/reports/:id/paragraphs/:pid",
    {
      schema: {
        params: paragraphParams,
        body: strictBody({ version, text: { type: "string" } }, ["version", "text"]),
      },
    },
    async (request) => {
      const { id: reportId, pid } = request.params;
      await reviseParagraph(
        context,
        recordTypes,
        requireUser(request),
        reportId,
        pid,
        request.body,
      );
      return { id: pid, version: request.body.version + 1 };
    },
  );

  app.delete<{ Params: { id: number; pid: number }; Querystring: { version: number } }>(
    "/api/reports/:id/paragraphs/:pid",
    {
      schema: {
        params: paragraphParams,
        querystring: { type: "object", required: ["version"], properties: { version } },
      },
    },
    async (request, reply) => {
      const { id: reportId, pid } = request.params;
      await reviseParagraph(context, recordTypes, requireUser(request), reportId, pid, {
        version: request.query.version,
        text: null,
        deleted: true,
      });
      return reply.status(204).send();
    },
  );

  app.get<{ Params: { id: number; pid: number } }>(
    "/api/reports/:id/paragraphs/:pid/versions",
    { schema: { params: paragraphParams } },
    async (request) => ({
      items: await paragraphVersions(
        db,
        requireUser(request),
        request.params.id,
        request.params.pid,
      ),
    }),
  );

  app.get<{ Params: { id: number } }>(
    "/api/reports/:id/preview",
    { schema: { params: reportParams } },
    async (request, reply) => {
      const report = await generateStoredReport(
        db,
        recordTypes,
        requireUser(request),
        request.params.id,
      );
      return reply
        .type("text/html; charset=utf-8")
        .send(renderHtml(report, { figureHref: figureLink(report) }));
    },
  );

  app.get<{ Params: { id: number }; Querystring: { format: "docx" | "html" } }>(
    "/api/reports/:id/export",
    {
      schema: {
        params: reportParams,
        querystring: {
          type: "object",
          required: ["format"],
          properties: { format: { type: "string", enum: ["docx", "html"] } },
        },
      },
    },
    async (request, reply) => {
      const report = await generateStoredReport(
        db,
        recordTypes,
        requireUser(request),
        request.params.id,
      );
      return sendReportFile(reply, report, request.query.format, {
        figureHref: figureLink(report),
      });
    },
  );

  app.post<{ Params: { id: number }; Body: { version: number } }>(
    "/api/reports/:id/publish",
    {
      schema: {
        params: reportParams,
        body: strictBody({ version }, ["version"]),
      },
    },
    async (request) => {
      const user = requireUser(request);
      await publishReport(context, recordTypes, user, request.params.id, request.body.version);
      return reportRow(db, user, request.params.id);
    },
  );

  app.post<{ Params: { id: number }; Body: { version: number; reason: string } }>(
    "/api/reports/:id/withdraw",
    {
      schema: {
        params: reportParams,
        body: strictBody({ version, reason: { type: "string" } }, ["version", "reason"]),
      },
    },
    async (request) => {
      const user = requireUser(request);
      await withdrawReport(context, user, request.params.id, request.body);
      return reportRow(db, user, request.params.id);
    },
  );
}
