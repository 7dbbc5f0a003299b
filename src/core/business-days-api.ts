/**
 * The business-day helpers as the package exports them: the same functions as
 * `business-days.ts`, with their arguments validated at the boundary (a bad
 * date, count or calendar throws `PolicyInputError`). The rules call the
 * internal functions on already validated values.
 */
import * as z from "zod/mini";
import type { CalendarDate } from "./calendar.js";
import {
  DEFAULT_BUSINESS_CALENDAR,
  addBusinessDays as addBusinessDaysRaw,
  isBusinessDay as isBusinessDayRaw,
  usFederalHolidays as usFederalHolidaysRaw,
  type BusinessCalendar,
} from "./business-days.js";
import { calendarDateSchema } from "./date-schemas.js";
import { parseInput } from "./schema.js";
import { MAX_HOLIDAYS, MAX_WEEKDAYS } from "./limits.js";

/** A business calendar: at least one open weekday (0 = Sunday … 6 = Saturday), closures `null` (federal) or a list. */
const businessCalendarSchema = z.strictObject({
  openWeekdays: z
    .array(z.int().check(z.gte(0), z.lte(6)))
    .check(
      z.minLength(1),
      z.maxLength(MAX_WEEKDAYS),
      z.refine((days) => new Set(days).size === days.length, { message: "a weekday is listed twice" }),
    ),
  holidays: z.nullable(z.array(calendarDateSchema).check(z.maxLength(MAX_HOLIDAYS))),
});

const yearSchema = z.strictObject({ year: z.int().check(z.gte(1900), z.lte(2999)) });
const dateSchema = z.strictObject({ date: calendarDateSchema, calendar: businessCalendarSchema });
const addSchema = z.strictObject({
  date: calendarDateSchema,
  /** Business days to add: 0 is the date itself; at most ten years' worth. */
  n: z.int().check(z.gte(0), z.lte(3660)),
  calendar: businessCalendarSchema,
});

/**
 * US federal holidays (5 U.S.C. 6103) as observed, that fall in `year`:
 * a Saturday holiday is observed on the Friday before, a Sunday one on the
 * Monday after. New Year's Day of the next year can be observed on Dec 31.
 * Juneteenth counts from 2021, the year it became a federal holiday.
 *
 * @throws PolicyInputError unless `year` is a whole number from 1900 to 2999 (the range of calendar dates).
 *
 * @example
 * ```ts
 * usFederalHolidays(2026).includes("2026-07-03"); //=> true (July 4 is a Saturday)
 * ```
 */
export function usFederalHolidays(year: number): CalendarDate[] {
  return usFederalHolidaysRaw(parseInput(yearSchema, { year }, "usFederalHolidays").year);
}

/**
 * True when `date` is a business day of `calendar` (default Monday–Friday,
 * closed on US federal holidays as observed).
 *
 * @throws PolicyInputError on a bad date or calendar.
 *
 * @example
 * ```ts
 * isBusinessDay("2026-11-26"); //=> false (Thanksgiving)
 * isBusinessDay("2026-11-27"); //=> true
 * ```
 */
export function isBusinessDay(date: CalendarDate, calendar: BusinessCalendar = DEFAULT_BUSINESS_CALENDAR): boolean {
  const p = parseInput(dateSchema, { date, calendar }, "isBusinessDay");
  return isBusinessDayRaw(p.date, p.calendar);
}

/**
 * The date `n` business days after `date` (the date itself is day 0 and is
 * not counted).
 *
 * @throws PolicyInputError on a bad date, a count that is not a whole number
 * from 0 to 3660, or a bad calendar.
 *
 * @example
 * ```ts
 * addBusinessDays("2026-11-25", 1); //=> "2026-11-27" (Thanksgiving skipped)
 * ```
 */
export function addBusinessDays(date: CalendarDate, n: number, calendar: BusinessCalendar = DEFAULT_BUSINESS_CALENDAR): CalendarDate {
  const p = parseInput(addSchema, { date, n, calendar }, "addBusinessDays");
  return addBusinessDaysRaw(p.date, p.n, p.calendar);
}
