// Demo instructions of 侯马市 from the shared plan (demo-plan.ts): 2023 has the report's eight
// rule-of-law instructions by the party secretary or the mayor, plus two that do not count. An
// instruction is closed once every one of its follow-ups was accepted before the load day.
import type { DemoGenerator, DemoRecord } from "../../seed/types.js";
import { instructionPlans, type InstructionPlan } from "./demo-plan.js";
import { followUpDates } from "../followUp/demo-dates.js";

function closing(plan: InstructionPlan, today: string): string | null {
  const accepted = plan.followUps.map(
    (followUp) => followUpDates(plan.instructedOn, followUp, today).acceptedOn,
  );
  if (accepted.some((day) => day === null)) return null;
  const last = accepted
    .filter((day): day is string => day !== null)
    .sort()
    .at(-1);
  return last !== undefined && last < today ? last : null;
}

export const instructionDemo: DemoGenerator = (refs) =>
  instructionPlans(refs.today).map((plan): DemoRecord => {
    const closedOn = closing(plan, refs.today);
    return {
      by: "fzb",
      values: {
        leaderRole: plan.leaderRole,
        leaderName: plan.leaderName,
        instructedOn: plan.instructedOn,
        subject: plan.subject,
        instructionText: plan.text,
        isRuleOfLaw: plan.isRuleOfLaw,
        registeringOrg: refs.org(plan.registeringOrg),
      },
      steps:
        closedOn === null
          ? []
          : [
              {
                action: "close",
                by: "fzb",
                values: { closedOn, closingNote: "各承办单位均已按要求落实，经审核予以办结。" },
              },
            ],
    };
  });
