// The indicators API: a year or any span of days with the same span a year earlier, the records
// behind a value, and a bad period named by its parameter.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../test/support/db.js";
import { createTestOrgs, createTestUser, testContext } from "../../../test/support/fixtures.js";
import { clientFor, testServer, type Client } from "../../../test/support/http.js";
import { publicityProduction } from "../../domains/publicity/index.js";
import { createRecord } from "../../engine/records-write.js";

let test: TestDatabase;
let app: FastifyInstance;
let office: Client;
let clerkClient: Client;
let city: number;
let justice: number;

interface Table {
  coverage: "full" | "partial";
  period: { from: string; to: string };
  previousPeriod: { from: string; to: string };
  sections: {
    indicators: { key: string; value: number | null; previous: { value: number | null } }[];
  }[];
  missing: { key: string }[];
}

beforeAll(async () => {
  test = await freshDatabase();
  const orgs = await createTestOrgs(test.db);
  city = orgs.city;
  const context = testContext(test.db);
  const clerk = await createTestUser(test.db, {
    username: "clerk",
    orgId: orgs.justice,
    roles: ["clerk"],
    scope: "own",
  });
  const user = await createTestUser(test.db, {
    username: "fzb",
    orgId: orgs.city,
    roles: ["lawOffice"],
    scope: "all",
  });
  for (const producedDate of ["2023-05-26", "2023-09-01", "2022-09-01", "2022-03-01"])
    await createRecord(context, publicityProduction, clerk, {
      title: `作品${producedDate}`,
      kind: "microVideo",
      producedDate,
      producerOrg: orgs.justice,
    });
  app = await testServer(context);
  office = await clientFor(app, context, user.id);
  clerkClient = await clientFor(app, context, clerk.id);
  justice = orgs.justice;
}, 120_000);
afterAll(async () => {
  await app.close();
  await test.drop();
});

const videos = (table: Table) =>
  table.sections.flatMap((section) => section.indicators).find((i) => i.key === "publicity.videos");

describe("GET /api/indicators", () => {
  it("computes a year beside the previous one, and any span beside the same span a year earlier", async () => {
    const year = (
      await office.request("GET", `/api/indicators?org=${String(city)}&year=2023`)
    ).json<Table>();
    expect(videos(year)).toMatchObject({ value: 2, previous: { value: 2 } });
    expect(year.missing.map((figure) => figure.key)).toContain("enforcement.teams");
    const half = (
      await office.request(
        "GET",
        `/api/indicators?org=${String(city)}&from=2023-01-01&to=2023-06-30`,
      )
    ).json<Table>();
    expect(half.period).toEqual({ from: "2023-01-01", to: "2023-06-30" });
    expect(half.previousPeriod).toEqual({ from: "2022-01-01", to: "2022-06-30" });
    expect(videos(half)).toMatchObject({ value: 1, previous: { value: 1 } });
    const records = await office.request(
      "GET",
      `/api/indicators/publicity.videos/records?org=${String(city)}&from=2023-01-01&to=2023-06-30`,
    );
    expect(
      records.json<{ total: number; items: { values: { producedDate: string } }[] }>(),
    ).toMatchObject({
      total: 1,
      items: [{ values: { producedDate: "2023-05-26" } }],
    });
  });

  it("says when the user's scope covers only part of the organisation", async () => {
    const partial = (
      await clerkClient.request("GET", `/api/indicators?org=${String(city)}&year=2023`)
    ).json<Table>();
    expect(partial.coverage).toBe("partial");
    expect(videos(partial)).toMatchObject({ value: 2 });
    const own = (
      await clerkClient.request("GET", `/api/indicators?org=${String(justice)}&year=2023`)
    ).json<Table>();
    expect(own.coverage).toBe("full");
    const all = (
      await office.request("GET", `/api/indicators?org=${String(city)}&year=2023`)
    ).json<Table>();
    expect(all.coverage).toBe("full");
  });

  it("names the parameter of a bad period", async () => {
    const fieldOf = async (query: string) =>
      (await office.request("GET", `/api/indicators?org=${String(city)}${query}`)).json<{
        error: { problems: { field: string }[] };
      }>().error.problems[0]?.field;
    expect(await fieldOf("")).toBe("year");
    expect(await fieldOf("&from=2023-07-01&to=2023-06-30")).toBe("to");
    expect(await fieldOf("&from=2023-02-30&to=2023-06-30")).toBe("from");
    expect(await fieldOf("&year=2023&from=2023-01-01&to=2023-06-30")).toBe("year");
    expect(await fieldOf("&from=2000-01-01&to=2023-06-30")).toBe("to");
    expect(await fieldOf("&year=1999")).toBe("year");
  });
});
