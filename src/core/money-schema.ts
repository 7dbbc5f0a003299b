import * as z from "zod/mini";
import { MAX_MONEY } from "./max-money.js";
import { received } from "./issues.js";

const MONEY = "money: a non-negative decimal string or number with at most 2 fraction digits";

function isMoneyInput(v: string | number): boolean {
  if (typeof v === "number") {
    if (!Number.isFinite(v) || v < 0) return false;
    // The number's digits as it prints (what a decimal reads from it): at most 2 fraction digits and 12 integer
    // digits, that is at most MAX_MONEY. An exponent form is either at least 1e21 or below 1e-6 (3+ fraction digits).
    return /^\d{1,12}(\.\d{1,2})?$/.test(String(v));
  }
  return /^\d{1,12}(\.\d{1,2})?$/.test(v);
}

/** A decimal string or a finite number with at most 2 fraction digits, never negative. */
export const moneyInputSchema = z
  .union([z.string(), z.number()], {
    error: (iss) => (iss.input === undefined ? `required: expected ${MONEY}` : `expected ${MONEY}, received ${received(iss.input)}`),
  })
  .check(
    z.refine(isMoneyInput, {
      error: (iss) => `expected ${MONEY} (at most ${MAX_MONEY}), received ${received(iss.input)}`,
    }),
  );
