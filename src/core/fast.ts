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
  /** The index in `keys` of each field's name. */
  readonly index: ReadonlyMap<string, number>;
  /** The fields that refuse `undefined` (required). */
  readonly required: readonly string[];
}

/** The fast check of an object with exactly these fields (a `z.strictObject`). */
export function fastSpec(shape: Readonly<Record<string, FastField>>): FastSpec {
  const keys = Object.keys(shape);
  const fields = keys.map((k) => shape[k] as FastField);
  return Object.freeze({
    keys: Object.freeze(keys),
    fields: Object.freeze(fields),
    known: new Set(keys),
    index: new Map(keys.map((k, i) => [k, i])),
    // The checks are pure: one that refuses `undefined` refuses an absent field.
    required: Object.freeze(keys.filter((_, i) => (fields[i] as FastField)(undefined) === DECLINE)),
  });
}

/** The parsed input when `spec` certainly accepts it, else `undefined` (then the complete path decides). */
export function fastInput(spec: FastSpec, input: unknown): Record<string, unknown> | undefined {
  if (typeof input !== "object" || input === null) return undefined;
  try {
    if (Object.getPrototypeOf(input) !== Object.prototype || prototypePolluted()) return undefined;
    // One copy of the own enumerable fields, each read once (a getter runs once); the checks read the copy.
    // (Spreading an object literal copies its shape at once: faster than storing field by field.)
    const out: Record<string, unknown> = { ...(input as Record<string, unknown>) };
    const own = Object.keys(out);
    const { fields, index, required } = spec;
    if (own.length > fields.length) return undefined;
    for (let j = 0; j < own.length; j++) {
      const key = own[j] as string;
      const i = index.get(key);
      if (i === undefined) return undefined;
      const v = out[key];
      const parsed = (fields[i] as FastField)(v);
      if (parsed === DECLINE) return undefined;
      if (parsed !== v) out[key] = parsed; // a fresh array
      else if (v === undefined) delete out[key]; // an explicit `undefined`: absent, as in zod's output
    }
    for (let j = 0; j < required.length; j++) if (out[required[j] as string] === undefined) return undefined;
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

/** Money (`moneyInputSchema`): a decimal string, or a number that prints with at most 2 fraction digits (`-0` declines). */
export const moneyValue: FastField = (v) =>
  typeof v === "number"
    ? v >= 0 && v <= 999_999_999_999.99 && (Number.isInteger(v) ? v !== 0 || 1 / v > 0 : /^\d{1,12}\.\d{1,2}$/.test(String(v)))
      ? v
      : DECLINE
    : moneyString(v);

/**
 * A list of `{ service, price }` items (`z.array(z.strictObject({ service: string 1..maxService, price: money }))`
 * with at most `max` items whose prices add up to at most `MAX_MONEY`): a fresh copy of fresh items.
 */
export function serviceList(max: number, maxService: number, totalOk: (prices: readonly unknown[]) => boolean): FastField {
  return (v) => {
    if (!Array.isArray(v) || Object.getPrototypeOf(v) !== Array.prototype || v.length > max) return DECLINE;
    const out = new Array<{ service: string; price: unknown }>(v.length);
    const prices = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) {
      const item: unknown = v[i];
      if (typeof item !== "object" || item === null || Object.getPrototypeOf(item) !== Object.prototype) return DECLINE;
      const own = Object.keys(item);
      if (own.length !== 2 || !((own[0] === "service" && own[1] === "price") || (own[0] === "price" && own[1] === "service"))) return DECLINE;
      const service = (item as { service: unknown }).service;
      if (typeof service !== "string" || service.length < 1 || service.length > maxService) return DECLINE;
      const price = moneyValue((item as { price: unknown }).price);
      if (price === DECLINE) return DECLINE;
      out[i] = { service, price };
      prices[i] = price;
    }
    return totalOk(prices) ? out : DECLINE;
  };
}

/** A field the fast path never takes: only its absence passes. */
export const absent: FastField = (v) => (v === undefined ? undefined : DECLINE);

/** Either of two checks (`z.union`). */
export function either(a: FastField, b: FastField): FastField {
  return (v) => {
    const r = a(v);
    return r === DECLINE ? b(v) : r;
  };
}
