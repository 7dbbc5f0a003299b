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
  // Plain arithmetic for the usual case (no Date allocated); anything else (years 0–99, which Date.UTC maps to 1900–1999) as before.
  if (month >= 1 && month <= 12 && year >= 100 && Number.isInteger(year) && Number.isInteger(month)) {
    if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The number of the ASCII digits `s[from..from+count)`, or -1 when one is not a digit. */
function digitsAt(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** True when `s` is a real `YYYY-MM-DD` date (2026-02-30 is not). */
export function isCalendarDate(s: string): boolean {
  // `/^(\d{4})-(\d{2})-(\d{2})$/`, read without a regex.
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const y = digitsAt(s, 0, 4);
  const mo = digitsAt(s, 5, 2);
  const d = digitsAt(s, 8, 2);
  if (y < 0 || mo < 0 || d < 0) return false;
  return y >= 1900 && y <= 2999 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** Year, month (1–12) and day of a valid calendar date. */
export function partsOf(date: CalendarDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Builds a calendar date from its parts (they must already be valid). */
export function dateOf(year: number, month: number, day: number): CalendarDate {
  // The usual case without padStart: a four-digit year, whole month and day (1–99).
  if (year >= 1000 && year <= 9999 && month >= 1 && month <= 99 && day >= 1 && day <= 99 && Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day))
    return `${year}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Days since 1970-01-01 of a calendar date. */
export function dayNumber(date: CalendarDate): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  if (year >= 100 && month >= 1 && month <= 12 && Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day)) {
    // Days from the civil date (proleptic Gregorian), as Date.UTC counts them, without a Date.
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146_097 + doe - 719_468;
  }
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** The calendar date of a day number. */
export function fromDayNumber(n: number): CalendarDate {
  if (Number.isInteger(n) && n >= -100_000_000 && n <= 100_000_000) {
    // The civil date of a day number (proleptic Gregorian), as Date's UTC getters read it, without a Date.
    const z = n + 719_468;
    const era = Math.floor(z / 146_097);
    const doe = z - era * 146_097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const month = mp < 10 ? mp + 3 : mp - 9;
    return dateOf(yoe + era * 400 + (month <= 2 ? 1 : 0), month, day);
  }
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
