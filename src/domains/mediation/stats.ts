// Success rate of people's mediation per committee and dispute type: agreements among the cases
// that ended (agreement or failure) with acceptance in [from, to]. Open cases are not counted.
// Not access-filtered: callers show it to roles that may read every committee (leader, lawOffice).
import type { Sql } from "../../db/client.js";

export interface MediationSuccessRate {
  readonly committee: number;
  readonly committeeName: string;
  readonly disputeType: string;
  readonly ended: number;
  readonly agreements: number;
  /** Agreements per ended case, 0–1. */
  readonly rate: number;
}

export async function mediationSuccessRates(
  sql: Sql,
  from: string,
  to: string,
): Promise<MediationSuccessRate[]> {
  const rows = await sql.query<Omit<MediationSuccessRate, "rate">>(
    `SELECT m.committee, o.name AS "committeeName", m.dispute_type AS "disputeType",
            count(*)::int AS ended,
            (count(*) FILTER (WHERE m.outcome = 'agreement'))::int AS agreements
       FROM r_mediation m JOIN org o ON o.id = m.committee
      WHERE m.outcome IS NOT NULL AND m.accepted_date BETWEEN $1 AND $2
      GROUP BY m.committee, o.name, m.dispute_type
      ORDER BY o.name, m.dispute_type`,
    [from, to],
  );
  return rows.map((row) => ({ ...row, rate: row.ended === 0 ? 0 : row.agreements / row.ended }));
}
