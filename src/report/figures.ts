// Indicator values as figures to print: computed through the engine (access rule, subtree,
// period), labelled and formatted by their declarations.
import type { Sql } from "../db/client.js";
import type { Actor } from "../engine/actor.js";
import type { Period } from "../engine/indicator-sql.js";
import { computeIndicators, indicatorIndex } from "../engine/indicators.js";
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import { formatIndicator } from "../kernel/indicator-format.js";
import { isRatio, type IndicatorFormat, type ReportSectionId } from "../kernel/indicators.js";

export interface Figure {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  /** How the indicator declares it is printed (a placeholder's format may override it). */
  readonly format?: IndicatorFormat | undefined;
  readonly section: ReportSectionId;
  readonly recordType: string;
  readonly recordTypeLabel: string;
  /** For a ratio, the keys of numerator and denominator (each opens its own records). */
  readonly parts: readonly [string, string] | null;
  readonly isAuxiliary: boolean;
  readonly readable: boolean;
  readonly value: number | null;
  readonly formatted: string;
}

export const yearPeriod = (year: number): Period => ({
  from: `${String(year)}-01-01`,
  to: `${String(year)}-12-31`,
});

/** The same span a year earlier (29 February falls back to the 28th). */
export function yearEarlier(period: Period): Period {
  const back = (date: string) => {
    const year = String(Number(date.slice(0, 4)) - 1).padStart(4, "0");
    const day = date.slice(5) === "02-29" ? "02-28" : date.slice(5);
    return `${year}-${day}`;
  };
  return { from: back(period.from), to: back(period.to) };
}

/** Figures per period (same order as `periods`), each a map by indicator key. */
export async function computeFigures(
  db: Sql,
  input: {
    readonly types: readonly RecordTypeDeclaration[];
    readonly actor: Actor;
    readonly orgId: number;
    readonly periods: readonly Period[];
  },
): Promise<Map<string, Figure>[]> {
  const values = await computeIndicators(db, input);
  const index = indicatorIndex(input.types);
  return values.map((byKey) => {
    const figures = new Map<string, Figure>();
    for (const [key, { type, indicator }] of index) {
      const computed = byKey.get(key);
      const readable = computed?.readable ?? false;
      const value = readable ? (computed?.value ?? null) : null;
      figures.set(key, {
        key,
        label: indicator.label,
        unit: indicator.unit,
        format: indicator.format,
        section: indicator.section,
        recordType: type.id,
        recordTypeLabel: type.label,
        parts: isRatio(indicator)
          ? [indicator.measure.numerator, indicator.measure.denominator]
          : null,
        isAuxiliary: indicator.isAuxiliary === true,
        readable,
        value,
        formatted: readable ? formatIndicator(value, indicator.format) : "无权查看",
      });
    }
    return figures;
  });
}

/** The figures of the report's year and, when a placeholder asks for 同比, of the year before. */
export interface YearFigures {
  readonly current: ReadonlyMap<string, Figure>;
  readonly previous?: ReadonlyMap<string, Figure> | undefined;
}

/** This year's figures and, when asked, last year's, in one computation (one query per type). */
export async function yearFigures(
  db: Sql,
  input: {
    readonly types: readonly RecordTypeDeclaration[];
    readonly actor: Actor;
    readonly orgId: number;
    readonly year: number;
    /** This year's, when the caller has them already. */
    readonly current: ReadonlyMap<string, Figure> | undefined;
    readonly withPrevious: boolean;
  },
): Promise<YearFigures> {
  const year = yearPeriod(input.year);
  const periods = [
    ...(input.current ? [] : [year]),
    ...(input.withPrevious ? [yearEarlier(year)] : []),
  ];
  const maps = periods.length === 0 ? [] : await computeFigures(db, { ...input, periods });
  const current = input.current ?? maps[0] ?? new Map<string, Figure>();
  return { current, previous: input.withPrevious ? maps.at(-1) : undefined };
}
