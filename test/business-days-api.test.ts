import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { LIMITS, PolicyInputError, addBusinessDays, isBusinessDay, usFederalHolidays } from "@relument/policy";
import { fromDayNumber, dayNumber } from "../src/core/calendar.js";

/** The issues' paths of the PolicyInputError `f` throws. */
function pathsOf(f: () => unknown): string[] {
  let err: unknown;
  try {
    f();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(PolicyInputError);
  return (err as PolicyInputError).issues.map((i) => i.path.join("."));
}

const week = { openWeekdays: [1, 2, 3, 4, 5], holidays: null };

describe("exported business-day helpers validate their arguments", () => {
  it("answer as documented on valid arguments (Thanksgiving 2026, July 4 2026 observed on Friday July 3)", () => {
    expect(addBusinessDays("2026-11-25", 1)).toBe("2026-11-27");
    expect(addBusinessDays("2026-11-25", 0)).toBe("2026-11-25");
    expect(addBusinessDays("2026-11-25", 2, { openWeekdays: [1, 2, 3, 4, 5], holidays: [] })).toBe("2026-11-27");
    expect(isBusinessDay("2026-11-26")).toBe(false);
    expect(isBusinessDay("2026-11-28", { openWeekdays: [6], holidays: [] })).toBe(true);
    expect(usFederalHolidays(2026)).toContain("2026-07-03");
    expect(usFederalHolidays(2020)).not.toContain("2020-06-19"); // Juneteenth counts from 2021
  });

  it("a bad date, count, year or calendar throws PolicyInputError naming the argument", () => {
    expect(pathsOf(() => addBusinessDays("2026-02-30", 1))).toEqual(["date"]);
    expect(pathsOf(() => addBusinessDays("2026-11-25", -1))).toEqual(["n"]);
    expect(pathsOf(() => addBusinessDays("2026-11-25", 1.5))).toEqual(["n"]);
    expect(pathsOf(() => addBusinessDays("2026-11-25", Number.NaN))).toEqual(["n"]);
    expect(pathsOf(() => addBusinessDays("2026-11-25", 3661))).toEqual(["n"]);
    expect(pathsOf(() => addBusinessDays("2026-11-25", 1, { openWeekdays: [], holidays: null }))).toEqual(["calendar.openWeekdays"]);
    expect(pathsOf(() => addBusinessDays("2026-11-25", 1, { openWeekdays: [1, 1], holidays: null }))).toEqual(["calendar.openWeekdays"]);
    expect(pathsOf(() => isBusinessDay("2026-11-25", { openWeekdays: [7], holidays: null }))).toEqual(["calendar.openWeekdays.0"]);
    expect(pathsOf(() => isBusinessDay("2026-11-25", { openWeekdays: [1], holidays: ["2026-13-01"] }))).toEqual(["calendar.holidays.0"]);
    expect(pathsOf(() => isBusinessDay("2026-11-25", { openWeekdays: [1] } as never))).toEqual(["calendar.holidays"]);
    expect(pathsOf(() => isBusinessDay("2026-11-25", { ...week, closed: [] } as never))).toEqual(["calendar.closed"]);
    expect(pathsOf(() => isBusinessDay(undefined as never))).toEqual(["date"]);
    expect(pathsOf(() => usFederalHolidays(2026.5))).toEqual(["year"]);
    expect(pathsOf(() => usFederalHolidays(0))).toEqual(["year"]);
    expect(pathsOf(() => usFederalHolidays(Number.NaN))).toEqual(["year"]);
  });

  it("the error names the helper, the argument and what is wrong", () => {
    const messageOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(PolicyInputError);
        return (e as PolicyInputError).message;
      }
      throw new Error("expected a PolicyInputError");
    };
    expect(messageOf(() => addBusinessDays("2026-11-25", 1, { openWeekdays: [1, 1], holidays: null }))).toBe(
      "Invalid input to addBusinessDays: calendar.openWeekdays: a weekday is listed twice",
    );
    expect(messageOf(() => isBusinessDay("2026-02-30"))).toBe("Invalid input to isBusinessDay: date: expected a real calendar date YYYY-MM-DD (Pacific) of the years 1900–2999");
    expect(messageOf(() => usFederalHolidays(0))).toBe("Invalid input to usFederalHolidays: year: expected at least 1900, received 0");
    expect(messageOf(() => usFederalHolidays(3000))).toBe("Invalid input to usFederalHolidays: year: expected at most 2999, received 3000");
    expect(messageOf(() => addBusinessDays("2026-11-25", 1, { openWeekdays: [0, 1, 2, 3, 4, 5, 6, 0], holidays: null }))).toBe(
      "Invalid input to addBusinessDays: calendar.openWeekdays: expected at most 7 items (received 8 items)",
    );
    expect(messageOf(() => isBusinessDay("2026-11-25", { openWeekdays: [1], holidays: Array.from({ length: LIMITS.holidays + 1 }, () => "2026-01-01") }))).toMatch(
      /^Invalid input to isBusinessDay: calendar\.holidays: expected at most 10000 items\b/,
    );
  });

  it("the ends of the accepted ranges work: years 1900 and 2999 (the calendar range), a count of 3660, all seven weekdays, 10,000 closures", () => {
    expect(usFederalHolidays(1900)).toHaveLength(10); // no Juneteenth before 2021
    expect(usFederalHolidays(2999)).toHaveLength(11);
    expect(addBusinessDays("2026-11-25", 3660, { openWeekdays: [0, 1, 2, 3, 4, 5, 6], holidays: [] })).toBe("2036-12-02"); // ten years are 3653 days (leap days 2028, 2032, 2036), + 7
    expect(isBusinessDay("2026-11-26", { openWeekdays: [1, 2, 3, 4, 5], holidays: Array.from({ length: LIMITS.holidays }, () => "2026-11-26") })).toBe(false);
  });

  test.prop([fc.integer({ min: dayNumber("2000-01-01"), max: dayNumber("2060-12-31") }).map(fromDayNumber), fc.integer({ min: 1, max: 400 })])(
    "n business days later is a business day, and n - 1 business days later is strictly earlier",
    (date, n) => {
      const due = addBusinessDays(date, n);
      expect(isBusinessDay(due)).toBe(true);
      expect(addBusinessDays(date, n - 1) < due).toBe(true);
    },
  );

  test.prop([fc.anything(), fc.anything(), fc.anything()])("any other arguments give a date or PolicyInputError, nothing else", (a, b, c) => {
    for (const call of [() => addBusinessDays(a as never, b as never, c as never), () => isBusinessDay(a as never, b as never), () => usFederalHolidays(a as never)]) {
      try {
        const r = call();
        expect(typeof r === "boolean" || typeof r === "string" || Array.isArray(r)).toBe(true);
      } catch (e) {
        expect(e).toBeInstanceOf(PolicyInputError);
      }
    }
  });
});
