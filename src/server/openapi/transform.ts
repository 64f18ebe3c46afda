// Completes the document @fastify/swagger renders from the routes: the per-type record paths and
// schemas from the declarations, the shared error shape, and how clients authenticate.
import type { SwaggerTransformObject } from "@fastify/swagger";
import { recordTypes } from "../../domains/registry.js";
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import { recordTypeDocument } from "./record-paths.js";
import { sharedResponses, sharedSchemas } from "./shared-schemas.js";

type Document = Record<string, unknown> & {
  paths?: Record<string, unknown>;
  components?: Record<string, unknown>;
  tags?: unknown[];
};

export const securitySchemes = {
  session: {
    type: "apiKey",
    in: "cookie",
    name: "fazhi_session",
    description: "网页登录后的会话；非 GET 请求还须带 x-csrf-token 请求头",
  },
  apiToken: {
    type: "http",
    scheme: "bearer",
    bearerFormat: "fzt_…",
    description:
      "系统管理员签发的 API 令牌（Authorization: Bearer fzt_…），限于令牌的记录类型、单位范围和读/写权限",
  },
} as const;

export function withRecordTypes(
  document: Document,
  types: readonly RecordTypeDeclaration[],
): Document {
  const generated = recordTypeDocument(types);
  const components = document.components ?? {};
  return {
    ...document,
    tags: [...(document.tags ?? []), ...generated.tags],
    // The per-type paths first: concrete paths are matched before the generic /api/records/{type}.
    paths: { ...generated.paths, ...document.paths },
    components: {
      ...components,
      securitySchemes,
      schemas: {
        ...(components["schemas"] as Record<string, unknown> | undefined),
        ...sharedSchemas,
        ...generated.schemas,
      },
      responses: sharedResponses,
    },
  };
}

type TransformObject = SwaggerTransformObject;

/** The @fastify/swagger transformObject hook (OpenAPI 3 mode): adds the registered record types. */
export const openApiTransform: TransformObject = (documentObject) => {
  if (!("openapiObject" in documentObject))
    throw new Error("fazhi renders an OpenAPI 3 document, not Swagger 2");
  // The generated parts are plain JSON schema objects; the library's types are the document's.
  const document = withRecordTypes(documentObject.openapiObject as Document, recordTypes);
  return document as ReturnType<TransformObject>;
};
