// The audit log is append-only and hash-chained: tampering and gaps are caught and located.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../test/support/db.js";
import { catalogues } from "../domains/catalogues/index.js";
import { asSystem } from "./actor.js";
import { appendAudit, verifyAuditChain } from "./audit.js";

let test: TestDatabase;

beforeAll(async () => {
  test = await freshDatabase();
  for (let i = 1; i <= 6; i += 1) {
    await test.db.transaction((tx) =>
      appendAudit(tx, {
        actor: asSystem("测试"),
        recordType: "reconsideration",
        recordId: i,
        action: "update",
        before: { applicantName: `申请人${i}` },
        after: { applicantName: `申请人${i}改`, amount: 1234.5, nested: { b: 1, a: [1, "二"] } },
        at: new Date(Date.UTC(2024, 0, i, 1, 2, 3, 456)),
      }),
    );
  }
});
afterAll(() => test.drop());

describe("audit chain", () => {
  it("verifies an untouched chain", async () => {
    // The six above, after the installation of each bundled catalogue (one event each).
    expect(await verifyAuditChain(test.db)).toEqual({ ok: true, events: catalogues.length + 6 });
  });

  it("refuses updates and deletes through the append-only trigger", async () => {
    await expect(
      test.db.query("UPDATE audit_event SET action = 'x' WHERE seq = 1"),
    ).rejects.toThrow(/append-only/);
    await expect(test.db.query("DELETE FROM audit_event WHERE seq = 1")).rejects.toThrow(
      /append-only/,
    );
  });

  it("names the first tampered event when someone with owner rights bypasses the trigger", async () => {
    await test.db.query("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_change");
    await test.db.query(
      `UPDATE audit_event SET after = '{"applicantName": "篡改"}'::jsonb WHERE seq = 4`,
    );
    const result = await verifyAuditChain(test.db, 2);
    expect(result).toMatchObject({ ok: false, brokenAt: 4, events: 3 });
    if (!result.ok) expect(result.reason).toContain("篡改");
  });

  it("names a deleted event as a gap", async () => {
    await test.db.query("DELETE FROM audit_event WHERE seq = 2");
    expect(await verifyAuditChain(test.db)).toMatchObject({ ok: false, brokenAt: 2 });
    await test.db.query("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_change");
  });
});
