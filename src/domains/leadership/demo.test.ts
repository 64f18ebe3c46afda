// The section (一) demo data reproduces the 2023 figures of the reference report from the
// generators alone, and later years stop at the load day.
import { describe, expect, it } from "vitest";
import { textOf } from "../../kernel/values.js";
import { offlineDemoRefs } from "../../seed/offline-refs.js";
import type { DemoRecord, DemoRefs } from "../../seed/types.js";
import {
  dutyReportDemo,
  leaderDutyListDemo,
  MAJOR_ISSUES,
  meetingTopicDemo,
  studySessionDemo,
} from "./demo.js";
import { MAJOR_ISSUE_MEETINGS } from "./fields.js";

const codes = new Map<string, number>();
const refsAt = (today: string): DemoRefs =>
  offlineDemoRefs(today, (code) => {
    if (!codes.has(code)) codes.set(code, codes.size + 1);
    return codes.get(code) ?? 0;
  });
const TODAY = "2026-11-26";

/** The state a demo record ends in: the `to` of its last step's action, by action id. */
const lastAction = (record: DemoRecord): string | undefined => record.steps.at(-1)?.action;
const valueOf = (record: DemoRecord, field: string): unknown =>
  record.steps.reduce<unknown>(
    (value, step) => step.values?.[field] ?? value,
    record.values[field],
  );
const inYear = (year: number, field: string) => (record: DemoRecord) =>
  textOf(valueOf(record, field) as string).startsWith(String(year));

describe("meeting topics", () => {
  const topics = meetingTopicDemo(refsAt(TODAY));
  const major = (year: number) =>
    topics
      .filter(inYear(year, "meetingDate"))
      .filter(
        (r) =>
          lastAction(r) === "resolve" &&
          r.values.isRuleOfLaw === true &&
          (MAJOR_ISSUE_MEETINGS as readonly string[]).includes(textOf(r.values.meetingKind)),
      );

  it("resolve exactly 10 major rule-of-law issues in 2023, among topics that do not count", () => {
    expect(major(2023)).toHaveLength(10);
    const of2023 = topics.filter(inYear(2023, "meetingDate"));
    expect(of2023.filter((r) => lastAction(r) === "defer" && r.values.isRuleOfLaw)).toHaveLength(1);
    // Deferred in 2023, resolved in 2024: it counts once, in the year it was resolved.
    const heardAgain = topics.filter(
      (r) => r.steps.map((s) => s.action).join() === "defer,resolve",
    );
    expect(
      heardAgain.map((r) => textOf(valueOf(r, "meetingDate") as string).slice(0, 4)),
    ).toContain("2024");
    expect(of2023.filter((r) => lastAction(r) === "resolve" && !r.values.isRuleOfLaw).length).toBe(
      9,
    );
    // With the one put over from 2023 and the one deferred in 2023.
    expect(major(2024)).toHaveLength((MAJOR_ISSUES[2024] ?? 0) + 2);
    // Every executive-meeting topic went through legality review and names the opinion.
    const executive = topics.filter((r) => r.values.meetingKind === "executiveMeeting");
    expect(
      executive.every((r) => /^侯司审〔\d{4}〕\d+号$/.test(textOf(r.values.legalityOpinionNumber))),
    ).toBe(true);
  });

  it("hold nothing after the load day: later topics are left out or still pending", () => {
    const early = meetingTopicDemo(refsAt("2024-06-30"));
    expect(early.every((r) => textOf(r.values.submittedOn) <= "2024-06-30")).toBe(true);
    const held = early.filter((r) => r.steps.length > 0 && lastAction(r) !== "withdraw");
    expect(held.every((r) => textOf(valueOf(r, "meetingDate") as string) <= "2024-06-30")).toBe(
      true,
    );
    expect(topics.some((r) => r.steps.length === 0)).toBe(true);
  });
});

