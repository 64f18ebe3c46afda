// Demo major decisions of 侯马市: one for each item of the 2023–2026 catalogs (and the item the
// 2024 adjustment added). Past years' decisions went the whole way — comment of at least 30 days,
// a hearing, expert argument, risk assessment and fair-competition review where the item calls
// for them, legality review, the executive meeting, publication, archiving — with a few published
// and not yet archived, one suspended, and the item the 2024 catalog dropped stopped. The load
// day's year has open ones: a draft ten days into its comment, one waiting for its legality
// review, one whose expert argument is missing, one ready for the meeting, one just launched.
// The legality reviews are legalityReview records (demo-reviews.ts), loaded after these.
import { dice, type Dice } from "../../seed/dice.js";
import type { FieldValue } from "../../kernel/values.js";
import type { DemoGenerator, DemoRecord, DemoRefs, DemoStep } from "../../seed/types.js";
import { CATALOG_YEARS, orgName } from "./demo-catalog.js";
import { shift, workdays, workingOnOrBefore } from "../../seed/working-days.js";
import { later } from "./demo-dates.js";
import * as pools from "./demo-pools.js";
import type { Item } from "./demo-pools.js";

export { decisionCatalogDemo } from "./demo-catalog.js";

const JUSTICE_BUREAU = "141081-D01";
/** Units with a demo clerk act for themselves; the rule-of-law office (scope all) for the rest. */
const CLERKS: Readonly<Record<string, string>> = {
  "141081-D01": "sfj_clerk",
  "141081-D04": "scj_clerk",
  "141081-D06": "spj_clerk",
};
const OFFICE = "fzb";
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The executive meeting held around a day: roughly fortnightly, numbered through the year. */
function meetingOn(day: string): string {
  const start = Date.parse(`${day.slice(0, 4)}-01-01T00:00:00Z`);
  const week = Math.floor((Date.parse(`${day}T00:00:00Z`) - start) / (14 * 86_400_000));
  return `侯马市人民政府第${String(week + 2)}次常务会议`;
}

/** Steps in order, none dated after the load day: a later step and those after it are left out. */
class Script {
  readonly steps: DemoStep[] = [];
  private stopped = false;
  constructor(
    private readonly today: string,
    private readonly clerk: string,
  ) {}
  take(action: string, values: Record<string, FieldValue>, by = this.clerk): boolean {
    const days = Object.values(values).filter(
      (v): v is string => typeof v === "string" && ISO.test(v),
    );
    if (this.stopped || days.some((day) => day > this.today)) this.stopped = true;
    else this.steps.push({ action, by, values });
    return !this.stopped;
  }
}

interface Timeline {
  readonly launchedOn: string;
  /** null: not put out for comment yet. */
  readonly commentStartedOn: string | null;
  /** null: the comment is still open. */
  readonly commentEndedOn: string | null;
  /** null: not sent for legality review yet. */
  readonly sentOn: string | null;
}

class DecisionFactory {
  constructor(
    private readonly refs: DemoRefs,
    private readonly d: Dice,
  ) {}

