// The records behind an indicator value: the same access rule, subtree, period and filters as
// the figure — for a count, its total is the figure; for a sum, these are the records summed.
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import { isRatio } from "../kernel/indicators.js";
import { accessPredicate } from "./access.js";
import { hasAnyRole, tokenAllows, type Actor } from "./actor.js";
import type { EngineContext } from "./context.js";
import { displayLabels, maskValues } from "./display.js";
import { notFound, validationError } from "./errors.js";
import { indicatorConditionSql, subtreeSql, type Period } from "./indicator-sql.js";
import { indicatorIndex, orgPathOf } from "./indicators.js";
import { columnOf, tableOf } from "./naming.js";
import { Params } from "./params.js";
import { latestRowDateSql, rowRecordsSql } from "./indicator-rows-sql.js";
import { listFields, selectColumns, toRecordRow } from "./select.js";

export interface IndicatorRecordsQuery {
  readonly key: string;
  readonly orgId: number;
  readonly period: Period;
  readonly page: number;
  readonly pageSize: number;
}

export async function indicatorRecords(
  context: EngineContext,
  types: readonly RecordTypeDeclaration[],
  actor: Actor,
  query: IndicatorRecordsQuery,
) {
  const declared = indicatorIndex(types).get(query.key);
  if (!declared) throw notFound("指标");
  const { type, indicator } = declared;
  if (isRatio(indicator)) {
    throw validationError([
      {
        field: "key",
        code: "indicator.ratio",
        message: `“${indicator.label}”是比率，请分别查看其分子和分母的记录`,
      },
    ]);
  }
  if (!hasAnyRole(actor, type.access.read) || !tokenAllows(actor, type.id, "read"))
    throw notFound("指标");
  const orgPath = await orgPathOf(context.db, query.orgId);
  const params = new Params();
  const access = accessPredicate({ type, actor, params, purpose: "read", alias: "r" });
  // A target's records are the settings within the subtree (each organisation's, every revision).
  const scope =
    indicator.measure.kind === "target"
      ? `r.${columnOf(type.access.orgFields[0] ?? "")} IN (SELECT id FROM org WHERE path LIKE ${params.add(`${orgPath}%`)})`
      : subtreeSql(type, orgPath, "r", params);
  const condition = indicatorConditionSql(indicator, query.period, "r", params);
  const rowFilter = rowRecordsSql(indicator, "r", params);
  const where = `${access} AND ${scope} AND ${condition}${rowFilter === null ? "" : ` AND ${rowFilter}`}`;
  const limit = params.add(query.pageSize);
  const offset = params.add((query.page - 1) * query.pageSize);
  const dated =
    indicator.period.mode === "rowWithin"
      ? latestRowDateSql(indicator.period, "r")
      : `r.${columnOf(indicator.period.field)}`;
  const order = `${dated} DESC, r.id DESC`;
  const rows = await context.db.query(
    `SELECT ${selectColumns(type, "r", listFields(type))},
       (SELECT count(*) FROM ${tableOf(type)} r WHERE ${where}) AS "total"
     FROM ${tableOf(type)} r WHERE ${where} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`,
    params.values,
  );
  const total = rows.length > 0 ? Number(rows[0]?.total) : 0;
  const items = rows.map(({ total: _total, ...columns }) => {
    const row = toRecordRow(columns);
    maskValues({ type, values: row.values });
    return { ...row, display: displayLabels(type, row), nextDue: null };
  });
  return { recordType: type.id, items, total, page: query.page, pageSize: query.pageSize };
}
