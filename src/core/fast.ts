/**
 * The fast path of input validation (issue 15): a hand-written check, per rule,
 * that accepts only input zod certainly accepts unchanged, and returns the same
 * parsed value (a fresh object of the fields read, each read once). Anything
 * it does not accept, valid or not, goes on to the complete path (`plainInput`
 * and zod), so the accepted set and every message stay exactly those of zod:
 * the fast path only ever answers "certainly fine", never "wrong".
 *
 * It declines, and leaves the input to the complete path, for: anything but an
 * object literal; a polluted `Object.prototype`; an unknown key; a `-0`; a Date;
 * an edition or profile that is not the library's own; any read that throws.
 */
import { isCalendarDate } from "./calendar.js";
import { inInstantRange, parseInstantString } from "./iso.js";
import { prototypePolluted, trustedData } from "./plain.js";

/** What a field check returns for a value it does not certainly accept. */
export const DECLINE: unique symbol = Symbol("decline");

/** One field's check: the parsed value (for arrays a fresh copy), or {@link DECLINE}. */
export type FastField = (v: unknown) => unknown;

/** A rule's fast check: its fields, in the order zod reads them. */
export interface FastSpec {
  readonly keys: readonly string[];
  readonly fields: readonly FastField[];
  readonly known: ReadonlySet<string>;
}

/** The fast check of an object with exactly these fields (a `z.strictObject`). */
export function fastSpec(shape: Readonly<Record<string, FastField>>): FastSpec {
  const keys = Object.keys(shape);
  return Object.freeze({ keys: Object.freeze(keys), fields: Object.freeze(keys.map((k) => shape[k] as FastField)), known: new Set(keys) });
}

/** The parsed input when `spec` certainly accepts it, else `undefined` (then the complete path decides). */
export function fastInput(spec: FastSpec, input: unknown): Record<string, unknown> | undefined {
  if (typeof input !== "object" || input === null) return undefined;
  try {
    if (Object.getPrototypeOf(input) !== Object.prototype || prototypePolluted()) return undefined;
    const own = Object.keys(input);
    const { keys, fields, known } = spec;
    if (own.length > keys.length) return undefined;
    for (let i = 0; i < own.length; i++) if (!known.has(own[i] as string)) return undefined;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const v = (fields[i] as FastField)((input as Record<string, unknown>)[key]);
      if (v === DECLINE) return undefined;
      if (v !== undefined) out[key] = v;
    }
    return out;
  } catch {
    // a getter or Proxy threw: the complete path reads again and reports it
    return undefined;
  }
}

/** An optional field: absent (or `undefined`), or accepted by `check`. */
export function opt(check: FastField): FastField {
  return (v) => (v === undefined ? undefined : check(v));
}

/** One of the given strings (`z.enum`). */
export function oneOf(values: readonly string[]): FastField {
  const set = new Set(values);
  return (v) => (typeof v === "string" && set.has(v) ? v : DECLINE);
}

/** A number in `[min, max]` (`z.number().check(z.gte(min), z.lte(max))`); `-0` declines (the complete path reads it as 0). */
export function numberIn(min: number, max: number): FastField {
  return (v) => (typeof v === "number" && v >= min && v <= max && (v !== 0 || 1 / v > 0) ? v : DECLINE);
}

/** An integer in `[min, max]` (`z.int().check(z.gte(min), z.lte(max))`); `-0` declines. */
export function intIn(min: number, max: number): FastField {
  return (v) => (typeof v === "number" && Number.isInteger(v) && v >= min && v <= max && (v !== 0 || 1 / v > 0) ? v : DECLINE);
}

/** A boolean (`z.boolean()`). */
export const bool: FastField = (v) => (typeof v === "boolean" ? v : DECLINE);

/** A calendar date string (`calendarDateSchema`). */
export const calendarDate: FastField = (v) => (typeof v === "string" && v.length === 10 && isCalendarDate(v) ? v : DECLINE);

/** An instant given as a string (`instantSchema`; a Date declines). */
export const instantString: FastField = (v) => {
  if (typeof v !== "string" || v.length > 64) return DECLINE;
  const ms = parseInstantString(v);
  return ms !== null && inInstantRange(ms) ? v : DECLINE;
};

/** A money string (`moneyInputSchema`; a number declines). */
export const moneyString: FastField = (v) => (typeof v === "string" && v.length <= 15 && /^\d{1,12}(\.\d{1,2})?$/.test(v) ? v : DECLINE);

/** An array of strings of one set, at most `max` items (`z.array(z.enum(values)).check(z.maxLength(max))`): a fresh copy. */
export function arrayOf(values: readonly string[], max: number): FastField {
  const item = oneOf(values);
  return (v) => {
    if (!Array.isArray(v) || Object.getPrototypeOf(v) !== Array.prototype || v.length > max) return DECLINE;
    const out = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) if ((out[i] = item(v[i])) === DECLINE) return DECLINE;
    return out;
  };
}

/** The `edition` field of the Terms rules: absent, or an edition the library built (`defineEdition`, `baseEdition`). */
export const trustedEdition: FastField = (v) =>
  v === undefined ? undefined : typeof v === "object" && v !== null && Object.getPrototypeOf(v) === Object.prototype && trustedData.has(v) ? v : DECLINE;

/** Money (`moneyInputSchema`): a decimal string, or a whole number of dollars (other numbers decline). */
export const moneyValue: FastField = (v) =>
  typeof v === "number" ? (Number.isInteger(v) && v >= 0 && v <= 999_999_999_999 && (v !== 0 || 1 / v > 0) ? v : DECLINE) : moneyString(v);

/** A field the fast path never takes: only its absence passes. */
export const absent: FastField = (v) => (v === undefined ? undefined : DECLINE);

/** Either of two checks (`z.union`). */
export function either(a: FastField, b: FastField): FastField {
  return (v) => {
    const r = a(v);
    return r === DECLINE ? b(v) : r;
  };
}
