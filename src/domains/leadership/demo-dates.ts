// Dates and dice for the section (一) demo: working days of the Chinese calendar, and seeded
// random choices (the same on every machine).
import { dice } from "../../seed/dice.js";
import {
  daysBetween,
  shift,
  workingOnOrAfter,
  workingOnOrBefore,
} from "../../seed/working-days.js";

export const pad2 = (n: number): string => String(n).padStart(2, "0");

export type Dice = ReturnType<typeof leadershipDice>;
/** The shared draws (src/seed/dice.ts), plus a working day between two dates. */
export function leadershipDice(random: () => number) {
  const draws = dice(random);
  const { int } = draws;
  /** A working day between the two dates (inclusive, when they hold one). */
  const dayBetween = (from: string, to: string): string => {
    const span = Math.max(0, daysBetween(from, to));
    const day = workingOnOrAfter(shift(from, int(0, span)));
    return day > to ? workingOnOrBefore(to) : day;
  };
  return { ...draws, dayBetween };
}

/** A day in month `month` (1–12) of the year, a working day. */
export const dayInMonth = (d: Dice, year: number, month: number): string =>
  d.dayBetween(`${year}-${pad2(month)}-03`, `${year}-${pad2(month)}-26`);

/** The years of the demo (2023 to the load day's year). */
export const demoYears = (today: string): number[] => {
  const last = Number(today.slice(0, 4));
  return Array.from({ length: Math.max(0, last - 2022) }, (_, i) => 2023 + i);
};
