// Lapsed clocks whose law attaches a consequence: the system takes the declared action for them
// (e.g. an application not refused within the review period is deemed accepted).
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import { asSystem } from "./actor.js";
import { takeAction } from "./actions.js";
import { todayOf, type EngineContext } from "./context.js";
import { tableOf } from "./naming.js";
import { expirePublications } from "./publication/withdraw.js";

export interface SweepResult {
  readonly taken: number;
  /** Records whose consequence could not be applied now; the next sweep tries again. */
  readonly failures: readonly {
    readonly recordType: string;
    readonly id: number;
    readonly error: unknown;
  }[];
}

export async function sweepLapsedClocks(
  context: EngineContext,
  types: readonly RecordTypeDeclaration[],
): Promise<SweepResult> {
  const today = todayOf(context);
  let taken = 0;
  const failures: { recordType: string; id: number; error: unknown }[] = [];
  for (const type of types) {
    for (const clock of type.clocks) {
      if (!clock.onLapse) continue;
      const { action, dateField } = clock.onLapse;
      const lapsed = await context.db.query<{ id: number; version: number; dueOn: string }>(
        `SELECT r.id, r.version, c.due_on AS "dueOn" FROM record_clock c JOIN ${tableOf(type)} r ON r.id = c.record_id
         WHERE c.record_type = $1 AND c.clock_id = $2 AND c.status = 'running' AND c.due_on < $3 ORDER BY r.id`,
        [type.id, clock.id, today],
      );
      const system = asSystem(
        `${clock.label}期限届满，依法${type.workflow.actions.find((a) => a.id === action)?.label ?? action}`,
      );
      for (const row of lapsed) {
        // One record that cannot be moved (e.g. a user acted on it a moment ago) must not stop the rest.
        try {
          await takeAction(context, type, system, {
            id: row.id,
            actionId: action,
            version: row.version,
            values: { [dateField]: row.dueOn },
          });
          taken += 1;
        } catch (error) {
          failures.push({ recordType: type.id, id: row.id, error });
        }
      }
    }
  }
  // Publications past their time on the portal are withdrawn by the same sweep.
  const expiry = await expirePublications(context, types);
  return { taken: taken + expiry.expired, failures: [...failures, ...expiry.failures] };
}
