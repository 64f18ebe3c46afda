// The annual report API: reports, their paragraphs (with every version), preview, export, publish.
import { ApiError, get, patch, post, request, toQueryString } from "./client";
import type { IndicatorFormat } from "../../../src/kernel/indicators";
import type { Items } from "./types";

export type ReportStatus = "draft" | "published";

export interface ReportSummary {
  id: number;
  orgId: number;
  orgName: string;
  year: number;
  title: string;
  status: ReportStatus;
  publishedAt: string | null;
  updatedAt: string;
}

export interface Report {
  id: number;
  orgId: number;
  orgName: string;
  year: number;
  title: string;
  issuers: string;
  issuedOn: string | null;
  status: ReportStatus;
  version: number;
  publishedAt: string | null;
}

export interface Paragraph {
  id: number;
  text: string;
  version: number;
  updatedAt: string;
  updatedByName: string | null;
}

export interface ReportPart {
  id: string;
  label: string;
  /** The chapter heading the part sits under; null for the opening paragraph. */
  chapter: string | null;
  required: boolean;
  paragraphs: Paragraph[];
}

/** A figure a paragraph may cite as `{{key}}`, with its value for the report's year. */
export interface ReportFigure {
  key: string;
  label: string;
  unit: string;
  /** How the indicator declares it is printed; a placeholder's formats may override it. */
  format: IndicatorFormat | null;
  /** Whether the signed-in user may count the records behind it. */
  readable: boolean;
  /** This year's value (null: not computable or not readable) and last year's, for 同比. */
  value: number | null;
  previousValue: number | null;
  formatted: string;
  recordType: string;
  /** The heading of the report the figure belongs to (REPORT_SECTIONS id). */
  section: string;
}

export interface ReportProblems {
  /** Figures the text cites that no record type provides (label null when not in the catalog). */
  missing: { key: string; label: string | null }[];
  emptyParts: string[];
  unreadable: string[];
  /** Figures computed as undefined (a rate over zero, a target not set), printed "—". */
  noValue: string[];
  /** The date written under the issuers (成文日期) is not set yet. */
  noDate: boolean;
  /** Placeholders whose format is wrong or cannot print the figure (publication waits). */
  formatProblems: FormatProblem[];
  /** Figures printed truthfully but not as asked (a threshold not met); publication may go on. */
  notices: FormatProblem[];
}

export interface FormatProblem {
  /** The paragraph as people find it: "“…”第2段". */
  paragraph: string;
  paragraphId: number | null;
  key: string;
  placeholder: string;
  message: string;
}

export interface ReportView {
  report: Report;
  parts: ReportPart[];
  figures: ReportFigure[];
  /** The Chinese label of every figure a paragraph may cite, by key (declared or not yet). */
  labels: Record<string, string>;
  problems: ReportProblems;
  /** What the signed-in user may do with this report, by the server's write rule. */
  permissions: { canEdit: boolean; canWithdraw: boolean };
}

export interface ParagraphVersion {
  version: number;
  text: string;
  deleted: boolean;
  changedAt: string;
  changedByName: string | null;
}

export interface ReportChanges {
  title?: string;
  issuers?: string;
  issuedOn?: string | null;
}

const base = "/api/reports";
const one = (id: number | string): string => `${base}/${encodeURIComponent(String(id))}`;
const paragraph = (id: number | string, pid: number): string => `${one(id)}/paragraphs/${pid}`;

export const listReports = (): Promise<Items<ReportSummary>> => get(base);

export const createReport = (org: number, year: number): Promise<{ id: number }> =>
  post(base, { org, year });

export const getReport = (id: number | string): Promise<ReportView> => get(one(id));

export const updateReport = (
  id: number | string,
  version: number,
  changes: ReportChanges,
): Promise<Report> => patch(one(id), { version, ...changes });

export const addParagraph = (
  id: number | string,
  part: string,
  text: string,
): Promise<{ id: number }> => post(`${one(id)}/paragraphs`, { part, text });

export const saveParagraph = (
  id: number | string,
  pid: number,
  version: number,
  text: string,
): Promise<{ id: number; version: number }> =>
  request("PUT", paragraph(id, pid), { version, text });

export const deleteParagraph = (id: number | string, pid: number, version: number): Promise<void> =>
  request("DELETE", paragraph(id, pid) + toQueryString({ version }));

export const fetchParagraphVersions = (
  id: number | string,
  pid: number,
): Promise<Items<ParagraphVersion>> => get(`${paragraph(id, pid)}/versions`);

export const publishReport = (id: number | string, version: number): Promise<Report> =>
  post(`${one(id)}/publish`, { version });

/** Takes a published report off the portal so it can be corrected; the reason is audited. */
export const withdrawReport = (
  id: number | string,
  version: number,
  reason: string,
): Promise<Report> => post(`${one(id)}/withdraw`, { version, reason });

/** The generated report as HTML (opened in a new tab). */
export const previewUrl = (id: number | string): string => `${one(id)}/preview`;

/** The report as a file: Word or HTML (a plain link, so the browser downloads it). */
export const reportExportUrl = (id: number | string, format: "docx" | "html"): string =>
  `${one(id)}/export${toQueryString({ format })}`;

/** A typed number the server found equal to indicator values: it offers the indicators instead. */
export interface BareNumberOffer {
  message: string;
  number: string;
  keys: string[];
  /** What to put in the number's place for each key ("{{a.b}}", "{{a.b|cn|unit}}"). */
  replacements: string[];
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === "string");

/** The `report.bareNumber` problems of a refused paragraph save. */
export function bareNumberOffers(error: unknown): BareNumberOffer[] {
  if (!(error instanceof ApiError) || error.status !== 400) return [];
  return error.problems.flatMap((problem) => {
    if (problem.code !== "report.bareNumber" || !("detail" in problem)) return [];
    const detail: unknown = problem.detail;
    if (typeof detail !== "object" || detail === null) return [];
    const number = "number" in detail ? detail.number : undefined;
    const keys = "keys" in detail ? detail.keys : undefined;
    const replacements = "replacements" in detail ? detail.replacements : undefined;
    if (typeof number !== "string" || !isStringArray(keys) || !isStringArray(replacements))
      return [];
    return [{ message: problem.message, number, keys, replacements }];
  });
}
