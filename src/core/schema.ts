import * as z from "zod/mini";
import { MAX_MONEY, Dec } from "./money.js";
import { isCalendarDate } from "./calendar.js";
import { parseInstantString } from "./instant.js";
import { PolicyInputError } from "./errors.js";

/** `"YYYY-MM-DD"`, a real Pacific calendar date. */
export const calendarDateSchema = z.string().check(
  z.refine(isCalendarDate, { message: "expected a real calendar date YYYY-MM-DD (Pacific)" }),
);

/** A `Date` (valid) or an ISO-8601 string with an offset or `Z`. */
export const instantSchema = z.union([
  z.date().check(z.refine((d) => Number.isFinite(d.getTime()), { message: "invalid Date" })),
  z.string().check(
    z.refine((s) => parseInstantString(s) !== null, {
      message: "expected an ISO-8601 instant with an offset or Z (a time without one is ambiguous)",
    }),
  ),
]);

function isMoneyInput(v: string | number): boolean {
  if (typeof v === "number") {
    if (!Number.isFinite(v) || v < 0) return false;
    const d = new Dec(v);
    return d.decimalPlaces() <= 2 && d.lte(MAX_MONEY);
  }
  return /^\d{1,12}(\.\d{1,2})?$/.test(v);
}

/** A decimal string or a finite number with at most 2 fraction digits, never negative. */
export const moneyInputSchema = z.union([z.string(), z.number()]).check(
  z.refine(isMoneyInput, {
    message: "expected money: a non-negative decimal string or number with at most 2 fraction digits",
  }),
);

/** A finite, non-negative integer. */
export const countSchema = z.int().check(z.gte(0), z.lte(1_000_000));

/** Epoch milliseconds of an already validated instant. */
export function instantMs(v: Date | string): number {
  return typeof v === "string" ? (parseInstantString(v) as number) : v.getTime();
}

/**
 * Parses `input` with `schema` or throws `PolicyInputError` carrying every
 * issue with its path. Internals only ever see parsed values.
 */
export function parseInput<S extends z.ZodMiniType>(schema: S, input: unknown, rule: string): z.output<S> {
  const result = z.safeParse(schema, input);
  if (result.success) return result.data;
  throw new PolicyInputError(
    result.error.issues.map((i) => ({
      path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
      message: i.message,
    })),
    rule,
  );
}
