// Shared by the section (一) demo generators: a record's script cut at the load day.
import type { DemoStep } from "../../seed/types.js";

/** Steps up to the load day: a step dated later, and every step after it, has not happened yet. */
export function upTo(
  today: string,
  steps: readonly (readonly [day: string, step: DemoStep])[],
): DemoStep[] {
  const done: DemoStep[] = [];
  for (const [day, step] of steps) {
    if (day > today) break;
    done.push(step);
  }
  return done;
}
