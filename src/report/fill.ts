// Fills a report's placeholders: each figure printed with its formats, and what stood in the way
// collected — figures without a source, unreadable or without a value, format problems named by
// paragraph and placeholder, and notes for figures printed other than asked (a threshold not met).
import { formatFigure } from "../kernel/figure-format.js";
import { paragraphPlaceholderProblems } from "../kernel/placeholder-problems.js";
import type { Segment } from "../kernel/placeholders.js";
import { REPORT_FIGURES } from "./catalog.js";
import type { Figure } from "./figures.js";
import { findPart } from "./structure.js";

export type ResolvedSegment =
  | { readonly kind: "text"; readonly text: string }
  | {
      readonly kind: "figure";
      readonly key: string;
      readonly text: string;
      /**
       * noValue: computed but undefined (a rate over zero, a target not set), printed "—";
       * formatProblem: its format cannot print this figure (printed as the problem).
       */
      readonly status: "ok" | "missing" | "unreadable" | "noValue" | "formatProblem";
    };

/** A placeholder whose format could not print its figure, or printed it other than asked. */
export interface FormatProblem {
  /** The paragraph as people find it: "“坚持多措并举，全面有效化解社会矛盾纠纷”第2段". */
  readonly paragraph: string;
  readonly paragraphId: number | null;
  readonly key: string;
  readonly placeholder: string;
  readonly message: string;
}

/** The name of a cited key that neither a declaration nor the catalog labels (none should). */
export const UNREGISTERED_FIGURE = "未登记的指标";

/** The marker printed where a figure has no data source, naming it as people read it. */
export const missingFigureText = (label: string | null): string =>
  `〔缺少数据：${label ?? UNREGISTERED_FIGURE}〕`;

/** A stored paragraph, split into text and placeholders. */
export interface ParsedParagraph {
  readonly id?: number | undefined;
  readonly part: string;
  readonly segments: readonly Segment[];
}

/** Whether a paragraph has a placeholder comparing with last year (yoy, yoyAbs). */
export const citesLastYear = (paragraph: ParsedParagraph): boolean =>
  paragraph.segments.some(
    (segment) =>
      segment.kind === "figure" &&
      segment.formats.some((format) => format.kind === "yoy" || format.kind === "yoyAbs"),
  );

/** Resolves paragraphs in report order (paragraphs are numbered within their part as resolved). */
export function figureFiller(
  figures: ReadonlyMap<string, Figure>,
  previous: ReadonlyMap<string, Figure> | undefined,
) {
  const cited: Record<string, Figure> = {};
  const missing = new Map<string, string | null>();
  const unreadable = new Set<string>();
  const noValue = new Set<string>();
  const formatProblems: FormatProblem[] = [];
  const notices: FormatProblem[] = [];
  const ordinal = new Map<string, number>();
  const resolve = (paragraph: ParsedParagraph): ResolvedSegment[] => {
    const position = (ordinal.get(paragraph.part) ?? 0) + 1;
    ordinal.set(paragraph.part, position);
    const where = {
      paragraph: `“${findPart(paragraph.part)?.label ?? paragraph.part}”第${String(position)}段`,
      paragraphId: paragraph.id ?? null,
    };
    const found = paragraphPlaceholderProblems(paragraph.segments, (key) => figures.get(key));
    formatProblems.push(...found.map((problem) => ({ ...where, ...problem })));
    return paragraph.segments.map((segment): ResolvedSegment => {
      if (segment.kind === "text") return segment;
      const { key } = segment;
      const problemText = (message: string) => `〔${message}〕`;
      if (segment.grammarProblem !== null)
        return {
          kind: "figure",
          key,
          text: problemText(segment.grammarProblem),
          status: "formatProblem",
        };
      const figure = figures.get(key);
      if (!figure) {
        const label = REPORT_FIGURES.find((entry) => entry.key === key)?.label ?? null;
        missing.set(key, label);
        return { kind: "figure", key, text: missingFigureText(label), status: "missing" };
      }
      cited[key] = figure;
      if (!figure.readable) {
        unreadable.add(key);
        return { kind: "figure", key, text: figure.formatted, status: "unreadable" };
      }
      const before = previous?.get(key);
      const printed = formatFigure(
        { ...figure, previous: before?.readable === true ? before.value : null },
        segment.formats,
      );
      if (!printed.ok) {
        // A misfit is listed already with the paragraph's other placeholder problems.
        const listed = found.some(
          (problem) =>
            problem.placeholder === segment.source && problem.message === printed.problem,
        );
        if (!listed)
          formatProblems.push({
            ...where,
            key,
            placeholder: segment.source,
            message: printed.problem,
          });
        return { kind: "figure", key, text: problemText(printed.problem), status: "formatProblem" };
      }
      if (figure.value === null) {
        noValue.add(key);
        return { kind: "figure", key, text: printed.text, status: "noValue" };
      }
      if (printed.notice !== null)
        notices.push({ ...where, key, placeholder: segment.source, message: printed.notice });
      return { kind: "figure", key, text: printed.text, status: "ok" };
    });
  };
  const collected = () => ({
    figures: cited,
    missing: [...missing].map(([key, label]) => ({ key, label })),
    unreadable: [...unreadable],
    noValue: [...noValue],
    formatProblems,
    notices,
  });
  return { resolve, collected };
}
