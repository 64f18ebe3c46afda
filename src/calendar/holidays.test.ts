// The calendar against the official State Council data (2023–2026, docs/reference/cn-holidays.json) and the chinese-days package (2019–2026).
import { readFileSync } from "node:fs";
import chineseDays from "chinese-days";
import { describe, expect, it } from "vitest";
import { referencePath } from "../../test/support/paths.js";
import ownData from "./data/cn-holidays.json" with { type: "json" };
import { addDays, isoDate } from "./dates.js";
import { dayInfo, isWorkingDay, nextWorkingDay, noticesOf, publishedYears } from "./holidays.js";

interface SharedYear {
  holidays: string[][];
  workdays: string[];
}
const sharedText = readFileSync(referencePath("cn-holidays.json"), "utf8");
const shared = JSON.parse(sharedText) as Record<string, SharedYear>;

function eachDay(first: string, last: string, visit: (day: ReturnType<typeof isoDate>) => void) {
  for (let day = isoDate(first); day <= isoDate(last); day = addDays(day, 1)) visit(day);
}

describe("holiday data", () => {
  it("carries 2023–2026 exactly as the shared file gives them", () => {
    for (const year of ["2023", "2024", "2025", "2026"]) {
      const own = (ownData.years as Record<string, SharedYear>)[year];
      expect(own?.holidays, year).toEqual(shared[year]?.holidays);
      expect(own?.workdays, year).toEqual(shared[year]?.workdays);
    }
  });

  it("answers every day of 2023–2026 as the shared file implies", () => {
    const rest = new Set<string>();
    const makeup = new Set<string>();
    for (const year of ["2023", "2024", "2025", "2026"]) {
      for (const [first = "", last = ""] of shared[year]?.holidays ?? []) {
        eachDay(first, last, (d) => rest.add(d));
      }
      for (const day of shared[year]?.workdays ?? []) makeup.add(day);
    }
    let checked = 0;
    eachDay("2023-01-01", "2026-12-31", (day) => {
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      const expected = rest.has(day)
        ? false
        : makeup.has(day)
          ? true
          : weekday !== 0 && weekday !== 6;
      expect(isWorkingDay(day), day).toBe(expected);
      checked += 1;
    });
    expect(checked).toBe(1461);
  });

  it("agrees with the chinese-days package on every day of 2019–2026", () => {
    const disagreements: string[] = [];
    eachDay("2019-01-01", "2026-12-31", (day) => {
      if (chineseDays.isWorkday(day) !== isWorkingDay(day)) disagreements.push(day);
    });
    expect(disagreements).toEqual([]);
  });

  it("names the notice of every covered year", () => {
    expect(publishedYears()).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(noticesOf(2023)[0]?.number).toBe("国办发明电〔2022〕16号");
    expect(noticesOf(2026)[0]?.number).toBe("国办发明电〔2025〕7号");
    expect(noticesOf(2020).map((notice) => notice.number)).toEqual([
      "国办发明电〔2019〕16号",
      "国办发明电〔2020〕1号",
    ]);
  });
});

describe("dayInfo", () => {
  it("tells holidays, make-up working days, weekends and workdays apart", () => {
    expect(dayInfo(isoDate("2023-10-01"))).toMatchObject({
      kind: "holiday",
      holidayName: "中秋节、国庆节",
    });
    expect(dayInfo(isoDate("2023-10-07"))).toMatchObject({
      kind: "makeupWorkday",
      isWorkingDay: true,
    });
    expect(dayInfo(isoDate("2023-10-07")).holidayName).toBe("中秋节、国庆节");
    expect(dayInfo(isoDate("2023-10-14"))).toMatchObject({ kind: "weekend", isWorkingDay: false });
    expect(dayInfo(isoDate("2023-10-16"))).toMatchObject({ kind: "workday", isWorkingDay: true });
  });

  it("counts the 2020 Spring Festival extension: 1 February 2020 was no longer worked", () => {
    expect(dayInfo(isoDate("2020-02-01")).kind).toBe("holiday");
    expect(isWorkingDay(isoDate("2020-02-03"))).toBe(true);
  });

  it("flags years without a notice as provisional and applies the weekend rule", () => {
    const newYear2027 = dayInfo(isoDate("2027-01-01"));
    expect(newYear2027).toMatchObject({ kind: "workday", isProvisional: true });
    expect(dayInfo(isoDate("2027-01-02"))).toMatchObject({ kind: "weekend", isProvisional: true });
    expect(dayInfo(isoDate("2018-06-01")).isProvisional).toBe(true);
    expect(dayInfo(isoDate("2026-12-31")).isProvisional).toBe(false);
  });

  it("finds the next working day across a long holiday", () => {
    expect(nextWorkingDay(isoDate("2023-09-28"))).toBe("2023-10-07");
    expect(nextWorkingDay(isoDate("2026-02-13"))).toBe("2026-02-14");
    expect(nextWorkingDay(isoDate("2026-02-14"))).toBe("2026-02-24");
  });
});
