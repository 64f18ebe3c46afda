// Administration of API tokens: list, issue (the secret in this answer only) and revoke.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { createApiToken, listApiTokens, revokeApiToken } from "../../admin/api-tokens.js";
import type { ApiTokenInput } from "../../admin/api-tokens.js";
import { recordTypes } from "../../domains/registry.js";
import type { EngineContext } from "../../engine/context.js";
import { forbidden } from "../../engine/errors.js";
import { requireUser } from "../auth/plugin.js";
import { isAdministrator } from "../auth/routes.js";

function requireAdmin(request: FastifyRequest) {
  const user = requireUser(request);
  // The token plugin keeps tokens off admin routes already; a token never issues tokens.
  if (user.token !== undefined || !isAdministrator(user)) throw forbidden("需要系统管理员权限");
  return user;
}

const tokenBody = {
  type: "object",
  additionalProperties: false,
  required: ["name", "userId", "recordTypes", "orgId", "access"],
  properties: {
    name: { type: "string", maxLength: 200 },
    userId: { type: "integer", minimum: 1, maximum: 2_147_483_647 },
    recordTypes: { type: "array", items: { type: "string", maxLength: 64 }, maxItems: 50 },
    orgId: { type: "integer", minimum: 1, maximum: 2_147_483_647 },
    access: { type: "string", enum: ["read", "write"] },
    expiresOn: { type: "string", nullable: true, maxLength: 10 },
  },
} as const;

const idParams = {
  type: "object",
  required: ["id"],
  properties: { id: { type: "integer", minimum: 1, maximum: 2_147_483_647 } },
} as const;

export function registerApiTokenRoutes(app: FastifyInstance, context: EngineContext): void {
  app.get("/api/admin/api-tokens", async (request) => {
    requireAdmin(request);
    return {
      items: await listApiTokens(context.db),
      recordTypes: recordTypes.map((type) => ({ id: type.id, label: type.label })),
    };
  });
  app.post<{ Body: ApiTokenInput }>(
    "/api/admin/api-tokens",
    { schema: { body: tokenBody } },
    async (request, reply) =>
      reply.status(201).send(await createApiToken(context, requireAdmin(request), request.body)),
  );
  app.post<{ Params: { id: number } }>(
    "/api/admin/api-tokens/:id/revoke",
    { schema: { params: idParams } },
    async (request) => revokeApiToken(context, requireAdmin(request), request.params.id),
  );
}
