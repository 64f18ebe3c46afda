// Demo 普法 records of 侯马市, after the 2023 annual report (五)四: the lecturer group of 30, 63
// activities of which 12 online trainings of 法律明白人, 2 productions, 2 education bases (彭真故居
// provincial, 国家税务总局侯马市税务局 municipal, named 2023); and some records of 2025–2026.
// Records of the justice bureau are kept by its clerk (sfj_clerk, scope own); activities of other
// departments and townships by the rule-of-law office (fzb, scope all).
import type { FieldValue } from "../../kernel/values.js";
import type { DemoGenerator, DemoRecord, DemoRefs } from "../../seed/types.js";
import * as pools from "./demo-pools.js";
import { JUSTICE_BUREAU } from "./fields.js";

const BUREAU_CLERK = "sfj_clerk";
const LAW_OFFICE = "fzb";

type Dice = ReturnType<typeof dice>;
function dice(random: () => number) {
  const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const pick = <T>(list: readonly T[]): T => {
    const item = list[int(0, list.length - 1)];
    if (item === undefined) throw new Error("demo data: pick from an empty list");
    return item;
  };
  return { int, pick };
}

const pad = (value: number, width: number): string => String(value).padStart(width, "0");
const MOBILE_PREFIXES = ["133", "135", "138", "139", "150", "152", "158", "182", "187", "189"];
const phone = (d: Dice): string => d.pick(MOBILE_PREFIXES) + pad(d.int(0, 99_999_999), 8);
/** The latest date a record carries: records after the load day are left out. */
const lastDate = (record: DemoRecord): string =>
  (JSON.stringify(record).match(/\d{4}-\d{2}-\d{2}/g) ?? []).reduce((a, b) => (a > b ? a : b), "");
const upTo = (today: string) => (record: DemoRecord) => lastDate(record) <= today;

/** "D01" → 141081-D01, "002" → 141081002, "002S" → its 司法所 141081002-SFS. */
export function orgCodeOf(short: string): string {
  if (short.startsWith("D")) return `141081-${short}`;
  return short.endsWith("S") ? `141081${short.slice(0, -1)}-SFS` : `141081${short}`;
}
const keeperOf = (orgCode: string): string =>
  orgCode === JUSTICE_BUREAU ? BUREAU_CLERK : LAW_OFFICE;

/** The year a record is archived in: January of the next year, after the annual summary. */
const archiveStep = (d: Dice, by: string, date: string) => {
  const year = Number(date.slice(0, 4)) + 1;
  return { action: "archive", by, values: { archivedDate: `${year}-01-${pad(d.int(8, 26), 2)}` } };
};

const lines = (text: string): string[][] =>
  text
    .trim()
    .split("\n")
    .map((line) => line.split("|"));

const allLecturers = () => [
  ...pools.LECTURER_BATCHES.flatMap(([date, rows]) => rows.map((row) => [date, row] as const)),
  ...pools.LATER_LECTURERS,
];

export const lecturerDemo: DemoGenerator = (refs) => {
  const d = dice(refs.random);
  const records = allLecturers().map(([date, [name, employer, post, speciality]]): DemoRecord => {
    const leaver = pools.LEAVERS.find(([who]) => who === name);
    return {
      by: BUREAU_CLERK,
      values: {
        name,
        employer,
        post,
        speciality,
        phone: phone(d),
        joinedDate: date,
        managingOrg: refs.org(JUSTICE_BUREAU),
      },
      steps: leaver
        ? [
            {
              action: "leave",
              by: BUREAU_CLERK,
              values: { leftDate: leaver[1], leftReason: leaver[2] },
            },
          ]
        : [],
    };
  });
  return records.filter(upTo(refs.today));
};

function lecturerFor(d: Dice, speciality: string, date: string): string {
  const fit = allLecturers().filter(([joined, row]) => row[3] === speciality && joined <= date);
  const leftBy = (name: string) => pools.LEAVERS.find(([who]) => who === name)?.[1] ?? "9999";
  const active = fit.filter(([, row]) => leftBy(row[0]) > date);
  return d.pick(active.length > 0 ? active : fit)[1][0];
}

const SPECIALITY_OF_LAW: readonly (readonly [RegExp, string])[] = [
  [/宪法/, "constitution"],
  [/民法典|婚姻|物业/, "civilCode"],
  [/禁毒|刑法|诈骗|国家安全/, "criminal"],
  [/未成年|预防未成年人/, "minors"],
  [/集资/, "finance"],
  [/劳动|工资/, "labour"],
  [/安全生产|平安建设|道路/, "safety"],
  [/调解/, "grassroots"],
];
const specialityOfLaw = (law: string): string =>
  SPECIALITY_OF_LAW.find(([pattern]) => pattern.test(law))?.[1] ?? "administrative";

