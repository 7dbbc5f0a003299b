/**
 * A check on a list of money amounts that a rule adds up (issue 11): the total
 * must stay at most `LIMITS.money`, so that the sum is exact in integer cents.
 * Without it, 91 payments of $999,999,999,999.99 would pass validation and
 * then fail inside the arithmetic (a `RangeError`, not a `PolicyInputError`).
 */
import * as z from "zod/mini";
import { MAX_MONEY, money } from "./money.js";

/** `MAX_MONEY` in cents (it has exactly two fraction digits). */
const MAX_CENTS = Number(MAX_MONEY.replace(".", ""));
/** A money string the input schema accepts (the others are refused by it, and skipped here). */
const MONEY_STRING = /^\d{1,12}(\.\d{1,2})?$/;

/** `MAX_MONEY` as the messages write it: $999,999,999,999.99. */
const MAX_SHOWN = `$${MAX_MONEY.slice(0, -3).replace(/\B(?=(\d{3})+$)/g, ",")}${MAX_MONEY.slice(-3)}`;

/** The message: it names the limit. */
export const MONEY_TOTAL_MESSAGE = `the amounts sum to more than ${MAX_SHOWN}, the largest total computed exactly`;

/**
 * True when the valid amounts of `amounts` add up to at most `MAX_MONEY`. An
 * invalid amount counts 0: its own schema refuses it. The running total stays
 * exact: it is checked after each addition, before it could leave the safe
 * integers.
 */
export function moneyTotalWithinLimit(amounts: Iterable<unknown>): boolean {
  let cents = 0;
  for (const v of amounts) {
    if (typeof v === "string" ? !MONEY_STRING.test(v) : !(typeof v === "number" && v >= 0 && v <= MAX_CENTS / 100)) continue;
    cents += money(v as string | number).cents;
    if (cents > MAX_CENTS) return false;
  }
  return true;
}

/**
 * A zod check for a list whose items carry an amount (read by `amountOf`):
 * their total must be at most `MAX_MONEY`.
 *
 * @example
 * ```ts
 * z.array(z.strictObject({ amount: moneyInputSchema })).check(moneyTotalAtMost((p) => p.amount));
 * ```
 */
export function moneyTotalAtMost<T>(amountOf: (item: T) => unknown) {
  // An item that is not an object (refused by the item schema) has no amount.
  const amounts = (items: T[]) => items.map((item) => (typeof item === "object" && item !== null ? amountOf(item) : undefined));
  return z.refine<T[]>((items) => moneyTotalWithinLimit(amounts(items)), { message: MONEY_TOTAL_MESSAGE });
}
