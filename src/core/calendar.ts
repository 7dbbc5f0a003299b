/**
 * Pacific calendar dates as `"YYYY-MM-DD"` strings and pure day arithmetic.
 *
 * A calendar date names a day, not an instant, so its arithmetic needs no time
 * zone at all: it runs on proleptic-Gregorian day numbers (days since
 * 1970-01-01), which makes every result independent of the host's `TZ`.
 */

/** A day in Pacific time, `"YYYY-MM-DD"`. */
export type CalendarDate = string;

const MS_PER_DAY = 86_400_000;

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when `s` is a real `YYYY-MM-DD` date (2026-02-30 is not). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return y >= 1900 && y <= 2999 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** Year, month (1–12) and day of a valid calendar date. */
export function partsOf(date: CalendarDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Builds a calendar date from its parts (they must already be valid). */
export function dateOf(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Days since 1970-01-01 of a calendar date. */
export function dayNumber(date: CalendarDate): number {
  const { year, month, day } = partsOf(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** The calendar date of a day number. */
export function fromDayNumber(n: number): CalendarDate {
  const d = new Date(n * MS_PER_DAY);
  return dateOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** `date + days` calendar days. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(date: CalendarDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/**
 * The date `months` months after `anchor`, on the anchor's day clamped to the
 * month's last day. Always computed from the anchor, so the anchor day is kept
 * across short months: Jan 31 → Feb 28 → Mar 31 (POLICY-SPEC conventions).
 */
export function addMonths(anchor: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = partsOf(anchor);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const mo = index - y * 12 + 1;
  return dateOf(y, mo, Math.min(day, daysInMonth(y, mo)));
}

/** `addMonths(anchor, 12 * years)`: Feb 29 → Feb 28 in common years. */
export function addYears(anchor: CalendarDate, years: number): CalendarDate {
  return addMonths(anchor, 12 * years);
}

/** The earlier of two dates. */
export function minDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a <= b ? a : b;
}

/**
 * Whole anchored months from `anchor` up to `date`: the largest `k ≥ 0` with
 * `addMonths(anchor, k) ≤ date` (`date` must not be before `anchor`).
 */
export function monthsSince(anchor: CalendarDate, date: CalendarDate): number {
  const a = partsOf(anchor);
  const d = partsOf(date);
  // addMonths(anchor, k) falls in `date`'s own month, so k + 1 months is always past `date`:
  // the only correction is one month back while the anchored day is still ahead in that month.
  const k = (d.year - a.year) * 12 + (d.month - a.month);
  return k > 0 && addMonths(anchor, k) > date ? k - 1 : Math.max(0, k);
}
