// Throwaway: seed orgs + users, create r_mediation, run every mediation DemoRecord through the engine.
import { openPglite } from "./src/db/client.js";
import { migrate } from "./src/db/migrate.js";
import { defaultCalendarConfig } from "./src/calendar/config.js";
import { seedOrganisation } from "./src/seed/seed.js";
import { houmaUsers } from "./src/seed/houma-users.js";
import { loadActor } from "./src/server/auth/actor-loader.js";
import { seededRandom } from "./src/seed/random.js";
import { createRecord } from "./src/engine/records-write.js";
import { takeAction } from "./src/engine/actions.js";
import { diffTable, tableSpecOf } from "./src/engine/schema.js";
import { todayOf, type EngineContext } from "./src/engine/context.js";
import { mediation } from "./src/domains/mediation/index.js";
import { mediationDemo } from "./src/domains/mediation/demo.js";

const db = await openPglite(null);
await migrate(db);
const context: EngineContext = { db, calendar: defaultCalendarConfig, now: () => new Date() };
const codes = await seedOrganisation(context, "Fazhi2026demo");
for (const s of diffTable(null, tableSpecOf(mediation)).sql) await db.query(s);
const users = new Map();
for (const u of houmaUsers) users.set(u.username, await loadActor(db, u.username));
const refs = {
  org: (code: string) => {
    const id = codes.get(code);
    if (id === undefined) throw new Error(`unknown org ${code}`);
    return id;
  },
  random: seededRandom(20_231_231),
  today: todayOf(context),
};
const records = mediationDemo(refs);
const at = (day: string): EngineContext => ({ ...context, now: () => new Date(`${day}T09:30:00+08:00`) });
const dayOfStep = (values: Record<string, unknown>, fallback: string) =>
  Object.values(values).filter((v): v is string => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v)).sort().at(-1) ?? fallback;
const t0 = performance.now();
for (const record of records) {
  let day = String(record.values.acceptedDate);
  let row = await createRecord(at(day), mediation, users.get(record.by), record.values);
  for (const step of record.steps) {
    day = dayOfStep(step.values ?? {}, day);
    row = await takeAction(at(day), mediation, users.get(step.by), { id: row.id, actionId: step.action, version: row.version, values: step.values ?? {} });
  }
}
const seconds = ((performance.now() - t0) / 1000).toFixed(1);
console.log(`records ${records.length}, steps ${records.reduce((n, r) => n + r.steps.length, 0)}, ${seconds}s on PGlite, today ${refs.today}`);
const q = (sql: string) => db.query<Record<string, unknown>>(sql);
console.table(await q(`SELECT extract(year FROM accepted_date)::int AS y, state, outcome, count(*)::int n FROM r_mediation GROUP BY 1,2,3 ORDER BY 1,2,3`));
console.table(await q(`SELECT CASE WHEN o.code LIKE '%-TJ%' THEN 'sector' WHEN o.code ~ '-TW-[0-9]+$' THEN 'village/community' ELSE 'township/subdistrict' END AS kind, count(*)::int n FROM r_mediation m JOIN org o ON o.id = m.committee WHERE accepted_date < '2024-01-01' GROUP BY 1 ORDER BY 1`));
console.table(await q(`SELECT o.name, count(*)::int n, round(100.0*count(*) FILTER (WHERE outcome='agreement')/count(*),1) AS success FROM r_mediation m JOIN org o ON o.id = m.committee WHERE accepted_date < '2024-01-01' GROUP BY 1 ORDER BY 2 DESC`));
console.table(await q(`SELECT dispute_type, source, count(*)::int n FROM r_mediation WHERE accepted_date < '2024-01-01' GROUP BY 1,2 ORDER BY 1, 3 DESC`));
console.table(await q(`SELECT extract(month FROM accepted_date)::int m, count(*)::int n, count(*) FILTER (WHERE confirmation_applied_date IS NOT NULL)::int conf, count(*) FILTER (WHERE agreement_form='oral')::int oral, count(*) FILTER (WHERE agreement_date - accepted_date > 30)::int over_month FROM r_mediation WHERE accepted_date < '2024-01-01' GROUP BY 1 ORDER BY 1`));
console.table(await q(`SELECT count(DISTINCT dispute_summary)::int summaries, count(DISTINCT party_a_id_number)::int ids, count(DISTINCT (party_a_name, party_b_name))::int pairs, count(DISTINCT record_number)::int numbers FROM r_mediation WHERE accepted_date < '2024-01-01'`));
console.table(await q(`SELECT record_number, state, accepted_date, dispute_type, left(dispute_summary, 60) s FROM r_mediation ORDER BY random() LIMIT 8`));
console.table(await q(`SELECT record_number, state, accepted_date::text, agreement_date::text, confirmation_applied_date::text app FROM r_mediation WHERE state NOT IN ('closed','failed') ORDER BY accepted_date`));
await db.close();
