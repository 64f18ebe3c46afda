// Demo consultations of 侯马市: the log of 2023 — 3558 人次 in all against the justice bureau's
// target of 2500 (142.3%) — and of 2025–2026 up to the load day, with the yearly targets.
// Most entries are one to three people at the hall, a justice office, on the 12348 hotline or
// online; some are groups with a shared problem; a few dozen are consultation sessions (宣传日,
// 法律进村, market days) that count everyone who asked. Dates are working days, except the sessions
// held on their commemorative days.
import { isWorkingDay, parseIsoDate } from "../../calendar/index.js";
import type { FieldValue } from "../../kernel/values.js";
import type { DemoGenerator, DemoRecord, DemoRefs } from "../../seed/types.js";
import * as pools from "./demo-pools.js";
import type { Place, Topic } from "./demo-pools.js";

/** The legal aid centre logs its own; the other entries are entered by the rule-of-law office
 * (scope all), as the demo city has no users at the service centre or the justice offices. */
const AID_CLERK = "fly_clerk";
const OFFICE_USER = "fzb";
/** Targets are set by the justice bureau's clerk for the bureau (scope own). */
const BUREAU_CLERK = "sfj_clerk";

/** 2023: exactly this many 人次 (the figure of the annual report), against the target of 2500. */
export const PEOPLE_2023 = 3558;

interface YearVolume {
  readonly year: number;
  /** 人次 of the whole year (scaled to the part up to the load day for the current year). */
  readonly people: number;
  readonly singles: number;
  readonly groups: number;
  readonly villageSessions: number;
}
const VOLUMES: readonly YearVolume[] = [
  { year: 2023, people: PEOPLE_2023, singles: 370, groups: 55, villageSessions: 18 },
  { year: 2025, people: 3316, singles: 150, groups: 26, villageSessions: 12 },
  { year: 2026, people: 3480, singles: 150, groups: 26, villageSessions: 12 },
];

const TARGETS: readonly (readonly [number, number, string, string])[] = [
  [
    2023,
    2500,
    "2023-02-20",
    "全市全年免费法律咨询不少于2500人次（公共法律服务中心、法律援助中心、各司法所合计）",
  ],
  [2024, 2800, "2024-02-26", "在上年基础上提高，全年不少于2800人次"],
  [2025, 3000, "2025-02-17", "全年不少于3000人次，其中各司法所“法律进村”集中咨询每季度不少于一次"],
  [2026, 3200, "2026-02-24", "全年不少于3200人次，12348热线和网络平台咨询纳入统计"],
];

type Dice = ReturnType<typeof dice>;
function dice(random: () => number) {
  const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const pick = <T>(list: readonly T[]): T => {
    const item = list[int(0, list.length - 1)];
    if (item === undefined) throw new Error("demo data: pick from an empty list");
    return item;
  };
  const weighted = <T>(entries: readonly (readonly [T, number])[]): T => {
    let left = random() * entries.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [item, weight] of entries) {
      left -= weight;
      if (left < 0) return item;
    }
    const last = entries.at(-1);
    if (!last) throw new Error("demo data: pick from an empty list");
    return last[0];
  };
  return { int, pick, weighted, chance: (probability: number) => random() < probability };
}

const DAY_MS = 86_400_000;
const shift = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
function workingDays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = shift(day, 1)) {
    const parsed = parseIsoDate(day);
    if (parsed !== null && isWorkingDay(parsed)) days.push(day);
  }
  return days;
}
/** More visits before the Spring Festival (wages) and in spring; fewer in February and August. */
const MONTH_WEIGHTS = [1.3, 0.7, 1.15, 1.05, 1.1, 1, 0.95, 0.8, 1, 0.9, 1.05, 1.1];

interface Entry {
  readonly date: string;
  readonly org: string;
  readonly place: Place;
  readonly topic: Topic;
  readonly summary: string;
  people: number;
  readonly handledBy: string;
  readonly phone: string | null;
}

const officeCode = (township: string): string => `${township}-SFS`;
const RURAL = new Set(["141081004", "141081005", "141081200", "141081201", "141081202"]);

class Log {
  private readonly seen = new Set<string>();
  constructor(private readonly d: Dice) {}

  fill(text: string, topic: Topic, extra: Readonly<Record<string, string>> = {}): string {
    const { d } = this;
    const amounts: Readonly<Record<string, readonly [number, number, number]>> = {
      labour: [1500, 60000, 100],
      loan: [3000, 200000, 1000],
      criminal: [2000, 80000, 100],
      marriage: [30000, 188000, 1000],
      housing: [1000, 6000, 100],
    };
    return text.replace(/\{(\w+)\}/g, (_, token: string) => {
      if (extra[token] !== undefined) return extra[token];
      if (token === "years") return String(d.int(2, 9));
      if (token === "kids") return String(d.int(2, 5));
      if (token === "mu") return String(d.int(3, 40));
      if (token === "amt") {
        const [low, high, step] = amounts[topic] ?? [1000, 50000, 100];
        return String(d.int(low / step, high / step) * step);
      }
      return d.pick(pools.TOKENS[token] ?? [token]);
    });
  }

