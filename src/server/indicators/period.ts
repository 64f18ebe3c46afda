// The period of an indicator request: a year, or from/to dates (a quarter, a half year, any span
// of up to ten years). Bad input names the parameter.
import { validationError, type FieldProblem } from "../../engine/errors.js";
import type { Period } from "../../engine/indicator-sql.js";
import type { RowFieldDeclaration } from "../../kernel/fields.js";
import { parseFieldValue } from "../../kernel/values.js";
import { yearPeriod } from "../../report/figures.js";

export interface PeriodQuery {
  readonly year?: number;
  readonly from?: string;
  readonly to?: string;
}

export const periodQueryProperties = {
  year: { type: "integer", minimum: 2000, maximum: 2100 },
  from: { type: "string", maxLength: 10 },
  to: { type: "string", maxLength: 10 },
} as const;

const dateField = (name: string, label: string): RowFieldDeclaration => ({
  name,
  label,
  kind: "date",
});

export function periodOf(query: PeriodQuery): Period {
  if (query.from === undefined && query.to === undefined) {
    if (query.year !== undefined) return yearPeriod(query.year);
    throw validationError([
      {
        field: "year",
        code: "query.required",
        message: "请指定年度（year）或起止日期（from、to）",
      },
    ]);
  }
  const problems: FieldProblem[] = [];
  const date = (name: "from" | "to", label: string): string => {
    const parsed = parseFieldValue(dateField(name, label), query[name] ?? "");
    if (parsed.ok && typeof parsed.value === "string") return parsed.value;
    problems.push({
      field: name,
      code: "query.invalidDate",
      message: `${label}不是有效日期（YYYY-MM-DD）`,
    });
    return "";
  };
  const period = { from: date("from", "起始日期"), to: date("to", "截止日期") };
  if (problems.length === 0 && period.from > period.to)
    problems.push({ field: "to", code: "query.range", message: "截止日期不能早于起始日期" });
  if (
    problems.length === 0 &&
    Number(period.to.slice(0, 4)) - Number(period.from.slice(0, 4)) >= 10
  )
    problems.push({ field: "to", code: "query.range", message: "统计期间不能超过十年" });
  if (query.year !== undefined)
    problems.push({ field: "year", code: "query.conflict", message: "年度与起止日期只能指定其一" });
  if (problems.length > 0) throw validationError(problems);
  return period;
}