  build(item: Item, year: number, catalog: string | null, time: Timeline): DemoRecord {
    const { d, refs } = this;
    const clerk = CLERKS[item.org] ?? OFFICE;
    const script = new Script(refs.today, clerk);
    const has = (flag: string) => item.flags.includes(flag);
    const { commentStartedOn, commentEndedOn, sentOn } = time;
    if (commentStartedOn === null || commentStartedOn > refs.today)
      return this.record(item, year, catalog, time, script);
    script.take("openComment", { commentStartedOn, commentChannels: d.pick(pools.CHANNELS) });
    if (has("H")) {
      const hearingOn = later(commentStartedOn, d.int(14, 20));
      script.take("recordHearing", {
        hearingMaterialsSentOn: workingOnOrBefore(shift(hearingOn, -d.int(8, 12))),
        hearingOn,
        hearingSummary: `召开听证会，听证参加人${String(d.int(11, 21))}名，意见已整理并在草案修改中研究采纳。`,
      });
    }
    if (item.plan === "comment" || commentEndedOn === null)
      return this.record(item, year, catalog, time, script);
    const received = d.int(3, 45);
    script.take("closeComment", {
      commentEndedOn,
      commentsReceived: received,
      commentsAdopted: d.int(0, received),
      commentHandling: "对收到的意见逐条研究，采纳情况已在决策草案说明中反馈。",
    });
    if (item.plan === "withdrawn") {
      script.take(
        "withdraw",
        {
          withdrawnOn: later(commentEndedOn, d.int(20, 40)),
          withdrawalReason: pools.WITHDRAWAL_2026,
        },
        OFFICE,
      );
      return this.record(item, year, catalog, time, script);
    }
    if (has("S") && item.plan !== "expertPending")
      script.take("recordExpertArgument", {
        expertArguedOn: workdays(commentEndedOn, d.int(1, 3)),
        experts: d.pick(pools.EXPERTS),
        expertOpinion: "专家组认为方案总体可行，建议细化实施步骤和资金保障措施，已吸收采纳。",
      });
    if (has("R"))
      script.take("recordRiskAssessment", {
        riskAssessedOn: workdays(commentEndedOn, d.int(2, 4)),
        riskLevel: d.chance(0.8) ? "low" : "medium",
      });
    if (has("M"))
      script.take("recordFairCompetitionReview", {
        fairCompetitionReviewedOn: workdays(commentEndedOn, d.int(1, 4)),
        fairCompetitionConclusion: "经审查，未发现排除、限制竞争的内容",
      });
    if (sentOn === null) return this.record(item, year, catalog, time, script);
    script.take("sendForLegalityReview", { legalityReviewSentOn: sentOn });
    if (["awaitingReview", "readyToDecide", "expertPending"].includes(item.plan))
      return this.record(item, year, catalog, time, script);
    this.decideAndAfter(item, script, sentOn);
    return this.record(item, year, catalog, time, script);
  }

  private decideAndAfter(item: Item, script: Script, sentOn: string): void {
    const { d } = this;
    const decidedOn = later(sentOn, d.int(28, 40));
    const taken = script.take("decide", {
      meetingKind: "executiveMeeting",
      meetingName: meetingOn(decidedOn),
      decidedOn,
      decisionResult: d.chance(0.7) ? "approved" : "approvedWithChanges",
      dissent: d.chance(0.8) ? "无" : "有参会人员提出资金筹措压力较大，会议决定分年度实施。",
    });
    if (!taken) return;
    let day = decidedOn;
    if (item.flags.includes("P")) {
      day = workdays(decidedOn, d.int(2, 5));
      script.take("reportToParty", { partyReportedOn: day });
    }
    const publishedOn = workdays(day, d.int(3, 8));
    script.take("publish", {
      publishedOn,
      publishedChannel: "侯马市人民政府公报、侯马市人民政府门户网站",
    });
    if (item.plan === "published") return;
    if (item.plan === "suspended") {
      script.take(
        "suspend",
        {
          suspendedOn: later(publishedOn, d.int(60, 120)),
          suspensionReason: pools.SUSPENSION_2024,
        },
        OFFICE,
      );
      return;
    }
    const archivedOn = workdays(publishedOn, d.int(15, 30));
    script.take("archive", {
      archivedOn,
      archiveRef: `侯政决档-${archivedOn.slice(0, 4)}-${String(d.int(1, 60)).padStart(3, "0")}`,
    });
    if (item.plan === "evaluated")
      script.take("evaluate", {
        evaluatedOn: later(publishedOn, d.int(300, 340)),
        evaluationSummary: "决策执行情况良好，达到预期目标；建议对实施中发现的问题完善配套措施。",
      });
  }

