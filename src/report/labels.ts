// The Chinese label of every key a paragraph may cite: each declared indicator's own label, and the
// catalog's for figures no record type provides yet. Screens show these; keys are for programs.
import { indicatorIndex } from "../engine/indicators.js";
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import { REPORT_FIGURES } from "./catalog.js";

export function figureLabels(types: readonly RecordTypeDeclaration[]): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const figure of REPORT_FIGURES) labels[figure.key] = figure.label;
  for (const [key, { indicator }] of indicatorIndex(types)) labels[key] = indicator.label;
  return labels;
}
