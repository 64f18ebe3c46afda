// JSON schemas of the attachment and notice routes (shape checks and OpenAPI).
import { idParam } from "../records/schemas.js";

const name = { type: "string", pattern: "^[a-zA-Z][a-zA-Z0-9]{0,63}$" } as const;

export const fieldParam = {
  ...idParam,
  required: ["type", "id", "field"],
  properties: { ...idParam.properties, field: name },
} as const;

export const templateParam = {
  ...idParam,
  required: ["type", "id", "template"],
  properties: { ...idParam.properties, template: name },
} as const;

export const attachmentIdParam = {
  type: "object",
  required: ["id"],
  properties: { id: { type: "integer", minimum: 1, maximum: 9_007_199_254_740_991 } },
} as const;
