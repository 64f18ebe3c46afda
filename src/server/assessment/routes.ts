// The assessment API (法治政府建设考核): schemes and their item trees, the ranking, scorecards, hand
// scores, objections and publication. The rules live in src/assessment; this file maps HTTP onto
// them. Item bodies are checked there too, so a bad one is answered naming its field in Chinese.
import type { FastifyInstance } from "fastify";
import { recordTypes } from "../../domains/registry.js";
import type { EngineContext } from "../../engine/context.js";
import { createScheme, type SchemeSource } from "../../assessment/create.js";
import {
  addItem,
  moveItem,
  removeItem,
  setAssessedOrgs,
  updateItem,
} from "../../assessment/edit.js";
import { giveHandScore } from "../../assessment/hand-scores.js";
import type { ItemInput } from "../../assessment/item-input.js";
import { publishResults, startScoring } from "../../assessment/lifecycle.js";
import { raiseObjection, resolveObjection } from "../../assessment/objections.js";
import { listSchemes } from "../../assessment/store.js";
import {
  formulaIndicators,
  rankingView,
  schemeView,
  scorecardView,
} from "../../assessment/view.js";
import { requireUser } from "../auth/plugin.js";
import { registerAssessmentPortal } from "./portal.js";

const id = { type: "integer", minimum: 1, maximum: 9_007_199_254_740_991 } as const;
const version = { type: "integer", minimum: 1, maximum: 2_000_000_000 } as const;
const schemeParams = { type: "object", required: ["id"], properties: { id } } as const;
const itemParams = {
  type: "object",
  required: ["id", "itemId"],
  properties: { id, itemId: id },
} as const;
const body = <P extends Record<string, unknown>>(
  properties: P,
  required: readonly (keyof P & string)[],
) => ({ type: "object", additionalProperties: false, required, properties }) as const;
const parentId = { anyOf: [id, { type: "null" }] } as const;
const anything = {} as const;

