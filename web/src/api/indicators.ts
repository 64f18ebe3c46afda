// The indicators API: an organisation's figures for a year, by report section, and the records
// behind one figure (the drill-down).
import { get } from "./client";
import type { ListResponse } from "./types";

export interface Period {
  from: string;
  to: string;
}

export interface IndicatorFigure {
  key: string;
  label: string;
  unit: string;
  recordType: string;
  recordTypeLabel: string;
  /** A ratio's numerator and denominator keys; null for a figure counted from records. */
  parts: [string, string] | null;
  /** false: the user may not read the record type, so no value is given. */
  readable: boolean;
  value: number | null;
  formatted: string;
  previous: { value: number | null; formatted: string };
}

export interface IndicatorSection {
  id: string;
  label: string;
  indicators: IndicatorFigure[];
}

/** A figure the annual report expects but no record type provides yet. */
export interface MissingFigure {
  key: string;
  label: string;
  section: string;
}

export interface IndicatorsResponse {
  org: { id: number; name: string };
  /** partial: the user's scope covers only part of the organisation's subtree. */
  coverage: "full" | "partial";
  year: number;
  period: Period;
  previousPeriod: Period;
  sections: IndicatorSection[];
  missing: MissingFigure[];
}

export interface IndicatorRecords extends ListResponse {
  recordType: string;
}

export const fetchIndicators = (org: number, year: number): Promise<IndicatorsResponse> =>
  get("/api/indicators", { org, year });

export const fetchIndicatorRecords = (
  key: string,
  query: { org: number; year: number; page: number; pageSize: number },
): Promise<IndicatorRecords> =>
  get(`/api/indicators/${encodeURIComponent(key)}/records`, { ...query });
