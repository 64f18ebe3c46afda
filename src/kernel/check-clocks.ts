// Checks a clock against the statutory rules it may run under: a pause, restart or extension the
// rule does not provide is a declaration error found at load time, never a user's failed request.
import { isSetDeadline, type ClockDeclaration } from "./declaration.js";

/** What a declaration check needs to know of a statutory rule. */
export interface RuleFacts {
  readonly pausedBy: readonly string[];
  readonly restarts: boolean;
  readonly extends: boolean;
  /** An `atLeast` rule: a minimum period that must pass first (a comment period). */
  readonly isMinimum: boolean;
}

/** The rules a clock may run under: its one rule, or every rule its choice may pick. */
export const candidateRules = (clock: ClockDeclaration): readonly string[] =>
  typeof clock.rule === "string" ? [clock.rule] : isSetDeadline(clock.rule) ? [] : clock.rule.among;

/** A set deadline is a date, not a period: nothing to deduct, restart or lengthen by days. */
function setDeadlineProblems(clock: ClockDeclaration): string[] {
  const refused = [
    ["pauseOn", (clock.pauseOn ?? []).length > 0],
    ["resumeOn", (clock.resumeOn ?? []).length > 0],
    ["restartOn", clock.restartOn !== undefined],
    ["extendOn", clock.extendOn !== undefined],
    ["onLapse", clock.onLapse !== undefined],
  ] as const;
  return refused
    .filter(([, isDeclared]) => isDeclared)
    .map(([name]) => `a set deadline cannot declare ${name} (write a new due date instead)`);
}

export function checkClockRules(
  clock: ClockDeclaration,
  factsOf: (ruleId: string) => RuleFacts | undefined,
): string[] {
  if (isSetDeadline(clock.rule)) return setDeadlineProblems(clock);
  const problems: string[] = [];
  const candidates = candidateRules(clock);
  if (candidates.length === 0) problems.push("rule choice names no rules");
  const known: [string, RuleFacts][] = [];
  for (const id of candidates) {
    const facts = factsOf(id);
    if (facts) known.push([id, facts]);
    else problems.push(`unknown statutory rule ${id}`);
  }
  for (const pause of clock.pauseOn ?? []) {
    for (const [id, facts] of known) {
      if (!facts.pausedBy.includes(pause.kind))
        problems.push(
          `pauses for ${pause.kind} on ${pause.action}, which rule ${id} does not deduct`,
        );
    }
  }
  if (clock.restartOn) {
    for (const [id, facts] of known) {
      if (!facts.restarts)
        problems.push(`restarts on ${clock.restartOn.action}, but rule ${id} never starts again`);
    }
  }
  if (clock.extendOn && known.length > 0 && !known.some(([, facts]) => facts.extends)) {
    problems.push(
      `extends on ${clock.extendOn.action}, but no rule it may run under can be extended`,
    );
  }
  return problems;
}
