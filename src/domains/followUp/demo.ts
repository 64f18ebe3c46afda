// Demo follow-ups of 侯马市: those of every demo instruction (demo-plan.ts), linked to it, mostly
// completed on time, some late, one escalated; recent ones open and a few overdue at load time; and
// follow-ups by the rule-of-law office pushing open legal aid and reconsideration cases and overdue
// business-environment tasks.
import { textOf, type FieldValue } from "../../kernel/values.js";
import type { DemoRecord, DemoRefs, DemoStep, LoadedDemoRecord } from "../../seed/types.js";
import { businessEnvironmentFollowUps } from "../businessEnvironment/demo-follow-ups.js";
import { instructionPlans, type FollowUpPlan } from "../instruction/demo-plan.js";
import { followUpDates, shift } from "./demo-dates.js";

const OFFICE = "141081-C01";
/** Demo users who work follow-ups in their organisation; elsewhere the office enters the steps. */
const CLERKS: Readonly<Record<string, string>> = {
  "141081-D01": "sfj_clerk",
  "141081-D04": "scj_clerk",
  "141081-D01-01": "fly_clerk",
  "141081001": "ld_clerk",
};

function stepsOf(dates: ReturnType<typeof followUpDates>, clerk: string, task: string): DemoStep[] {
  const steps: DemoStep[] = [];
  const done = dates.completedOn;
  if (dates.progressOn !== null && (done === null || dates.progressOn < done))
    steps.push({
      action: "reportProgress",
      by: clerk,
      values: {
        progressOn: dates.progressOn,
        progressText: `已成立工作专班，“${task}”正在按计划推进。`,
      },
    });
  if (dates.escalation !== null)
    steps.push({
      action: "escalate",
      by: "fzb",
      values: {
        escalatedOn: dates.escalation.on,
        escalationLevel: "deputyLeader",
        escalatedTo: "吴海涛",
        escalationReason: "逾期未办结，提请分管副市长督办。",
        dueDate: dates.escalation.dueDate,
      },
    });
  if (done !== null)
    steps.push({
      action: "complete",
      by: clerk,
      values: { completedOn: done, completionText: `“${task}”已完成，相关材料已上传。` },
    });
  if (dates.acceptedOn !== null)
    steps.push({
      action: "accept",
      by: "fzb",
      values: { acceptedOn: dates.acceptedOn, acceptanceNote: "经审核，同意办结。" },
    });
  return steps;
}

function ofInstruction(
  refs: DemoRefs,
  link: string,
  instructedOn: string,
  plan: FollowUpPlan,
  assigningOrg: string,
): DemoRecord {
  const dates = followUpDates(instructedOn, plan, refs.today);
  const values: Record<string, FieldValue> = {
    source: link,
    task: plan.task,
    requirement: "请按期报送进展情况，办结时上传佐证材料。",
    assignedOrg: refs.org(plan.org),
    assigningOrg: refs.org(assigningOrg),
    assignedOn: dates.assignedOn,
    dueDate: dates.dueDate,
  };
  return { by: "fzb", values, steps: stepsOf(dates, CLERKS[plan.org] ?? "fzb", plan.task) };
}

const FINAL = new Set(["closed", "refused", "withdrawn"]);

/** Open cases of a type, longest open first: the ones the office pushes. */
function openCases(refs: DemoRefs, typeId: string, ownerField: string): LoadedDemoRecord[] {
  return refs
    .loaded(typeId)
    .filter((record) => !FINAL.has(record.state) && typeof record.values[ownerField] === "number")
    .sort((a, b) =>
      textOf(a.values["receivedDate"]).localeCompare(textOf(b.values["receivedDate"])),
    )
    .slice(0, 2);
}

function pushing(
  refs: DemoRefs,
  record: LoadedDemoRecord,
  ownerField: string,
  what: string,
  isOverdue: boolean,
): DemoRecord {
  const received = textOf(record.values["receivedDate"]);
  const assignedOn = received > shift(refs.today, -15) ? received : shift(refs.today, -15);
  return {
    by: "fzb",
    values: {
      source: record.link,
      task: `催办${what}，请依法按期办结`,
      requirement: "该案件临近或超过法定期限，请说明原因并报送办理进度。",
      assignedOrg: record.values[ownerField] ?? null,
      assigningOrg: refs.org(OFFICE),
      assignedOn,
      dueDate:
        isOverdue && shift(assignedOn, 7) < refs.today
          ? shift(assignedOn, 7)
          : shift(refs.today, 10),
    },
    steps: [],
  };
}

export const followUpDemo = (refs: DemoRefs): readonly DemoRecord[] => {
  const instructions = refs.loaded("instruction");
  const fromInstructions = instructionPlans(refs.today).flatMap((plan, index) => {
    const link = instructions[index]?.link;
    if (link === undefined) return [];
    return plan.followUps.map((followUp) =>
      ofInstruction(refs, link, plan.instructedOn, followUp, plan.registeringOrg),
    );
  });
  const cases = [
    ...openCases(refs, "legalAid", "aidOrg").map((record, i) =>
      pushing(refs, record, "aidOrg", "法律援助案件", i === 0),
    ),
    ...openCases(refs, "reconsideration", "handlingOrg").map((record, i) =>
      pushing(refs, record, "handlingOrg", "行政复议案件", i === 0),
    ),
  ];
  return [...fromInstructions, ...cases, ...businessEnvironmentFollowUps(refs)];
};
