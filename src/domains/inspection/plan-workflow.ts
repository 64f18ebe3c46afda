// The life of a random-inspection plan. Publishing freezes the eligible lists and the seed sources
// and puts them on the portal; the draw, before witnesses, is run by the draw service from the
// published material and the values typed at the draw; neither can be taken twice. When the
// inspection ends, the 20-working-day clock for publishing its results starts.
import type {
  ActionCheckError,
  ClockDeclaration,
  RecordValues,
  WorkflowDeclaration,
} from "../../kernel/declaration.js";

const planners = ["clerk", "head", "lawOffice"] as const;

/** The planned period runs forwards, and the draw's lottery is drawn before the inspection starts. */
function checkDates(after: RecordValues): ActionCheckError | null {
  const { periodStart, periodEnd, lotteryDate } = after;
  if (typeof periodStart === "string" && typeof periodEnd === "string" && periodEnd < periodStart)
    return {
      field: "periodEnd",
      code: "inspection.periodEnd",
      message: "计划检查结束日期不能早于开始日期",
    };
  if (
    typeof lotteryDate === "string" &&
    typeof periodStart === "string" &&
    lotteryDate > periodStart
  )
    return {
      field: "lotteryDate",
      code: "inspection.lotteryDate",
      message: "开奖日期须在计划检查开始日期之前（先抽取、后检查）",
    };
  return null;
}

function checkEnd(after: RecordValues): ActionCheckError | null {
  const { inspectionStartedOn, inspectionEndedOn } = after;
  if (
    typeof inspectionStartedOn === "string" &&
    typeof inspectionEndedOn === "string" &&
    inspectionEndedOn < inspectionStartedOn
  )
    return {
      field: "inspectionEndedOn",
      code: "inspection.endedBeforeStart",
      message: "检查结束日期不能早于检查开始日期",
    };
  return null;
}

export const planWorkflow: WorkflowDeclaration = {
  initial: "drafting",
  states: [
    { id: "drafting", label: "起草中", tone: "default" },
    { id: "published", label: "已公示（待抽取）", isLocked: true, tone: "processing" },
    { id: "drawn", label: "已抽取", isLocked: true, tone: "processing" },
    { id: "inspecting", label: "检查中", isLocked: true, tone: "processing" },
    { id: "completed", label: "已完成（待公示结果）", isLocked: true, tone: "warning" },
    { id: "resultsPublished", label: "结果已公示", tone: "success", isFinal: true },
  ],
  actions: [
    {
      id: "publish",
      label: "公示抽查计划",
      from: ["drafting"],
      to: "published",
      roles: planners,
      fields: ["publishedOn"],
      requires: ["publishedOn"],
      dateField: "publishedOn",
      check: checkDates,
      service: true,
      confirm:
        "公示后，待抽取名单、抽取户数和随机数来源即固定并在门户网站公开，不能再修改。确定公示？",
      tone: "primary",
    },
    {
      id: "draw",
      label: "现场抽取",
      from: ["published"],
      to: "drawn",
      roles: planners,
      fields: ["drawnOn", "lotteryValue", "witnessValue"],
      requires: ["drawnOn", "lotteryValue", "witnessValue"],
      dateField: "drawnOn",
      service: true,
      confirm: "抽取结果由公示材料和所输入的两个值唯一确定，抽取后不能重抽。确定抽取？",
      tone: "primary",
    },
    {
      id: "start",
      label: "开始检查",
      from: ["drawn"],
      to: "inspecting",
      roles: planners,
      fields: ["inspectionStartedOn"],
      requires: ["inspectionStartedOn"],
      dateField: "inspectionStartedOn",
    },
    {
      id: "complete",
      label: "检查结束",
      from: ["inspecting"],
      to: "completed",
      roles: planners,
      fields: ["inspectionEndedOn"],
      requires: ["inspectionEndedOn"],
      dateField: "inspectionEndedOn",
      check: checkEnd,
      tone: "primary",
    },
    {
      id: "publishResults",
      label: "公示检查结果",
      from: ["completed"],
      to: "resultsPublished",
      roles: planners,
      fields: ["resultsPublishedOn"],
      requires: ["resultsPublishedOn"],
      dateField: "resultsPublishedOn",
      service: true,
      confirm: "公示后本计划全部检查结果在门户网站公开。确定公示？",
      tone: "primary",
    },
  ],
};

/** 自抽查检查结束之日起20个工作日内公示结果 (statutory-rules §10). */
export const resultPublicationClock: ClockDeclaration = {
  id: "resultPublication",
  label: "检查结果公示期限",
  rule: "inspection.resultPublication",
  startOn: ["complete"],
  startField: "inspectionEndedOn",
  stopOn: ["publishResults"],
};
