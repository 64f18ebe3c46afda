// Demo: decisions of 2023 and early 2025 published on the portal the day they were served, so the
// portal has content; the last decisions of 2025 are left for the office to publish (their
// publication clocks show as overdue).
import type { DemoRecord } from "../../seed/types.js";

const PUBLISHER = "sfj_reviewer";
/** Decisions served from this day on are not published yet. */
const UNPUBLISHED_FROM = "2025-09-01";

export function withPublications(records: readonly DemoRecord[]): DemoRecord[] {
  return records.map((record) => {
    const decided = record.steps.some((step) => step.action === "approveDecision");
    const served = record.steps.find((step) => step.action === "close")?.values?.closedDate;
    if (!decided || typeof served !== "string" || served >= UNPUBLISHED_FROM) return record;
    return { ...record, publish: { by: PUBLISHER, on: served } };
  });
}
