// JSON schemas of the record routes: shape checks (and OpenAPI); field rules live in the engine.
export const typeParam = {
  type: "object",
  required: ["type"],
  properties: { type: { type: "string", pattern: "^[a-zA-Z][a-zA-Z0-9]{0,63}$" } },
} as const;

export const idParam = {
  type: "object",
  required: ["type", "id"],
  properties: {
    type: { type: "string", pattern: "^[a-zA-Z][a-zA-Z0-9]{0,63}$" },
    id: { type: "integer", minimum: 1, maximum: 9_007_199_254_740_991 },
  },
} as const;

export function recordBody(withVersion: boolean) {
  return {
    type: "object",
    additionalProperties: false,
    // An empty required list is not valid OpenAPI 3.0: leave it out.
    ...(withVersion ? { required: ["version"] } : {}),
    properties: {
      ...(withVersion ? { version: { type: "integer", minimum: 1, maximum: 2_000_000_000 } } : {}),
      values: { type: "object", additionalProperties: true },
    },
  } as const;
}
