// An in-process server (Fastify inject) and signed-in clients for API tests.
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import type { EngineContext } from "../../src/engine/context.js";
import { buildServer } from "../../src/server/app.js";
import { createSession, SESSION_COOKIE } from "../../src/server/auth/sessions.js";

export interface Client {
  readonly request: (
    method: "GET" | "POST" | "PATCH" | "DELETE" | "PUT",
    url: string,
    body?: unknown,
  ) => Promise<LightMyRequestResponse>;
}

export async function testServer(
  context: EngineContext,
  options: { readonly isServedOverTls?: boolean } = {},
): Promise<FastifyInstance> {
  const app = await buildServer({ context, webDir: null, ...options });
  await app.ready();
  return app;
}

/** A client signed in as the user, holding the session cookie and CSRF token. */
export async function clientFor(
  app: FastifyInstance,
  context: EngineContext,
  userId: number,
): Promise<Client> {
  const session = await createSession(context.db, userId, context.now());
  return {
    request: (method, url, body) =>
      app.inject({
        method,
        url,
        cookies: { [SESSION_COOKIE]: session.cookie },
        headers: { "x-csrf-token": session.csrfToken },
        ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
      }),
  };
}
