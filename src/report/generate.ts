// Generates an annual report: its paragraphs in the order of the required parts, every {{key}}
// filled with the indicator's value for the report's organisation subtree and year. A key no
// record type declares is listed as missing and printed as such (by its Chinese label; the key
// stays in the data for programs), never invented.
import type { Sql } from "../db/client.js";
import type { Actor } from "../engine/actor.js";
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import { REPORT_FIGURES } from "./catalog.js";
import { computeFigures, yearPeriod, type Figure } from "./figures.js";
import { segmentsOf } from "./placeholders.js";
import { chapterNumber, REPORT_PARTS, sectionNumber } from "./structure.js";

export type ResolvedSegment =
  | { readonly kind: "text"; readonly text: string }
  | {
      readonly kind: "figure";
      readonly key: string;
      readonly text: string;
      /** noValue: computed but undefined (a rate over zero, a target not set), printed "—". */
      readonly status: "ok" | "missing" | "unreadable" | "noValue";
    };

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
}

export interface ReportSource {
  readonly reportId: number | null;
  readonly orgId: number;
  readonly orgName: string;
  readonly year: number;
  readonly title: string;
  readonly issuers: string;
  readonly issuedOn: string | null;
  readonly paragraphs: readonly { readonly part: string; readonly text: string }[];
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
  /** The figures of the report's org and year, when the caller has them already. */
  computed?: ReadonlyMap<string, Figure>,
): Promise<GeneratedReport> {
  const [figures = new Map<string, Figure>()] = computed
    ? [computed]
    : await computeFigures(db, {
        types,
        actor,
        orgId: source.orgId,
        periods: [yearPeriod(source.year)],
      });
  const cited: Record<string, Figure> = {};
  const missing = new Map<string, string | null>();
  const unreadable = new Set<string>();
  const noValue = new Set<string>();
  const resolve = (text: string): ResolvedSegment[] =>
    segmentsOf(text).map((segment) => {
      if (segment.kind === "text") return segment;
      const figure = figures.get(segment.key);
      if (!figure) {
        const label = REPORT_FIGURES.find((entry) => entry.key === segment.key)?.label ?? null;
        missing.set(segment.key, label);
        return { ...segment, text: missingFigureText(label), status: "missing" };
      }
      cited[segment.key] = figure;
      if (!figure.readable) unreadable.add(segment.key);
      else if (figure.value === null) noValue.add(segment.key);
      const status = !figure.readable ? "unreadable" : figure.value === null ? "noValue" : "ok";
      return { ...segment, text: figure.formatted, status };
    });
  // Each paragraph resolved once, by part.
  const resolved = new Map(
    REPORT_PARTS.map((part) => [
      part.id,
      source.paragraphs.filter((p) => p.part === part.id).map((p) => resolve(p.text)),
    ]),
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
  };
}
