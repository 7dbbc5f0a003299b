import DecimalGlobal from "decimal.js";
import { MAX_MONEY } from "./max-money.js";
import { exactCents, fromCents, safeCents } from "./cents.js";

/**
 * A private decimal.js constructor: configuring it never touches the host's
 * global `Decimal` (POLICY-SPEC conventions: exact arithmetic, half-up).
 */
export const Dec = /* @__PURE__ */ DecimalGlobal.clone({
  precision: 40,
  rounding: DecimalGlobal.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});
export type Dec = InstanceType<typeof Dec>;

/** Output money: `{ amount: "134.00", cents: 13400, currency: "USD" }`. */
export interface Money {
  /** Decimal string with exactly two fraction digits. */
  readonly amount: string;
  /** The same amount as an integer number of cents. */
  readonly cents: number;
  readonly currency: "USD";
}

/**
 * Money as hosts pass it in: a decimal string (`"134.5"`, `"134.50"`) or a
 * finite number with at most two fraction digits, never negative.
 */
export type MoneyInput = string | number;

/** Largest amount accepted, so that `cents` stays a safe integer (`LIMITS.money`). */
export { MAX_MONEY };

/**
 * Rounds half-up to cents once (one line) and returns output money.
 *
 * @example
 * ```ts
 * money("1.005"); //=> { amount: "1.01", cents: 101, currency: "USD" }
 * ```
 */
export function money(value: Dec | string | number): Money {
  // Fast paths, exact without decimal arithmetic: whole dollars, and decimal
  // strings with at most two fraction digits ("45.00", "189").
  const cents = exactCents(value);
  if (cents !== null) return fromCents(cents);
  const d = new Dec(value).toDecimalPlaces(2, Dec.ROUND_HALF_UP);
  // Integer cents are exact (|cents| < 2^53 for every accepted amount); the amount string is built from them.
  return fromCents(d.times(100).toNumber());
}

/**
 * `rate × count` as one rounded line (count a whole number of units). Rates
 * with whole cents multiply exactly as integer cents; anything else goes
 * through decimal arithmetic.
 *
 * @example
 * ```ts
 * times("45.00", 2).amount; //=> "90.00"
 * ```
 */
export function times(rate: string | number, count: number): Money {
  const cents = Number.isInteger(count) ? exactCents(rate) : null;
  return cents === null ? money(new Dec(rate).times(count)) : fromCents(safeCents(cents * count));
}

/** The zero amount. */
export function zero(): Money {
  return money(0);
}

/**
 * A total is the sum of its already-rounded lines.
 *
 * @example
 * ```ts
 * sumMoney([money("99.00"), money("35.00")]).amount; //=> "134.00"
 * ```
 */
export function sumMoney(lines: readonly Money[]): Money {
  // Rounded lines carry exact integer cents: their integer sum is exact while it stays a safe integer.
  let cents = 0;
  for (const m of lines) cents += m.cents;
  return fromCents(safeCents(cents));
}

/** `a - b` of two rounded amounts (exact). */
export function subMoney(a: Money, b: Money): Money {
  return fromCents(safeCents(a.cents - b.cents));
}
