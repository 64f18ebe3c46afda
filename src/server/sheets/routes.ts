// Spreadsheets over HTTP: a type's import template, the import itself (import-route.ts), the
// downloadable list of an import's problems, and exports with progress (export-routes.ts).
import { PassThrough } from "node:stream";
import type { FastifyInstance } from "fastify";
import type { EngineContext } from "../../engine/context.js";
import { hasCreateRole } from "../../engine/create-access.js";
import { forbidden } from "../../engine/errors.js";
import { sheetModelOf } from "../../kernel/sheet-model.js";
import type { SheetProblem } from "../../sheets/types.js";
import { writeTemplate } from "../../sheets/template.js";
import { CONTENT_TYPES, writeProblemSheet, type SheetFormat } from "../../sheets/write.js";
import { contentDisposition } from "../attachments/routes.js";
import { requireUser } from "../auth/plugin.js";
import { typeParam } from "../records/schemas.js";
import { ExportSpool } from "./export-spool.js";
import { registerExportRoutes } from "./export-routes.js";
import { registerImportRoute } from "./import-route.js";
import { typeOrNotFound } from "./record-type.js";
import { formatQuery, problemsBody } from "./schemas.js";

export interface SheetRouteOptions {
  /** The largest import file (FAZHI_IMPORT_MAX_MB). */
  readonly importMaxBytes: number;
}

/** A file written into the response as it is made; a failure half way cuts the download off. */
function streamed(write: (out: PassThrough) => Promise<void>, log: (error: unknown) => void) {
  const body = new PassThrough();
  write(body).catch((error: unknown) => {
    log(error);
    body.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return body;
}

export async function registerSheetRoutes(
  app: FastifyInstance,
  context: EngineContext,
  options: SheetRouteOptions,
): Promise<void> {
  app.get<{ Params: { type: string } }>(
    "/api/records/:type/template",
    { schema: { params: typeParam, summary: "下载导入模板（.xlsx，仅可新建该类记录的用户）" } },
    async (request, reply) => {
      const type = typeOrNotFound(request.params.type);
      if (!hasCreateRole(type, requireUser(request))) throw forbidden(`无权导入${type.label}`);
      const body = streamed(
        (out) => writeTemplate(sheetModelOf(type), out),
        (error) => {
          request.log.error({ err: error }, "template failed");
        },
      );
      return reply
        .header("content-type", CONTENT_TYPES.xlsx)
        .header("content-disposition", contentDisposition(`${type.label}导入模板.xlsx`))
        .send(body);
    },
  );

  app.post<{ Querystring: { format: SheetFormat }; Body: { problems: SheetProblem[] } }>(
    "/api/sheets/problems",
    {
      schema: {
        querystring: formatQuery,
        body: problemsBody,
        summary: "把导入返回的问题生成可下载的问题清单（工作表、行号、列、问题）",
      },
      // Up to 200,000 problems of a large file: more than the app's 1 MB for other bodies.
      bodyLimit: 64 * 1024 * 1024,
    },
    async (request, reply) => {
      requireUser(request);
      const { format } = request.query;
      const body = streamed(
        (out) => writeProblemSheet(request.body.problems, out, format),
        (error) => {
          request.log.error({ err: error }, "problem sheet failed");
        },
      );
      return reply
        .header("content-type", CONTENT_TYPES[format])
        .header("content-disposition", contentDisposition(`导入问题.${format}`))
        .header("cache-control", "private, no-store")
        .send(body);
    },
  );

  await registerImportRoute(app, context, options.importMaxBytes);
  const spool = new ExportSpool();
  app.addHook("onClose", () => spool.close());
  registerExportRoutes(app, context, spool);
}
