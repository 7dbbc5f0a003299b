/** Parsing of ISO-8601 instants: no time-zone database needed. */

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
