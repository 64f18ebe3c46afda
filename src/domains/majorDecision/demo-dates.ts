// Demo dates of major decisions: a step some calendar days after another, on a working day
// (working days: src/seed/working-days.ts).
import { shift, workingOnOrAfter } from "../../seed/working-days.js";

/** A working day `days` calendar days after `date`, moved forward to a working day. */
export const later = (date: string, days: number): string => workingOnOrAfter(shift(date, days));
