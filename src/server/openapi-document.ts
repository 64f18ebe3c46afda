// Renders the OpenAPI document without a database: generated into docs/openapi.json and checked in CI.
import { defaultCalendarConfig } from "../calendar/config.js";
import type { Database } from "../db/client.js";
import { buildServer } from "./app.js";

const noDatabase: Database = {
  kind: "postgres",
  query: () => Promise.reject(new Error("no database while rendering the OpenAPI document")),
  transaction: () => Promise.reject(new Error("no database")),
  close: () => Promise.resolve(),
};

export async function renderOpenApiDocument(): Promise<unknown> {
  const app = await buildServer({
    context: { db: noDatabase, calendar: defaultCalendarConfig, now: () => new Date(0) },
    webDir: null,
  });
  await app.ready();
  const document = app.swagger();
  await app.close();
  return document;
}