describe("study sessions", () => {
  const sessions = studySessionDemo(refsAt(TODAY));
  const count = (year: number, body: string, law?: boolean) =>
    sessions
      .filter(inYear(year, "sessionDate"))
      .filter((r) => r.values.body === body && (law === undefined || r.values.isLawTopic === law))
      .length;

  it("are 11 of the 市委中心组 (5 on law) and 9 of the 市政府党组 (4) in 2023", () => {
    expect([count(2023, "partyCommittee"), count(2023, "partyCommittee", true)]).toEqual([11, 5]);
    expect([
      count(2023, "governmentPartyGroup"),
      count(2023, "governmentPartyGroup", true),
    ]).toEqual([9, 4]);
    const of2023 = sessions.filter(inYear(2023, "sessionDate"));
    const themes = of2023
      .filter((r) => r.values.body !== "unitGroup")
      .map((r) => `${textOf(r.values.body)}${textOf(r.values.theme)}`);
    expect(new Set(themes).size).toBe(themes.length);
    // Absences carry a reason.
    const rows = of2023.flatMap((r) => r.values.attendees as readonly Record<string, unknown>[]);
    expect(
      rows
        .filter((row) => row.attendance !== "present")
        .every((row) => textOf(row.absenceReason as string) !== ""),
    ).toBe(true);
  });

  it("stop at the load day", () => {
    expect(
      studySessionDemo(refsAt("2025-05-01")).every(
        (r) => textOf(r.values.sessionDate) <= "2025-05-01",
      ),
    ).toBe(true);
  });
});

describe("duty reports", () => {
  const plan = dutyReportDemo(refsAt(TODAY));
  const ofYear = (year: number) => plan.filter((r) => r.values.year === year);
  const required = (year: number) => ofYear(year).filter((r) => lastAction(r) !== "remove");

  it("cover every department and township required in 2023, each evaluated once", () => {
    expect(required(2023)).toHaveLength(24);
    expect(required(2023).every((r) => lastAction(r) === "evaluate")).toBe(true);
    expect(new Set(required(2023).map((r) => r.values.org)).size).toBe(24);
    const reworked = ofYear(2023).filter((r) =>
      r.steps.some((s) => s.action === "returnForRework"),
    );
    expect(reworked).toHaveLength(1);
  });

  it("take one bureau off the 2025 plan and are partly done in the load day's year", () => {
    expect(ofYear(2025).filter((r) => lastAction(r) === "remove")).toHaveLength(1);
    const now = required(2026);
    expect(now).toHaveLength(24);
    expect(now.filter((r) => r.steps.length > 0).length).toBeGreaterThan(0);
    expect(now.filter((r) => lastAction(r) === "evaluate").length).toBeLessThan(24);
    // Three weeks on, written reports are being evaluated; the oral ones wait for January.
    const later = dutyReportDemo(refsAt("2026-12-18")).filter((r) => r.values.year === 2026);
    const evaluated = later.filter((r) => lastAction(r) === "evaluate").length;
    expect(evaluated).toBeGreaterThan(0);
    expect(evaluated).toBeLessThan(24);
    expect(dutyReportDemo(refsAt("2026-10-31")).some((r) => r.values.year === 2026)).toBe(false);
  });
});

describe("leader duty lists", () => {
  it("are drawn up by the city, its government and eight units each year, issued unless late", () => {
    const lists = leaderDutyListDemo(refsAt(TODAY));
    for (const year of [2023, 2024, 2025, 2026]) {
      const ofYear = lists.filter((r) => r.values.year === year);
      expect(ofYear).toHaveLength(10);
      expect(ofYear.filter((r) => r.steps.length === 0)).toHaveLength(year === 2026 ? 1 : 0);
    }
    const revised = lists.filter((r) => r.steps.some((s) => s.action === "reissue"));
    expect(revised.map((r) => [r.values.year, r.values.headRole])).toEqual([[2024, "government"]]);
  });
});
