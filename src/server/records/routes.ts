// The generic record API: one set of routes serves every declared record type.
import type { FastifyInstance } from "fastify";
import { findRecordType, recordTypes } from "../../domains/registry.js";
import { takeAction } from "../../engine/actions.js";
import { hasAnyRole, tokenAllows } from "../../engine/actor.js";
import type { EngineContext } from "../../engine/context.js";
import { notFound } from "../../engine/errors.js";
import { ownerOrgChoices } from "../../engine/create-access.js";
import { recordHistory } from "../../engine/history.js";
import { countRecords, getRecord, listRecords } from "../../engine/records-read.js";
import { createRecord, updateRecord } from "../../engine/records-write.js";
import { revealSensitive } from "../../engine/reveal.js";
import { linkingRecords } from "../../engine/linking-records.js";
import { requireUser } from "../auth/plugin.js";
import { presentHistory } from "./history.js";
import { parseListParams } from "./list-params.js";
import { typeMeta } from "./present.js";
import { streamExport, exportFormatOf } from "./export.js";
import { actionServiceFor } from "./action-services.js";
import { idParam, recordBody, typeParam } from "./schemas.js";

type TypeParams = { type: string };
type RecordParams = { type: string; id: number };

function typeOrNotFound(id: string) {
  const type = findRecordType(id);
  if (!type) throw notFound("记录类型");
  return type;
}

export function registerRecordRoutes(app: FastifyInstance, context: EngineContext): void {
  app.get("/api/types", async (request) => {
    const user = requireUser(request);
    const ownerOrgIds = await ownerOrgChoices(context.db, user);
    return {
      types: recordTypes
        .filter((type) => hasAnyRole(user, type.access.read) && tokenAllows(user, type.id, "read"))
        .map((type) => typeMeta(type, user, ownerOrgIds)),
    };
  });

  app.get<{ Params: TypeParams; Querystring: Record<string, string> }>(
    "/api/records/:type",
    { schema: { params: typeParam } },
    async (request) =>
      listRecords(
        context,
        typeOrNotFound(request.params.type),
        requireUser(request),
        parseListParams(request.query),
        request.versions,
      ),
  );

  app.get<{ Params: TypeParams; Querystring: Record<string, string> }>(
    "/api/records/:type/count",
    { schema: { params: typeParam } },
    async (request) => ({
      count: await countRecords(
        context,
        typeOrNotFound(request.params.type),
        requireUser(request),
        parseListParams(request.query),
      ),
    }),
  );

  app.get<{ Params: TypeParams; Querystring: Record<string, string> }>(
    "/api/records/:type/export",
    { schema: { params: typeParam } },
    async (request, reply) => {
      const type = typeOrNotFound(request.params.type);
      // `format` chooses the file; every other parameter is the list's.
      const { format: rawFormat, ...listParams } = request.query;
      const format = exportFormatOf(rawFormat);
      const query = { ...parseListParams(listParams), page: 1 };
      return streamExport({ context, type, actor: requireUser(request), query, format, reply });
    },
  );

  app.get<{ Params: RecordParams }>(
    "/api/records/:type/:id",
    { schema: { params: idParam } },
    async (request) =>
      getRecord(
        context,
        typeOrNotFound(request.params.type),
        requireUser(request),
        request.params.id,
      ),
  );

  app.get<{ Params: RecordParams }>(
    "/api/records/:type/:id/history",
    { schema: { params: idParam } },
    async (request) => {
      const type = typeOrNotFound(request.params.type);
      const actor = requireUser(request);
      const history = await recordHistory(context, type, actor, request.params.id);
      return { items: presentHistory({ type, actor, ...history }) };
    },
  );

  app.get<{ Params: RecordParams }>(
    "/api/records/:type/:id/linked",
    { schema: { params: idParam } },
    async (request) => ({
      items: await linkingRecords(
        context,
        typeOrNotFound(request.params.type),
        requireUser(request),
        request.params.id,
      ),
    }),
  );

  // A POST, not a GET: every full read of identifiers writes an audit event.
  app.post<{ Params: RecordParams }>(
    "/api/records/:type/:id/reveal",
    { schema: { params: idParam } },
    async (request) =>
      revealSensitive(
        context,
        typeOrNotFound(request.params.type),
        requireUser(request),
        request.params.id,
      ),
  );

  app.post<{ Params: TypeParams; Body: { values?: unknown } }>(
    "/api/records/:type",
    { schema: { params: typeParam, body: recordBody(false) } },
    async (request, reply) => {
      const type = typeOrNotFound(request.params.type);
      const user = requireUser(request);
      const created = await createRecord(context, type, user, request.body.values ?? {});
      return reply.status(201).send(await getRecord(context, type, user, created.id));
    },
  );

  app.patch<{ Params: RecordParams; Body: { version: number; values?: unknown } }>(
    "/api/records/:type/:id",
    { schema: { params: idParam, body: recordBody(true) } },
    async (request) => {
      const type = typeOrNotFound(request.params.type);
      const user = requireUser(request);
      await updateRecord(context, type, user, request.params.id, request.body);
      return getRecord(context, type, user, request.params.id);
    },
  );

  app.post<{
    Params: RecordParams & { action: string };
    Body: { version: number; values?: unknown };
  }>(
    "/api/records/:type/:id/actions/:action",
    {
      schema: {
        params: {
          ...idParam,
          properties: { ...idParam.properties, action: { type: "string", maxLength: 64 } },
          required: ["type", "id", "action"],
        },
        body: recordBody(true),
      },
    },
    async (request) => {
      const type = typeOrNotFound(request.params.type);
      const user = requireUser(request);
      const { id, action } = request.params;
      const input = { id, version: request.body.version, values: request.body.values ?? {} };
      const service = actionServiceFor(type.id, action);
      if (service) await service(context, user, input);
      else await takeAction(context, type, user, { ...input, actionId: action });
      return getRecord(context, type, user, id);
    },
  );
}
