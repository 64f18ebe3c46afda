// Bulk-loads the indicators benchmark's records: INSERT ... SELECT FROM generate_series straight
// into the r_* tables of the migrated schema, one statement per record type.
//
// This bypasses the engine (no createRecord, no workflow actions, clocks or audit events) because
// the engine writes one record per transaction and would take many hours for 10 million. That is
// fine here: the benchmark measures reads. What a read depends on is reproduced: every column an
// indicator or the access rule reads (org fields, dates, state, filters) holds a plausible value
// consistent with the workflow (closed cases have a closing date, failed mediations the state
// "failed", ...), every NOT NULL column is filled (state, version, record_number, created_at,
// updated_at, search_text), the indexes are exactly those of the migrations, and the rows lie in
// date order on disk as records entered day by day do. For speed the secondary indexes are dropped
// during the insert and rebuilt from their own definitions, and foreign-key triggers are skipped
// (session_replication_role = replica); every org id inserted comes from the org table.
import type { Database, Sql } from "../src/db/client.js";
import { tableOf } from "../src/engine/naming.js";
import type { RecordTypeDeclaration } from "../src/kernel/declaration.js";
import { recordTypes } from "../src/domains/registry.js";
import type { OrgSlot, Province } from "./indicators-orgs.js";

/** Share of the records per type: a province's caseload, consultation and mediation the biggest. */
export const RECORD_SHARES: Readonly<Record<string, number>> = {
  consultation: 0.5,
  mediation: 0.35,
  legalAid: 0.06,
  publicityActivity: 0.04,
  reconsideration: 0.02,
  litigation: 0.015,
  publicityProduction: 0.01,
  lecturer: 0.005,
};

const FIRST_DAY = "2019-01-01";
/** 2019-01-01 to 2023-12-31. */
const DAYS = 1826;

const typeOf = (id: string): RecordTypeDeclaration => {
  const type = recordTypes.find((candidate) => candidate.id === id);
  if (!type) throw new Error(`unknown record type ${id}`);
  return type;
};

/** A SQL string literal of a constant we wrote (no quotes inside, by construction). */
const literal = (text: string): string => {
  if (text.includes("'")) throw new Error(`quote in ${text}`);
  return `'${text}'`;
};
const textArray = (values: readonly string[]) => `ARRAY[${values.map(literal).join(", ")}]`;
/** Element `r` ∈ [0, 1) of a list of constants. */
const choose = (values: readonly string[], r: string) =>
  `(${textArray(values)})[1 + floor(${r} * ${values.length})::int]`;
/** Element `r` ∈ [0, 1) of an array column of bench_slot. */
const pick = (column: string, r: string) =>
  `c.${column}[1 + floor(${r} * cardinality(c.${column}))::int]`;
/** A second, practically independent uniform number derived from `r`. */
const next = (r: string, k = 1000) => `(${r} * ${k} - floor(${r} * ${k}))`;

const SURNAMES = [
  "王",
  "李",
  "张",
  "刘",
  "陈",
  "杨",
  "赵",
  "黄",
  "周",
  "吴",
  "徐",
  "孙",
  "马",
  "胡",
  "郭",
  "高",
  "梁",
  "郝",
  "段",
  "武",
];
const GIVEN = [
  "伟",
  "芳",
  "娜",
  "敏",
  "静",
  "丽",
  "强",
  "磊",
  "军",
  "洋",
  "勇",
  "艳",
  "杰",
  "娟",
  "涛",
  "明",
  "超",
  "秀英",
  "建华",
  "平",
];
const personName = (r: string) => `(${choose(SURNAMES, r)} || ${choose(GIVEN, next(r))})`;
const companyName = (r: string) =>
  `(c.name || ${choose(["晋", "汾", "并", "恒", "泰", "鑫", "华", "源"], r)} || ${choose(["达", "通", "安", "丰", "盛", "昌"], next(r))} || '有限公司')`;
const day = (expression: string) => `(${expression})::date`;
/** 09:30 in Beijing on a day, as timestamptz. */
const instant = (date: string) =>
  `((${date})::timestamp + interval '1 hour 30 minutes') AT TIME ZONE 'UTC'`;
const recordNumber = (type: RecordTypeDeclaration) =>
  `${literal(type.numbering.prefix)} || '〔' || extract(year FROM s.d)::int || '〕' || s.n || '号'`;

