import { describe, expect, it } from "vitest";
import { test, fc } from "@fast-check/vitest";
import { addDays, addMonths, addYears, daysBetween, daysInMonth, fromDayNumber, isCalendarDate, minDate, monthsSince, weekday, dayNumber } from "./calendar.js";

const dateArb = fc
  .integer({ min: dayNumber("2000-01-01"), max: dayNumber("2060-12-31") })
  .map((n) => fromDayNumber(n));

describe("calendar dates", () => {
  it("rejects impossible dates and wrong formats", () => {
    for (const s of ["2026-02-30", "2026-13-01", "2026-00-10", "2025-02-29", "2026-2-3", "20260203", "2026-02-03T00:00"]) {
      expect(isCalendarDate(s), s).toBe(false);
    }
    expect(isCalendarDate("2024-02-29")).toBe(true);
  });

  it("month arithmetic clamps and keeps the anchor: Jan 31 → Feb 28 → Mar 31", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2026-01-31", 2)).toBe("2026-03-31");
    expect(addMonths("2026-01-31", 3)).toBe("2026-04-30");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
    expect(addMonths("2026-12-15", 1)).toBe("2027-01-15");
    expect(addMonths("2026-01-15", -1)).toBe("2025-12-15");
  });

  it("yearly anniversaries: Feb 29 → Feb 28 in common years, Feb 29 again in leap years", () => {
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(addYears("2024-02-29", 4)).toBe("2028-02-29");
  });

  it("weekday: 2026-11-21 is a Saturday, 1970-01-01 a Thursday", () => {
    expect(weekday("2026-11-21")).toBe(6);
    expect(weekday("1970-01-01")).toBe(4);
    expect(weekday("1969-12-28")).toBe(0);
  });

  test.prop([dateArb, fc.integer({ min: -5000, max: 5000 })])("addDays and daysBetween are inverse", (d, n) => {
    expect(daysBetween(d, addDays(d, n))).toBe(n);
  });

  test.prop([dateArb, fc.integer({ min: 0, max: 240 })])("monthsSince finds the last anchored month not after the date", (anchor, k) => {
    const target = addMonths(anchor, k);
    expect(monthsSince(anchor, target)).toBe(k);
    if (addMonths(anchor, k + 1) > addDays(target, 1)) expect(monthsSince(anchor, addDays(addMonths(anchor, k + 1), -1))).toBe(k);
  });

  it("accepts years 1900 to 2999 and every real day of every month, from the 1st to the last", () => {
    for (const s of ["1900-01-01", "2999-12-31", "2026-01-01", "2026-01-31", "2026-03-01", "2026-12-31", "2026-04-30"]) {
      expect(isCalendarDate(s), s).toBe(true);
    }
    for (const s of ["1899-12-31", "3000-01-01", "2026-04-31", "2026-01-00", "2026-01-32", " 2026-01-01", "2026-01-01 ", "x2026-01-01", "2026-01-01x", "2026/01/01"]) {
      expect(isCalendarDate(s), s).toBe(false);
    }
  });

  it("monthsSince counts whole anchored months: Jan 31 reaches Feb 28 after one month and Mar 31 after two", () => {
    expect(monthsSince("2026-01-31", "2026-01-31")).toBe(0);
    expect(monthsSince("2026-01-31", "2026-02-27")).toBe(0);
    expect(monthsSince("2026-01-31", "2026-02-28")).toBe(1);
    expect(monthsSince("2026-01-31", "2026-03-30")).toBe(1);
    expect(monthsSince("2026-01-31", "2026-03-31")).toBe(2);
    expect(monthsSince("2026-01-31", "2027-01-30")).toBe(11);
    expect(monthsSince("2026-01-31", "2027-01-31")).toBe(12);
  });

  it("minDate picks the earlier date; daysInMonth knows leap years", () => {
    expect(minDate("2026-03-01", "2026-02-28")).toBe("2026-02-28");
    expect(minDate("2026-02-28", "2026-03-01")).toBe("2026-02-28");
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2026, 12)).toBe(31);
  });
});