export function registerAssessmentRoutes(app: FastifyInstance, context: EngineContext): void {
  const { db } = context;
  app.get("/api/assessment/schemes", async (request) => ({
    items: await listSchemes(db, requireUser(request)),
  }));
  app.get("/api/assessment/indicators", (request) => {
    requireUser(request);
    return { items: formulaIndicators(recordTypes) };
  });

  app.post<{ Body: { org: number; year: number; source: SchemeSource } }>(
    "/api/assessment/schemes",
    {
      schema: {
        body: body({ org: id, year: { type: "integer" }, source: { type: "string" } }, [
          "org",
          "year",
          "source",
        ]),
      },
    },
    async (request, reply) => {
      const { org, year, source } = request.body;
      const created = await createScheme(context, requireUser(request), {
        orgId: org,
        year,
        source,
      });
      return reply.status(201).send({ id: created });
    },
  );

  app.get<{ Params: { id: number } }>(
    "/api/assessment/schemes/:id",
    { schema: { params: schemeParams } },
    async (request) => schemeView(context, requireUser(request), request.params.id),
  );

  app.post<{
    Params: { id: number };
    Body: {
      version: number;
      parentId: number | null;
      position?: number;
      isHeading?: boolean;
      item: ItemInput;
    };
  }>(
    "/api/assessment/schemes/:id/items",
    {
      schema: {
        params: schemeParams,
        body: body(
          {
            version,
            parentId,
            position: { type: "integer", minimum: 0 },
            isHeading: { type: "boolean" },
            item: { type: "object" },
          },
          ["version", "parentId", "item"],
        ),
      },
    },
    async (request, reply) => {
      const created = await addItem(context, recordTypes, requireUser(request), {
        schemeId: request.params.id,
        ...request.body,
        isHeading: request.body.isHeading ?? false,
      });
      return reply.status(201).send({ id: created });
    },
  );

  app.patch<{ Params: { id: number; itemId: number }; Body: { version: number; item: ItemInput } }>(
    "/api/assessment/schemes/:id/items/:itemId",
    {
      schema: {
        params: itemParams,
        body: body({ version, item: { type: "object" } }, ["version", "item"]),
      },
    },
    async (request) => {
      await updateItem(context, recordTypes, requireUser(request), {
        schemeId: request.params.id,
        itemId: request.params.itemId,
        ...request.body,
      });
      return { ok: true };
    },
  );

  app.post<{
    Params: { id: number; itemId: number };
    Body: { version: number; parentId: number | null; position: number };
  }>(
    "/api/assessment/schemes/:id/items/:itemId/move",
    {
      schema: {
        params: itemParams,
        body: body({ version, parentId, position: { type: "integer", minimum: 0 } }, [
          "version",
          "parentId",
          "position",
        ]),
      },
    },
    async (request) => {
      await moveItem(context, requireUser(request), {
        schemeId: request.params.id,
        itemId: request.params.itemId,
        ...request.body,
      });
      return { ok: true };
    },
  );

  app.post<{ Params: { id: number; itemId: number }; Body: { version: number } }>(
    "/api/assessment/schemes/:id/items/:itemId/remove",
    { schema: { params: itemParams, body: body({ version }, ["version"]) } },
    async (request) => {
      await removeItem(context, requireUser(request), {
        schemeId: request.params.id,
        itemId: request.params.itemId,
        ...request.body,
      });
      return { ok: true };
    },
  );

  app.put<{ Params: { id: number }; Body: { version: number; orgIds: number[] } }>(
    "/api/assessment/schemes/:id/orgs",
    {
      schema: {
        params: schemeParams,
        body: body({ version, orgIds: { type: "array", items: id, maxItems: 2000 } }, [
          "version",
          "orgIds",
        ]),
      },
    },
    async (request) => {
      await setAssessedOrgs(context, requireUser(request), {
        schemeId: request.params.id,
        ...request.body,
      });
      return { ok: true };
    },
  );

  app.post<{ Params: { id: number }; Body: { version: number } }>(
    "/api/assessment/schemes/:id/start",
    { schema: { params: schemeParams, body: body({ version }, ["version"]) } },
    async (request) => {
      await startScoring(context, requireUser(request), {
        schemeId: request.params.id,
        ...request.body,
      });
      return { ok: true };
    },
  );

  app.post<{ Params: { id: number }; Body: { version: number } }>(
    "/api/assessment/schemes/:id/publish",
    { schema: { params: schemeParams, body: body({ version }, ["version"]) } },
    async (request) => {
      await publishResults(context, recordTypes, requireUser(request), {
        schemeId: request.params.id,
        ...request.body,
      });
      return { ok: true };
    },
  );

  app.get<{ Params: { id: number } }>(
    "/api/assessment/schemes/:id/ranking",
    { schema: { params: schemeParams } },
    async (request) => rankingView(context, recordTypes, requireUser(request), request.params.id),
  );

  app.get<{ Params: { id: number; orgId: number } }>(
    "/api/assessment/schemes/:id/scorecards/:orgId",
    {
      schema: {
        params: { type: "object", required: ["id", "orgId"], properties: { id, orgId: id } },
      },
    },
    async (request) =>
      scorecardView(
        context,
        recordTypes,
        requireUser(request),
        request.params.id,
        request.params.orgId,
      ),
  );

  app.post<{
    Params: { id: number };
    Body: {
      itemId: number;
      orgId: number;
      points: unknown;
      reason: unknown;
      evidenceNote: unknown;
      version?: number;
    };
  }>(
    "/api/assessment/schemes/:id/hand-scores",
    {
      schema: {
        params: schemeParams,
        body: body(
          {
            itemId: id,
            orgId: id,
            points: anything,
            reason: anything,
            evidenceNote: anything,
            version,
          },
          ["itemId", "orgId", "points", "reason", "evidenceNote"],
        ),
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await giveHandScore(context, requireUser(request), {
          schemeId: request.params.id,
          ...request.body,
        }),
      ),
  );

  app.post<{ Params: { id: number }; Body: { itemId: number; orgId: number; reason: unknown } }>(
    "/api/assessment/schemes/:id/objections",
    {
      schema: {
        params: schemeParams,
        body: body({ itemId: id, orgId: id, reason: anything }, ["itemId", "orgId", "reason"]),
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await raiseObjection(context, recordTypes, requireUser(request), {
          schemeId: request.params.id,
          ...request.body,
        }),
      ),
  );

  app.post<{
    Params: { id: number; recordId: number };
    Body: {
      decision: "uphold" | "reject";
      adjustedPoints?: unknown;
      resolution: unknown;
      version: number;
    };
  }>(
    "/api/assessment/schemes/:id/objections/:recordId/resolve",
    {
      schema: {
        params: { type: "object", required: ["id", "recordId"], properties: { id, recordId: id } },
        body: body(
          {
            decision: { type: "string", enum: ["uphold", "reject"] },
            adjustedPoints: anything,
            resolution: anything,
            version,
          },
          ["decision", "resolution", "version"],
        ),
      },
    },
    async (request) => {
      await resolveObjection(context, requireUser(request), {
        schemeId: request.params.id,
        recordId: request.params.recordId,
        ...request.body,
      });
      return { ok: true };
    },
  );

  registerAssessmentPortal(app, context);
}