/**
 * `count` rows s(g, d, n, k, r1..rN) joined to their bench_slot c: d runs through the days in
 * order (rows on disk in date order), n numbers them within d's year, k picks the area by weight.
 */
function rows(count: number, randoms: number, first = FIRST_DAY, days = DAYS): string {
  const date = `(date '${first}' + ((g - 1) * ${days} / ${count})::int)`;
  const yearStart = `(make_date(extract(year FROM ${date})::int, 1, 1) - date '${first}')::bigint`;
  const rs = Array.from({ length: randoms }, (_, i) => `random() AS r${String(i + 1)}`);
  return `(SELECT g, ${date} AS d,
       g - (${yearStart} * ${count} + ${days - 1}) / ${days} AS n,
       floor(random() * (SELECT count(*) FROM bench_slot))::int AS k, ${rs.join(", ")}
     FROM generate_series(1::bigint, ${count}) g) s
   JOIN bench_slot c ON c.slot = s.k`;
}

interface Generated {
  readonly columns: readonly string[];
  readonly values: readonly string[];
  readonly from: string;
}

function insertSql(type: RecordTypeDeclaration, generated: Generated): string {
  if (generated.columns.length !== generated.values.length)
    throw new Error(
      `${type.id}: ${generated.columns.length} columns, ${generated.values.length} values`,
    );
  return `INSERT INTO ${tableOf(type)} (${generated.columns.join(", ")})
    SELECT ${generated.values.join(",\n      ")}
    FROM ${generated.from}`;
}

/** Columns every record has; `updated` is the day of its last change. */
function system(type: RecordTypeDeclaration, state: string, searchable: string, updated: string) {
  return {
    columns: ["state", "record_number", "created_at", "updated_at", "search_text"],
    values: [
      state,
      recordNumber(type),
      instant("s.d"),
      instant(updated),
      `lower(${recordNumber(type)} || ' ' || ${searchable})`,
    ],
  };
}

