// Bulk-loads synthetic reconsideration records (multi-row INSERT, 1000 rows a statement) for benchmarks.
import type { Database } from "../src/db/client.js";
import { reconsideration } from "../src/domains/reconsideration/index.js";
import { ACT_CATEGORIES, OUTCOMES } from "../src/domains/reconsideration/fields.js";
import { seededRandom } from "../src/seed/random.js";

const BATCH = 1000;

export async function loadRecords(
  db: Database,
  input: { readonly count: number; readonly orgIds: readonly number[] },
): Promise<void> {
  const random = seededRandom(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const states = reconsideration.workflow.states.map((state) => state.id);
  for (let start = 0; start < input.count; start += BATCH) {
    const rows: unknown[] = [];
    const tuples: string[] = [];
    for (let i = start; i < Math.min(start + BATCH, input.count); i += 1) {
      const day = new Date(Date.UTC(2021, 0, 1) + Math.floor(random() * 5 * 365) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const values = [
        `侯复〔${day.slice(0, 4)}〕${i + 1}号`,
        pick(states),
        `申请人${i}`,
        "person",
        pick(input.orgIds),
        pick(input.orgIds),
        pick(ACT_CATEGORIES).value,
        "对申请人作出的行政处罚决定",
        day,
        random() < 0.8 ? "ordinary" : "simplified",
        random() < 0.6 ? pick(OUTCOMES).value : null,
        `侯复〔${day.slice(0, 4)}〕${i + 1}号 申请人${i}`,
      ];
      const base = rows.length;
      rows.push(...values);
      tuples.push(`(${values.map((_, k) => `$${base + k + 1}`).join(", ")})`);
    }
    await db.query(
      `INSERT INTO r_reconsideration (record_number, state, applicant_name, applicant_kind, handling_org, respondent_org,
         act_category, act_description, received_date, procedure, outcome, search_text) VALUES ${tuples.join(", ")}`,
      rows,
    );
  }
  // Steady state of a live database (autovacuum): statistics and the visibility map are current.
  await db.query("VACUUM ANALYZE r_reconsideration");
}
