// Demo study sessions of 侯马市: in 2023 the 市委理论学习中心组 studied 11 times, 5 of them on rule
// of law, and the 市政府党组 9 times, 4 on rule of law (the reference report); later years alike up
// to the load day. Three units keep their own group's sessions, counted in neither figure.
import type { RowValues } from "../../kernel/values.js";
import type { DemoRecord, DemoRefs } from "../../seed/types.js";
import * as pools from "./demo-pools.js";
import { dayInMonth, demoYears, leadershipDice, type Dice } from "./demo-dates.js";

/** Sessions per year: [party committee, of which on law, government, of which on law]. */
export const STUDY: Readonly<Record<number, readonly [number, number, number, number]>> = {
  2023: [11, 5, 9, 4],
  2024: [12, 6, 10, 4],
  2025: [12, 5, 10, 5],
};
const studyOf = (year: number) => STUDY[year] ?? ([12, 5, 10, 4] as const);

type Body = "partyCommittee" | "governmentPartyGroup" | "unitGroup";

function attendees(d: Dice, members: readonly pools.Member[]): RowValues[] {
  const away = new Set(d.shuffle(members.slice(1).map((_, i) => i + 1)).slice(0, d.int(0, 2)));
  return members.map(([name, post], i) =>
    away.has(i)
      ? { name, post, attendance: "leave", absenceReason: d.pick(pools.LEAVE_REASONS) }
      : { name, post, attendance: "present" },
  );
}

function sessions(
  refs: DemoRefs,
  d: Dice,
  input: {
    readonly year: number;
    readonly body: Body;
    readonly org: string;
    readonly members: readonly pools.Member[];
    readonly count: number;
    readonly law: number;
    readonly place: string;
  },
): DemoRecord[] {
  const { year, body, org, members, count, law } = input;
  // Months spread over the year, missing the quietest ones when there are fewer than 12.
  const months = Array.from({ length: count }, (_, i) => 1 + Math.floor((i * 12) / count));
  const lawAt = new Set(d.shuffle(months.map((_, i) => i)).slice(0, law));
  const lawThemes = d.shuffle(pools.LAW_THEMES);
  const otherThemes = d.shuffle(pools.OTHER_THEMES);
  const leader = members[0] ?? ["", ""];
  return months.flatMap((month, i): DemoRecord[] => {
    const sessionDate = dayInMonth(d, year, month);
    if (sessionDate > refs.today) return [];
    const isLawTopic = lawAt.has(i);
    const theme = (isLawTopic ? lawThemes : otherThemes)[i % 12] ?? "";
    const [title, content] = theme.split("｜");
    const speaker =
      isLawTopic && body !== "unitGroup" && d.chance(0.6)
        ? d.pick(pools.LAW_SPEAKERS)
        : `${leader[1].split("、")[0] ?? ""} ${leader[0]}`;
    return [
      {
        by: pools.keeperOf(org),
        values: {
          org: refs.org(org),
          body,
          sessionDate,
          theme: title ?? theme,
          isLawTopic,
          speaker,
          place: input.place,
          summary: `${content ?? ""}。${leader[0]}同志主持并讲话，与会同志结合分管工作交流发言。`,
          attendees: attendees(d, members),
        },
        steps: [],
      },
    ];
  });
}

export function studySessionDemo(refs: DemoRefs): readonly DemoRecord[] {
  const d = leadershipDice(refs.random);
  return demoYears(refs.today).flatMap((year) => {
    const [party, partyLaw, government, governmentLaw] = studyOf(year);
    return [
      ...sessions(refs, d, {
        year,
        body: "partyCommittee",
        org: pools.CITY,
        members: pools.PARTY_COMMITTEE_GROUP,
        count: party,
        law: partyLaw,
        place: "市委常委会议室",
      }),
      ...sessions(refs, d, {
        year,
        body: "governmentPartyGroup",
        org: pools.CITY,
        members: pools.GOVERNMENT_GROUP,
        count: government,
        law: governmentLaw,
        place: "市政府常务会议室",
      }),
      ...pools.UNIT_GROUPS.flatMap(([org, members]) =>
        sessions(refs, d, {
          year,
          body: "unitGroup",
          org,
          members,
          count: 4,
          law: 2,
          place: "本单位会议室",
        }),
      ),
    ];
  });
}
