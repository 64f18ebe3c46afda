// Exports with progress for the web app: POST …/exports writes the file to the export spool while
// it reports rows written as JSON lines, and ends with the link that fetches it, once, for the same
// user. The database is read in batches and the file written as it goes: memory stays bounded.
import { finished } from "node:stream/promises";
import { setImmediate as yieldToLoop } from "node:timers/promises";
import type { FastifyInstance } from "fastify";
import type { EngineContext } from "../../engine/context.js";
import { exportRecordsStream } from "../../engine/export-stream.js";
import { notFound } from "../../engine/errors.js";
import { sheetModelOf } from "../../kernel/sheet-model.js";
import { CONTENT_TYPES, openSheetWriter } from "../../sheets/write.js";
import { contentDisposition } from "../attachments/routes.js";
import { requireUser } from "../auth/plugin.js";
import { exportFormatOf } from "../records/export.js";
import { parseListParams } from "../records/list-params.js";
import { typeParam } from "../records/schemas.js";
import type { ExportSpool } from "./export-spool.js";
import { sendNdjson } from "./ndjson.js";
import { typeOrNotFound } from "./record-type.js";
import { exportIdParam } from "./schemas.js";

/** A progress line every so many rows: often enough for a bar, rare enough to cost nothing. */
export const EXPORT_PROGRESS_EVERY = 500;

export function registerExportRoutes(
  app: FastifyInstance,
  context: EngineContext,
  spool: ExportSpool,
): void {
  app.post<{ Params: { type: string }; Querystring: Record<string, string> }>(
    "/api/records/:type/exports",
    {
      schema: {
        params: typeParam,
        summary: "导出记录并报告进度（网页用），结束时给出一次性下载地址",
        description:
          "查询参数与列表相同（不分页），另加 format=xlsx|csv。响应为 application/x-ndjson：" +
          '{"done":N,"total":N} 若干行，最后一行 {"ok":true,"download":"/api/exports/<id>","rows":N}。' +
          "文件只能由发起导出的用户下载一次，1 小时内未下载即删除。API 客户端可直接使用 GET …/export。",
      },
    },
    async (request, reply) => {
      const type = typeOrNotFound(request.params.type);
      const actor = requireUser(request);
      const { format: rawFormat, ...listParams } = request.query;
      const format = exportFormatOf(rawFormat);
      const query = { ...parseListParams(listParams), page: 1 };
      // A bad filter is still a 400: the ids are read (and the export audited) before streaming.
      const exported = await exportRecordsStream(context, type, actor, query, { format });
      const file = await spool.create(actor.id, `${type.label}.${format}`, CONTENT_TYPES[format]);
      // A disk that fills or fails ends the export with its final line (the writer and finished()
      // see the stream destroyed); unheard, the error event would bring the whole server down.
      file.out.on("error", (error) => {
        request.log.error({ err: error }, "export spool file failed");
      });
      const writer = openSheetWriter(sheetModelOf(type), format, file.out);
      const stream = sendNdjson(reply);
      void (async () => {
        let done = 0;
        try {
          stream.line({ done, total: exported.total });
          for await (const record of exported.records) {
            // The page was closed: nobody will fetch the file.
            if (stream.isClosed) throw new Error("export abandoned by the client");
            await writer.write(record);
            done += 1;
            if (done % EXPORT_PROGRESS_EVERY === 0) {
              stream.line({ done, total: exported.total });
              // The xlsx writer and PGlite work on this thread: a turn of the event loop sends the line now.
              await yieldToLoop();
            }
          }
          await writer.close();
          await finished(file.out);
          stream.line({ done, total: exported.total });
          stream.end({ ok: true, download: `/api/exports/${file.id}`, rows: done });
        } catch (error) {
          await writer.abort();
          file.out.destroy();
          await spool.discard(file.id);
          if (!stream.isClosed) request.log.error({ err: error }, "export failed while spooling");
          stream.end({ ok: false, message: "导出时服务器出错，请稍后重试" });
        }
      })();
      return reply;
    },
  );

  app.get<{ Params: { id: string } }>(
    "/api/exports/:id",
    {
      schema: {
        params: exportIdParam,
        summary: "下载 POST …/exports 生成的导出文件（仅发起导出的用户，一次）",
      },
    },
    async (request, reply) => {
      const taken = await spool.take(request.params.id, requireUser(request).id);
      // Another user's id answers as an unknown one: the link gives nothing away.
      if (!taken) throw notFound("导出文件");
      return reply
        .header("content-type", taken.contentType)
        .header("content-length", String(taken.size))
        .header("content-disposition", contentDisposition(taken.fileName))
        .header("cache-control", "private, no-store")
        .send(taken.handle.createReadStream());
    },
  );
}
