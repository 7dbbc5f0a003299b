import { describe, expect, it } from "vitest";
import { test, fc } from "@fast-check/vitest";
import { addBusinessDays, isBusinessDay, nextBusinessDayOnOrAfter, usFederalHolidays } from "./business-days.js";
import { addDays, dayNumber, fromDayNumber, weekday } from "./calendar.js";

describe("US federal holidays as observed", () => {
  it("2026: July 4 on a Saturday is observed Friday July 3; Thanksgiving is Nov 26", () => {
    expect(usFederalHolidays(2026)).toEqual([
      "2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19", "2026-07-03",
      "2026-09-07", "2026-10-12", "2026-11-11", "2026-11-26", "2026-12-25",
    ]);
  });

  it("observed on a Friday before a Saturday holiday and a Monday after a Sunday one (2021, 2022, 2023)", () => {
    expect(usFederalHolidays(2021)).toContain("2021-12-31"); // Jan 1, 2022 is a Saturday
    expect(usFederalHolidays(2022)).not.toContain("2022-01-01");
    expect(usFederalHolidays(2022)).toContain("2022-12-26"); // Christmas on a Sunday
    expect(usFederalHolidays(2023)).toContain("2023-01-02"); // New Year on a Sunday
    expect(usFederalHolidays(2023)).toContain("2023-11-10"); // Veterans Day on a Saturday
    expect(usFederalHolidays(2020)).not.toContain("2020-06-19"); // Juneteenth from 2021
  });

  it("business days skip weekends and holidays; the start day is day 0", () => {
    expect(addBusinessDays("2026-11-25", 1)).toBe("2026-11-27");
    expect(addBusinessDays("2026-12-24", 1)).toBe("2026-12-28");
    expect(addBusinessDays("2026-11-21", 1)).toBe("2026-11-23");
    expect(addBusinessDays("2026-11-21", 0)).toBe("2026-11-21");
    expect(isBusinessDay("2026-07-03")).toBe(false);
  });

  it("a calendar with no open weekday is refused instead of searching forever", () => {
    const closed = { openWeekdays: [], holidays: [] };
    expect(() => addBusinessDays("2026-11-25", 1, closed)).toThrow(RangeError);
    expect(() => nextBusinessDayOnOrAfter("2026-11-25", closed)).toThrow(RangeError);
    expect(() => addBusinessDays("2026-11-25", 1, closed)).toThrow("a business calendar needs at least one open weekday");
  });

  it("an injected closure list replaces the federal holidays", () => {
    const cal = { openWeekdays: [1, 2, 3, 4, 5], holidays: ["2026-11-27"] };
    expect(addBusinessDays("2026-11-25", 1, cal)).toBe("2026-11-26");
    expect(addBusinessDays("2026-11-25", 2, cal)).toBe("2026-11-30");
  });

  test.prop([fc.integer({ min: dayNumber("2020-01-01"), max: dayNumber("2040-12-31") }).map(fromDayNumber), fc.integer({ min: 1, max: 60 })])(
    "counting n ≥ 1 business days never lands on a weekend or holiday",
    (d, n) => {
      const due = addBusinessDays(d, n);
      expect(isBusinessDay(due)).toBe(true);
      expect([0, 6]).not.toContain(weekday(due));
      expect(due > d).toBe(true);
      expect(addDays(d, n) <= due).toBe(true);
    },
  );

  it("2021, Juneteenth's first year: every holiday as observed (June 19 on a Saturday is observed Friday June 18)", () => {
    expect(usFederalHolidays(2021)).toEqual([
      "2021-01-01", "2021-01-18", "2021-02-15", "2021-05-31", "2021-06-18", "2021-07-05",
      "2021-09-06", "2021-10-11", "2021-11-11", "2021-11-25", "2021-12-24", "2021-12-31",
    ]);
  });

  it("2027: MLK Day Jan 18, Presidents' Day Feb 15, Memorial Day May 31 (the month's last day), Thanksgiving Nov 25", () => {
    expect(usFederalHolidays(2027)).toEqual([
      "2027-01-01", "2027-01-18", "2027-02-15", "2027-05-31", "2027-06-18", "2027-07-05",
      "2027-09-06", "2027-10-11", "2027-11-11", "2027-11-25", "2027-12-24", "2027-12-31",
    ]);
  });

  it("a year before 1000 is written with four digits and keeps its holidays (no Juneteenth)", () => {
    const days = usFederalHolidays(999);
    expect(days).toHaveLength(10);
    expect(days.every((d) => d.startsWith("0999-"))).toBe(true);
  });

  it("the next business day on or after a date: the date itself when open, else the first open one", () => {
    expect(nextBusinessDayOnOrAfter("2026-11-27")).toBe("2026-11-27");
    expect(nextBusinessDayOnOrAfter("2026-11-26")).toBe("2026-11-27");
    expect(nextBusinessDayOnOrAfter("2026-11-28")).toBe("2026-11-30");
    expect(nextBusinessDayOnOrAfter("2026-11-28", { openWeekdays: [6], holidays: ["2026-11-28"] })).toBe("2026-12-05");
    expect(isBusinessDay("2026-11-28", { openWeekdays: [6], holidays: [] })).toBe(true);
    expect(isBusinessDay("2026-11-26", { openWeekdays: [1, 2, 3, 4, 5], holidays: [] })).toBe(true);
  });

  it("a calendar's closures of several years are each looked up in their own year", () => {
    // Dec 31, 2026 is a Thursday, open; Jan 1, 2027 closed; the next open day is Monday Jan 4.
    expect(addBusinessDays("2026-12-30", 1)).toBe("2026-12-31");
    expect(addBusinessDays("2026-12-30", 2)).toBe("2027-01-04");
    expect(addBusinessDays("2026-12-30", 3)).toBe("2027-01-05");
  });
});
