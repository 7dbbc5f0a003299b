import { TZDate, tzOffset } from "@date-fns/tz";
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
  const t = new Date(ms + pacificOffset(ms) * 60_000);
  return {
    date: dateOf(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()),
    minuteOfDay: t.getUTCHours() * 60 + t.getUTCMinutes(),
    weekday: t.getUTCDay(),
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
  return formatWithOffset(ms, pacificOffset(ms));
}

/** `ms` as ISO wall-clock time at a UTC offset of `offset` minutes, printed as TZDate prints it. @internal */
export function formatWithOffset(ms: number, offset: number): string {
  const abs = Math.abs(offset);
  const local = new Date(ms + offset * 60_000).toISOString();
  // The wall-clock time with its offset, as TZDate prints it; milliseconds only when they are not zero.
  return `${local.endsWith(".000Z") ? local.slice(0, -5) : local.slice(0, -1)}${offset < 0 ? "-" : "+"}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

const HOUR_MS = 3_600_000;
const OFFSET_CACHE_SIZE = 4096;

/**
 * The UTC offset of `timeZone` in whole minutes at an instant, as `@date-fns/tz` reads it from `Intl`,
 * cached per UTC hour when the offset is the same at both ends of the hour; an hour with a change in it
 * (Lord Howe's changes fall on half hours) is never cached. The cache is internal to the function,
 * bounded (cleared when full), and gives the same answer whatever was asked before.
 * @internal
 */
export function hourlyOffset(timeZone: string): (ms: number) => number {
  const byHour = new Map<number, number>();
  return (ms) => {
    const hour = Math.floor(ms / HOUR_MS);
    const cached = byHour.get(hour);
    if (cached !== undefined) return cached;
    const start = wholeMinutes(tzOffset(timeZone, new Date(hour * HOUR_MS)));
    if (start !== wholeMinutes(tzOffset(timeZone, new Date(hour * HOUR_MS + HOUR_MS - 1)))) return wholeMinutes(tzOffset(timeZone, new Date(ms)));
    if (byHour.size >= OFFSET_CACHE_SIZE) byHour.clear();
    byHour.set(hour, start);
    return start;
  };
}

/**
 * The Pacific UTC offset in whole minutes at `ms` (e.g. -480 in winter). Every Pacific change since 1900
 * falls on a whole hour, so each hour is read from `Intl` once.
 * @internal
 */
export const pacificOffset: (ms: number) => number = /* @__PURE__ */ hourlyOffset(PACIFIC);

/** An offset without its seconds, as `TZDate#getTimezoneOffset` drops them (toward zero). */
function wholeMinutes(offset: number): number {
  return offset < 0 ? Math.ceil(offset) : Math.floor(offset);
}
