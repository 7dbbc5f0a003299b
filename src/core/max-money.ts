/**
 * Largest amount of money accepted, and the largest total computed from a
 * list of amounts: 99,999,999,999,999 cents, so that 91 such totals still fit
 * in the safe integers (2^53). Its own module so that `money.ts` and
 * `limits.ts` share it without either pulling in the other.
 */
export const MAX_MONEY = "999999999999.99";
