// The parts of an annual report on rule-of-law government, in order: 法治政府建设与责任落实督察
// 工作规定 (2019) requires the previous year's measures and results, shortcomings and their causes,
// the principal leaders' performance of their first-responsibility duty, next year's plan and
// other matters (statutory-rules.md §11). Measures and results carry the reference report's six
// headings (REPORT_SECTIONS).
import { REPORT_SECTIONS, type ReportSectionId } from "../kernel/indicators.js";

export interface ReportPart {
  readonly id: string;
  /** What the editor calls it. */
  readonly label: string;
  /** The chapter heading it sits under (一、…), null for the opening paragraph. */
  readonly chapter: string | null;
  /** Its own sub-heading ((一)…), for the six headings of measures and results. */
  readonly heading: string | null;
  /** A required part may not be empty when the report is published. */
  readonly required: boolean;
  readonly section?: ReportSectionId;
}

export const MEASURES_CHAPTER = "主要工作举措和成效";

export const measuresPartId = (section: ReportSectionId): string => `measures.${section}`;

export const REPORT_PARTS: readonly ReportPart[] = [
  { id: "preamble", label: "开头语", chapter: null, heading: null, required: true },
  ...REPORT_SECTIONS.map((section) => ({
    id: measuresPartId(section.id),
    label: section.label,
    chapter: MEASURES_CHAPTER,
    heading: section.label,
    required: true,
    section: section.id,
  })),
  {
    id: "shortcomings",
    label: "存在的不足和原因",
    chapter: "存在的不足和原因",
    heading: null,
    required: true,
  },
  {
    id: "leaders",
    label: "党政主要负责人履行推进法治建设第一责任人职责情况",
    chapter: "党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
    heading: null,
    required: true,
  },
  {
    id: "plan",
    label: "下一年度工作计划",
    chapter: "下一年度推进法治政府建设的主要安排",
    heading: null,
    required: true,
  },
  {
    id: "other",
    label: "其他需要报告的事项",
    chapter: "其他需要报告的情况",
    heading: null,
    required: false,
  },
];

export const findPart = (id: string): ReportPart | undefined =>
  REPORT_PARTS.find((part) => part.id === id);

/** 一、二、… and （一）（二）… as official documents number their headings. */
const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
export const chapterNumber = (index: number): string => `${NUMERALS[index] ?? String(index + 1)}、`;
export const sectionNumber = (index: number): string =>
  `（${NUMERALS[index] ?? String(index + 1)}）`;
