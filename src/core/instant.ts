import { TZDate } from "@date-fns/tz";
import { type CalendarDate, dateOf, partsOf } from "./calendar.js";

/** The time zone every policy date and hour is read in. */
export const PACIFIC = "America/Los_Angeles";

/** An instant: a `Date`, or an ISO-8601 string **with** an offset or `Z`. */
export type Instant = Date | string;

const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-](\d{2}):?(\d{2}))$/;

/**
 * Milliseconds since the epoch of an ISO string with an offset, or `null`
 * when the string has no offset or names an impossible date or time.
 */
export function parseInstantString(s: string): number | null {
  const m = ISO_WITH_OFFSET.exec(s);
  if (!m) return null;
  const [, y, mo, d, h, mi, sec = "0", frac = "0", zone, oh = "0", om = "0"] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  if (Number(h) > 23 || Number(mi) > 59 || Number(sec) > 59 || Number(oh) > 23 || Number(om) > 59) return null;
  const ms = Number(`0.${frac}`) * 1000;
  const utc = Date.UTC(year, month - 1, day, Number(h), Number(mi), Number(sec), Math.floor(ms));
  const sign = zone === "Z" ? 0 : zone?.startsWith("-") ? -1 : 1;
  return utc - sign * (Number(oh) * 60 + Number(om)) * 60_000;
}

/** Pacific wall-clock reading of an instant. */
export interface PacificTime {
  readonly date: CalendarDate;
  /** Minutes since Pacific midnight of that date (0–1439). */
  readonly minuteOfDay: number;
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekday: number;
}

/** Reads an instant (epoch ms) on the Pacific wall clock. */
export function pacificTime(ms: number): PacificTime {
  const t = new TZDate(ms, PACIFIC);
  return {
    date: dateOf(t.getFullYear(), t.getMonth() + 1, t.getDate()),
    minuteOfDay: t.getHours() * 60 + t.getMinutes(),
    weekday: t.getDay(),
  };
}

/**
 * The instant at `minuteOfDay` Pacific on `date`. A wall time inside the
 * spring-forward gap moves forward by the gap; in the fall-back overlap the
 * earlier (daylight) reading is taken.
 */
export function pacificInstant(date: CalendarDate, minuteOfDay: number): number {
  const { year, month, day } = partsOf(date);
  return +new TZDate(year, month - 1, day, Math.floor(minuteOfDay / 60), minuteOfDay % 60, 0, PACIFIC);
}

/** An ISO string of the instant with the Pacific offset, e.g. `2026-03-08T17:00:00-07:00`. */
export function formatInstant(ms: number): string {
  const iso = new TZDate(ms, PACIFIC).toISOString();
  // TZDate prints milliseconds; keep them only when they are not zero.
  return iso.replace(/\.000(?=[+-Z])/, "");
}
