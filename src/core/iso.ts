/** Parsing of ISO-8601 instants: no time-zone database needed. */

/** An instant: a `Date`, or an ISO-8601 string **with** an offset or `Z`. */
export type Instant = Date | string;

const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-](\d{2}):?(\d{2}))$/;

/** The first instant accepted: 1900-01-01 00:00 Pacific (PST, UTC−8). */
export const MIN_INSTANT_MS = Date.UTC(1900, 0, 1, 8);
/** The first instant refused: 3000-01-01 00:00 Pacific (PST, UTC−8). */
export const END_INSTANT_MS = Date.UTC(3000, 0, 1, 8);

/** True when `ms` is a Pacific instant of the years 1900–2999, the range of calendar dates. */
export function inInstantRange(ms: number): boolean {
  return ms >= MIN_INSTANT_MS && ms < END_INSTANT_MS;
}

/**
 * Milliseconds since the epoch of an ISO string with an offset, or `null`
 * when the string has no offset or names an impossible date or time.
 * (Out-of-range years are refused by the schema, with their own message.)
 */
export function parseInstantString(s: string): number | null {
  // A two-entry memo (internal; a pure function of the string): validation and the rule read the same instants.
  if (s === memoA) return msA;
  if (s === memoB) return msB;
  const ms = parseInstantUncached(s);
  memoB = memoA;
  msB = msA;
  memoA = s;
  msA = ms;
  return ms;
}
let memoA: string | undefined;
let msA: number | null = null;
let memoB: string | undefined;
let msB: number | null = null;

function parseInstantUncached(s: string): number | null {
  const m = ISO_WITH_OFFSET.exec(s);
  if (!m) return null;
  const [, y, mo, d, h, mi, sec = "0", frac = "0", zone, oh = "0", om = "0"] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  if (Number(h) > 23 || Number(mi) > 59 || Number(sec) > 59 || Number(oh) > 23 || Number(om) > 59) return null;
  const ms = Number(`0.${frac}`) * 1000;
  // Date.UTC reads years 0–99 as 1900–1999: set the full year explicitly.
  const t = new Date(0);
  t.setUTCFullYear(year, month - 1, day);
  t.setUTCHours(Number(h), Number(mi), Number(sec), Math.floor(ms));
  const utc = t.getTime();
  const sign = zone === "Z" ? 0 : zone?.startsWith("-") ? -1 : 1;
  return utc - sign * (Number(oh) * 60 + Number(om)) * 60_000;
}
