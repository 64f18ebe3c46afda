// Files of records over HTTP: multipart upload into an attachment field (its own body limit, the
// app's 1 MB stays for everything else), the record's files with what this user may do with them,
// download with a UTF-8 file name and nosniff, removal, and 生成文书.
import multipart from "@fastify/multipart";
import type { FastifyInstance, FastifyReply } from "fastify";
import { findRecordType } from "../../domains/registry.js";
import type { EngineContext } from "../../engine/context.js";
import { notFound, validationError } from "../../engine/errors.js";
import {
  attachmentField,
  checkMayUpload,
  downloadAttachment,
  listAttachments,
  removeAttachment,
  tooLargeMessage,
  uploadAttachment,
} from "../../engine/files/attachments.js";
import { DEFAULT_ATTACHMENT_LIMITS, type AttachmentLimits } from "../../engine/files/limits.js";
import { fileOptions, generateNotice } from "../../engine/files/notices.js";
import { renderNoticeDocx } from "../../report/notice-docx.js";
import { requireUser } from "../auth/plugin.js";
import { sendError } from "../errors.js";
import { idParam } from "../records/schemas.js";
import { attachmentIdParam, fieldParam, templateParam } from "./schemas.js";

type RecordParams = { type: string; id: number };

function typeOrNotFound(id: string) {
  const type = findRecordType(id);
  if (!type) throw notFound("记录类型");
  return type;
}

/** RFC 6266/5987: an ASCII fallback name, and the real one percent-encoded as UTF-8. */
export function contentDisposition(fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  const dot = fileName.lastIndexOf(".");
  const extension = dot > 0 ? fileName.slice(dot).replace(/[^A-Za-z0-9.]/g, "") : "";
  return `attachment; filename="file${extension}"; filename*=UTF-8''${encoded}`;
}

function sendFile(
  reply: FastifyReply,
  file: { fileName: string; mediaType: string; sha256: string },
  bytes: Buffer,
) {
  return reply
    .header("content-type", file.mediaType)
    .header("content-disposition", contentDisposition(file.fileName))
    .header("x-content-type-options", "nosniff")
    .header("cache-control", "private, no-store")
    .header("x-content-sha256", file.sha256)
    .send(bytes);
}

export async function registerAttachmentRoutes(
  app: FastifyInstance,
  context: EngineContext,
  limits: AttachmentLimits = DEFAULT_ATTACHMENT_LIMITS,
): Promise<void> {
  // Multipart is parsed only inside this scope: no other route accepts a file.
  await app.register(async (scope) => {
    await scope.register(multipart, {
      limits: { fileSize: limits.maxBytes, files: 1, fields: 0, parts: 1 },
      throwFileSizeLimit: true,
    });
    scope.post<{ Params: RecordParams & { field: string } }>(
      "/api/records/:type/:id/attachments/:field",
      // The multipart framing adds a little to the file itself.
      {
        schema: {
          params: fieldParam,
          consumes: ["multipart/form-data"],
          summary: "上传附件（一个文件，类型按内容识别）",
        },
        bodyLimit: limits.maxBytes + 65_536,
      },
      async (request, reply) => {
        const type = typeOrNotFound(request.params.type);
        const user = requireUser(request);
        const field = attachmentField(type, request.params.field);
        const missing = () =>
          validationError([
            {
              field: field.name,
              code: "attachment.missing",
              message: `${field.label}：请选择要上传的文件`,
            },
          ]);
        if (!request.isMultipart()) throw missing();
        await checkMayUpload(context, type, user, request.params.id);
        let upload: { fileName: string; bytes: Buffer };
        try {
          const part = await request.file();
          if (!part) throw missing();
          upload = { fileName: part.filename, bytes: await part.toBuffer() };
        } catch (error) {
          if (error instanceof scope.multipartErrors.RequestFileTooLargeError) {
            return sendError(
              reply,
              413,
              "attachment.tooLarge",
              tooLargeMessage(field.label, limits),
              [
                {
                  field: field.name,
                  code: "attachment.tooLarge",
                  message: tooLargeMessage(field.label, limits),
                },
              ],
            );
          }
          throw error;
        }
        const view = await uploadAttachment(
          context,
          type,
          user,
          request.params.id,
          { field: field.name, ...upload },
          limits,
        );
        return reply.status(201).send(view);
      },
    );
  });

  app.get<{ Params: RecordParams }>(
    "/api/records/:type/:id/attachments",
    { schema: { params: idParam } },
    async (request) => {
      const type = typeOrNotFound(request.params.type);
      const user = requireUser(request);
      const items = await listAttachments(context, type, user, request.params.id);
      const options = await fileOptions(context, type, user, request.params.id);
      return {
        items,
        ...options,
        fields: type.fields.flatMap((field) =>
          field.kind === "attachment"
            ? [{ name: field.name, label: field.label, multiple: field.multiple === true }]
            : [],
        ),
        maxBytes: limits.maxBytes,
      };
    },
  );

  app.post<{ Params: RecordParams & { template: string } }>(
    "/api/records/:type/:id/notices/:template",
    { schema: { params: templateParam } },
    async (request, reply) => {
      const type = typeOrNotFound(request.params.type);
      const view = await generateNotice(context, type, requireUser(request), {
        recordId: request.params.id,
        templateId: request.params.template,
        render: renderNoticeDocx,
      });
      return reply.status(201).send(view);
    },
  );

  app.get<{ Params: { id: number } }>(
    "/api/attachments/:id",
    { schema: { params: attachmentIdParam } },
    async (request, reply) => {
      const { view, bytes } = await downloadAttachment(
        context,
        findRecordType,
        requireUser(request),
        request.params.id,
      );
      return sendFile(reply, view, bytes);
    },
  );

  app.delete<{ Params: { id: number } }>(
    "/api/attachments/:id",
    { schema: { params: attachmentIdParam } },
    async (request, reply) => {
      await removeAttachment(context, findRecordType, requireUser(request), request.params.id);
      return reply.status(204).send();
    },
  );
}
