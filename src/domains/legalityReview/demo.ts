// Demo legality reviews of 侯马市's justice bureau, 2023 to the load day. 2023 reproduces the
// reference report: 46 draft documents and 28 executive-meeting topics reviewed. The reviews of
// drafts kept in fazhi link to them (the normative documents, the executive-meeting topics put
// forward as reviewed); the rest are other documents and topics without a record of their own.
// Near the load day: reviews in progress, one returned for materials, and the one of the normative
// document that awaits its review.
import type { FieldValue } from "../../kernel/values.js";
import { dice, type Dice } from "../../seed/dice.js";
import type { DemoRecord, DemoRefs, DemoStep, LoadedDemoRecord } from "../../seed/types.js";
import { shift, workdays, workingOnOrAfter, workingOnOrBefore } from "../../seed/working-days.js";
import { decisionReviews } from "../majorDecision/demo-reviews.js";
import * as pools from "./demo-pools.js";

/** Reviews concluded per year (2023: the report's figures); the load day's year pro rata. */
const DOCUMENTS_PER_YEAR: Readonly<Record<number, number>> = { 2023: 46, 2024: 41, 2025: 44 };
const TOPICS_PER_YEAR: Readonly<Record<number, number>> = { 2023: 28, 2024: 25, 2025: 27 };

interface Subject {
  readonly title: string;
  readonly kind: "document" | "meetingTopic";
  readonly isNormative: boolean;
  readonly link: string | null;
  readonly org: number;
  readonly summary: string;
}

type Outcome =
  | { readonly kind: "concluded"; readonly on: string; readonly mustPass: boolean }
  | { readonly kind: "open" }
  | { readonly kind: "returned"; readonly on: string };

function opinion(d: Dice, mustPass: boolean): Record<string, FieldValue> {
  const roll = d.int(1, 100);
  if (!mustPass && roll > 97)
    return {
      conclusion: "unlawful",
      opinion: "经审核，该草案存在超越制定权限的问题，依法不得提交审议，请起草单位重新研究。",
      problems: [{ kind: pools.UNLAWFUL_PROBLEM[0], description: pools.UNLAWFUL_PROBLEM[1] }],
    };
  if (roll > 65) {
    const problems = d
      .shuffle(pools.CHANGE_PROBLEMS)
      .slice(0, d.int(1, 3))
      .map(([kind, description]) => ({ kind, description, adopted: true }));
    return {
      conclusion: "lawfulWithChanges",
      opinion: `经审核，该草案总体合法，提出修改意见${problems.length}条，请修改完善后按程序提交审议。`,
      problems,
    };
  }
  return {
    conclusion: "lawful",
    opinion: "经审核，该草案制定主体适格、程序合法、内容未违反上位法规定，同意按程序提交审议。",
  };
}

function review(refs: DemoRefs, d: Dice, subject: Subject, received: string, outcome: Outcome) {
  const values: Record<string, FieldValue> = {
    subjectTitle: subject.title,
    subjectKind: subject.kind,
    requestingOrg: subject.org,
    reviewingOrg: refs.org(pools.JUSTICE),
    receivedOn: received,
    draftSummary: subject.summary,
    ...(subject.kind === "document" ? { isNormative: subject.isNormative } : {}),
    ...(subject.link ? { subject: subject.link } : {}),
  };
  const steps: DemoStep[] = [];
  if (outcome.kind === "returned")
    steps.push({
      action: "returnForMaterials",
      by: pools.REVIEWER,
      values: { returnedOn: outcome.on, returnReason: pools.RETURN_REASON },
    });
  if (outcome.kind === "concluded")
    steps.push({
      action: "conclude",
      by: pools.REVIEWER,
      values: { ...opinion(d, outcome.mustPass), concludedOn: outcome.on },
    });
  return { by: pools.OFFICE_USER, values, steps } satisfies DemoRecord;
}

const yearOf = (date: string): number => Number(date.slice(0, 4));
const text = (values: LoadedDemoRecord["values"], field: string): string => {
  const value = values[field];
  return typeof value === "string" ? value : "";
};
const orgOf = (values: LoadedDemoRecord["values"], field: string): number => Number(values[field]);

/** Reviews of the normative documents sent for review: concluded 3 working days before discussion. */
interface Dated {
  readonly record: DemoRecord;
  /** The year it was concluded in; null while open. */
  readonly year: number | null;
}

function documentReviews(refs: DemoRefs, d: Dice): Dated[] {
  return refs.loaded("normativeDocument").flatMap((document): Dated[] => {
    const requested = text(document.values, "reviewRequestedOn");
    if (requested === "") return [];
    const subject: Subject = {
      title: `《${text(document.values, "title")}》（送审稿）`,
      kind: "document",
      isNormative: true,
      link: document.link,
      org: orgOf(document.values, "draftingOrg"),
      summary: text(document.values, "summary"),
    };
    const discussed = text(document.values, "discussedOn");
    if (discussed === "")
      return [{ record: review(refs, d, subject, requested, { kind: "open" }), year: null }];
    const on = workdays(discussed, -3);
    const outcome = { kind: "concluded", on, mustPass: true } as const;
    return [{ record: review(refs, d, subject, requested, outcome), year: yearOf(on) }];
  });
}

