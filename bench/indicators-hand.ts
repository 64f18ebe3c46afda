// The benchmark's reference: every indicator of a year and the year before, for an organisation
// subtree, by plain SQL written by hand (one query per table, not the engine's compiler). A
// record counts for the subtree when any of its org fields lies in it, as the engine defines.
import type { Sql } from "../src/db/client.js";

/** Values for [year, year - 1], each by indicator key (null: no target, or a zero denominator). */
export type Figures = readonly [Map<string, number | null>, Map<string, number | null>];

const SUBTREE = "(SELECT id FROM org WHERE path LIKE $1)";

// $1 the subtree's path prefix; $2, $3 the year's first and last day; $4, $5 those of the year before.
const QUERIES: readonly { readonly table: string; readonly sql: string; readonly ends?: true }[] = [
  {
    table: "r_reconsideration",
    sql: `SELECT count(*) FILTER (WHERE received_date BETWEEN $2 AND $3) AS "reconsideration.cases",
             count(*) FILTER (WHERE received_date BETWEEN $4 AND $5) AS "prev:reconsideration.cases"
      FROM r_reconsideration
      WHERE (handling_org IN ${SUBTREE} OR respondent_org IN ${SUBTREE})
        AND received_date BETWEEN $4 AND $3`,
  },
  {
    table: "r_litigation",
    sql: `SELECT count(*) FILTER (WHERE complaint_received_date BETWEEN $2 AND $3) AS "litigation.cases",
             count(*) FILTER (WHERE complaint_received_date BETWEEN $4 AND $5) AS "prev:litigation.cases"
      FROM r_litigation
      WHERE (defendant_org IN ${SUBTREE} OR coordinating_org IN ${SUBTREE})
        AND complaint_received_date BETWEEN $4 AND $3`,
  },
  {
    table: "r_legal_aid",
    sql: `SELECT count(*) FILTER (WHERE received_date BETWEEN $2 AND $3) AS "legalAid.cases",
             count(*) FILTER (WHERE received_date BETWEEN $2 AND $3 AND special) AS "legalAid.specialGroupCases",
             count(*) FILTER (WHERE received_date BETWEEN $2 AND $3 AND special AND state = 'closed')
               AS "legalAid.specialGroupClosed",
             count(*) FILTER (WHERE received_date BETWEEN $4 AND $5) AS "prev:legalAid.cases",
             count(*) FILTER (WHERE received_date BETWEEN $4 AND $5 AND special) AS "prev:legalAid.specialGroupCases",
             count(*) FILTER (WHERE received_date BETWEEN $4 AND $5 AND special AND state = 'closed')
               AS "prev:legalAid.specialGroupClosed"
      FROM (SELECT received_date, state,
                   (is_minor OR is_elderly OR is_disabled OR is_migrant_worker OR is_military
                    OR is_woman_case OR is_farmer) AS special
            FROM r_legal_aid
            WHERE (aid_org IN ${SUBTREE} OR supervising_org IN ${SUBTREE})
              AND received_date BETWEEN $4 AND $3) cases`,
  },
  {
    table: "r_mediation",
    sql: `SELECT count(*) FILTER (WHERE accepted_date BETWEEN $2 AND $3) AS "mediation.cases",
             count(*) FILTER (WHERE accepted_date BETWEEN $2 AND $3 AND outcome = 'agreement')
               AS "mediation.agreements",
             count(*) FILTER (WHERE accepted_date BETWEEN $4 AND $5) AS "prev:mediation.cases",
             count(*) FILTER (WHERE accepted_date BETWEEN $4 AND $5 AND outcome = 'agreement')
               AS "prev:mediation.agreements"
      FROM r_mediation
      WHERE (committee IN ${SUBTREE} OR guiding_org IN ${SUBTREE})
        AND accepted_date BETWEEN $4 AND $3`,
  },
  {
    table: "r_consultation",
    sql: `SELECT coalesce(sum(people) FILTER (WHERE consultation_date BETWEEN $2 AND $3), 0)
               AS "consultation.count",
             coalesce(sum(people) FILTER (WHERE consultation_date BETWEEN $4 AND $5), 0)
               AS "prev:consultation.count"
      FROM r_consultation
      WHERE (service_org IN ${SUBTREE} OR supervising_org IN ${SUBTREE})
        AND consultation_date BETWEEN $4 AND $3`,
  },
  {
    table: "r_lecturer",
    // A stock: members who had joined by the year's end ($2) and not left by then; $3 the year before's end.
    sql: `SELECT count(*) FILTER (WHERE joined_date <= $2 AND (left_date IS NULL OR left_date > $2))
               AS "publicity.lecturers",
             count(*) FILTER (WHERE joined_date <= $3 AND (left_date IS NULL OR left_date > $3))
               AS "prev:publicity.lecturers"
      FROM r_lecturer
      WHERE managing_org IN ${SUBTREE} AND joined_date <= $2`,
    ends: true,
  },
  {
    table: "r_publicity_activity",
    sql: `SELECT count(*) FILTER (WHERE activity_date BETWEEN $2 AND $3) AS "publicity.activities",
             count(*) FILTER (WHERE activity_date BETWEEN $2 AND $3 AND kind = 'onlineTraining')
               AS "publicity.onlineTrainings",
             count(*) FILTER (WHERE activity_date BETWEEN $4 AND $5) AS "prev:publicity.activities",
             count(*) FILTER (WHERE activity_date BETWEEN $4 AND $5 AND kind = 'onlineTraining')
               AS "prev:publicity.onlineTrainings"
      FROM r_publicity_activity
      WHERE (organiser_org IN ${SUBTREE} OR bureau_org IN ${SUBTREE})
        AND activity_date BETWEEN $4 AND $3`,
  },
  {
    table: "r_publicity_production",
    sql: `SELECT count(*) FILTER (WHERE produced_date BETWEEN $2 AND $3) AS "publicity.videos",
             count(*) FILTER (WHERE produced_date BETWEEN $4 AND $5) AS "prev:publicity.videos"
      FROM r_publicity_production
      WHERE producer_org IN ${SUBTREE} AND kind IN ('microVideo', 'publicAd')
        AND produced_date BETWEEN $4 AND $3`,
  },
];

