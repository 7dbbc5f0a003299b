import { TZDate } from "@date-fns/tz";
import { type CalendarDate, dateOf, partsOf } from "./calendar.js";

export { type Instant, parseInstantString } from "./iso.js";

/** The time zone every policy date and hour is read in. */
export const PACIFIC = "America/Los_Angeles";

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
