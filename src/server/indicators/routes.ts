// Indicators of an organisation subtree for a period, and the records behind each value.
import type { FastifyInstance } from "fastify";
import { recordTypes } from "../../domains/registry.js";
import type { EngineContext } from "../../engine/context.js";
import { indicatorRecords } from "../../engine/indicator-records.js";
import { indicatorTable } from "../../report/indicator-table.js";
import { requireUser } from "../auth/plugin.js";
import { periodOf, periodQueryProperties, type PeriodQuery } from "./period.js";

const scopeQuery = {
  type: "object",
  required: ["org"],
  properties: {
    org: { type: "integer", minimum: 1, maximum: 9_007_199_254_740_991 },
    ...periodQueryProperties,
    page: { type: "integer", minimum: 1, maximum: 100_000, default: 1 },
    pageSize: { type: "integer", minimum: 1, maximum: 200, default: 20 },
  },
} as const;

interface ScopeQuery extends PeriodQuery {
  org: number;
  page: number;
  pageSize: number;
}

export function registerIndicatorRoutes(app: FastifyInstance, context: EngineContext): void {
  app.get<{ Querystring: ScopeQuery }>(
    "/api/indicators",
    { schema: { querystring: scopeQuery } },
    async (request) =>
      indicatorTable(context.db, {
        types: recordTypes,
        actor: requireUser(request),
        orgId: request.query.org,
        period: periodOf(request.query),
      }),
  );

  app.get<{ Params: { key: string }; Querystring: ScopeQuery }>(
    "/api/indicators/:key/records",
    {
      schema: {
        params: {
          type: "object",
          required: ["key"],
          properties: {
            key: { type: "string", pattern: "^[a-z][A-Za-z0-9]*\\.[a-z][A-Za-z0-9]*$" },
          },
        },
        querystring: scopeQuery,
      },
    },
    async (request) =>
      indicatorRecords(context, recordTypes, requireUser(request), {
        key: request.params.key,
        orgId: request.query.org,
        period: periodOf(request.query),
        page: request.query.page,
        pageSize: request.query.pageSize,
      }),
  );
}
