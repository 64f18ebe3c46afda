// The servers under test, in their own process so the load generator does not share its event loop:
// the platform's API and a bare Fastify route doing one primary-key query on the same database.
import Fastify from "fastify";
import { defaultCalendarConfig } from "../src/calendar/config.js";
import { openPglite, openPostgres } from "../src/db/client.js";
import { buildServer } from "../src/server/app.js";

const url = process.env.BENCH_DATABASE_URL;
const db = url
  ? openPostgres(url, { max: 10 })
  : await openPglite(process.env.BENCH_PGLITE_DIR ?? null);
const app = await buildServer({
  context: { db, calendar: defaultCalendarConfig, now: () => new Date() },
  webDir: null,
});
await app.listen({ port: 0, host: "127.0.0.1" });

const bare = Fastify();
bare.get<{ Params: { id: string } }>("/bare/:id", async (request) => {
  const [row] = await db.query("SELECT * FROM r_reconsideration WHERE id = $1", [
    Number(request.params.id),
  ]);
  return row;
});
await bare.listen({ port: 0, host: "127.0.0.1" });

const portOf = (address: ReturnType<typeof app.server.address>) =>
  typeof address === "object" && address ? address.port : 0;
process.send?.({ app: portOf(app.server.address()), bare: portOf(bare.server.address()) });

// A normal exit on SIGTERM lets --cpu-prof write its profile.
process.once("SIGTERM", () => process.exit(0));
