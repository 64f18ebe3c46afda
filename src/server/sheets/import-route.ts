// POST /api/records/:type/import: one spreadsheet file in (multipart, its own size limit), the
// records of the file created all or nothing as the signed-in user, and the work reported as it
// goes: JSON lines of progress (reading, checking, writing), then the outcome.
import multipart from "@fastify/multipart";
import type { FastifyInstance } from "fastify";
import type { Actor } from "../../engine/actor.js";
import { importSheetFile } from "../../engine/bulk/sheet-import.js";
import type { EngineContext } from "../../engine/context.js";
import { hasCreateRole } from "../../engine/create-access.js";
import { EngineError, forbidden, validationError } from "../../engine/errors.js";
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import { sheetModelOf } from "../../kernel/sheet-model.js";
import { readSheetFile } from "../../sheets/read.js";
import { requireUser } from "../auth/plugin.js";
import { sendError } from "../errors.js";
import { typeParam } from "../records/schemas.js";
import { sendNdjson, type NdjsonStream } from "./ndjson.js";
import { typeOrNotFound } from "./record-type.js";
import { importQuery } from "./schemas.js";

const megabytes = (bytes: number) => `${String(Math.round(bytes / 1024 / 1024))} MB`;

interface Upload {
  readonly name: string;
  readonly bytes: Buffer;
}

async function runImport(input: {
  readonly context: EngineContext;
  readonly type: RecordTypeDeclaration;
  readonly actor: Actor;
  readonly upload: Upload;
  readonly options: { readonly dryRun: boolean; readonly renumber: boolean };
  readonly stream: NdjsonStream;
  readonly log: (error: unknown) => void;
}): Promise<void> {
  const { context, type, actor, upload, options, stream } = input;
  try {
    // Rows read is all that is known while reading: the row count comes with the end of the file.
    stream.line({ phase: "reading", done: 0, total: null });
    const file = await readSheetFile(
      sheetModelOf(type),
      { bytes: upload.bytes, name: upload.name },
      {
        onProgress: (done) => {
          stream.line({ phase: "reading", done, total: null });
        },
      },
    );
    const outcome = await importSheetFile(context, type, actor, file, {
      fileName: upload.name,
      dryRun: options.dryRun,
      renumber: options.renumber,
      onProgress: (phase, done, total) => {
        stream.line({ phase, done, total });
      },
    });
    stream.end(outcome);
  } catch (error) {
    // The status went with the first line: a failure is the final line, in the problems' shape.
    if (!(error instanceof EngineError)) input.log(error);
    const message =
      error instanceof EngineError
        ? error.message
        : "导入时服务器出错，未导入任何记录。请稍后重试，或联系系统管理员";
    stream.end({ ok: false, problems: [{ sheet: upload.name, line: 0, column: "", message }] });
  }
}

export async function registerImportRoute(
  app: FastifyInstance,
  context: EngineContext,
  maxBytes: number,
): Promise<void> {
  // Multipart is parsed only inside this scope, with the import's own limit.
  await app.register(async (scope) => {
    await scope.register(multipart, {
      limits: { fileSize: maxBytes, files: 1, fields: 0, parts: 1 },
      throwFileSizeLimit: true,
    });
    scope.post<{
      Params: { type: string };
      Querystring: { dryRun: boolean; renumber: boolean };
    }>(
      "/api/records/:type/import",
      {
        schema: {
          params: typeParam,
          querystring: importQuery,
          consumes: ["multipart/form-data"],
          summary: "从 Excel 或 CSV 文件导入记录（全部成功或全部不导入）",
          description:
            "一个文件字段（.xlsx 或 CSV，UTF-8 或 GB18030）。响应为 application/x-ndjson：处理中逐行报告进度 " +
            '{"phase":"reading"|"checking"|"writing","done":N,"total":N|null}，最后一行为结果 ' +
            '{"ok":true,"imported":N,"dryRun":false} 或 {"ok":false,"problems":[{"sheet","line","column","message"}]}。' +
            "无权新建该类记录时在开始前返回 403。",
        },
        // The multipart framing adds a little to the file itself.
        bodyLimit: maxBytes + 65_536,
      },
      async (request, reply) => {
        const type = typeOrNotFound(request.params.type);
        const actor = requireUser(request);
        // Refused before a byte is read or streamed: a 403 the client can tell apart.
        if (!hasCreateRole(type, actor)) throw forbidden(`无权导入${type.label}`);
        const missing = () =>
          validationError([
            { field: "file", code: "import.missing", message: "请选择要导入的文件" },
          ]);
        if (!request.isMultipart()) throw missing();
        let upload: Upload;
        try {
          const part = await request.file();
          if (!part) throw missing();
          upload = { name: part.filename, bytes: await part.toBuffer() };
        } catch (error) {
          if (error instanceof scope.multipartErrors.RequestFileTooLargeError) {
            const message = `文件超过${megabytes(maxBytes)}的上限：请分成几个文件导入`;
            return sendError(reply, 413, "import.tooLarge", message, [
              { field: "file", code: "import.tooLarge", message },
            ]);
          }
          throw error;
        }
        const stream = sendNdjson(reply);
        void runImport({
          context,
          type,
          actor,
          upload,
          options: { dryRun: request.query.dryRun, renumber: request.query.renumber },
          stream,
          log: (error) => {
            request.log.error({ err: error }, "import failed");
          },
        });
        return reply;
      },
    );
  });
}
