import * as z from "zod/mini";
import { MAX_MONEY, Dec } from "./money.js";

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
