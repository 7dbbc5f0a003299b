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
});
