// Indicators: the figures a record type contributes to dashboards and the annual report. Each is a
// query over records (never a typed number), declared as data under a stable key such as
// "legalAid.cases" (shared/reference/houma-2023-figures.md names the keys of the annual report).

/** The six headings of "main measures and results" in the annual report. */
export const REPORT_SECTIONS = [
  { id: "leadership", label: "坚持政治引领，全面强化党对法治政府建设的领导" },
  { id: "functions", label: "坚持履职尽责，全面履行政府各项职能" },
  { id: "institutions", label: "健全制度体系，全面推进政府治理规范化法治化" },
  { id: "enforcement", label: "深化体制改革，全面推进严格规范公正文明执法" },
  { id: "disputes", label: "坚持多措并举，全面有效化解社会矛盾纠纷" },
  { id: "oversight", label: "强化保障力度，全面完善法治政府建设推进机制" },
] as const;

export type ReportSectionId = (typeof REPORT_SECTIONS)[number]["id"];

/** A condition on a record's fields; `state` names the workflow state. */
export type IndicatorCondition =
  | { readonly field: string; readonly equals: string | number | boolean }
  | { readonly field: string; readonly in: readonly string[] }
  | { readonly field: string; readonly isSet: boolean }
  | { readonly anyOf: readonly IndicatorCondition[] };

/**
 * How a record falls in a period:
 * - within: its date field lies in the period (a flow: cases received in 2023);
 * - asOf: it started on or before the period's end and had not ended by then (a stock: the
 *   members of the lecturer group at year end);
 * - year: its integer year field lies in the period's years (a yearly target);
 * - rowWithin: a row of its child table `field` has its date `column` in the period (the items
 *   whose approving department changed in the year: a change row dated in it). A measure over
 *   rows still counts every row of the records counted.
 */
export type IndicatorPeriod =
  | { readonly mode: "within"; readonly field: string }
  | { readonly mode: "rowWithin"; readonly field: string; readonly column: string }
  | { readonly mode: "asOf"; readonly field: string; readonly endField?: string }
  | { readonly mode: "year"; readonly field: string };

/** A condition on a cell of a child table's row (a party's kind, an inspection's result). */
export type RowCondition =
  | { readonly column: string; readonly equals: string | number | boolean }
  | { readonly column: string; readonly in: readonly string[] };

export type IndicatorMeasure =
  | { readonly kind: "count" }
  /** Rows of a child table over the records counted, only those matching `rowWhere` if given. */
  | { readonly kind: "rows"; readonly table: string; readonly rowWhere?: readonly RowCondition[] }
  /**
   * Distinct values of one column of a child table across all the records counted (distinct
   * entities inspected over all plans of a year); empty cells do not count.
   */
  | {
      readonly kind: "distinctRowValue";
      readonly table: string;
      readonly column: string;
      readonly rowWhere?: readonly RowCondition[];
    }
  | { readonly kind: "distinct"; readonly field: string }
  /**
   * The sum of a numeric field; with `minus`, of the difference of two fields per record (a
   * reduction: the materials before a reform minus those after). A record with either empty is
   * left out.
   */
  | { readonly kind: "sum"; readonly field: string; readonly minus?: string }
  /**
   * A yearly target: the latest setting (by `latestBy`) per organisation and year within the
   * subtree, counting only the topmost organisations that have one.
   */
  | { readonly kind: "target"; readonly field: string; readonly latestBy: string };

/** How a figure is printed in the report. */
export type IndicatorFormat =
  | { readonly kind: "number" }
  /** "60余": the count rounded down to a multiple of `step`, with 余 when it exceeds it. */
  | { readonly kind: "approx"; readonly step: number }
  /** "11.76万": in units of ten thousand, to `decimals` places. */
  | { readonly kind: "tenThousand"; readonly decimals: number }
  /** "142.3%", "76.59%"; a whole percentage is printed without decimals ("100%"). */
  | { readonly kind: "percent"; readonly decimals: number };

interface IndicatorBase {
  /** Stable key, `<area>.<name>`; never renamed (reports cite it). */
  readonly key: string;
  readonly label: string;
  readonly section: ReportSectionId;
  /** The unit written after the figure in prose (件, 人次, 名); empty for percentages. */
  readonly unit: string;
  readonly format?: IndicatorFormat;
  /** An auxiliary indicator (a target) is computed but not listed on its own. */
  readonly isAuxiliary?: boolean;
}

/** A figure computed from this record type's records. */
export interface RecordIndicatorDeclaration extends IndicatorBase {
  readonly measure: IndicatorMeasure;
  readonly period: IndicatorPeriod;
  readonly where?: readonly IndicatorCondition[];
}

/** A rate of two other indicators (of any record type), as a percentage. */
export interface RatioIndicatorDeclaration extends IndicatorBase {
  readonly measure: {
    readonly kind: "ratio";
    readonly numerator: string;
    readonly denominator: string;
  };
}

export type IndicatorDeclaration = RecordIndicatorDeclaration | RatioIndicatorDeclaration;

export const isRatio = (indicator: IndicatorDeclaration): indicator is RatioIndicatorDeclaration =>
  indicator.measure.kind === "ratio";

/** A paragraph a record type offers to a new annual report; `{{key}}` marks a figure. */
export interface ReportFragment {
  readonly section: ReportSectionId;
  /** Orders fragments within a section (the reference report's order: 一是, 二是, ...). */
  readonly order: number;
  readonly text: string;
}
