// The HTTP server: security headers, auth, the record and admin APIs, OpenAPI, and the web app.
import { existsSync } from "node:fs";
import { join } from "node:path";
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance } from "fastify";
import type { EngineContext } from "../engine/context.js";
import { registerAdminRoutes } from "./admin/routes.js";
import { registerApiTokenRoutes } from "./admin/api-token-routes.js";
import { registerAssessmentRoutes } from "./assessment/routes.js";
import { registerAttachmentRoutes } from "./attachments/routes.js";
import type { AttachmentLimits } from "../engine/files/limits.js";
import { registerAuth } from "./auth/plugin.js";
import { registerAuthRoutes } from "./auth/routes.js";
import { registerCatalogueRoutes } from "./catalogues/routes.js";
import { openApiTransform } from "./openapi/transform.js";
import { errorHandler, sendError } from "./errors.js";
import { registerIndicatorRoutes } from "./indicators/routes.js";
import { registerPortalRoutes } from "./portal/routes.js";
import { registerInspectionPortalRoutes } from "./inspection/routes.js";
import { registerPublicationRoutes } from "./publication/routes.js";
import { registerRecordRoutes } from "./records/routes.js";
import { registerReportRoutes } from "./reports/routes.js";
import { registerSheetRoutes } from "./sheets/routes.js";
import { DEFAULT_IMPORT_MAX_BYTES } from "../runtime/import-limit.js";
import { securityHeaders } from "./security-headers.js";

export interface ServerOptions {
  readonly context: EngineContext;
  /** Built web app (dist/web); null serves the API only. */
  readonly webDir: string | null;
  readonly logger?: boolean;
  /**
   * Users reach the platform over HTTPS, directly or through a TLS-terminating proxy
   * (FAZHI_SECURE_COOKIE): the session cookie is Secure, and HSTS and upgrade-insecure-requests are sent.
   */
  readonly isServedOverTls?: boolean;
  /** Behind a load balancer: trust its X-Forwarded-For (true, or its addresses), for throttling by client. */
  readonly trustProxy?: boolean | string;
  /** Set once migrations and seeding are done, so /healthz answers 200 only then. */
  readonly isReady?: () => boolean;
  /** Size and types of uploaded files (FAZHI_ATTACHMENT_*); the defaults when absent. */
  readonly attachmentLimits?: AttachmentLimits;
  /** The largest spreadsheet a user may import (FAZHI_IMPORT_MAX_MB); 100 MB when absent. */
  readonly importMaxBytes?: number;
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 1_048_576,
    ajv: { customOptions: { removeAdditional: false, allErrors: true, coerceTypes: "array" } },
  });
  app.setErrorHandler(errorHandler);
  await app.register(cookie);
  await app.register(helmet, securityHeaders(options.isServedOverTls ?? false));
  await app.register(swagger, {
    openapi: { info: { title: "fazhi 法治政府建设工作平台 API", version: "0.1.0" } },
    transformObject: openApiTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs" });
  app.get("/api/openapi.json", { schema: { hide: true } }, () => app.swagger());
  app.get("/healthz", { schema: { hide: true } }, async (_request, reply) =>
    (options.isReady?.() ?? true) ? { ok: true } : reply.status(503).send({ ok: false }),
  );
  registerAuth(app, options.context);
  registerAuthRoutes(app, options.context, {
    secureCookie: options.isServedOverTls ?? false,
  });
  registerRecordRoutes(app, options.context);
  registerAdminRoutes(app, options.context);
  registerApiTokenRoutes(app, options.context);
  registerIndicatorRoutes(app, options.context);
  registerReportRoutes(app, options.context);
  registerAssessmentRoutes(app, options.context);
  registerPortalRoutes(app, options.context);
  registerInspectionPortalRoutes(app, options.context);
  registerCatalogueRoutes(app, options.context);
  await registerAttachmentRoutes(app, options.context, options.attachmentLimits);
  registerPublicationRoutes(app, options.context);
  await registerSheetRoutes(app, options.context, {
    importMaxBytes: options.importMaxBytes ?? DEFAULT_IMPORT_MAX_BYTES,
  });
  const webDir = options.webDir;
  if (webDir !== null && existsSync(join(webDir, "index.html"))) {
    await app.register(fastifyStatic, { root: webDir, wildcard: false });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    if (
      request.method === "GET" &&
      webDir !== null &&
      !path.startsWith("/api/") &&
      existsSync(join(webDir, "index.html"))
    ) {
      return reply.sendFile("index.html");
    }
    return sendError(reply, 404, "route.notFound", "请求的资源不存在");
  });
  return app;
}