function generate(typeId: string, count: number): Generated {
  const type = typeOf(typeId);
  const recent = (days: number) => `s.d > date '2023-12-31' - ${days}`;
  switch (typeId) {
    case "reconsideration": {
      // r1 handling org, r2 respondent, r3 state, r4 outcome, r5 applicant, r6 act, r7 procedure, r8 amount
      const state = `CASE WHEN ${recent(60)} THEN 'underReview' WHEN s.r3 < 0.8 THEN 'closed'
        WHEN s.r3 < 0.85 THEN 'refused' WHEN s.r3 < 0.9 THEN 'decided' ELSE 'underReview' END`;
      const decided = `(${state}) IN ('closed', 'decided')`;
      const applicant = `CASE WHEN s.r5 < 0.85 THEN ${personName("s.r5")} ELSE ${companyName("s.r5")} END`;
      const base = system(type, state, applicant, `s.d + CASE WHEN ${decided} THEN 60 ELSE 5 END`);
      return {
        columns: [
          ...base.columns,
          "applicant_name",
          "applicant_kind",
          "handling_org",
          "respondent_org",
          "act_category",
          "act_description",
          "amount_involved",
          "received_date",
          "procedure",
          "accepted_date",
          "outcome",
          "decision_date",
          "closing_mode",
          "closed_date",
        ],
        values: [
          ...base.values,
          applicant,
          `CASE WHEN s.r5 < 0.85 THEN 'person' ELSE 'organization' END`,
          pick("govs", "s.r1"),
          // The province's own cases are against departments anywhere in the province.
          `CASE WHEN c.slot = 0 THEN (SELECT array_agg(u) FROM bench_slot, unnest(units) u)[1 + floor(s.r2 * (SELECT count(*) FROM bench_slot, unnest(units) u))::int] ELSE ${pick("units", "s.r2")} END`,
          choose(
            [
              "penalty",
              "penalty",
              "penalty",
              "coercion",
              "licensing",
              "confirmation",
              "disclosure",
              "inaction",
              "expropriation",
              "workInjury",
              "other",
            ],
            "s.r6",
          ),
          `'申请人不服被申请人作出的行政行为，申请行政复议'`,
          `CASE WHEN s.r8 < 0.4 THEN round((s.r8 * 125000)::numeric, 2) END`,
          "s.d",
          `CASE WHEN s.r7 < 0.8 THEN 'ordinary' ELSE 'simplified' END`,
          `CASE WHEN (${state}) <> 'refused' THEN ${day("s.d + 5")} END`,
          `CASE WHEN ${decided} THEN ${choose(["upheld", "upheld", "upheld", "revoked", "varied", "confirmedUnlawful", "orderedToPerform", "dismissed", "dismissed"], "s.r4")} END`,
          `CASE WHEN ${decided} THEN ${day("s.d + 55")} END`,
          `CASE WHEN (${state}) = 'closed' THEN 'decision' END`,
          `CASE WHEN (${state}) = 'closed' THEN ${day("s.d + 60")} END`,
        ],
        from: rows(count, 8),
      };
    }
    case "litigation": {
      // r1 defendant, r2 coordinating, r3 state, r4 outcome, r5 plaintiff, r6 act
      const state = `CASE WHEN ${recent(90)} THEN 'defended' WHEN s.r3 < 0.7 THEN 'closed'
        WHEN s.r3 < 0.8 THEN 'firstDecided' ELSE 'defended' END`;
      const judged = `(${state}) IN ('closed', 'firstDecided')`;
      const plaintiff = `CASE WHEN s.r5 < 0.8 THEN ${personName("s.r5")} ELSE ${companyName("s.r5")} END`;
      const base = system(type, state, plaintiff, `s.d + CASE WHEN ${judged} THEN 120 ELSE 10 END`);
      return {
        columns: [
          ...base.columns,
          "court_case_number",
          "court",
          "plaintiff_name",
          "plaintiff_kind",
          "defendant_org",
          "coordinating_org",
          "act_category",
          "act_description",
          "complaint_received_date",
          "defence_submitted_date",
          "first_judgment_kind",
          "first_outcome",
          "first_judgment_date",
          "effective_date",
          "closed_date",
        ],
        values: [
          ...base.values,
          `'（' || extract(year FROM s.d)::int || '）晋' || c.court_code || '行初' || s.n || '号'`,
          "c.court",
          plaintiff,
          `CASE WHEN s.r5 < 0.8 THEN 'person' ELSE 'organization' END`,
          pick("units", "s.r1"),
          pick("bureaus", "s.r2"),
          choose(
            [
              "penalty",
              "penalty",
              "coercion",
              "licensing",
              "registration",
              "disclosure",
              "inaction",
              "expropriation",
              "agreement",
              "workInjury",
              "other",
            ],
            "s.r6",
          ),
          `'原告不服被告作出的行政行为，提起行政诉讼'`,
          "s.d",
          day("s.d + 12"),
          `CASE WHEN ${judged} THEN ${choose(["judgment", "judgment", "ruling"], next("s.r4"))} END`,
          `CASE WHEN ${judged} THEN ${choose(["claimsDismissed", "claimsDismissed", "claimsDismissed", "revoked", "partlyRevoked", "confirmedUnlawful", "orderedToPerform", "suitDismissed", "withdrawalAllowed"], "s.r4")} END`,
          `CASE WHEN ${judged} THEN ${day("s.d + 100")} END`,
          `CASE WHEN (${state}) = 'closed' THEN ${day("s.d + 120")} END`,
          `CASE WHEN (${state}) = 'closed' THEN ${day("s.d + 120")} END`,
        ],
        from: rows(count, 6),
      };
    }
    case "legalAid": {
      // r1 aid org, r2 supervising, r3 state, r4 source/category/matter, r5 applicant, r6..r12 groups
      const state = `CASE WHEN ${recent(20)} THEN 'received' WHEN s.r3 < 0.65 THEN 'closed'
        WHEN s.r3 < 0.8 THEN 'handling' WHEN s.r3 < 0.85 THEN 'designated' WHEN s.r3 < 0.9 THEN 'granted'
        WHEN s.r3 < 0.95 THEN 'refused' ELSE 'received' END`;
      const granted = `(${state}) IN ('closed', 'handling', 'designated', 'granted')`;
      const designated = `(${state}) IN ('closed', 'handling', 'designated')`;
      const closed = `(${state}) = 'closed'`;
      const criminal = `s.r4 < 0.35`;
      // Unticked flags stay NULL in one record in ten, as a form leaves them.
      const flag = (r: string, share: number) =>
        `CASE WHEN ${r} < ${share} THEN true WHEN ${r} < 0.9 THEN false END`;
      const base = system(
        type,
        state,
        personName("s.r5"),
        `s.d + CASE WHEN ${closed} THEN 90 ELSE 7 END`,
      );
      return {
        columns: [
          ...base.columns,
          "applicant_name",
          "applicant_id_number",
          "aid_org",
          "supervising_org",
          "source",
          "case_category",
          "matter",
          "case_summary",
          "is_minor",
          "is_elderly",
          "is_disabled",
          "is_migrant_worker",
          "is_military",
          "is_woman_case",
          "is_farmer",
          "received_date",
          "grant_date",
          "refusal_date",
          "refusal_reason",
          "designated_date",
          "assignee_kind",
          "assignee_name",
          "closing_result",
          "closed_date",
        ],
        values: [
          ...base.values,
          personName("s.r5"),
          // A synthetic 18-character resident ID: area, birth date, sequence (no valid check digit).
          `c.area_code || to_char(date '1950-01-01' + floor(${next("s.r5", 97)} * 25000)::int, 'YYYYMMDD') || lpad((s.g % 1000)::text, 3, '0') || (s.g % 10)`,
          `CASE WHEN s.r1 < 0.5 THEN c.aid_centre ELSE ${pick("bureaus", next("s.r1"))} END`,
          `CASE WHEN s.r2 < 0.9 THEN c.bureau END`,
          `CASE WHEN ${criminal} THEN ${choose(["policeNotice", "procuratorateNotice", "courtNotice", "courtNotice"], next("s.r4"))} ELSE 'application' END`,
          `CASE WHEN ${criminal} THEN 'criminalDefence' WHEN s.r4 < 0.95 THEN 'civil' ELSE 'administrative' END`,
          `CASE WHEN ${criminal} THEN 'defence' WHEN s.r4 < 0.95 THEN ${choose(["wages", "wages", "workInjury", "support", "trafficAccident", "marriage", "personalInjury", "socialInsurance"], next("s.r4"))} ELSE ${choose(["socialAssistance", "stateCompensation"], next("s.r4"))} END`,
          `'申请人经济困难，申请法律援助'`,
          flag("s.r6", 0.08),
          flag("s.r7", 0.15),
          flag("s.r8", 0.05),
          flag("s.r9", 0.2),
          flag("s.r10", 0.01),
          flag("s.r11", 0.2),
          flag("s.r12", 0.25),
          "s.d",
          `CASE WHEN ${granted} THEN ${day("s.d + 3")} END`,
          `CASE WHEN (${state}) = 'refused' THEN ${day("s.d + 5")} END`,
          `CASE WHEN (${state}) = 'refused' THEN '不符合经济困难标准' END`,
          `CASE WHEN ${designated} THEN ${day("s.d + 5")} END`,
          `CASE WHEN ${designated} THEN ${choose(["lawyer", "lawyer", "lawyer", "grassrootsWorker", "centreStaff"], next("s.r3"))} END`,
          `CASE WHEN ${designated} THEN ${personName(next("s.r2"))} END`,
          `CASE WHEN ${closed} THEN CASE WHEN ${criminal} THEN ${choose(["defenceAdopted", "defencePartlyAdopted", "defenceNotAdopted"], next("s.r3"))} ELSE ${choose(["upheld", "partlyUpheld", "mediated", "settled", "notUpheld"], next("s.r3"))} END END`,
          `CASE WHEN ${closed} THEN ${day("s.d + 90")} END`,
        ],
        from: rows(count, 12),
      };
    }
    case "mediation": {
      // r1 committee, r2 guiding org, r3 outcome, r4 state, r5 party A, r6 party B, r7 dispute, r8 source
      const outcome = `CASE WHEN ${recent(10)} THEN NULL WHEN s.r3 < 0.94 THEN 'agreement' WHEN s.r3 < 0.98 THEN 'failed' END`;
      const state = `CASE (${outcome}) WHEN 'agreement' THEN CASE WHEN s.r4 < 0.95 THEN 'closed' ELSE 'agreed' END
        WHEN 'failed' THEN 'failed' ELSE 'mediating' END`;
      const agreed = `(${outcome}) = 'agreement'`;
      const failed = `(${outcome}) = 'failed'`;
      const partyA = `CASE WHEN s.r5 < 0.9 THEN ${personName("s.r5")} ELSE ${companyName("s.r5")} END`;
      const partyB = `CASE WHEN s.r6 < 0.8 THEN ${personName("s.r6")} ELSE ${companyName("s.r6")} END`;
      const base = system(
        type,
        state,
        `${partyA} || ' ' || ${partyB}`,
        `s.d + CASE WHEN (${outcome}) IS NULL THEN 0 ELSE 8 END`,
      );
      return {
        columns: [
          ...base.columns,
          "committee",
          "guiding_org",
          "mediator_name",
          "dispute_type",
          "source",
          "parties",
          "dispute_summary",
          "amount_in_dispute",
          "accepted_date",
          "outcome",
          "agreement_date",
          "agreement_form",
          "failed_date",
          "failure_reason",
          "performance",
          "closed_date",
        ],
        values: [
          ...base.values,
          pick("committees", "s.r1"),
          `CASE WHEN s.r2 < 0.9 THEN ${pick("bureaus", next("s.r2"))} END`,
          personName(next("s.r1")),
          choose(
            [
              "marriageFamily",
              "marriageFamily",
              "neighbour",
              "neighbour",
              "homestead",
              "land",
              "contract",
              "privateLending",
              "damages",
              "trafficAccident",
              "medical",
              "labour",
              "property",
              "villageAffairs",
              "other",
            ],
            "s.r7",
          ),
          choose(
            [
              "application",
              "application",
              "application",
              "courtReferral",
              "policeReferral",
              "petitionReferral",
              "ownInitiative",
            ],
            "s.r8",
          ),
          `jsonb_build_array(
            jsonb_build_object('name', ${partyA}, 'kind', CASE WHEN s.r5 < 0.9 THEN 'person' ELSE 'organisation' END),
            jsonb_build_object('name', ${partyB}, 'kind', CASE WHEN s.r6 < 0.8 THEN 'person' ELSE 'organisation' END))`,
          `'双方当事人因' || ${choose(["宅基地边界", "借款归还", "赡养费", "邻里通行", "工资支付", "交通事故赔偿"], next("s.r7"))} || '发生纠纷'`,
          `CASE WHEN s.r7 < 0.5 THEN round((${next("s.r7", 97)} * 200000)::numeric, 2) END`,
          "s.d",
          outcome,
          `CASE WHEN ${agreed} THEN ${day("s.d + 7")} END`,
          `CASE WHEN ${agreed} THEN CASE WHEN s.r4 < 0.7 THEN 'written' ELSE 'oral' END END`,
          `CASE WHEN ${failed} THEN ${day("s.d + 8")} END`,
          `CASE WHEN ${failed} THEN ${choose(["partyRefused", "noAgreement", "partyWithdrew", "wentToCourt"], next("s.r4"))} END`,
          `CASE WHEN ${agreed} THEN ${choose(["performed", "performed", "immediate"], next("s.r4"))} END`,
          `CASE WHEN (${state}) IN ('closed', 'failed') THEN ${day("s.d + 8")} END`,
        ],
        from: rows(count, 8),
      };
    }
    case "consultation": {
      // r1 service org, r2 supervising, r3 place, r4 topic, r5 people, r6 handled by
      const base = system(type, "'recorded'", personName("s.r6"), "s.d");
      return {
        columns: [
          ...base.columns,
          "consultation_date",
          "service_org",
          "supervising_org",
          "place",
          "topic",
          "summary",
          "people",
          "handled_by",
        ],
        values: [
          ...base.values,
          "s.d",
          pick("services", "s.r1"),
          `CASE WHEN s.r2 < 0.8 THEN c.bureau END`,
          choose(
            [
              "hall",
              "hall",
              "justiceOffice",
              "justiceOffice",
              "hotline",
              "hotline",
              "online",
              "other",
            ],
            "s.r3",
          ),
          choose(
            [
              "marriage",
              "labour",
              "labour",
              "loan",
              "landContract",
              "traffic",
              "housing",
              "tort",
              "criminal",
              "administrative",
              "other",
            ],
            "s.r4",
          ),
          `'群众来访咨询，已解答'`,
          `CASE WHEN s.r5 < 0.85 THEN 1 ELSE 2 + floor(${next("s.r5")} * 5)::int END`,
          personName("s.r6"),
        ],
        from: rows(count, 6),
      };
    }
    case "lecturer": {
      // r1 managing org, r2 left?, r3 tenure, r4 speciality, r5 name, r6 employer
      const left = `CASE WHEN s.r2 < 0.25 AND s.d + 180 + floor(s.r3 * 1500)::int <= date '2023-12-31'
        THEN ${day("s.d + 180 + floor(s.r3 * 1500)::int")} END`;
      const state = `CASE WHEN (${left}) IS NULL THEN 'active' ELSE 'left' END`;
      const base = system(type, state, personName("s.r5"), `coalesce(${left}, s.d)`);
      return {
        columns: [
          ...base.columns,
          "name",
          "employer",
          "post",
          "speciality",
          "joined_date",
          "managing_org",
          "left_date",
          "left_reason",
        ],
        values: [
          ...base.values,
          personName("s.r5"),
          `c.name || ${choose(["司法局", "人民法院", "人民检察院", "律师协会", "党校", "学院"], "s.r6")}`,
          choose(["副局长", "法官", "检察官", "律师", "教授", "科长"], next("s.r6")),
          choose(
            [
              "constitution",
              "civilCode",
              "criminal",
              "administrative",
              "labour",
              "minors",
              "finance",
              "grassroots",
              "safety",
              "other",
            ],
            "s.r4",
          ),
          "s.d",
          pick("bureaus", "s.r1"),
          left,
          `CASE WHEN (${left}) IS NOT NULL THEN '工作调动' END`,
        ],
        // Lecturers joined from 2015 on: a stock, counted as of each year's end.
        from: rows(count, 6, "2015-01-01", 3287),
      };
    }
    case "publicityActivity": {
      // r1 kind, r2 mode, r3 organiser, r4 bureau, r5 audience, r6 archived
      const kind = `CASE WHEN s.r1 < 0.45 THEN 'campaign' WHEN s.r1 < 0.6 THEN 'onlineTraining'
        WHEN s.r1 < 0.85 THEN 'lecture' WHEN s.r1 < 0.95 THEN 'school' ELSE 'other' END`;
      const archived = `s.d < date '2023-07-01' AND s.r6 < 0.7`;
      const theme = choose(
        [
          "宪法宣传周",
          "民法典进社区",
          "法律明白人培训",
          "反电诈普法",
          "安全生产法宣讲",
          "未成年人保护法进校园",
        ],
        next("s.r1"),
      );
      const base = system(
        type,
        `CASE WHEN ${archived} THEN 'archived' ELSE 'recorded' END`,
        theme,
        `s.d + CASE WHEN ${archived} THEN 30 ELSE 1 END`,
      );
      return {
        columns: [
          ...base.columns,
          "theme",
          "kind",
          "mode",
          "activity_date",
          "place",
          "organiser_org",
          "bureau_org",
          "audience_size",
          "archived_date",
        ],
        values: [
          ...base.values,
          theme,
          kind,
          `CASE WHEN (${kind}) = 'onlineTraining' OR s.r2 < 0.1 THEN 'online' ELSE 'offline' END`,
          "s.d",
          `c.name || ${choose(["文化广场", "中学", "社区服务中心", "村委会", "政务服务中心"], next("s.r3"))}`,
          pick("units", "s.r3"),
          pick("bureaus", "s.r4"),
          `20 + floor(s.r5 * 500)::int`,
          `CASE WHEN ${archived} THEN ${day("s.d + 30")} END`,
        ],
        from: rows(count, 6),
      };
    }
    case "publicityProduction": {
      // r1 kind, r2 producer, r3 title, r4 archived
      const archived = `s.d < date '2023-07-01' AND s.r4 < 0.7`;
      const title = `${choose(["民法典", "反诈", "安全生产", "宪法", "劳动法", "禁毒"], "s.r3")} || '普法' || ${choose(["微视频", "公益广告", "动漫", "短片"], next("s.r3"))}`;
      const base = system(
        type,
        `CASE WHEN ${archived} THEN 'archived' ELSE 'recorded' END`,
        title,
        `s.d + CASE WHEN ${archived} THEN 30 ELSE 1 END`,
      );
      return {
        columns: [
          ...base.columns,
          "title",
          "kind",
          "produced_date",
          "producer_org",
          "published_where",
          "archived_date",
        ],
        values: [
          ...base.values,
          title,
          `CASE WHEN s.r1 < 0.5 THEN 'microVideo' WHEN s.r1 < 0.8 THEN 'publicAd' ELSE 'other' END`,
          "s.d",
          pick("units", "s.r2"),
          choose(["微信公众号", "抖音", "电视台", "门户网站"], next("s.r2")),
          `CASE WHEN ${archived} THEN ${day("s.d + 30")} END`,
        ],
        from: rows(count, 4),
      };
    }
    default:
      throw new Error(`no generator for ${typeId}`);
  }
}

