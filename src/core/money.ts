import DecimalGlobal from "decimal.js";

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

/** Largest amount accepted, so that `cents` stays a safe integer. */
export const MAX_MONEY = "999999999999.99";

/**
 * Rounds half-up to cents once (one line) and returns output money.
 *
 * @example
 * ```ts
 * money("1.005"); //=> { amount: "1.01", cents: 101, currency: "USD" }
 * ```
 */
export function money(value: Dec | string | number): Money {
  const d = new Dec(value).toDecimalPlaces(2, Dec.ROUND_HALF_UP);
  // `-0` would print as "0.00" but compare oddly; normalise it.
  const fixed = d.isZero() ? new Dec(0) : d;
  // Integer cents are exact (|cents| < 2^53 for every accepted amount); the amount string is built from them.
  const cents = fixed.times(100).toNumber();
  const abs = Math.abs(cents);
  return { amount: `${cents < 0 ? "-" : ""}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`, cents, currency: "USD" };
}

/** The zero amount. */
export function zero(): Money {
  return money(0);
}

/** Decimal value of output money. */
export function dec(m: Money): Dec {
  return new Dec(m.amount);
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
  return money(lines.reduce((acc, m) => acc.plus(m.amount), new Dec(0)));
}

/** `a - b` of two rounded amounts (exact). */
export function subMoney(a: Money, b: Money): Money {
  return money(dec(a).minus(b.amount));
}

/**
 * Splits an amount into parts proportional to `weights`, keeping every cent
 * (largest remainder; ties go to the earlier part).
 */
export function splitMoney(total: Money, weights: readonly number[]): Money[] {
  if (weights.length === 0) return [];
  const sum = weights.reduce((a, w) => a + w, 0);
  if (sum <= 0) return weights.map((_, i) => (i === 0 ? total : zero()));
  const cents = total.cents;
  const raw = weights.map((w) => new Dec(cents).times(w).dividedBy(sum));
  const floors = raw.map((r) => r.floor());
  let left = cents - floors.reduce((a, f) => a + f.toNumber(), 0);
  const order = raw
    .map((r, i) => ({ i, rem: r.minus(floors[i] as Dec) }))
    .sort((a, b) => b.rem.comparedTo(a.rem) || a.i - b.i);
  const out = floors.map((f) => f.toNumber());
  for (const { i } of order) {
    if (left <= 0) break;
    out[i] = (out[i] as number) + 1;
    left--;
  }
  return out.map((c) => money(new Dec(c).dividedBy(100)));
}
