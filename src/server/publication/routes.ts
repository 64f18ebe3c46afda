// Publishing a record to the portal and withdrawing it, for the users its declaration names.
import type { FastifyInstance } from "fastify";
import { findRecordType } from "../../domains/registry.js";
import type { EngineContext } from "../../engine/context.js";
import { notFound } from "../../engine/errors.js";
import { publishRecord } from "../../engine/publication/publish.js";
import { publicationStatus } from "../../engine/publication/status.js";
import { withdrawPublication } from "../../engine/publication/withdraw.js";
import { requireUser } from "../auth/plugin.js";
import { idParam } from "../records/schemas.js";

type RecordParams = { type: string; id: number };

function typeOrNotFound(id: string) {
  const type = findRecordType(id);
  if (!type) throw notFound("记录类型");
  return type;
}

const withdrawBody = {
  type: "object",
  additionalProperties: false,
  required: ["reason"],
  properties: { reason: { type: "string", maxLength: 500 } },
} as const;

export function registerPublicationRoutes(app: FastifyInstance, context: EngineContext): void {
  const path = "/api/records/:type/:id/publication";

  app.get<{ Params: RecordParams }>(path, { schema: { params: idParam } }, async (request) =>
    publicationStatus(
      context,
      typeOrNotFound(request.params.type),
      requireUser(request),
      request.params.id,
    ),
  );

  app.post<{ Params: RecordParams }>(path, { schema: { params: idParam } }, async (request) => {
    const type = typeOrNotFound(request.params.type);
    const user = requireUser(request);
    await publishRecord(context, type, user, request.params.id);
    return publicationStatus(context, type, user, request.params.id);
  });

  app.post<{ Params: RecordParams; Body: { reason: string } }>(
    `${path}/withdraw`,
    { schema: { params: idParam, body: withdrawBody } },
    async (request) => {
      const type = typeOrNotFound(request.params.type);
      const user = requireUser(request);
      await withdrawPublication(context, type, user, request.params.id, request.body.reason);
      return publicationStatus(context, type, user, request.params.id);
    },
  );
}
