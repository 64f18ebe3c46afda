// Colours and words for deadline tones and workflow states.
import type { ClockTone, ClockView, StateMeta, TypeMeta } from "../api/types";

export const CLOCK_TONE_COLORS: Readonly<Record<ClockTone, string>> = {
  overdue: "red",
  dueSoon: "orange",
  running: "blue",
  paused: "default",
  met: "green",
  late: "volcano",
};

/** The words on a clock's tag: 已逾期N日, 剩余N日, 已暂停, 按期办结, 逾期办结. */
export function clockToneText(clock: Pick<ClockView, "tone" | "daysLeft">): string {
  const days = clock.daysLeft;
  switch (clock.tone) {
    case "overdue":
      return days === null ? "已逾期" : `已逾期${Math.abs(days)}日`;
    case "dueSoon":
    case "running":
      if (days === null) return "计时中";
      return days === 0 ? "今日届满" : `剩余${days}日`;
    case "paused":
      return "已暂停";
    case "met":
      return "按期办结";
    case "late":
      return "逾期办结";
  }
}

export const CLOCK_STATUS_LABELS: Readonly<Record<ClockView["status"], string>> = {
  running: "计时中",
  paused: "已暂停",
  stopped: "已停止",
};

export function stateOf(type: TypeMeta, id: string): StateMeta {
  return (
    type.states.find((state) => state.id === id) ?? {
      id,
      label: id,
      isFinal: false,
      tone: "default",
    }
  );
}