function activity(refs: DemoRefs, d: Dice, fields: string[], archive: boolean): DemoRecord {
  const [date = "", kind = "", org = "", theme = "", place = "", law = "", range = "0-0"] = fields;
  const [low = 0, high = 0] = range.split("-").map(Number);
  const organiser = orgCodeOf(org);
  const by = keeperOf(organiser);
  // Lectures and school visits have a speaker from the lecturer group.
  const speaker = ["lecture", "school"].includes(kind) && law !== "";
  const values: Record<string, FieldValue> = {
    theme,
    kind,
    mode: "offline",
    activityDate: date,
    place,
    organiserOrg: refs.org(organiser),
    bureauOrg: refs.org(JUSTICE_BUREAU),
    // Rounded as organisers report it.
    audienceSize: high > 100 ? d.int(low / 10, high / 10) * 10 : d.int(low, high),
    ...(law ? { linkedLaw: law } : {}),
    ...(speaker ? { lecturerName: lecturerFor(d, specialityOfLaw(law), date) } : {}),
  };
  return { by, values, steps: archive ? [archiveStep(d, by, date)] : [] };
}

function training(refs: DemoRefs, d: Dice, fields: string[], archive: boolean): DemoRecord {
  const [date = "", topic = "", platform = "", law = "", speciality = "other"] = fields;
  const values: Record<string, FieldValue> = {
    theme: `“法律明白人”线上培训：${topic}`,
    kind: "onlineTraining",
    mode: "online",
    activityDate: date,
    place: pools.PLATFORMS[platform] ?? platform,
    organiserOrg: refs.org(JUSTICE_BUREAU),
    bureauOrg: refs.org(JUSTICE_BUREAU),
    audienceSize: d.int(12, 48) * 10,
    linkedLaw: law,
    lecturerName: lecturerFor(d, speciality, date),
    summary: `组织全市村（社区）“法律明白人”通过${pools.PLATFORMS[platform] ?? platform}参加线上培训，主题为${topic}`,
  };
  return { by: BUREAU_CLERK, values, steps: archive ? [archiveStep(d, BUREAU_CLERK, date)] : [] };
}

/** Records of a year before the load year are archived in the January after. */
const isPastYear = (date: string, today: string) => date.slice(0, 4) < today.slice(0, 4);

export const activityDemo: DemoGenerator = (refs) => {
  const d = dice(refs.random);
  const in2023 = (rows: string[][]) => rows.map(([day = "", ...rest]) => [`2023-${day}`, ...rest]);
  const rows = [
    ...in2023(lines(pools.ACTIVITIES_2023)).map((row) => ({ row, online: false })),
    ...in2023(lines(pools.TRAININGS_2023)).map((row) => ({ row, online: true })),
    ...lines(pools.ACTIVITIES_RECENT).map((row) => ({ row, online: false })),
    ...lines(pools.TRAININGS_RECENT).map((row) => ({ row, online: true })),
  ].sort((a, b) => (a.row[0] ?? "").localeCompare(b.row[0] ?? ""));
  return rows
    .map(({ row, online }) => {
      const archive = isPastYear(row[0] ?? "", refs.today);
      return online ? training(refs, d, row, archive) : activity(refs, d, row, archive);
    })
    .filter(upTo(refs.today));
};

export const productionDemo: DemoGenerator = (refs) => {
  const d = dice(refs.random);
  return pools.PRODUCTIONS.map(([title, kind, date, publishedWhere, summary]): DemoRecord => ({
    by: BUREAU_CLERK,
    values: {
      title,
      kind,
      producedDate: date,
      producerOrg: refs.org(JUSTICE_BUREAU),
      publishedWhere,
      summary,
    },
    steps: isPastYear(date, refs.today) ? [archiveStep(d, BUREAU_CLERK, date)] : [],
  })).filter(upTo(refs.today));
};

export const educationBaseDemo: DemoGenerator = (refs) => {
  const base = (values: Record<string, FieldValue>): DemoRecord => ({
    by: BUREAU_CLERK,
    values: { ...values, managingOrg: refs.org(JUSTICE_BUREAU) },
    steps: [],
  });
  return [
    // The naming dates and bodies are illustrative; the report names only the bases and levels.
    base({
      name: "彭真故居",
      level: "provincial",
      namedDate: "2018-12-04",
      namedBy: "中共山西省委宣传部、山西省司法厅",
      hostUnit: "彭真故居",
      address: "侯马市垤上村",
      summary: "依托彭真故居及生平展陈，开展宪法和社会主义民主法制建设历史宣传教育",
    }),
    base({
      name: "国家税务总局侯马市税务局",
      level: "municipal",
      namedDate: "2023-10-27",
      namedBy: "中共临汾市委宣传部、临汾市司法局",
      hostUnit: "国家税务总局侯马市税务局",
      summary: "以税收法律法规为主题，面向纳税人和青少年开展税收法治宣传教育",
    }),
    base({
      name: "侯马市青少年法治教育基地",
      level: "county",
      namedDate: "2025-09-10",
      namedBy: "中共侯马市委宣传部、侯马市司法局",
      hostUnit: "侯马市第一中学",
      summary: "设模拟法庭和法治展厅，开展青少年法治教育和“开学第一堂法治课”",
    }),
  ].filter(upTo(refs.today));
};
