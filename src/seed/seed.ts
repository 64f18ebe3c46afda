// Loads the demo city into an empty database: its organisations, a user per role, and the demo
// records of every record type, taken through their workflows by the engine itself (clocks, audit).
import { hashPassword } from "../admin/passwords.js";
import { insertOrg } from "../admin/orgs.js";
import type { Sql } from "../db/client.js";
import { domains, recordTypes } from "../domains/registry.js";
import { publishRecord } from "../engine/publication/publish.js";
import { createReport, updateReportHeader } from "../report/edit.js";
import { seedDemoAssessment } from "../assessment/demo.js";
import { seedDemoInspections } from "../inspection/demo-seed.js";
import { HOUMA_REPORT_2023, HOUMA_REPORT_2023_PARAGRAPHS } from "./houma-report-2023.js";
import { asSystem, type UserActor } from "../engine/actor.js";
import { appendAudit } from "../engine/audit.js";
import { todayOf, type EngineContext } from "../engine/context.js";
import { importRecords } from "../engine/bulk/import.js";
import { foldDemoRecord, storyTime } from "./fold.js";
import { loadActor } from "../server/auth/actor-loader.js";
import { houmaOrgTree } from "./houma-orgs.js";
import { houmaUsers } from "./houma-users.js";
import { seededRandom } from "./random.js";
import type { LoadedDemoRecord, OrgSeed } from "./types.js";
import type { FieldValue } from "../kernel/values.js";

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
  const instant = storyTime(day);
  return { ...context, now: () => instant };
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
  const userId = (username: string): number => {
    const actor = users.get(username);
    if (!actor) throw new Error(`demo data names unknown user ${username}`);
    return actor.id;
  };
  let records = 0;
  const loaded = new Map<string, LoadedDemoRecord[]>();
  for (const domain of domains) {
    const refs = {
      org: (code: string) => {
        const id = codes.get(code);
        if (id === undefined) throw new Error(`demo data names unknown org ${code}`);
        return id;
      },
      random: seededRandom(20_231_231),
      today: todayOf(context),
      loaded: (typeId: string) => loaded.get(typeId) ?? [],
    };
    const demo = domain.demo(refs);
    const folded = demo.map((record) => foldDemoRecord(domain.type, record, userId, refs.today));
    // Through the bulk path, as a county would load its records from files: one batch per type.
    const outcome = await importRecords(context, domain.type, asSystem("载入演示数据"), folded, {
      source: { file: null, note: "演示数据" },
    });
    if (!outcome.ok) {
      const first = outcome.problems
        .slice(0, 5)
        .map((problem) => `#${problem.index} ${problem.field}: ${problem.message}`);
      throw new Error(`demo ${domain.type.id} does not import: ${first.join("; ")}`);
    }
    for (const [index, record] of demo.entries()) {
      const id = outcome.ids[index];
      if (record.publish && id !== undefined) {
        const actor = users.get(record.publish.by);
        if (!actor) throw new Error(`demo data names unknown user ${record.publish.by}`);
        await publishRecord(at(context, record.publish.on), domain.type, actor, id);
      }
    }
    loaded.set(
      domain.type.id,
      folded.map((record, index) => ({
        link: `${domain.type.id}:${outcome.ids[index] ?? 0}`,
        state: record.state ?? domain.type.workflow.initial,
        values: record.values as Record<string, FieldValue>,
      })),
    );
    records += demo.length;
  }
  await seedDemoInspections(context, users);
  await seedDemoReport(at(context, "2024-01-10"), users, codes);
  await seedDemoAssessment(context, users, codes);
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
