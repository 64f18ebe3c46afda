// Loads the demo city into an empty database: its organisations, a user per role, and the demo
// records of every record type, taken through their workflows by the engine itself (clocks, audit).
import { textOf } from "../kernel/values.js";
import { hashPassword } from "../admin/passwords.js";
import { insertOrg } from "../admin/orgs.js";
import type { Sql } from "../db/client.js";
import { domains, recordTypes } from "../domains/registry.js";
import { publishRecord } from "../engine/publication/publish.js";
import { createReport, updateReportHeader } from "../report/edit.js";
import { HOUMA_REPORT_2023, HOUMA_REPORT_2023_PARAGRAPHS } from "./houma-report-2023.js";
import { takeAction } from "../engine/actions.js";
import { asSystem, type UserActor } from "../engine/actor.js";
import { appendAudit } from "../engine/audit.js";
import { todayOf, type EngineContext } from "../engine/context.js";
import { createRecord } from "../engine/records-write.js";
import { loadActor } from "../server/auth/actor-loader.js";
import { houmaOrgTree } from "./houma-orgs.js";
import { houmaUsers } from "./houma-users.js";
import { seededRandom } from "./random.js";
import type { DemoRecord, OrgSeed } from "./types.js";

export const DEFAULT_DEMO_PASSWORD = "Fazhi2026demo";

async function insertTree(
  tx: Sql,
  node: OrgSeed,
  parentId: number | null,
  codes: Map<string, number>,
): Promise<void> {
  const org = await insertOrg(tx, { parentId, code: node.code, name: node.name, kind: node.kind });
  codes.set(node.code, org.id);
  for (const child of node.children ?? []) await insertTree(tx, child, org.id, codes);
}

export async function isEmpty(sql: Sql): Promise<boolean> {
  const [row] = await sql.query<{ n: number }>("SELECT count(*)::int AS n FROM org");
  return (row?.n ?? 0) === 0;
}

/** A context whose clock reads the given day, so audit times match the demo story. */
function at(context: EngineContext, day: string): EngineContext {
  const instant = new Date(`${day}T09:30:00+08:00`);
  return { ...context, now: () => instant };
}

function dayOfStep(values: Readonly<Record<string, unknown>>, fallback: string): string {
  const dates = Object.values(values).filter(
    (value): value is string => typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value),
  );
  return dates.sort().at(-1) ?? fallback;
}

async function runDemoRecord(
  context: EngineContext,
  type: (typeof domains)[number]["type"],
  record: DemoRecord,
  users: Map<string, UserActor>,
) {
  const actorOf = (username: string): UserActor => {
    const actor = users.get(username);
    if (!actor) throw new Error(`demo data names unknown user ${username}`);
    return actor;
  };
  let day = textOf(record.values[type.numbering.dateField] ?? todayOf(context));
  let row = await createRecord(at(context, day), type, actorOf(record.by), record.values);
  for (const step of record.steps) {
    day = dayOfStep(step.values ?? {}, day);
    row = await takeAction(at(context, day), type, actorOf(step.by), {
      id: row.id,
      actionId: step.action,
      version: row.version,
      values: step.values ?? {},
    });
  }
  if (record.publish)
    await publishRecord(at(context, record.publish.on), type, actorOf(record.publish.by), row.id);
}

/** The demo city's organisations and one user per role; returns org ids by code. */
export async function seedOrganisation(
  context: EngineContext,
  password: string,
): Promise<Map<string, number>> {
  const codes = new Map<string, number>();
  const passwordHash = await hashPassword(password);
  await context.db.transaction(async (tx) => {
    await insertTree(tx, houmaOrgTree, null, codes);
    for (const user of houmaUsers) {
      const orgId = codes.get(user.orgCode);
      if (orgId === undefined)
        throw new Error(`demo user ${user.username}: unknown org ${user.orgCode}`);
      await tx.query(
        "INSERT INTO app_user (username, display_name, org_id, roles, scope, password_hash) VALUES ($1, $2, $3, $4, $5, $6)",
        [user.username, user.displayName, orgId, user.roles, user.scope, passwordHash],
      );
    }
    await appendAudit(tx, {
      actor: asSystem("载入演示数据"),
      recordType: "org",
      recordId: null,
      action: "seed",
      before: null,
      after: { orgs: codes.size, users: houmaUsers.map((user) => user.username) },
      at: context.now(),
    });
  });
  return codes;
}

export async function seedDemo(
  context: EngineContext,
  password: string,
): Promise<{ readonly records: number }> {
  const codes = await seedOrganisation(context, password);
  const users = new Map<string, UserActor>();
  for (const user of houmaUsers) {
    const actor = await loadActor(context.db, user.username);
    if (actor) users.set(user.username, actor);
  }
  let records = 0;
  for (const domain of domains) {
    const refs = {
      org: (code: string) => {
        const id = codes.get(code);
        if (id === undefined) throw new Error(`demo data names unknown org ${code}`);
        return id;
      },
      random: seededRandom(20_231_231),
      today: todayOf(context),
    };
    for (const record of domain.demo(refs)) {
      await runDemoRecord(context, domain.type, record, users);
      records += 1;
    }
  }
  await seedDemoReport(at(context, "2024-01-10"), users, codes);
  return { records };
}

/** The 2023 annual report of the city, drafted by the rule-of-law office (not yet published). */
async function seedDemoReport(
  context: EngineContext,
  users: Map<string, UserActor>,
  codes: Map<string, number>,
) {
  const office = users.get("fzb");
  const city = codes.get("141081");
  if (!office || city === undefined) throw new Error("demo report needs user fzb and org 141081");
  const { year, title, issuers, issuedOn } = HOUMA_REPORT_2023;
  const id = await createReport(
    context,
    recordTypes,
    office,
    { orgId: city, year },
    HOUMA_REPORT_2023_PARAGRAPHS,
  );
  await updateReportHeader(context, office, id, { version: 1, title, issuers, issuedOn });
}