/** One row per area weight: the province's own level is slot 0, a city of weight 3 takes 3 slots. */
async function insertSlots(db: Sql, province: Province): Promise<void> {
  await db.query(`CREATE TABLE bench_slot (
    slot int PRIMARY KEY, name text NOT NULL, area_code text NOT NULL, court text NOT NULL,
    court_code text NOT NULL, gov bigint NOT NULL, bureau bigint NOT NULL, aid_centre bigint NOT NULL,
    govs bigint[] NOT NULL, bureaus bigint[] NOT NULL, committees bigint[] NOT NULL,
    units bigint[] NOT NULL, services bigint[] NOT NULL)`);
  const areas: (OrgSlot & { code: string })[] = [
    { ...province.provinceLevel, code: "140100" },
    ...province.cities,
  ];
  let slot = 0;
  for (const area of areas) {
    for (let i = 0; i < area.weight; i += 1) {
      await db.query(
        `INSERT INTO bench_slot VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [
          slot,
          area.name === province.provinceLevel.name ? "山西省" : area.name,
          area.code,
          `${area.name === province.provinceLevel.name ? "太原市" : area.name}中级人民法院`,
          area.code.slice(2, 4),
          area.gov,
          area.bureau,
          area.aidCentre,
          area.govs,
          area.bureaus,
          area.committees,
          area.units,
          [...area.bureaus, ...area.townships, area.aidCentre],
        ],
      );
      slot += 1;
    }
  }
}

async function secondaryIndexes(db: Sql, table: string) {
  return db.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
     WHERE schemaname = current_schema() AND tablename = $1 AND indexname <> $2 ORDER BY indexname`,
    [table, `${table}_pkey`],
  );
}

export interface LoadTimings {
  readonly counts: Readonly<Record<string, number>>;
  readonly total: number;
  /** Wall-clock seconds of the inserts and index builds, of VACUUM ANALYZE. */
  readonly insertSeconds: number;
  readonly vacuumSeconds: number;
}

/** Runs `jobs` with at most `width` at a time. */
async function inParallel(width: number, jobs: readonly (() => Promise<void>)[]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next];
      next += 1;
      if (job) await job();
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
}

async function loadTable(db: Database, type: RecordTypeDeclaration, sql: string, seed: number) {
  const table = tableOf(type);
  await db.transaction(async (tx) => {
    const indexes = await secondaryIndexes(tx, table);
    for (const index of indexes) await tx.query(`DROP INDEX ${index.name}`);
    await tx.query("SET LOCAL session_replication_role = replica");
    await tx.query("SET LOCAL maintenance_work_mem = '512MB'");
    await tx.query("SET LOCAL work_mem = '64MB'");
    await tx.query("SET LOCAL synchronous_commit = off");
    await tx.query(`SELECT setseed(${String(seed)})`);
    await tx.query(sql);
    for (const index of indexes) await tx.query(index.definition);
  });
}

/**
 * Loads `total` records split by RECORD_SHARES, then each org's yearly consultation targets near
 * what its subtree actually achieved (so completion rates read 80–120 %). Two loads run at once
 * on PostgreSQL (two cores); PGlite has one connection.
 */
export async function loadIndicatorRecords(
  db: Database,
  province: Province,
  total: number,
  log: (line: string) => void,
): Promise<LoadTimings> {
  await insertSlots(db, province);
  const counts: Record<string, number> = {};
  for (const [typeId, share] of Object.entries(RECORD_SHARES))
    counts[typeId] = Math.round(total * share);
  const started = Date.now();
  const jobs = Object.entries(counts).map(([typeId, count], i) => async () => {
    const t0 = Date.now();
    await loadTable(
      db,
      typeOf(typeId),
      insertSql(typeOf(typeId), generate(typeId, count)),
      (i + 1) / 100,
    );
    log(
      `  ${typeId}: ${count.toLocaleString("en")} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );
  });
  await inParallel(db.kind === "postgres" ? 2 : 1, jobs);
  counts.consultationTarget = await loadTargets(db);
  const insertSeconds = (Date.now() - started) / 1000;
  const vacuumStarted = Date.now();
  const tables = [...Object.keys(counts)].map((id) => tableOf(typeOf(id)));
  await inParallel(
    db.kind === "postgres" ? 2 : 1,
    [...tables, "org"].map((table) => async () => {
      // Steady state of a live database (autovacuum): statistics and visibility map current.
      await db.query(`VACUUM ANALYZE ${table}`);
    }),
  );
  await db.query("DROP TABLE bench_slot");
  return {
    counts,
    total: Object.values(counts).reduce((sum, n) => sum + n, 0),
    insertSeconds,
    vacuumSeconds: (Date.now() - vacuumStarted) / 1000,
  };
}

/**
 * Yearly consultation targets, set by every government below the province and by every org that
 * gives consultations; a third are revised in March (the later setting counts). The province sets
 * none, so its target is the sum of its cities' and provincial bodies' (the topmost in its
 * subtree). A target is the subtree's actual yearly total, ±20 %, rounded to hundreds.
 */
async function loadTargets(db: Database): Promise<number> {
  const type = typeOf("consultationTarget");
  const table = tableOf(type);
  await db.transaction(async (tx) => {
    await tx.query("SELECT setseed(0.77)");
    // Yearly totals per (service org, supervising org) pair, then summed up each ancestor path:
    // a consultation counts for an org when either of its orgs lies in the org's subtree.
    await tx.query(`CREATE TEMP TABLE bench_actual ON COMMIT DROP AS
      SELECT a.id AS org, p.year, sum(p.people) AS people
      FROM (SELECT service_org, supervising_org, extract(year FROM consultation_date)::int AS year,
                   sum(people) AS people
            FROM r_consultation GROUP BY 1, 2, 3) p
      JOIN org a ON EXISTS (SELECT 1 FROM org o WHERE o.id IN (p.service_org, p.supervising_org)
                                                AND o.path LIKE a.path || '%')
      GROUP BY a.id, p.year`);
    const target = (spread: string) =>
      `greatest(100, round(coalesce(t.people, 0) * (0.8 + ${spread} * 0.4) / 100) * 100)::int`;
    const setters = "o.parent_id IS NOT NULL AND (o.kind = 'government' OR t.people > 0)";
    const columns =
      "state, record_number, created_at, updated_at, search_text, org, year, target_people, set_on, note";
    // Numbered within the year of setting: December settings by org id, March revisions from 1001.
    const values = (setOn: string, note: string, numberFrom: number) => {
      const number = `${literal(type.numbering.prefix)} || '〔' || extract(year FROM ${setOn})::int || '〕' || (o.id + ${String(numberFrom)}) || '号'`;
      return `'set', ${number}, ${instant(setOn)}, ${instant(setOn)}, lower(${number}),
        o.id, y, ${target("random()")}, ${setOn}, ${note}`;
    };
    await tx.query(`INSERT INTO ${table} (${columns})
      SELECT ${values("make_date(y - 1, 12, 20)", "NULL", 0)}
      FROM org o CROSS JOIN generate_series(2019, 2023) y
      LEFT JOIN bench_actual t ON t.org = o.id AND t.year = y
      WHERE ${setters}
      ORDER BY y, o.id`);
    await tx.query(`INSERT INTO ${table} (${columns})
      SELECT ${values("make_date(y, 3, 15)", "'年中调整'", 1000)}
      FROM org o CROSS JOIN generate_series(2019, 2023) y
      LEFT JOIN bench_actual t ON t.org = o.id AND t.year = y
      WHERE ${setters} AND random() < 0.33
      ORDER BY y, o.id`);
  });
  const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  return row?.n ?? 0;
}
