// Checks of deadline inputs that do not need the count: pause shapes and extension limits.
import type { IsoDate } from "./dates.js";
import { PAUSE_LABELS, describePeriod } from "./explain.js";
import type { FieldError } from "./result.js";
import type { PauseKind, StatutoryRule } from "./rules/types.js";

interface PauseShape {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly kind?: PauseKind;
}

export function validatePauses(
  rule: StatutoryRule,
  start: IsoDate,
  pauses: readonly PauseShape[],
): FieldError[] {
  const errors: FieldError[] = [];
  if (pauses.length > 0 && (rule.pausedBy.length === 0 || rule.direction === "before")) {
    return [
      {
        field: "pauses",
        code: "pause.notAllowed",
        message: `“${rule.title}”依法没有可扣除的期间，不能设置暂停。`,
      },
    ];
  }
  pauses.forEach((pause, i) => {
    const field = `pauses[${i}]`;
    if (pause.to < pause.from) {
      errors.push({ field, code: "pause.reversed", message: "暂停区间的结束日期早于开始日期。" });
    } else if (pause.from <= start) {
      errors.push({
        field,
        code: "pause.beforeStart",
        message: `暂停区间必须在起算日（${start}）之后开始。`,
      });
    }
    if (pause.kind !== undefined && !rule.pausedBy.includes(pause.kind)) {
      const allowed = rule.pausedBy.map((kind) => PAUSE_LABELS[kind]).join("、");
      errors.push({
        field,
        code: "pause.kindNotAllowed",
        message: `“${rule.title}”只扣除${allowed}期间，不扣除${PAUSE_LABELS[pause.kind]}期间。`,
      });
    }
    const previous = pauses[i - 1];
    if (previous !== undefined && pause.from <= previous.to) {
      errors.push({
        field,
        code: "pause.overlap",
        message: "暂停区间与前一区间重叠或未按日期先后排列。",
      });
    }
  });
  return errors;
}

export function validateExtension(rule: StatutoryRule, amount: number | undefined): FieldError[] {
  if (amount === undefined) return [];
  const field = "extension";
  if (rule.extension === null) {
    return [{ field, code: "extension.notAllowed", message: `“${rule.title}”依法不能延长。` }];
  }
  const max = rule.extension.period.amount;
  if (!Number.isInteger(amount) || amount < 1 || amount > max) {
    return [
      {
        field,
        code: "extension.outOfRange",
        message: `延长期限应为1至${max}之间的整数（最多延长${describePeriod(rule.extension.period)}）。`,
      },
    ];
  }
  return [];
}

export function validateRestarts(
  rule: StatutoryRule,
  start: IsoDate,
  restarts: readonly IsoDate[],
): FieldError[] {
  if (restarts.length === 0) return [];
  if (rule.restartsOn === null) {
    return [
      {
        field: "restarts",
        code: "restart.notAllowed",
        message: `“${rule.title}”依法不重新计算期间。`,
      },
    ];
  }
  const errors: FieldError[] = [];
  restarts.forEach((day, i) => {
    const previous = i === 0 ? start : restarts[i - 1];
    if (previous !== undefined && day < previous) {
      errors.push({
        field: `restarts[${i}]`,
        code: "restart.beforeStart",
        message: `重新起算日不能早于${i === 0 ? "起算日" : "前一重新起算日"}（${previous}）。`,
      });
    }
  });
  return errors;
}