  phone(): string {
    const { d } = this;
    if (d.chance(0.15)) return `0357-${d.int(4_100_000, 4_299_999)}`;
    return d.pick(pools.MOBILE_PREFIXES) + String(d.int(0, 99_999_999)).padStart(8, "0");
  }

  /** Keeps an entry unless an identical one is already in the log. */
  add(entries: Entry[], entry: Entry): boolean {
    const key = [entry.date, entry.org, entry.summary, entry.handledBy, entry.people].join("|");
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    entries.push(entry);
    return true;
  }
}

/** A village for village wording (村民, 集市, 进村, 土地), else any village or community. */
function placeFor(d: Dice, villages: readonly string[], text: string): string {
  const rural = /村民|集|进村|乡村|土地|涉农|农民/.test(text);
  const fit = villages.filter((name) => name.endsWith("村"));
  return d.pick(rural && fit.length > 0 ? fit : villages);
}

function pickDay(d: Dice, days: readonly string[]): string {
  return d.weighted(days.map((day) => [day, MONTH_WEIGHTS[Number(day.slice(5, 7)) - 1] ?? 1]));
}

function pickTopic(d: Dice, rural: boolean): Topic {
  const weights = Object.entries(pools.TOPIC_WEIGHTS) as [Topic, readonly [number, number]][];
  return d.weighted(weights.map(([topic, [town, village]]) => [topic, rural ? village : town]));
}

/** Where a single visitor went and who answered. */
function desk(d: Dice): { place: Place; org: string } {
  const place = d.weighted<Place>([
    ["hall", 38],
    ["justiceOffice", 34],
    ["hotline", 20],
    ["online", 8],
  ]);
  if (place === "justiceOffice") {
    const [township] = d.weighted(pools.OFFICES.map((office, i) => [office, i < 5 ? 1.3 : 1]));
    return { place, org: officeCode(township) };
  }
  if (place === "online") return { place, org: pools.SERVICE_CENTRE };
  const aidShare = place === "hall" ? 0.3 : 0.4;
  return { place, org: d.chance(aidShare) ? pools.AID_CENTRE : pools.SERVICE_CENTRE };
}

function singleEntry(log: Log, d: Dice, day: string): Entry {
  const { place, org } = desk(d);
  const rural = RURAL.has(org.slice(0, 9));
  const topic = pickTopic(d, rural);
  const texts = pools.QUESTIONS[topic];
  const lead = place === "hotline" ? "来电：" : place === "online" ? "网上留言：" : "";
  const [question = "", ownAnswer = ""] = d.pick(texts.q).split("｜");
  const answer = d.chance(0.75) ? ownAnswer : d.pick(texts.a);
  const summary = `${lead}${log.fill(question, topic)}。${answer}。`;
  const remote = place === "hotline" || place === "online";
  const people = remote
    ? 1
    : d.weighted([
        [1, 70],
        [2, 22],
        [3, 8],
      ]);
  const phoneShare = place === "hotline" ? 0.8 : place === "online" ? 0.3 : 0.4;
  return {
    date: day,
    org,
    place,
    topic,
    summary,
    people,
    handledBy: d.pick(pools.HANDLERS[org] ?? ["值班律师"]),
    phone: d.chance(phoneShare) ? log.phone() : null,
  };
}

function groupEntry(log: Log, d: Dice, day: string): Entry {
  const [topic, text] = d.pick(pools.GROUP_VISITS);
  const people = d.weighted([
    [4, 5],
    [5, 5],
    [6, 4],
    [7, 3],
    [8, 3],
    [9, 2],
    [10, 2],
    [12, 1],
  ]);
  const atOffice = topic === "landContract" || d.chance(0.3);
  const [township, , villages] = d.pick(pools.OFFICES);
  const org = atOffice
    ? officeCode(township)
    : d.chance(0.35)
      ? pools.AID_CENTRE
      : pools.SERVICE_CENTRE;
  const texts = pools.QUESTIONS[topic];
  const summary = `${log.fill(text, topic, { n: String(people), village: placeFor(d, villages, text) })}。${d.pick(texts.a)}。`;
  return {
    date: day,
    org,
    place: atOffice ? "justiceOffice" : "hall",
    topic,
    summary,
    people,
    handledBy: d.pick(pools.HANDLERS[org] ?? ["值班律师"]),
    phone: d.chance(0.5) ? log.phone() : null,
  };
}

