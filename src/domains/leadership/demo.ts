// Demo records of section (一) for 侯马市, 2023 to the load day. Here: the duty lists of the city,
// its government and eight departments and townships each year (the government's 2024 list
// revised in the summer; in the load day's year one unit's list is still a draft). The other
// generators: demo-meetings.ts (meeting topics), demo-study.ts (study sessions),
// demo-duty-reports.ts (述法).
import type { DemoGenerator, DemoRecord, DemoRefs, DemoStep } from "../../seed/types.js";
import type { RowValues } from "../../kernel/values.js";
import * as pools from "./demo-pools.js";
import { demoYears, leadershipDice, type Dice } from "./demo-dates.js";
import { shift, workingOnOrAfter } from "../../seed/working-days.js";
import { upTo } from "./demo-steps.js";

export { MAJOR_ISSUES, meetingTopicDemo } from "./demo-meetings.js";
export { STUDY, studySessionDemo } from "./demo-study.js";
export { dutyReportDemo } from "./demo-duty-reports.js";

const fill = (text: string, year: number): string => text.replaceAll("{Y}", String(year));
const itemsOf = (year: number, extra: typeof pools.UNIT_ITEMS = []): RowValues[] =>
  [...pools.DUTY_ITEMS, ...extra].map(([category, text, doneBy]) => ({
    text: fill(text, year),
    category,
    doneBy: fill(doneBy, year),
  }));

// ---- Leader duty lists ----------------------------------------------------------------------------

function cityLists(refs: DemoRefs, d: Dice, year: number): DemoRecord[] {
  const draftedOn = workingOnOrAfter(`${year}-02-0${d.int(1, 8)}`);
  const issuedOn = workingOnOrAfter(shift(draftedOn, d.int(14, 24)));
  const heads = [
    ["party", pools.PARTY_SECRETARY, "市委书记", "侯办发"],
    ["government", pools.MAYOR, "市长", "侯政办发"],
  ] as const;
  return heads.flatMap(([headRole, [headName, headPost], title, prefix], i): DemoRecord[] => {
    if (draftedOn > refs.today) return [];
    const steps: [string, DemoStep][] = [
      [
        issuedOn,
        {
          action: "issue",
          by: pools.OFFICE_USER,
          values: { issuedOn, documentNumber: `${prefix}〔${year}〕${3 + i}号` },
        },
      ],
    ];
    // 2024: the government's list revised in the summer for the new reconsideration law.
    if (year === 2024 && headRole === "government")
      steps.push(
        [
          "2024-07-15",
          {
            action: "startRevision",
            by: pools.OFFICE_USER,
            values: { revisionStartedOn: "2024-07-15" },
          },
        ],
        [
          "2024-08-06",
          {
            action: "reissue",
            by: pools.OFFICE_USER,
            values: {
              revisedOn: "2024-08-06",
              documentNumber: `${prefix}〔2024〕27号`,
              revisionNote:
                "新修订的行政复议法施行，补充推进行政复议体制改革、行政复议决定执行监督两项职责",
            },
          },
        ],
      );
    const extra: typeof pools.UNIT_ITEMS =
      year >= 2024 && headRole === "government"
        ? [
            ["coordinating", "推进行政复议体制改革，保障行政复议机构人员和经费", "全年"],
            ["supervising", "督促行政机关履行行政复议决定，纠正违法或不当行政行为", "全年"],
          ]
        : [];
    return [
      {
        by: pools.OFFICE_USER,
        values: {
          org: refs.org(pools.CITY),
          year,
          title: `侯马市${title}履行推进法治建设第一责任人职责${year}年度工作清单`,
          headRole,
          headName,
          headPost,
          draftedOn,
          items: itemsOf(year, extra),
        },
        steps: upTo(refs.today, steps),
      },
    ];
  });
}

function unitLists(refs: DemoRefs, d: Dice, year: number): DemoRecord[] {
  const thisYear = refs.today.startsWith(String(year));
  return pools.LIST_UNITS.flatMap(([org, name, [headName, headPost], prefix], i): DemoRecord[] => {
    const draftedOn = workingOnOrAfter(`${year}-03-${String(d.int(1, 20)).padStart(2, "0")}`);
    if (draftedOn > refs.today) return [];
    const issuedOn = workingOnOrAfter(shift(draftedOn, d.int(7, 21)));
    // In the load day's year the last unit is still working on its list.
    const isLate = thisYear && i === pools.LIST_UNITS.length - 1;
    const by = pools.keeperOf(org);
    const issue: DemoStep = {
      action: "issue",
      by,
      values: { issuedOn, documentNumber: `${prefix}〔${year}〕${d.int(2, 15)}号` },
    };
    return [
      {
        by,
        values: {
          org: refs.org(org),
          year,
          title: `${name}党政主要负责人履行推进法治建设第一责任人职责${year}年度清单`,
          headRole: org.length === 9 ? "party" : "both",
          headName,
          headPost,
          draftedOn,
          items: itemsOf(year, pools.UNIT_ITEMS),
        },
        steps: isLate ? [] : upTo(refs.today, [[issuedOn, issue]]),
      },
    ];
  });
}

export const leaderDutyListDemo: DemoGenerator = (refs) => {
  const d = leadershipDice(refs.random);
  return demoYears(refs.today).flatMap((year) => [
    ...cityLists(refs, d, year),
    ...unitLists(refs, d, year),
  ]);
};
