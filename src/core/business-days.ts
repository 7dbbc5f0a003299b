import { type CalendarDate, addDays, dateOf, dayNumber, daysInMonth, fromDayNumber, weekday } from "./calendar.js";
import { deepFreeze } from "./freeze.js";

/** The n-th (1-based) `dow` (0 = Sunday) of a month. */
function nthWeekday(year: number, month: number, dow: number, n: number): CalendarDate {
  const first = weekday(dateOf(year, month, 1));
  return dateOf(year, month, 1 + ((dow - first + 7) % 7) + 7 * (n - 1));
}

/** The last `dow` of a month. */
function lastWeekday(year: number, month: number, dow: number): CalendarDate {
  const lastDay = daysInMonth(year, month);
  const last = weekday(dateOf(year, month, lastDay));
  return dateOf(year, month, lastDay - ((last - dow + 7) % 7));
}

/** A fixed-date holiday moved to Friday when on Saturday, Monday when on Sunday. */
function observed(date: CalendarDate): CalendarDate {
  const dow = weekday(date);
  return dow === 6 ? addDays(date, -1) : dow === 0 ? addDays(date, 1) : date;
}

/**
 * US federal holidays (5 U.S.C. 6103) as observed, that fall in `year`:
 * a Saturday holiday is observed on the Friday before, a Sunday one on the
 * Monday after. New Year's Day of the next year can be observed on Dec 31.
 * Juneteenth counts from 2021, the year it became a federal holiday.
 *
 * @example
 * ```ts
 * usFederalHolidays(2026).includes("2026-07-03"); //=> true (July 4 is a Saturday)
 * ```
 */
export function usFederalHolidays(year: number): CalendarDate[] {
  const days = [
    observed(dateOf(year, 1, 1)),
    nthWeekday(year, 1, 1, 3), // Birthday of Martin Luther King, Jr.
    nthWeekday(year, 2, 1, 3), // Washington's Birthday
    lastWeekday(year, 5, 1), // Memorial Day
    ...(year >= 2021 ? [observed(dateOf(year, 6, 19))] : []), // Juneteenth
    observed(dateOf(year, 7, 4)),
    nthWeekday(year, 9, 1, 1), // Labor Day
    nthWeekday(year, 10, 1, 2), // Columbus Day
    observed(dateOf(year, 11, 11)), // Veterans Day
    nthWeekday(year, 11, 4, 4), // Thanksgiving Day
    observed(dateOf(year, 12, 25)),
    observed(dateOf(year + 1, 1, 1)), // may fall on Dec 31 of `year`
  ];
  return [...new Set(days.filter((d) => d.startsWith(`${String(year).padStart(4, "0")}-`)))].sort();
}

/** Which days are business days: open weekdays minus closures. */
export interface BusinessCalendar {
  /** Open weekdays, 0 = Sunday … 6 = Saturday. Default Monday–Friday. */
  readonly openWeekdays: readonly number[];
  /**
   * Closed dates. When `null`, US federal holidays as observed
   * ({@link usFederalHolidays}); when a list, exactly those dates.
   */
  readonly holidays: readonly CalendarDate[] | null;
}

/** Monday–Friday, closed on US federal holidays as observed. */
export const DEFAULT_BUSINESS_CALENDAR: BusinessCalendar = /* @__PURE__ */ deepFreeze({ openWeekdays: [1, 2, 3, 4, 5], holidays: null });

/** True when `date` is a business day of `calendar`. */
export function isBusinessDay(date: CalendarDate, calendar: BusinessCalendar = DEFAULT_BUSINESS_CALENDAR): boolean {
  return businessDayTest(calendar)(date);
}

/**
 * A business-day test for one calendar that computes each year's closures
 * once (counting loops call it day after day).
 */
function businessDayTest(calendar: BusinessCalendar): (date: CalendarDate) => boolean {
  const days = openDaysOf(calendar);
  return (date) => days.isOpen(dayNumber(date));
}

/** Federal closures per year, as day numbers: internal, bounded (cleared when full), built the same way whenever asked. */
const federalByYear = new Map<number, ReadonlySet<number>>();
const FEDERAL_CACHE_YEARS = 256;

function federalClosures(year: number): ReadonlySet<number> {
  let closed = federalByYear.get(year);
  if (closed === undefined) {
    if (federalByYear.size >= FEDERAL_CACHE_YEARS) federalByYear.clear();
    closed = new Set(usFederalHolidays(year).map(dayNumber));
    federalByYear.set(year, closed);
  }
  return closed;
}

const MS_PER_DAY = 86_400_000;

/** The open days of a business calendar, on day numbers (days since 1970-01-01). */
class OpenDays {
  private readonly weekdays: readonly boolean[];
  private readonly hostClosed: ReadonlySet<number> | null;
  /** The federal closures of the year last asked about, and that year's day-number range. */
  private federal: ReadonlySet<number> | null = null;
  private yearStart = 0;
  private yearEnd = 0;

  constructor(calendar: BusinessCalendar) {
    this.weekdays = [0, 1, 2, 3, 4, 5, 6].map((d) => calendar.openWeekdays.includes(d));
    this.hostClosed = calendar.holidays === null ? null : new Set(calendar.holidays.map(dayNumber));
  }

  isOpen(day: number): boolean {
    // 1970-01-01 was a Thursday (4).
    if (!this.weekdays[(((day + 4) % 7) + 7) % 7]) return false;
    if (this.hostClosed !== null) return !this.hostClosed.has(day);
    if (this.federal === null || day < this.yearStart || day >= this.yearEnd) {
      const year = new Date(day * MS_PER_DAY).getUTCFullYear();
      this.federal = federalClosures(year);
      this.yearStart = dayNumber(dateOf(year, 1, 1));
      this.yearEnd = dayNumber(dateOf(year + 1, 1, 1));
    }
    return !this.federal.has(day);
  }
}

/** The open days of the (frozen) default calendar, built once: its cache is internal and bounded (one year's closures). */
let defaultOpenDays: OpenDays | null = null;

function openDaysOf(calendar: BusinessCalendar): OpenDays {
  if (calendar !== DEFAULT_BUSINESS_CALENDAR) return new OpenDays(calendar);
  return (defaultOpenDays ??= new OpenDays(calendar));
}

function assertSomeOpenDay(calendar: BusinessCalendar): void {
  if (calendar.openWeekdays.length === 0) throw new RangeError("a business calendar needs at least one open weekday");
}

/** The first business day on or after `date`. */
export function nextBusinessDayOnOrAfter(date: CalendarDate, calendar: BusinessCalendar = DEFAULT_BUSINESS_CALENDAR): CalendarDate {
  assertSomeOpenDay(calendar);
  const open = openDaysOf(calendar);
  let d = dayNumber(date);
  // Terminates: some weekday is open and a closure list is finite.
  while (!open.isOpen(d)) d++;
  return fromDayNumber(d);
}

/**
 * The business day `n` business days after `date` (`date` itself is day 0 and
 * not counted, as in POLICY-SPEC: "the day of receipt is day 0").
 *
 * @example
 * ```ts
 * addBusinessDays("2026-11-25", 1); //=> "2026-11-27" (Thanksgiving is skipped)
 * ```
 */
export function addBusinessDays(date: CalendarDate, n: number, calendar: BusinessCalendar = DEFAULT_BUSINESS_CALENDAR): CalendarDate {
  assertSomeOpenDay(calendar);
  const open = openDaysOf(calendar);
  let d = dayNumber(date);
  for (let left = n; left > 0; ) {
    d++;
    if (open.isOpen(d)) left--;
  }
  return fromDayNumber(d);
}
