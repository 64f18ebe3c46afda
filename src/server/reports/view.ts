// One report as the editor needs it: the title block, each part with its paragraphs, the figures
// that can be inserted (with this year's values), the Chinese label of every figure a paragraph may
// cite (people read labels; keys are for programs) and what still stops publication.
import type { Sql } from "../../db/client.js";
import type { Actor } from "../../engine/actor.js";
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import { computeFigures, yearEarlier, yearPeriod, type Figure } from "../../report/figures.js";
import { generateReport, UNREGISTERED_FIGURE } from "../../report/generate.js";
import { figureLabels } from "../../report/labels.js";
import { mayWrite, reportParagraphs, reportRow } from "../../report/store.js";
import { REPORT_PARTS } from "../../report/structure.js";

export async function reportView(
  db: Sql,
  types: readonly RecordTypeDeclaration[],
  actor: Actor,
  id: number,
) {
  const report = await reportRow(db, actor, id);
  const paragraphs = await reportParagraphs(db, id);
  const writable = await mayWrite(db, actor, id);
  // This year's figures and last year's (for 同比 placeholders), in one computation.
  const year = yearPeriod(report.year);
  const [figures = new Map<string, Figure>(), previous] = await computeFigures(db, {
    types,
    actor,
    orgId: report.orgId,
    periods: [year, yearEarlier(year)],
  });
  const generated = await generateReport(
    db,
    types,
    actor,
    { ...report, reportId: report.id, paragraphs },
    { current: figures, previous },
  );
  return {
    report,
    parts: REPORT_PARTS.map((part) => ({
      id: part.id,
      label: part.label,
      chapter: part.chapter,
      required: part.required,
      paragraphs: paragraphs
        .filter((paragraph) => paragraph.part === part.id)
        .map(({ part: _part, position: _position, ...paragraph }) => paragraph),
    })),
    figures: [...figures.values()]
      .filter((figure) => !figure.isAuxiliary)
      .map(({ key, label, unit, format, formatted, value, readable, recordType, section }) => ({
        key,
        label,
        unit,
        // The editor prints a placeholder's formats with the kernel, as generation does.
        format: format ?? null,
        readable,
        value: readable ? value : null,
        previousValue:
          previous?.get(key)?.readable === true ? (previous.get(key)?.value ?? null) : null,
        formatted,
        recordType,
        section,
      })),
    labels: {
      ...figureLabels(types),
      // A cited key nobody declares any more still gets a name, never its key.
      ...Object.fromEntries(
        generated.missing.map(({ key, label }) => [key, label ?? UNREGISTERED_FIGURE]),
      ),
    },
    problems: {
      missing: generated.missing,
      emptyParts: generated.emptyParts,
      unreadable: generated.unreadable,
      noValue: generated.noValue,
      formatProblems: generated.formatProblems,
      notices: generated.notices,
      noDate: report.issuedOn === null,
    },
    // What this user may do: the same rule the write operations check.
    permissions: {
      canEdit: report.status === "draft" && writable,
      canWithdraw: report.status === "published" && writable,
    },
  };
}
