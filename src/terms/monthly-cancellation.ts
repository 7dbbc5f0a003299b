/**
 * §6 Monthly cancellation (POLICY-SPEC T12): "effective end of current billing
 * period; no refunds for partial periods".
 */
import * as z from "zod/mini";
import type { CalendarDate } from "../core/calendar.js";
import { Trace, type Decision } from "../core/decision.js";
import { inputError } from "../core/errors.js";
import { zero, type Money } from "../core/money.js";
import { calendarDateSchema, parseInput } from "../core/schema.js";
import { billingPeriodOf } from "./billing-period.js";
import { deepFreeze } from "../core/freeze.js";
import { editionField, ruleEdition, stamp, type EditionStamp } from "../editions/compiled.js";
import type { Edition } from "../editions/edition.js";

/** Input of {@link monthlyCancellation}. */
export interface MonthlyCancellationInput {
  /** Signup date of the monthly plan: the renewal anchor. */
  readonly startDate: CalendarDate;
  /** Day the cancellation was requested (Pacific); not before `startDate`. */
  readonly requestedOn: CalendarDate;
  /** The edition of the Terms whose monthly billing period applies (default `baseEdition`); the result names it. */
  readonly edition?: Edition;
}

/**
 * Strict zod/mini schema of {@link MonthlyCancellationInput}. Unknown keys are errors.
 *
 * @example
 * ```ts
 * z.safeParse(monthlyCancellationInputSchema, { startDate: "2025-01-31", requestedOn: "2025-02-10" }).success; //=> true
 * z.safeParse(monthlyCancellationInputSchema, { startDate: "2025-01-31", requestedOn: "2025-02-10", refund: 5 }).success; //=> false
 * ```
 */
export const monthlyCancellationInputSchema = /* @__PURE__ */ deepFreeze(z.strictObject({
  startDate: calendarDateSchema,
  requestedOn: calendarDateSchema,
  edition: editionField,
}));

/** Result of {@link monthlyCancellation}. */
export interface MonthlyCancellationResult extends Decision, EditionStamp {
  /** Last day of service: the end of the current billing period (the day before the next renewal). */
  readonly effectiveOn: CalendarDate;
  /** Always $0.00: no refunds for partial periods. */
  readonly refund: Money;
  /** First day of the billing period in which the request falls. */
  readonly periodStart: CalendarDate;
  /** The renewal that will not happen (no further charge). */
  readonly nextRenewal: CalendarDate;
}

/**
 * When a monthly plan's cancellation takes effect, and what is refunded (§6).
 *
 * The cancellation takes effect at the end of the current billing period: the
 * day before the next renewal (renewals on the signup day, clamped, anchor
 * kept). A request made on a renewal date falls in the period that renewal has
 * just opened (it was charged that day). The refund is always $0.00. The
 * monthly period length comes from `edition` (default `baseEdition`), which
 * the result names.
 *
 * @throws PolicyInputError on an impossible date, an unknown key, or
 * `requestedOn` before `startDate`.
 *
 * @example
 * ```ts
 * monthlyCancellation({ startDate: "2025-01-31", requestedOn: "2025-03-05" });
 * //=> { effectiveOn: "2025-03-30", refund: { amount: "0.00", cents: 0, currency: "USD" }, periodStart: "2025-02-28", nextRenewal: "2025-03-31", ... }
 * ```
 */
export function monthlyCancellation(input: MonthlyCancellationInput): MonthlyCancellationResult {
  const parsed = parseInput(monthlyCancellationInputSchema, input, "monthlyCancellation");
  const t = new Trace();
  const { edition, tariff } = ruleEdition(parsed.edition, t, "monthlyCancellation");
  if (parsed.requestedOn < parsed.startDate) {
    inputError(["requestedOn"], "`requestedOn` is before the membership start date", "monthlyCancellation");
  }
  const months = tariff.monthlyPeriodMonths;
  const p = billingPeriodOf(parsed.startDate, months.value, parsed.requestedOn);
  t.explain(
    `A monthly plan renews every ${months.value} month${months.value === 1 ? "" : "s"} on the signup day (${parsed.startDate}, clamped to the month's end); ` +
      `the request of ${parsed.requestedOn} falls in the billing period ${p.start} – ${p.end}.`,
    months.clause,
    "terms.6.billing-date",
  );
  t.explain(
    `Monthly cancellation is effective at the end of the current billing period: ${p.end}, the day before the renewal of ${p.nextRenewal}, which is not charged.`,
    "terms.6.monthly-cancel",
  );
  t.explain("No refunds for partial periods: refund $0.00.", "terms.6.monthly-cancel");
  return stamp(t.done({ effectiveOn: p.end, refund: zero(), periodStart: p.start, nextRenewal: p.nextRenewal }), edition);
}
