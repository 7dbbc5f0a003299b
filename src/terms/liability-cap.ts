/**
 * §12 Limitation of liability (POLICY-SPEC T15): "OUR TOTAL LIABILITY … SHALL
 * NOT EXCEED THE TOTAL FEES YOU PAID TO US IN THE 3 MONTHS PRIOR TO THE EVENT
 * GIVING RISE TO THE CLAIM."
 */
import * as z from "zod/mini";
import { addMonths, type CalendarDate } from "../core/calendar.js";
import { Trace, type Decision } from "../core/decision.js";
import { money, sumMoney, type Money, type MoneyInput } from "../core/money.js";
import { calendarDateSchema, moneyInputSchema, parseInput } from "../core/schema.js";
import { MAX_PAYMENTS } from "../core/limits.js";
import { moneyTotalAtMost } from "../core/money-total.js";
import { deepFreeze } from "../core/freeze.js";
import { editionField, ruleEdition, stamp, type EditionStamp } from "../editions/compiled.js";
import type { Edition } from "../editions/edition.js";

/** One fee paid by the customer. */
export interface LiabilityPayment {
  /** Day the fee was paid (Pacific). */
  readonly date: CalendarDate;
  readonly amount: MoneyInput;
}

/** Input of {@link liabilityCap}. */
export interface LiabilityCapInput {
  /** Day of the event giving rise to the claim (Pacific). */
  readonly eventDate: CalendarDate;
  /** Fees paid, in any order; payments outside the window are ignored. */
  readonly payments: readonly LiabilityPayment[];
  /** The edition of the Terms whose look-back (in months) applies (default `baseEdition`); the result names it. */
  readonly edition?: Edition;
}

/**
 * Strict zod/mini schema of {@link LiabilityCapInput}. Unknown keys are errors.
 *
 * @example
 * ```ts
 * z.safeParse(liabilityCapInputSchema, { eventDate: "2025-06-15", payments: [{ date: "2025-05-01", amount: "49.00" }] }).success; //=> true
 * z.safeParse(liabilityCapInputSchema, { eventDate: "2025-06-15", payments: [{ date: "2025-05-01", amount: -49 }] }).success; //=> false
 * ```
 */
export const liabilityCapInputSchema = /* @__PURE__ */ deepFreeze(z.strictObject({
  eventDate: calendarDateSchema,
  /** At most `LIMITS.payments`, adding up to at most `LIMITS.money`. */
  payments: z
    .array(z.strictObject({ date: calendarDateSchema, amount: moneyInputSchema }))
    .check(z.maxLength(MAX_PAYMENTS), moneyTotalAtMost((p: { amount: unknown }) => p.amount)),
  edition: editionField,
}));

/** Result of {@link liabilityCap}. */
export interface LiabilityCapResult extends Decision, EditionStamp {
  /** Total of the fees paid inside the window. */
  readonly cap: Money;
  /** First day counted: the event date minus 3 months in the base edition (clamped to the month's end). */
  readonly windowStart: CalendarDate;
  /** The event date: payments on this day are NOT counted (the window is `[windowStart, windowEnd)`). */
  readonly windowEnd: CalendarDate;
  /** Indexes in `payments` of the payments counted, in input order. */
  readonly counted: number[];
}

/**
 * The liability cap of §12: the total fees paid in the 3 months before the
 * event. A payment counts when `windowStart ≤ date < eventDate`, with
 * `windowStart = eventDate − 3 months` (clamped: May 31 → Feb 28/29): a
 * payment on the window's first day counts, one on the event day does not
 * ("prior to the event"). The look-back (3 months) comes from `edition`
 * (default `baseEdition`), which the result names.
 *
 * @throws PolicyInputError on a bad date, bad money or an unknown key.
 *
 * @example
 * ```ts
 * liabilityCap({ eventDate: "2025-05-31", payments: [
 *   { date: "2025-02-28", amount: "49.00" }, { date: "2025-03-31", amount: "49.00" }, { date: "2025-05-31", amount: "49.00" } ] });
 * //=> { cap: { amount: "98.00", cents: 9800, currency: "USD" }, windowStart: "2025-02-28", windowEnd: "2025-05-31", counted: [0, 1], ... }
 * ```
 */
export function liabilityCap(input: LiabilityCapInput): LiabilityCapResult {
  const p = parseInput(liabilityCapInputSchema, input, "liabilityCap");
  const t = new Trace();
  const { edition, tariff } = ruleEdition(p.edition, t, "liabilityCap");
  const months = tariff.liabilityMonths;
  const windowStart = addMonths(p.eventDate, -months.value);
  const windowEnd = p.eventDate;
  const counted: number[] = [];
  const lines: string[] = [];
  const amounts: Money[] = [];
  p.payments.forEach((pay, i) => {
    if (pay.date < windowStart || pay.date >= windowEnd) return;
    const amount = money(pay.amount);
    counted.push(i);
    amounts.push(amount);
    lines.push(`${pay.date} $${amount.amount}`);
  });
  const cap = sumMoney(amounts);
  t.explain(
    `Liability is capped at the fees paid in the ${months.value} month${months.value === 1 ? "" : "s"} prior to the event of ${p.eventDate}: ` +
      `payments dated from ${windowStart} (inclusive) to ${windowEnd} (exclusive).`,
    months.clause,
  );
  t.explain(
    `${counted.length} of ${p.payments.length} payment(s) fall in the window` +
      (lines.length ? `: ${lines.join(", ")}` : "") +
      `; cap = $${cap.amount}.`,
    months.clause,
  );
  return stamp(t.done({ cap, windowStart, windowEnd, counted }), edition);
}
