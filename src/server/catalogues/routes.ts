// Catalogues for the forms: which exist and which edition is in force, a search over entries (by
// code prefix or part of the name) for the catalogue pickers, and loading a new edition (admins).
import type { FastifyInstance } from "fastify";
import { catalogues, findCatalogue } from "../../domains/catalogues/index.js";
import { editions, loadCatalogue, searchEntries } from "../../engine/catalogues.js";
import type { EngineContext } from "../../engine/context.js";
import { forbidden, notFound } from "../../engine/errors.js";
import type { RawEntry } from "../../kernel/catalogue-file.js";
import { requireUser } from "../auth/plugin.js";
import { isAdministrator } from "../auth/routes.js";

const idParams = {
  type: "object",
  required: ["id"],
  properties: { id: { type: "string", pattern: "^[a-z][A-Za-z0-9]*$", maxLength: 64 } },
} as const;

const entriesQuery = {
  type: "object",
  properties: {
    q: { type: "string", maxLength: 100 },
    code: { type: "array", items: { type: "string", maxLength: 64 }, maxItems: 200 },
    limit: { type: "integer", minimum: 1, maximum: 200, default: 50 },
  },
} as const;

const editionBody = {
  type: "object",
  required: ["source", "entries"],
  additionalProperties: false,
  properties: {
    source: { type: "string", minLength: 1, maxLength: 200 },
    entries: {
      type: "array",
      maxItems: 100_000,
      items: {
        type: "object",
        properties: {
          code: { type: "string" },
          name: { type: "string" },
          parent: { type: ["string", "null"] },
        },
      },
    },
  },
} as const;

const catalogueOrNotFound = (id: string) => {
  const catalogue = findCatalogue(id);
  if (!catalogue) throw notFound("目录");
  return catalogue;
};

export function registerCatalogueRoutes(app: FastifyInstance, context: EngineContext): void {
  app.get("/api/catalogues", async (request) => {
    requireUser(request);
    const inForce = new Map(
      (await editions(context.db)).map((edition) => [edition.catalogue, edition]),
    );
    return catalogues.map((catalogue) => ({
      id: catalogue.id,
      label: catalogue.label,
      source: catalogue.source,
      leavesOnly: catalogue.leavesOnly,
      codeHelp: catalogue.codeHelp,
      edition: inForce.get(catalogue.id) ?? null,
    }));
  });

  app.get<{ Params: { id: string }; Querystring: { q?: string; code?: string[]; limit: number } }>(
    "/api/catalogues/:id/entries",
    { schema: { params: idParams, querystring: entriesQuery } },
    async (request) => {
      requireUser(request);
      const catalogue = catalogueOrNotFound(request.params.id);
      const { q, code, limit } = request.query;
      return searchEntries(context.db, catalogue, {
        ...(q === undefined ? {} : { q }),
        ...(code === undefined ? {} : { codes: code }),
        limit,
      });
    },
  );

  app.post<{ Params: { id: string }; Body: { source: string; entries: RawEntry[] } }>(
    "/api/catalogues/:id/editions",
    { schema: { params: idParams, body: editionBody }, bodyLimit: 20_971_520 },
    async (request, reply) => {
      const user = requireUser(request);
      if (!isAdministrator(user) || user.token !== undefined) throw forbidden("需要系统管理员权限");
      const result = await loadCatalogue(
        context.db,
        catalogueOrNotFound(request.params.id),
        request.body.entries,
        { actor: user, source: request.body.source, at: context.now() },
      );
      return reply.status(201).send(result);
    },
  );
}
