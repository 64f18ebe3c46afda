// A list row's next deadline: its due date coloured by how close it is; which clock, on hover.
import { Tag, Tooltip } from "antd";
import type { NextDue } from "../api/types";
import { EMPTY } from "./format";
import { CLOCK_TONE_COLORS } from "./tones";

const TONE_WORDS: Partial<Record<NextDue["tone"], string>> = {
  overdue: "已逾期",
  dueSoon: "即将届满",
};

export function DueTag({ due }: { due: NextDue | null }) {
  if (due === null) return <span className="muted">{EMPTY}</span>;
  const word = TONE_WORDS[due.tone];
  return (
    <Tooltip title={`${due.label}：${due.dueOn}届满${word === undefined ? "" : `（${word}）`}`}>
      <Tag color={CLOCK_TONE_COLORS[due.tone]} className="due-tag" data-testid="next-due">
        {due.dueOn}
        {due.tone === "overdue" ? " 已逾期" : null}
      </Tag>
    </Tooltip>
  );
}
