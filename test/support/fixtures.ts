// A small organisation tree and one user per role and scope, for engine and access tests.
import { insertOrg } from "../../src/admin/orgs.js";
import type { Database } from "../../src/db/client.js";
import { defaultCalendarConfig } from "../../src/calendar/config.js";
import type { EngineContext } from "../../src/engine/context.js";
import type { Role, Scope } from "../../src/kernel/roles.js";
import { loadActor, type SignedInUser } from "../../src/server/auth/actor-loader.js";
import { hashPassword } from "../../src/admin/passwords.js";

export const TEST_PASSWORD = "Test2026password";

/** city → justice bureau, market bureau, township A (→ its team), township B. */
export interface TestOrgs {
  readonly city: number;
  readonly justice: number;
  readonly market: number;
  readonly townshipA: number;
  readonly teamA: number;
  readonly townshipB: number;
}

export async function createTestOrgs(db: Database): Promise<TestOrgs> {
  return db.transaction(async (tx) => {
    const city = await insertOrg(tx, {
      parentId: null,
      code: "141081",
      name: "侯马市人民政府",
      kind: "government",
    });
    const justice = await insertOrg(tx, {
      parentId: city.id,
      code: "141081-D01",
      name: "侯马市司法局",
      kind: "department",
    });
    const market = await insertOrg(tx, {
      parentId: city.id,
      code: "141081-D02",
      name: "侯马市市场监督管理局",
      kind: "department",
    });
    const townshipA = await insertOrg(tx, {
      parentId: city.id,
      code: "141081001",
      name: "路东街道",
      kind: "subdistrict",
    });
    const teamA = await insertOrg(tx, {
      parentId: townshipA.id,
      code: "141081001-ZF",
      name: "路东街道综合行政执法队",
      kind: "team",
    });
    const townshipB = await insertOrg(tx, {
      parentId: city.id,
      code: "141081002",
      name: "路西街道",
      kind: "subdistrict",
    });
    return {
      city: city.id,
      justice: justice.id,
      market: market.id,
      townshipA: townshipA.id,
      teamA: teamA.id,
      townshipB: townshipB.id,
    };
  });
}

let passwordHash: string | null = null;

export async function createTestUser(
  db: Database,
  input: { username: string; orgId: number; roles: Role[]; scope: Scope },
): Promise<SignedInUser> {
  passwordHash ??= await hashPassword(TEST_PASSWORD);
  await db.query(
    "INSERT INTO app_user (username, display_name, org_id, roles, scope, password_hash) VALUES ($1, $2, $3, $4, $5, $6)",
    [input.username, `测试${input.username}`, input.orgId, input.roles, input.scope, passwordHash],
  );
  const actor = await loadActor(db, input.username);
  if (!actor) throw new Error("user not loaded");
  return actor;
}

/** An engine context whose clock can be moved by tests. */
export function testContext(
  db: Database,
  start = "2024-12-31T02:00:00Z",
): EngineContext & { setNow: (iso: string) => void } {
  let now = new Date(start);
  return {
    db,
    calendar: defaultCalendarConfig,
    now: () => now,
    setNow: (iso: string) => {
      now = new Date(iso);
    },
  };
}
