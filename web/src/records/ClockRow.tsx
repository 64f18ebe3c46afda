// One statutory clock: label, status tag, due date, the article it rests on, and how it was counted.
import { Button, Tag, Tooltip, Typography } from "antd";
import { useState } from "react";
import type { ClockView } from "../api/types";
import { formatDateWithWeekday } from "./format";
import { ClockSteps } from "./ClockSteps";
import { CLOCK_TONE_COLORS, clockToneText } from "./tones";

/** Kinds of step that say why a paused clock has no due date yet, and what is left. */
const PAUSE_STEP_KINDS = new Set(["suspended", "awaitingRestart"]);

export function ClockRow({ clock }: { clock: ClockView }) {
  const [open, setOpen] = useState(false);
  const pauseStep =
    clock.status === "paused"
      ? clock.steps.findLast((step) => PAUSE_STEP_KINDS.has(step.kind))
      : undefined;
  return (
    <div className={`clock clock-${clock.tone}`} data-testid={`clock-${clock.clockId}`}>
      <div className="clock-head">
        <span className="clock-label">{clock.label}</span>
        <Tag
          color={CLOCK_TONE_COLORS[clock.tone]}
          className="clock-tag"
          data-testid={`clock-tone-${clock.clockId}`}
        >
          {clockToneText(clock)}
        </Tag>
        {clock.provisional ? (
          <Tooltip title="期间跨入尚未公布节假日安排的年度，暂按周末规则计算，国务院通知公布后须重新核对。">
            <Tag color="gold">暂定</Tag>
          </Tooltip>
        ) : null}
        <Button
          type="link"
          size="small"
          className="clock-explain"
          aria-expanded={open}
          onClick={() => {
            setOpen(!open);
          }}
          data-testid={`clock-explain-${clock.clockId}`}
        >
          {open ? "收起计算过程" : "计算过程"}
        </Button>
      </div>
      <div className="clock-dates">
        <span>
          届满日：
          <strong>
            {clock.dueOn !== null
              ? formatDateWithWeekday(clock.dueOn)
              : clock.status === "paused"
                ? "恢复计算后重新推算"
                : "—"}
          </strong>
        </span>
        <span>起算日：{clock.startedOn}</span>
        {clock.stoppedOn === null ? null : <span>办结日：{clock.stoppedOn}</span>}
      </div>
      {pauseStep === undefined ? null : (
        <Typography.Paragraph className="clock-pause" data-testid={`clock-pause-${clock.clockId}`}>
          {pauseStep.text}
        </Typography.Paragraph>
      )}
      {clock.setBy === null || clock.dueOn === null ? null : (
        <Typography.Text
          type="secondary"
          className="clock-citation"
          data-testid={`clock-set-by-${clock.clockId}`}
        >
          督办期限由{clock.setBy}确定：{clock.dueOn}
        </Typography.Text>
      )}
      {clock.citation === "" ? null : (
        <Typography.Text type="secondary" className="clock-citation">
          依据：{clock.citation}
        </Typography.Text>
      )}
      {open ? <ClockSteps clock={clock} /> : null}
    </div>
  );
}
