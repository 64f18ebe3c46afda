// The OpenAPI document as a contract: valid OpenAPI, a path set per record type generated from
// its declaration, and real responses of the record API that match the schemas it publishes.
import SwaggerParser from "@apidevtools/swagger-parser";
import { Ajv } from "ajv";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordTypes } from "../../domains/registry.js";
import { freshDatabase, type TestDatabase } from "../../../test/support/db.js";
import {
  createTestOrgs,
  createTestUser,
  testContext,
  type TestOrgs,
} from "../../../test/support/fixtures.js";
import { clientFor, testServer, type Client } from "../../../test/support/http.js";

type Schema = Record<string, unknown>;
interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, Schema>>;
  components: { schemas: Record<string, Schema> };
}

let test: TestDatabase;
let orgs: TestOrgs;
let app: FastifyInstance;
let clerk: Client;
let document: OpenApiDocument;

beforeAll(async () => {
  test = await freshDatabase();
  orgs = await createTestOrgs(test.db);
  const context = testContext(test.db);
  app = await testServer(context);
  const user = await createTestUser(test.db, {
    username: "clerk",
    orgId: orgs.justice,
    roles: ["clerk"],
    scope: "own",
  });
  clerk = await clientFor(app, context, user.id);
  const response = await app.inject({ method: "GET", url: "/api/openapi.json" });
  expect(response.statusCode).toBe(200);
  document = response.json<OpenApiDocument>();
}, 60_000);
afterAll(async () => {
  await app.close();
  await test.drop();
});

const schemaOf = (name: string): Schema => {
  const schema = document.components.schemas[name];
  if (!schema) throw new Error(`no schema ${name}`);
  return schema;
};
const propertiesOf = (name: string) => schemaOf(name)["properties"] as Record<string, Schema>;

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI document", async () => {
    // validate() dereferences in place: give it a copy.
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
  });

  it("describes reconsideration values with Chinese titles, options and conditions", () => {
    expect(document.paths["/api/records/reconsideration"]?.["post"]).toBeDefined();
    const values = propertiesOf("reconsideration.CreateValues");
    expect(values["applicantName"]).toMatchObject({ title: "申请人", type: "string" });
    expect(schemaOf("reconsideration.CreateValues")["required"]).toContain("applicantName");
    const kind = values["applicantKind"];
    expect(kind?.["enum"]).toContain("person");
    expect(Object.values(kind?.["x-enum-labels"] as Record<string, string>)).toContain("自然人");
    // Fields only actions set are not in the create form, but are in the record's values.
    const setByAction = recordTypes[0]?.fields.find((field) => field.isSetByAction === true);
    expect(setByAction).toBeDefined();
    expect(values[setByAction?.name ?? ""]).toBeUndefined();
    expect(propertiesOf("reconsideration.Values")[setByAction?.name ?? ""]).toBeDefined();
  });

  it("has the paths of every registered type, one per action with its required fields", () => {
    for (const type of recordTypes) {
      const base = `/api/records/${type.id}`;
      for (const path of [base, `${base}/count`, `${base}/{id}`, `${base}/{id}/history`]) {
        expect(document.paths[path], path).toBeDefined();
      }
      const values = propertiesOf(`${type.id}.Values`);
      for (const field of type.fields.filter((f) => f.kind !== "attachment")) {
        expect(values[field.name]?.["title"], `${type.id}.${field.name}`).toBe(field.label);
      }
      for (const action of type.workflow.actions) {
        const path = document.paths[`${base}/{id}/actions/${action.id}`];
        expect(path?.["post"]?.["summary"]).toBe(`${type.label}：${action.label}`);
        const schema = schemaOf(`${type.id}.actions.${action.id}`);
        expect(schema["required"] ?? []).toEqual(action.requires ?? []);
        expect(Object.keys(schema["properties"] as Schema).sort()).toEqual(
          [...(action.fields ?? [])].sort(),
        );
      }
    }
  });

  it("describes the error shape and both ways to authenticate", () => {
    expect(propertiesOf("Error")["error"]).toMatchObject({
      required: ["code", "message", "problems"],
    });
    const response = document.paths["/api/records/reconsideration"]?.["post"]?.["responses"];
    expect((response as Record<string, Schema>)["400"]).toEqual({
      $ref: "#/components/responses/BadRequest",
    });
    const schemes = (document.components as unknown as { securitySchemes: Schema }).securitySchemes;
    expect(schemes["apiToken"]).toMatchObject({ type: "http", scheme: "bearer" });
  });
});

describe("responses match the published schemas", () => {
  const validatorFor = (name: string) => {
    // OpenAPI 3.0 schemas: `nullable`, and x- extensions that JSON Schema does not know.
    const ajv = new Ajv({ strict: false, allErrors: true });
    for (const [key, schema] of Object.entries(document.components.schemas)) {
      ajv.addSchema(schema, `#/components/schemas/${key}`);
    }
    const validate = ajv.getSchema(`#/components/schemas/${name}`);
    if (!validate) throw new Error(`no schema ${name}`);
    return validate;
  };

  it("a created reconsideration case, its list item and a validation error", async () => {
    const values = {
      applicantName: "李四",
      applicantKind: "person",
      applicantIdNumber: "34052419800101001X",
      handlingOrg: orgs.justice,
      respondentOrg: orgs.market,
      actCategory: "penalty",
      actDescription: "罚款决定",
      receivedDate: "2024-03-01",
      procedure: "ordinary",
    };
    const sent = validatorFor("reconsideration.CreateValues");
    expect(sent(values), JSON.stringify(sent.errors)).toBe(true);
    const created = await clerk.request("POST", "/api/records/reconsideration", { values });
    expect(created.statusCode, created.body).toBe(201);
    const record = validatorFor("reconsideration.Record");
    expect(record(created.json()), JSON.stringify(record.errors)).toBe(true);
    const list = await clerk.request("GET", "/api/records/reconsideration");
    const item = validatorFor("reconsideration.ListItem");
    const first = list.json<{ items: unknown[] }>().items[0];
    expect(item(first), JSON.stringify(item.errors)).toBe(true);
    // A schema that can fail: a value outside the options is refused by both schema and engine.
    expect(sent({ ...values, applicantKind: "nobody" })).toBe(false);
    const refused = await clerk.request("POST", "/api/records/reconsideration", {
      values: { ...values, applicantKind: "nobody" },
    });
    expect(refused.statusCode).toBe(400);
    const error = validatorFor("Error");
    expect(error(refused.json()), JSON.stringify(error.errors)).toBe(true);
    const body = refused.json<{ error: { problems: { field: string }[] } }>();
    expect(body.error.problems[0]?.field).toBe("applicantKind");
  });
});
