// Administration of organisations and users, for administrators and the all-scope rule-of-law office.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { createOrg, listOrgs, updateOrg } from "../../admin/orgs.js";
import { createUser, listUsers, updateUser, type UserInput } from "../../admin/users.js";
import type { EngineContext } from "../../engine/context.js";
import { forbidden } from "../../engine/errors.js";
import { orgInScopePredicate } from "../../engine/access.js";
import { Params } from "../../engine/params.js";
import { requireUser } from "../auth/plugin.js";
import { isAdministrator } from "../auth/routes.js";

function requireAdmin(request: FastifyRequest) {
  const user = requireUser(request);
  // A token never administers, whatever its account (the token plugin refuses it first).
  if (user.token !== undefined || !isAdministrator(user)) throw forbidden("需要系统管理员权限");
  return user;
}

const idParams = {
  type: "object",
  required: ["id"],
  properties: { id: { type: "integer", minimum: 1, maximum: 2_147_483_647 } },
} as const;
const orgCreate = {
  type: "object",
  additionalProperties: false,
  required: ["parentId", "code", "name", "kind"],
  properties: {
    parentId: { type: ["integer", "null"], minimum: 1, maximum: 2_147_483_647 },
    code: { type: "string" },
    name: { type: "string" },
    kind: { type: "string" },
  },
} as const;
const orgUpdate = {
  type: "object",
  additionalProperties: false,
  properties: { name: { type: "string" }, kind: { type: "string" }, active: { type: "boolean" } },
} as const;
const userBody = (isNew: boolean) =>
  ({
    type: "object",
    additionalProperties: false,
    ...(isNew
      ? { required: ["username", "displayName", "orgId", "roles", "scope", "password"] }
      : {}),
    properties: {
      ...(isNew ? { username: { type: "string" } } : {}),
      displayName: { type: "string" },
      orgId: { type: "integer", minimum: 1, maximum: 2_147_483_647 },
      roles: { type: "array", items: { type: "string" }, maxItems: 10 },
      scope: { type: "string" },
      password: { type: "string" },
      active: { type: "boolean" },
    },
  }) as const;

export function registerAdminRoutes(app: FastifyInstance, context: EngineContext): void {
  app.get("/api/orgs/options", async (request) => {
    requireUser(request);
    const orgs = await listOrgs(context.db);
    return {
      items: orgs
        .filter((org) => org.active)
        .map(({ id, name, parentId, kind, code }) => ({ id, name, parentId, kind, code })),
    };
  });
  // Colleagues a user may pick in a form (e.g. the legal worker designated to a case): active users
  // of the organisations in the picker's own scope.
  app.get("/api/users/options", async (request) => {
    const user = requireUser(request);
    const params = new Params();
    const scope = orgInScopePredicate(user, params, "u.org_id");
    const items = await context.db.query(
      `SELECT u.id, u.display_name AS "displayName", u.org_id AS "orgId", o.name AS "orgName"
       FROM app_user u JOIN org o ON o.id = u.org_id WHERE u.active AND ${scope} ORDER BY o.path, u.id`,
      params.values,
    );
    return { items };
  });
  app.get("/api/admin/orgs", async (request) => {
    requireAdmin(request);
    return { items: await listOrgs(context.db) };
  });
  app.post<{ Body: { parentId: number | null; code: string; name: string; kind: string } }>(
    "/api/admin/orgs",
    { schema: { body: orgCreate } },
    async (request, reply) =>
      reply.status(201).send(await createOrg(context, requireAdmin(request), request.body)),
  );
  app.patch<{ Params: { id: number }; Body: { name?: string; kind?: string; active?: boolean } }>(
    "/api/admin/orgs/:id",
    { schema: { params: idParams, body: orgUpdate } },
    async (request) => updateOrg(context, requireAdmin(request), request.params.id, request.body),
  );
  app.get("/api/admin/users", async (request) => {
    requireAdmin(request);
    return { items: await listUsers(context.db) };
  });
  app.post<{ Body: UserInput }>(
    "/api/admin/users",
    { schema: { body: userBody(true) } },
    async (request, reply) =>
      reply.status(201).send(await createUser(context, requireAdmin(request), request.body)),
  );
  app.patch<{ Params: { id: number }; Body: UserInput }>(
    "/api/admin/users/:id",
    { schema: { params: idParams, body: userBody(false) } },
    async (request) => updateUser(context, requireAdmin(request), request.params.id, request.body),
  );
}
