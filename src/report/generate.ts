// Generates an annual report: its paragraphs in the order of the required parts, every {{key}}
// filled with the indicator's value for the report's organisation subtree and year. A key no
// record type declares is listed as missing and printed as such (by its Chinese label; the key
// stays in the data for programs), never invented.
import type { Sql } from "../db/client.js";
import type { Actor } from "../engine/actor.js";
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import { REPORT_FIGURES } from "./catalog.js";
import { formatFigure } from "../kernel/figure-format.js";
import { paragraphPlaceholderProblems } from "../kernel/placeholder-problems.js";
import { computeFigures, yearEarlier, yearPeriod, type Figure } from "./figures.js";
import { segmentsOf, type Segment } from "./placeholders.js";
import { chapterNumber, findPart, REPORT_PARTS, sectionNumber } from "./structure.js";

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

export interface GeneratedSection {
  /** "（一）坚持政治引领…", or null for a chapter without sub-headings. */
  readonly heading: string | null;
  readonly paragraphs: readonly (readonly ResolvedSegment[])[];
}

export interface GeneratedReport {
  readonly reportId: number | null;
  /** Not published: exports carry a draft mark so they are not taken for the issued text. */
  readonly isDraft: boolean;
  readonly orgId: number;
  readonly orgName: string;
  readonly year: number;
  readonly title: string;
  readonly issuers: string;
  readonly issuedOn: string | null;
  readonly preamble: readonly (readonly ResolvedSegment[])[];
  readonly chapters: readonly {
    readonly heading: string;
    readonly sections: readonly GeneratedSection[];
  }[];
  /** The figures cited, by key, with the values printed. */
  readonly figures: Readonly<Record<string, Figure>>;
  readonly missing: readonly { readonly key: string; readonly label: string | null }[];
  readonly unreadable: readonly string[];
  /** Figures computed as undefined (a rate over zero, a target not set). */
  readonly noValue: readonly string[];
  /** Required parts with no paragraph. */
  readonly emptyParts: readonly string[];
  /** Placeholders whose format is wrong or cannot print the figure: publication waits for them. */
  readonly formatProblems: readonly FormatProblem[];
  /** Figures printed truthfully but not as asked (a threshold not met): for the writer to read. */
  readonly notices: readonly FormatProblem[];
}

export interface ReportSource {
  readonly reportId: number | null;
  readonly orgId: number;
  readonly orgName: string;
  readonly year: number;
  readonly title: string;
  readonly issuers: string;
  readonly issuedOn: string | null;
  readonly paragraphs: readonly {
    readonly id?: number;
    readonly part: string;
    readonly text: string;
  }[];
}

/** The figures of the report's year and, when a placeholder asks for 同比, of the year before. */
export interface YearFigures {
  readonly current: ReadonlyMap<string, Figure>;
  readonly previous?: ReadonlyMap<string, Figure> | undefined;
}

/** The name of a cited key that neither a declaration nor the catalog labels (none should). */
export const UNREGISTERED_FIGURE = "未登记的指标";

/** The marker printed where a figure has no data source, naming it as people read it. */
export const missingFigureText = (label: string | null): string =>
  `〔缺少数据：${label ?? UNREGISTERED_FIGURE}〕`;

export async function generateReport(
  db: Sql,
  types: readonly RecordTypeDeclaration[],
  actor: Actor,
  source: ReportSource,
  /** The figures of the report's org and year (and the year before), when the caller has them. */
  computed?: YearFigures,
): Promise<GeneratedReport> {
  const parsed = source.paragraphs.map((paragraph) => ({
    ...paragraph,
    segments: segmentsOf(paragraph.text),
  }));
  const { current: figures, previous } = await yearFigures(db, {
    types,
    actor,
    source,
    computed,
    // The year before is computed once for the whole report, only when a placeholder needs it.
    needsPrevious: parsed.some((paragraph) => paragraph.segments.some(isYearOnYear)),
  });
  const cited: Record<string, Figure> = {};
  const missing = new Map<string, string | null>();
  const unreadable = new Set<string>();
  const noValue = new Set<string>();
  const formatProblems: FormatProblem[] = [];
  const notices: FormatProblem[] = [];
  const ordinal = new Map<string, number>();
  const resolve = (paragraph: (typeof parsed)[number]): ResolvedSegment[] => {
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
  // Each paragraph resolved once, by part.
  const resolved = new Map(
    REPORT_PARTS.map((part) => [part.id, parsed.filter((p) => p.part === part.id).map(resolve)]),
  );
  const textsOf = (part: string) => resolved.get(part) ?? [];
  const emptyParts = REPORT_PARTS.filter(
    (part) => part.required && textsOf(part.id).length === 0,
  ).map((part) => part.id);
  const chapters: { title: string; heading: string; sections: GeneratedSection[] }[] = [];
  for (const part of REPORT_PARTS) {
    if (part.chapter === null) continue;
    let chapter = chapters.at(-1);
    if (chapter?.title !== part.chapter) {
      const heading = `${chapterNumber(chapters.length)}${part.chapter}`;
      chapter = { title: part.chapter, heading, sections: [] };
      chapters.push(chapter);
    }
    const paragraphs = textsOf(part.id);
    const heading =
      part.heading === null ? null : `${sectionNumber(chapter.sections.length)}${part.heading}`;
    chapter.sections.push({
      heading,
      paragraphs:
        paragraphs.length > 0 || part.required ? paragraphs : [[{ kind: "text", text: "无。" }]],
    });
  }
  return {
    reportId: source.reportId,
    isDraft: true,
    orgId: source.orgId,
    orgName: source.orgName,
    year: source.year,
    title: source.title,
    issuers: source.issuers,
    issuedOn: source.issuedOn,
    preamble: textsOf("preamble"),
    chapters: chapters.map(({ heading, sections }) => ({ heading, sections })),
    figures: cited,
    missing: [...missing].map(([key, label]) => ({ key, label })),
    unreadable: [...unreadable],
    noValue: [...noValue],
    emptyParts,
    formatProblems,
    notices,
  };
}

const isYearOnYear = (segment: Segment): boolean =>
  segment.kind === "figure" &&
  segment.formats.some((format) => format.kind === "yoy" || format.kind === "yoyAbs");

async function yearFigures(
  db: Sql,
  input: {
    readonly types: readonly RecordTypeDeclaration[];
    readonly actor: Actor;
    readonly source: ReportSource;
    readonly computed: YearFigures | undefined;
    readonly needsPrevious: boolean;
  },
): Promise<YearFigures> {
  const { computed, needsPrevious, source } = input;
  if (computed && (computed.previous || !needsPrevious)) return computed;
  const year = yearPeriod(source.year);
  const periods = computed
    ? [yearEarlier(year)]
    : needsPrevious
      ? [year, yearEarlier(year)]
      : [year];
  const maps = await computeFigures(db, { ...input, orgId: source.orgId, periods });
  if (computed) return { current: computed.current, previous: maps[0] };
  return { current: maps[0] ?? new Map<string, Figure>(), previous: maps[1] };
}