/** Reviews of the executive-meeting topics put forward as reviewed: concluded before submission. */
function topicReviews(refs: DemoRefs, d: Dice): Dated[] {
  return refs
    .loaded("meetingTopic")
    .filter(
      (topic) =>
        topic.values.meetingKind === "executiveMeeting" && topic.values.legalityReviewed === true,
    )
    .map((topic) => {
      const on = workdays(text(topic.values, "submittedOn"), -d.int(1, 3));
      const subject: Subject = {
        title: text(topic.values, "topic"),
        kind: "meetingTopic",
        isNormative: false,
        link: topic.link,
        org: orgOf(topic.values, "submittingOrg"),
        summary: text(topic.values, "summary"),
      };
      const outcome = { kind: "concluded", on, mustPass: true } as const;
      return {
        record: review(refs, d, subject, workdays(on, -d.int(2, 4)), outcome),
        year: yearOf(on),
      };
    });
}

/** Days spread over the year up to a week before the load day, `count` of them, in order. */
function spread(year: number, count: number, today: string): string[] {
  const end = `${year}-12-28` < today ? `${year}-12-28` : shift(today, -7);
  const start = Date.parse(`${year}-01-06`);
  const span = Date.parse(end) - start;
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(start + ((i + 0.5) * span) / count).toISOString().slice(0, 10);
    const working = workingOnOrAfter(day);
    return working > end ? workingOnOrBefore(end) : working;
  });
}

/** Reviews without a record to link: the rest of each year's figure. */
function unlinked(
  refs: DemoRefs,
  d: Dice,
  kind: Subject["kind"],
  year: number,
  count: number,
): DemoRecord[] {
  const titles = d.shuffle(kind === "document" ? pools.DOCUMENT_TITLES : pools.TOPIC_TITLES);
  return spread(year, count, refs.today).map((on, i) => {
    const title = (titles[i % titles.length] ?? "").replaceAll("{Y}", String(year));
    const subject: Subject = {
      title: kind === "document" ? `${title}（送审稿）` : title,
      kind,
      isNormative: false,
      link: null,
      org: refs.org(d.pick(pools.REQUESTERS)),
      summary: `${title}，由送审单位起草并提请合法性审核。`,
    };
    const outcome = { kind: "concluded", on, mustPass: kind === "meetingTopic" } as const;
    return review(refs, d, subject, workdays(on, -d.int(2, 5)), outcome);
  });
}

/** A year's target; the load day's year in proportion to the days gone. */
function target(perYear: Readonly<Record<number, number>>, year: number, today: string): number {
  const full = perYear[year] ?? perYear[2025] ?? 0;
  if (year < yearOf(today)) return full;
  const elapsed = (Date.parse(today) - Date.parse(`${year}-01-01`)) / (365 * 86_400_000);
  return Math.floor(full * elapsed);
}

/** In progress near the load day: two drafts received, one returned for materials, one topic. */
function openReviews(refs: DemoRefs, d: Dice): DemoRecord[] {
  const year = yearOf(refs.today);
  const subject = (kind: Subject["kind"]): Subject => {
    const pool = kind === "document" ? pools.DOCUMENT_TITLES : pools.TOPIC_TITLES;
    const title = d.pick(pool).replaceAll("{Y}", String(year + 1));
    return {
      title: kind === "document" ? `${title}（送审稿）` : title,
      kind,
      isNormative: false,
      link: null,
      org: refs.org(d.pick(pools.REQUESTERS)),
      summary: `${title}，由送审单位起草并提请合法性审核。`,
    };
  };
  const recent = (low: number, high: number) =>
    workdays(workingOnOrBefore(refs.today), -d.int(low, high));
  const returned = recent(8, 10);
  return [
    review(refs, d, subject("document"), recent(1, 3), { kind: "open" }),
    review(refs, d, subject("document"), recent(2, 4), { kind: "open" }),
    review(refs, d, subject("meetingTopic"), recent(1, 2), { kind: "open" }),
    review(refs, d, subject("document"), returned, { kind: "returned", on: workdays(returned, 3) }),
  ];
}

export function legalityReviewDemo(refs: DemoRefs): readonly DemoRecord[] {
  const d = dice(refs.random);
  const documents = documentReviews(refs, d);
  const topics = topicReviews(refs, d);
  const records: DemoRecord[] = [...documents, ...topics].map((item) => item.record);
  for (let year = 2023; year <= yearOf(refs.today); year += 1) {
    const linkedDocuments = documents.filter((item) => item.year === year).length;
    const linkedTopics = topics.filter((item) => item.year === year).length;
    const documentsLeft = target(DOCUMENTS_PER_YEAR, year, refs.today) - linkedDocuments;
    const topicsLeft = target(TOPICS_PER_YEAR, year, refs.today) - linkedTopics;
    records.push(...unlinked(refs, d, "document", year, Math.max(0, documentsLeft)));
    records.push(...unlinked(refs, d, "meetingTopic", year, Math.max(0, topicsLeft)));
  }
  // The decisions' own reviews come last: their generator draws no numbers from this one's dice.
  return [...records, ...openReviews(refs, d), ...decisionReviews(refs)];
}
