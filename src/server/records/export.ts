// GET /api/records/:type/export: the list's records as an .xlsx (the default, the import
// template's layout, so it imports back) or a CSV, streamed to the client as they are read.
import { PassThrough } from "node:stream";
import type { FastifyReply } from "fastify";
import type { Actor } from "../../engine/actor.js";
import type { EngineContext } from "../../engine/context.js";
import { validationError } from "../../engine/errors.js";
import { exportRecordsStream } from "../../engine/export-stream.js";
import type { ListQuery } from "../../engine/list-query.js";
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import { sheetModelOf } from "../../kernel/sheet-model.js";
import { OutputClosedError } from "../../sheets/drain.js";
import { CONTENT_TYPES, openSheetWriter, type SheetFormat } from "../../sheets/write.js";

export function exportFormatOf(raw: string | undefined): SheetFormat {
  if (raw === undefined || raw === "" || raw === "xlsx") return "xlsx";
  if (raw === "csv") return "csv";
  throw validationError([
    { field: "format", code: "query.invalid", message: "format 应为 xlsx 或 csv" },
  ]);
}

export async function streamExport(input: {
  readonly context: EngineContext;
  readonly type: RecordTypeDeclaration;
  readonly actor: Actor;
  readonly query: ListQuery;
  readonly format: SheetFormat;
  readonly reply: FastifyReply;
}): Promise<FastifyReply> {
  const { context, type, actor, query, format, reply } = input;
  // Ids are read and the export audited before the first byte, so a bad filter is still a 400.
  const exported = await exportRecordsStream(context, type, actor, query, { format });
  const body = new PassThrough();
  const writer = openSheetWriter(sheetModelOf(type), format, body);
  void (async () => {
    try {
      for await (const record of exported.records) await writer.write(record);
      await writer.close();
    } catch (error) {
      await writer.abort();
      // A download the client closed ends here quietly; anything else is a fault to log. The
      // headers are gone already: the client sees a cut-off download.
      if (error instanceof OutputClosedError) return;
      reply.log.error({ err: error }, "export failed while streaming");
      body.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  })();
  const filename = encodeURIComponent(`${type.label}.${format}`);
  return reply
    .header("content-type", CONTENT_TYPES[format])
    .header("content-disposition", `attachment; filename*=UTF-8''${filename}`)
    .send(body);
}
