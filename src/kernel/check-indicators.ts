// Checks a record type's indicators and report fragments: known fields of the right kind, keys
// in `<area>.<name>` form and unique, fragments citing indicators that exist somewhere, with
// placeholder formats that read and fit and the indicator's own unit after each figure.
import type { RecordTypeDeclaration } from "./declaration.js";
import type { FieldKind } from "./fields.js";
import {
  isRatio,
  type IndicatorCondition,
  type IndicatorDeclaration,
  type RowCondition,
} from "./indicators.js";
import { paragraphPlaceholderProblems } from "./placeholder-problems.js";
import { PLACEHOLDER, segmentsOf } from "./placeholders.js";

export const INDICATOR_KEY = /^[a-z][A-Za-z0-9]*\.[a-z][A-Za-z0-9]*$/;

const DATE: readonly FieldKind[] = ["date"];
const NUMERIC: readonly FieldKind[] = ["integer", "money"];

export function checkIndicators(type: RecordTypeDeclaration): string[] {
  const problems: string[] = [];
  const fields = new Map(type.fields.map((field) => [field.name, field]));
  const keys = new Set<string>();
  for (const indicator of type.indicators ?? []) {
    const where = `indicator ${indicator.key}`;
    const field = (name: string, kinds?: readonly FieldKind[]) => {
      if (name === "state") return;
      const found = fields.get(name);
      if (!found) problems.push(`${where}: unknown field ${name}`);
      else if (kinds && !kinds.includes(found.kind))
        problems.push(`${where}: field ${name} must be ${kinds.join(" or ")}`);
    };
    if (!INDICATOR_KEY.test(indicator.key)) problems.push(`${where}: key must be area.name`);
    if (keys.has(indicator.key)) problems.push(`${where}: duplicate key`);
    keys.add(indicator.key);
    checkFormat(indicator, (message) => problems.push(`${where}: ${message}`));
    if (isRatio(indicator)) continue;
    const { measure, period } = indicator;
    if (measure.kind === "sum") {
      field(measure.field, NUMERIC);
      if (measure.minus !== undefined) field(measure.minus, NUMERIC);
    }
    if (measure.kind === "distinct") field(measure.field);
    if (measure.kind === "rows" || measure.kind === "distinctRowValue")
      problems.push(...checkRowMeasure(type, measure).map((message) => `${where}: ${message}`));
    if (measure.kind === "target") {
      field(measure.field, NUMERIC);
      field(measure.latestBy, DATE);
      if (period.mode !== "year")
        problems.push(`${where}: a target is set per year (period mode year)`);
    }
    if (period.mode === "rowWithin")
      problems.push(...checkRowPeriod(type, period).map((message) => `${where}: ${message}`));
    else field(period.field, period.mode === "year" ? ["integer"] : DATE);
    if (period.mode === "asOf" && period.endField) field(period.endField, DATE);
    const conditions = [...(indicator.where ?? [])];
    while (conditions.length > 0) {
      const condition = conditions.pop() as IndicatorCondition;
      if ("anyOf" in condition) conditions.push(...condition.anyOf);
      else {
        field(condition.field);
        for (const value of conditionValues(condition)) {
          if (!allowedValue(type, condition.field, value))
            problems.push(`${where}: ${condition.field} has no value ${String(value)}`);
        }
      }
    }
  }
  return problems;
}

function conditionValues(condition: IndicatorCondition): readonly (string | number | boolean)[] {
  if ("equals" in condition) return [condition.equals];
  if ("in" in condition) return condition.in;
  return [];
}

/** A value a state or choice field can take (a typo would silently count nothing). */
function allowedValue(
  type: RecordTypeDeclaration,
  name: string,
  value: string | number | boolean,
): boolean {
  if (name === "state") return type.workflow.states.some((state) => state.id === value);
  const found = type.fields.find((candidate) => candidate.name === name);
  if (found?.kind === "choice") return found.options.some((option) => option.value === value);
  if (found?.kind === "boolean") return typeof value === "boolean";
  return true;
}