/**
 * The yearly consultation target of a subtree: each organisation's latest setting for the year,
 * summed over the topmost organisations that have one (a city's target covers its departments').
 */
const TARGET_SQL = `WITH latest AS (
    SELECT DISTINCT ON (t.org, t.year) t.year, t.target_people, o.path
    FROM r_consultation_target t JOIN org o ON o.id = t.org
    WHERE o.path LIKE $1 AND t.year IN ($2, $3)
    ORDER BY t.org, t.year, t.set_on DESC, t.id DESC)
  SELECT year, sum(target_people) AS target_people FROM latest l
  WHERE NOT EXISTS (SELECT 1 FROM latest a
                    WHERE a.year = l.year AND a.path <> l.path AND l.path LIKE a.path || '%')
  GROUP BY year`;

export interface HandQuery {
  readonly table: string;
  readonly sql: string;
  readonly params: readonly unknown[];
}

/** The queries for an org and a year, with their parameters (for timing and EXPLAIN). */
export function handQueries(orgPath: string, year: number): HandQuery[] {
  const days = (y: number) => [`${String(y)}-01-01`, `${String(y)}-12-31`];
  const params = [`${orgPath}%`, ...days(year), ...days(year - 1)];
  return [
    ...QUERIES.map(({ table, sql, ends }) => ({
      table,
      sql,
      params: ends ? [`${orgPath}%`, `${String(year)}-12-31`, `${String(year - 1)}-12-31`] : params,
    })),
    { table: "r_consultation_target", sql: TARGET_SQL, params: [`${orgPath}%`, year, year - 1] },
  ];
}

const ratio = (numerator: number | null | undefined, denominator: number | null | undefined) =>
  numerator === null ||
  numerator === undefined ||
  denominator === null ||
  denominator === undefined ||
  denominator === 0
    ? null
    : numerator / denominator;

/** All figures of the org's subtree for [year, year - 1]: the queries run concurrently. */
export async function handFigures(db: Sql, orgId: number, year: number): Promise<Figures> {
  const [org] = await db.query<{ path: string }>("SELECT path FROM org WHERE id = $1", [orgId]);
  if (!org) throw new Error(`no org ${String(orgId)}`);
  const queries = handQueries(org.path, year);
  const results = await Promise.all(queries.map((query) => db.query(query.sql, query.params)));
  const current = new Map<string, number | null>();
  const previous = new Map<string, number | null>();
  results.forEach((rows, i) => {
    if (queries[i]?.table === "r_consultation_target") {
      current.set("consultation.target", null);
      previous.set("consultation.target", null);
      for (const row of rows) {
        const target = row.target_people === null ? null : Number(row.target_people);
        (Number(row.year) === year ? current : previous).set("consultation.target", target);
      }
      return;
    }
    for (const [column, value] of Object.entries(rows[0] ?? {})) {
      if (column.startsWith("prev:")) previous.set(column.slice(5), Number(value));
      else current.set(column, Number(value));
    }
  });
  for (const map of [current, previous]) {
    map.set(
      "consultation.targetRate",
      ratio(map.get("consultation.count"), map.get("consultation.target")),
    );
    map.set(
      "legalAid.specialGroupClosedRate",
      ratio(map.get("legalAid.specialGroupClosed"), map.get("legalAid.specialGroupCases")),
    );
    map.set(
      "mediation.successRate",
      ratio(map.get("mediation.agreements"), map.get("mediation.cases")),
    );
  }
  return [current, previous];
}