/** A session with its place and wording; its people are shared out afterwards. */
function sessionEntry(
  log: Log,
  d: Dice,
  day: string,
  [place, topic, text]: readonly [Place, Topic, string],
): Entry {
  const local = text.includes("{village}") || text.includes("{office}");
  const [township, short, villages] = d.pick(pools.OFFICES);
  const org = local
    ? officeCode(township)
    : topic === "labour"
      ? pools.AID_CENTRE
      : pools.SERVICE_CENTRE;
  const staff = pools.HANDLERS[org] ?? ["值班律师"];
  const handledBy = local ? staff.join("、") : `${d.pick(staff)}等${d.int(3, 6)}人`;
  const summary = `${log.fill(text, topic, { village: placeFor(d, villages, text), office: short })}。`;
  return { date: day, org, place, topic, summary, people: 0, handledBy, phone: null };
}

/** Shares `total` among the sessions: city-wide ones draw more people than village ones. */
function shareOut(d: Dice, sessions: readonly Entry[], total: number): void {
  const weights = sessions.map(
    (entry) => (entry.org.endsWith("-SFS") ? 1 : 1.6) * (0.6 + d.int(0, 80) / 100),
  );
  const sum = weights.reduce((a, b) => a + b, 0);
  let given = 0;
  sessions.forEach((entry, i) => {
    entry.people = Math.max(12, Math.floor((total * (weights[i] ?? 1)) / sum));
    given += entry.people;
  });
  // Round-off goes to the largest sessions, one each, so the total is exact.
  const order = sessions.map((_, i) => i).sort((a, b) => (weights[b] ?? 0) - (weights[a] ?? 0));
  for (let k = 0; given !== total; k += 1) {
    const entry = sessions[order[k % order.length] ?? 0];
    if (!entry) break;
    const step = given < total ? 1 : -1;
    if (step < 0 && entry.people <= 12) continue;
    entry.people += step;
    given += step;
  }
}

function yearLog(d: Dice, volume: YearVolume, today: string): Entry[] {
  const from = `${volume.year}-01-01`;
  const to = `${volume.year}-12-31` < today ? `${volume.year}-12-31` : today;
  const days = workingDays(from, to);
  if (days.length === 0) return [];
  const share = days.length / workingDays(from, `${volume.year}-12-31`).length;
  const scaled = (count: number) => Math.round(count * share);
  const log = new Log(d);
  const entries: Entry[] = [];
  for (let n = scaled(volume.singles); n > 0;)
    if (log.add(entries, singleEntry(log, d, pickDay(d, days)))) n -= 1;
  for (let n = scaled(volume.groups); n > 0;)
    if (log.add(entries, groupEntry(log, d, pickDay(d, days)))) n -= 1;
  const sessions: Entry[] = [];
  for (const [monthDay, place, topic, text] of pools.SESSIONS) {
    const day = `${volume.year}-${monthDay}`;
    if (day <= to) sessions.push(sessionEntry(log, d, day, [place, topic, text]));
  }
  for (let n = scaled(volume.villageSessions); n > 0; n -= 1) {
    const [topic, text] = d.pick(pools.VILLAGE_SESSIONS);
    sessions.push(sessionEntry(log, d, pickDay(d, days), ["other", topic, text]));
  }
  const individual = entries.reduce((sum, entry) => sum + entry.people, 0);
  const total = volume.year === 2023 ? volume.people : scaled(volume.people);
  if (total - individual < 12 * sessions.length)
    throw new Error(`demo data: ${volume.year} leaves too few people for its sessions`);
  shareOut(d, sessions, total - individual);
  for (const session of sessions) log.add(entries, session);
  const sum = entries.reduce((acc, entry) => acc + entry.people, 0);
  if (sum !== total) throw new Error(`demo data: ${volume.year} sums to ${sum}, not ${total}`);
  return entries.sort((a, b) => a.date.localeCompare(b.date));
}

function record(refs: DemoRefs, entry: Entry): DemoRecord {
  const values: Record<string, FieldValue> = {
    consultationDate: entry.date,
    serviceOrg: refs.org(entry.org),
    supervisingOrg: refs.org(pools.BUREAU),
    place: entry.place,
    topic: entry.topic,
    summary: entry.summary,
    people: entry.people,
    handledBy: entry.handledBy,
  };
  if (entry.phone !== null) values.visitorPhone = entry.phone;
  return { by: entry.org === pools.AID_CENTRE ? AID_CLERK : OFFICE_USER, values, steps: [] };
}

export const consultationDemo: DemoGenerator = (refs) => {
  const d = dice(refs.random);
  return VOLUMES.filter((volume) => `${volume.year}-01-01` <= refs.today).flatMap((volume) =>
    yearLog(d, volume, refs.today).map((entry) => record(refs, entry)),
  );
};

export const consultationTargetDemo: DemoGenerator = (refs) =>
  TARGETS.filter(([, , setOn]) => setOn <= refs.today).map(([year, people, setOn, note]) => ({
    by: BUREAU_CLERK,
    values: {
      org: refs.org(pools.BUREAU),
      year,
      targetPeople: people,
      setOn,
      note,
    },
    steps: [],
  }));
