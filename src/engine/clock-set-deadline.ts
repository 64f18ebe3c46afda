// Clocks whose due date is set in the record by whoever assigned the work (督办期限), not counted
// from a statute: the due date is the date field's value, the explanation says who set it.
import type { ClockDeclaration, RecordValues, SetDeadline } from "../kernel/declaration.js";
import { isSetDeadline } from "../kernel/declaration.js";
import type { ClockState } from "./clocks.js";
import { validationError } from "./errors.js";

/** The set deadline of a clock, or null for a statutory clock. */
export const setDeadlineOf = (clock: ClockDeclaration): SetDeadline | null =>
  isSetDeadline(clock.rule) ? clock.rule : null;

/** The due date the record holds now; a running clock without one is the user's missing field. */
export function dueFromRecord(
  clock: ClockDeclaration,
  deadline: SetDeadline,
  values: RecordValues,
  labelOf: (name: string) => string,
): string {
  const due = values[deadline.dueField];
  if (typeof due === "string") return due;
  throw validationError([
    {
      field: deadline.dueField,
      code: "clock.noDueDate",
      message: `${clock.label}：请填写${labelOf(deadline.dueField)}`,
    },
  ]);
}

/** A clock's state following the record's due date field (unchanged if it already does). */
export function followDueField(
  state: ClockState,
  clock: ClockDeclaration,
  values: RecordValues,
  labelOf: (name: string) => string,
): ClockState {
  const deadline = setDeadlineOf(clock);
  if (!deadline) return state;
  const due = dueFromRecord(clock, deadline, values, labelOf);
  return due === state.dueOn ? state : { ...state, dueOn: due };
}

/** The explanation of a set deadline: the day the work was assigned and the day it is due. */
export function explainSetDeadline(state: ClockState, deadline: SetDeadline): ClockState {
  const due = state.dueOn;
  if (due !== null && due < state.startedOn) {
    throw validationError([
      {
        field: deadline.dueField,
        code: "clock.dueBeforeStart",
        message: `督办期限（${due}）不能早于起算日（${state.startedOn}）`,
      },
    ]);
  }
  return {
    ...state,
    provisional: false,
    steps: [
      { date: state.startedOn, kind: "start", text: `${state.startedOn} 起算` },
      ...(due === null
        ? []
        : [{ date: due, kind: "due", text: `督办期限由${deadline.setBy}确定：${due}` }]),
    ],
  };
}
