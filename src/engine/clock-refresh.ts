// Recomputes the due dates of every clock still running or paused, from its stored state: after an
// upgrade of the counting rules, or a new State Council holiday notice that settles provisional days.
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import { asSystem } from "./actor.js";
import { appendAudit } from "./audit.js";
import { withDueDate } from "./clock-due.js";
import { clocksOf, saveClocks } from "./clocks.js";
import type { EngineContext } from "./context.js";

/** The audit action of a recomputation; the history shows it as 重新计算法定期限. */
export const RECOMPUTE_ACTION = "recomputeClocks";

export interface RefreshResult {
  readonly changed: number;
  readonly failures: readonly {
    readonly recordType: string;
    readonly id: number;
    readonly error: unknown;
  }[];
}

export async function refreshOpenClocks(
  context: EngineContext,
  types: readonly RecordTypeDeclaration[],
): Promise<RefreshResult> {
  let changed = 0;
  const failures: { recordType: string; id: number; error: unknown }[] = [];
  for (const type of types) {
    if (type.clocks.length === 0) continue;
    const rows = await context.db.query<{ recordId: number }>(
      `SELECT DISTINCT record_id AS "recordId" FROM record_clock
        WHERE record_type = $1 AND status <> 'stopped' ORDER BY 1`,
      [type.id],
    );
    for (const { recordId } of rows) {
      try {
        const done = await context.db.transaction(async (tx) => {
          const current = await clocksOf(tx, type.id, recordId);
          const next = type.clocks.flatMap((clock) => {
            const state = current.get(clock.id);
            if (!state || state.status === "stopped") return [];
            const fresh = withDueDate(state, clock, clock.startField, context);
            const isSame =
              fresh.dueOn === state.dueOn &&
              JSON.stringify(fresh.steps) === JSON.stringify(state.steps);
            return isSame ? [] : [fresh];
          });
          if (next.length === 0) return 0;
          await saveClocks(tx, type.id, recordId, next);
          // The due dates people saw change: say so in the record's history, keyed by clock name.
          const dueBy = (states: readonly { clockId: string; dueOn: string | null }[]) =>
            Object.fromEntries(
              states.map((state) => [
                `${type.clocks.find((clock) => clock.id === state.clockId)?.label ?? state.clockId}届满日`,
                state.dueOn,
              ]),
            );
          await appendAudit(tx, {
            actor: asSystem("期限规则或节假日安排更新，重新计算法定期限"),
            recordType: type.id,
            recordId,
            action: RECOMPUTE_ACTION,
            before: dueBy(next.map((state) => current.get(state.clockId) ?? state)),
            after: dueBy(next),
            at: context.now(),
          });
          return next.length;
        });
        changed += done;
      } catch (error) {
        failures.push({ recordType: type.id, id: recordId, error });
      }
    }
  }
  return { changed, failures };
}
