// Demo follow-ups (督办事项) by the rule-of-law office on the business-environment tasks longest
// past their due date at load time: linked to the task, assigned to its responsible organisation;
// the oldest one is itself overdue. Read by the follow-up generator (src/domains/followUp/demo.ts),
// which is loaded after the tasks.
import { textOf } from "../../kernel/values.js";
import type { DemoRecord, DemoRefs } from "../../seed/types.js";
import { shift } from "../../seed/working-days.js";

const LAW_OFFICE = "141081-C01";
const PUSHED = 3;
/** Open against the letter's due date (a task in rectification runs against its own limit). */
const OPEN = new Set(["assigned", "inProgress", "returned"]);

/** The task text cut to fit a follow-up's task (200 characters) with room for the wording. */
const short = (text: string): string => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

export function businessEnvironmentFollowUps(refs: DemoRefs): DemoRecord[] {
  const overdue = refs
    .loaded("businessEnvironmentTask")
    .filter((task) => OPEN.has(task.state) && textOf(task.values["dueDate"]) < refs.today)
    .sort((a, b) => textOf(a.values["dueDate"]).localeCompare(textOf(b.values["dueDate"])))
    .slice(0, PUSHED);
  return overdue.map((task, i): DemoRecord => {
    const due = textOf(task.values["dueDate"]);
    const assignedOn =
      shift(due, 1) > shift(refs.today, -20) ? shift(due, 1) : shift(refs.today, -20);
    return {
      by: "fzb",
      values: {
        source: task.link,
        task: `督促落实优化营商环境任务：${short(textOf(task.values["task"]))}`,
        requirement: "该任务已超过责任书确定的完成时限，请说明原因，报送整改措施和完成时间。",
        assignedOrg: task.values["responsibleOrg"] ?? null,
        assigningOrg: refs.org(LAW_OFFICE),
        assignedOn,
        // The first pushed is the oldest, and its follow-up has run out as well.
        dueDate:
          i === 0 && shift(assignedOn, 7) < refs.today
            ? shift(assignedOn, 7)
            : shift(refs.today, 10),
      },
      steps: [],
    };
  });
}