function checkFormat(indicator: IndicatorDeclaration, problem: (message: string) => void) {
  const format = indicator.format;
  if (!format) return;
  if (format.kind === "percent" && !isRatio(indicator)) problem("percent format needs a ratio");
  if (format.kind === "approx" && !(Number.isInteger(format.step) && format.step > 0))
    problem("approx step must be a positive integer");
  if (
    (format.kind === "percent" || format.kind === "tenThousand") &&
    !(Number.isInteger(format.decimals) && format.decimals >= 0 && format.decimals <= 4)
  )
    problem("decimals must be 0–4");
}

/** Across all record types: keys unique, ratios and fragments naming indicators that exist. */
export function checkIndicatorRegistry(types: readonly RecordTypeDeclaration[]): string[] {
  const problems: string[] = [];
  const owner = new Map<string, string>();
  const declared = new Map<string, IndicatorDeclaration>();
  for (const type of types) {
    for (const indicator of type.indicators ?? []) {
      const previous = owner.get(indicator.key);
      if (previous !== undefined)
        problems.push(`indicator ${indicator.key}: declared by ${previous} and ${type.id}`);
      owner.set(indicator.key, type.id);
      declared.set(indicator.key, indicator);
    }
  }
  for (const type of types) {
    for (const indicator of type.indicators ?? []) {
      if (!isRatio(indicator)) continue;
      for (const part of [indicator.measure.numerator, indicator.measure.denominator]) {
        if (!owner.has(part))
          problems.push(`indicator ${indicator.key}: unknown indicator ${part}`);
      }
    }
    for (const fragment of type.reportFragments ?? []) {
      for (const match of fragment.text.matchAll(PLACEHOLDER)) {
        const key = match[1] ?? "";
        if (!owner.has(key) && !INDICATOR_KEY.test(key))
          problems.push(`${type.id}: report fragment cites malformed key ${key}`);
      }
      // Formats that cannot be read or fit, and units typed after a figure that are not its own.
      for (const problem of paragraphPlaceholderProblems(segmentsOf(fragment.text), (key) =>
        declared.get(key),
      ))
        problems.push(`${type.id}: report fragment ${problem.placeholder}: ${problem.message}`);
    }
  }
  return problems;
}

/** A measure over rows names a table field, its column, and row conditions with real values. */
function checkRowMeasure(
  type: RecordTypeDeclaration,
  measure: {
    readonly table: string;
    readonly column?: string;
    readonly rowWhere?: readonly RowCondition[];
  },
): string[] {
  const table = type.fields.find((field) => field.name === measure.table);
  if (table?.kind !== "table") return [`field ${measure.table} must be table`];
  const problems: string[] = [];
  const columns = new Map(table.columns.map((column) => [column.name, column]));
  const names = [
    ...(measure.column === undefined ? [] : [measure.column]),
    ...(measure.rowWhere ?? []).map((condition) => condition.column),
  ];
  for (const name of names)
    if (!columns.has(name)) problems.push(`${measure.table} has no column ${name}`);
  for (const condition of measure.rowWhere ?? []) {
    const column = columns.get(condition.column);
    if (column?.kind !== "choice") continue;
    const values = "equals" in condition ? [condition.equals] : condition.in;
    for (const value of values)
      if (!column.options.some((option) => option.value === value))
        problems.push(`${measure.table}.${condition.column} has no value ${String(value)}`);
  }
  return problems;
}

/** A period over rows names a table field and a date column of it. */
function checkRowPeriod(
  type: RecordTypeDeclaration,
  period: { readonly field: string; readonly column: string },
): string[] {
  const table = type.fields.find((field) => field.name === period.field);
  if (table?.kind !== "table") return [`field ${period.field} must be table`];
  const column = table.columns.find((candidate) => candidate.name === period.column);
  if (!column) return [`${period.field} has no column ${period.column}`];
  return column.kind === "date" ? [] : [`${period.field}.${period.column} must be date`];
}
