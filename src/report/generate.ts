// Generates an annual report: its paragraphs in the order of the required parts, every {{key}}
// filled with the indicator's value for the report's organisation subtree and year, printed with
// the placeholder's formats (fill.ts; 同比 from the year before). A key no record type declares is
// listed as missing and printed as such (by its Chinese label; the key stays in the data for
// programs), never invented.
import type { Sql } from "../db/client.js";
import type { Actor } from "../engine/actor.js";
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import { citesLastYear, figureFiller, type FormatProblem, type ResolvedSegment } from "./fill.js";
import { yearFigures, type Figure, type YearFigures } from "./figures.js";
import { segmentsOf } from "./placeholders.js";
import { chapterNumber, REPORT_PARTS, sectionNumber } from "./structure.js";

export { missingFigureText, UNREGISTERED_FIGURE } from "./fill.js";
export type { FormatProblem, ResolvedSegment, YearFigures };

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
  // Last year is computed once for the whole report, and only when a placeholder needs it.
  const needsPrevious = parsed.some(citesLastYear);
  const { current: figures, previous } =
    computed && (computed.previous !== undefined || !needsPrevious)
      ? computed
      : await yearFigures(db, {
          types,
          actor,
          orgId: source.orgId,
          year: source.year,
          current: computed?.current,
          withPrevious: needsPrevious,
        });
  const filler = figureFiller(figures, previous);
  // Each paragraph resolved once, by part.
  const resolved = new Map(
    REPORT_PARTS.map((part) => [
      part.id,
      parsed.filter((p) => p.part === part.id).map(filler.resolve),
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
    ...filler.collected(),
    emptyParts,
  };
}