  private record(
    item: Item,
    year: number,
    catalog: string | null,
    time: Timeline,
    script: Script,
  ): DemoRecord {
    const has = (flag: string) => item.flags.includes(flag);
    return {
      by: CLERKS[item.org] ?? OFFICE,
      values: {
        title: item.title,
        category: item.category,
        catalogYear: year,
        ...(catalog === null ? {} : { catalog }),
        leadOrg: this.refs.org(item.org),
        overseeingOrg: this.refs.org(JUSTICE_BUREAU),
        summary: `${item.title}，列入${String(year)}年度重大行政决策事项目录，由${orgName(item.org)}牵头起草。`,
        isSpecialised: has("S"),
        affectsStability: has("R"),
        affectsMarket: has("M"),
        needsHearing: has("H"),
        partyReportRequired: has("P"),
        launchedOn: time.launchedOn,
        launchApproval: meetingOn(time.launchedOn),
      },
      steps: script.steps,
    };
  }
}

/** When a past year's item was launched and went through its comment and review. */
function pastTimeline(d: Dice, from: string, slot: number): Timeline {
  const launchedOn = later(from, 7 + slot + d.int(0, 6));
  const commentStartedOn = later(launchedOn, d.int(14, 25));
  const commentEndedOn = later(commentStartedOn, 30 + d.int(0, 3));
  return {
    launchedOn,
    commentStartedOn,
    commentEndedOn,
    sentOn: workdays(commentEndedOn, d.int(5, 8)),
  };
}

/** The open items of the load day's year, pinned to it. */
function openTimeline(d: Dice, plan: string, today: string): Timeline {
  const back = (days: number) => workingOnOrBefore(shift(today, -days));
  if (plan === "comment")
    return { launchedOn: back(40), commentStartedOn: back(10), commentEndedOn: null, sentOn: null };
  if (plan === "launched")
    return { launchedOn: back(8), commentStartedOn: null, commentEndedOn: null, sentOn: null };
  const start = { awaitingReview: 85, expertPending: 80, readyToDecide: 100 }[plan] ?? 90;
  const commentStartedOn = back(start);
  const commentEndedOn = later(commentStartedOn, 31 + d.int(0, 2));
  const sentOn =
    plan === "awaitingReview" ? workdays(back(0), -3) : plan === "readyToDecide" ? back(60) : null;
  return { launchedOn: back(start + 12), commentStartedOn, commentEndedOn, sentOn };
}

export const majorDecisionDemo: DemoGenerator = (refs) => {
  const d = dice(refs.random);
  const factory = new DecisionFactory(refs, d);
  const catalogs = refs.loaded("decisionCatalog");
  const records: DemoRecord[] = [];
  for (const year of CATALOG_YEARS) {
    const catalog = catalogs.find((entry) => entry.values.year === year);
    if (!catalog) continue;
    const published = catalog.values.publishedOn;
    const from = typeof published === "string" ? published : `${String(year)}-02-20`;
    const items = pools.parseItems(pools.ITEMS[year] ?? "");
    const slot = Math.floor(150 / items.length);
    items.forEach((item, i) => {
      if (item.plan === "removed") {
        // Launched, then taken out of the catalog at the July adjustment and stopped.
        const launchedOn = later(from, 20);
        records.push({
          ...factory.build(item, year, catalog.link, {
            launchedOn,
            commentStartedOn: null,
            commentEndedOn: null,
            sentOn: null,
          }),
          steps: [
            {
              action: "withdraw",
              by: OFFICE,
              values: {
                withdrawnOn: workingOnOrBefore("2024-07-12"),
                withdrawalReason: pools.REMOVED_REASON,
              },
            },
          ],
        });
        return;
      }
      const open = [
        "comment",
        "awaitingReview",
        "expertPending",
        "readyToDecide",
        "launched",
      ].includes(item.plan);
      const time = open ? openTimeline(d, item.plan, refs.today) : pastTimeline(d, from, i * slot);
      const record = factory.build(item, year, catalog.link, time);
      records.push(item.plan === "launched" ? { ...record, steps: [] } : record);
    });
    if (year === 2024) {
      const [added] = pools.parseItems(pools.ADDED_2024);
      const adjusted = catalog.values.adjustedOn;
      if (added && typeof adjusted === "string")
        records.push(factory.build(added, year, catalog.link, pastTimeline(d, adjusted, 0)));
    }
  }
  return records.filter((record) => (record.values.launchedOn as string) <= refs.today);
};
