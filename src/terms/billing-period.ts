/**
 * §6 Renewal and billing dates (POLICY-SPEC T12): monthly plans renew on the
 * anchor day of each month (clamped to the month's end, the anchor kept:
 * Jan 31 → Feb 28 → Mar 31); yearly plans renew on the anniversary
 * (Feb 29 → Feb 28 in common years).
 */
import * as z from "zod/mini";
import { addDays, addMonths, monthsSince, type CalendarDate } from "../core/calendar.js";
import { Trace, type Decision } from "../core/decision.js";
import { inputError } from "../core/errors.js";
import { plural } from "../core/plural.js";
import { calendarDateSchema, parseInput } from "../core/schema.js";
import { isYearlyPlan as isYearly, type Plan } from "./tariff.js";
import { planSchema } from "./common.js";
import { deepFreeze } from "../core/freeze.js";
import { editionField, ruleEdition, stamp, type EditionStamp } from "../editions/compiled.js";
import type { Edition } from "../editions/edition.js";

/** Input of {@link billingPeriod}. */
export interface BillingPeriodInput {
  /** The membership plan (§2). */
  readonly plan: Plan;
  /** Signup date: the anchor of every renewal (Pacific). */
  readonly startDate: CalendarDate;
  /** The day whose billing period is wanted; not before `startDate`. */
  readonly on: CalendarDate;
  /** The edition of the Terms whose period lengths apply (default `baseEdition`); the result names it. */
  readonly edition?: Edition;
}

/**
 * Strict zod/mini schema of {@link BillingPeriodInput}. Unknown keys are errors.
 *
 * @example
 * ```ts
 * z.safeParse(billingPeriodInputSchema, { plan: "home-yearly", startDate: "2024-02-29", on: "2025-03-01" }).success; //=> true
 * z.safeParse(billingPeriodInputSchema, { plan: "home-yearly", startDate: "2024-02-30", on: "2025-03-01" }).success; //=> false
 * ```
 */
export const billingPeriodInputSchema = /* @__PURE__ */ deepFreeze(z.strictObject({
  plan: planSchema,
  startDate: calendarDateSchema,
  on: calendarDateSchema,
  edition: editionField,
}));

/** Result of {@link billingPeriod}. */
export interface BillingPeriodResult extends Decision, EditionStamp {
  /** First day of the billing period containing `on` (signup or a renewal date). */
  readonly start: CalendarDate;
  /** Last day of the period, inclusive: the day before `nextRenewal`. */
  readonly end: CalendarDate;
  /** The next renewal (billing) date after `on`. */
  readonly nextRenewal: CalendarDate;
  /** 0 for the signup period, 1 for the period opened by the first renewal, … */
  readonly periodIndex: number;
  /** Months per billing period (1 monthly, 12 yearly in the base edition). */
  readonly periodMonths: number;
}

/**
 * Internal (not re-exported by the package): the billing period of an already
 * validated `on ≥ startDate`. Every boundary is computed from the original
 * anchor, so a clamped month never shifts the later ones.
 *
 * @example
 * ```ts
 * billingPeriodOf("2025-01-31", 1, "2025-03-05");
 * //=> { start: "2025-02-28", end: "2025-03-30", nextRenewal: "2025-03-31", periodIndex: 1 }
 * ```
 */
export function billingPeriodOf(
  startDate: CalendarDate,
  periodMonths: number,
  on: CalendarDate,
): { start: CalendarDate; end: CalendarDate; nextRenewal: CalendarDate; periodIndex: number } {
  const periodIndex = Math.floor(monthsSince(startDate, on) / periodMonths);
  const start = addMonths(startDate, periodIndex * periodMonths);
  const nextRenewal = addMonths(startDate, (periodIndex + 1) * periodMonths);
  return { start, end: addDays(nextRenewal, -1), nextRenewal, periodIndex };
}

/**
 * The billing period of a membership that contains the day `on` (§6).
 *
 * Monthly plans renew on the signup day of each month, clamped to the month's
 * last day but always counted from the signup date (Jan 31 → Feb 28 → Mar 31);
 * yearly plans renew on the anniversary (a Feb 29 signup renews on Feb 28 in
 * common years). `end` is inclusive: the day before `nextRenewal`. The period
 * lengths (1 and 12 months) come from `edition` (default `baseEdition`),
 * which the result names.
 *
 * @throws PolicyInputError on an unknown plan, an impossible date, an unknown
 * key, or `on` before `startDate`.
 *
 * @example
 * ```ts
 * billingPeriod({ plan: "home-monthly", startDate: "2025-01-31", on: "2025-03-05" });
 * //=> { start: "2025-02-28", end: "2025-03-30", nextRenewal: "2025-03-31", periodIndex: 1, periodMonths: 1, citations: [...], explanation: [...] }
 * billingPeriod({ plan: "office-yearly", startDate: "2024-02-29", on: "2025-03-01" });
 * //=> { start: "2025-02-28", end: "2026-02-27", nextRenewal: "2026-02-28", periodIndex: 1, ... }
 * ```
 */
export function billingPeriod(input: BillingPeriodInput): BillingPeriodResult {
  const parsed = parseInput(billingPeriodInputSchema, input, "billingPeriod");
  const t = new Trace();
  const { edition, tariff } = ruleEdition(parsed.edition, t, "billingPeriod");
  if (parsed.on < parsed.startDate) inputError(["on"], "`on` is before the membership start date", "billingPeriod");
  const entry = isYearly(parsed.plan) ? tariff.yearlyPeriodMonths : tariff.monthlyPeriodMonths;
  const periodMonths = entry.value;
  const p = billingPeriodOf(parsed.startDate, periodMonths, parsed.on);
  t.explain(
    `${parsed.plan} is a ${isYearly(parsed.plan) ? "yearly" : "monthly"} plan: it auto-renews every ${periodMonths === 1 ? "month" : plural(periodMonths, "month")} until canceled.`,
    entry.clause,
  );
  t.explain(
    `Renewal dates are counted from the signup date ${parsed.startDate} (day clamped to the month's end, the anchor day kept); ` +
      `${parsed.on} falls in billing period #${p.periodIndex}, which started on ${p.start}.`,
    "terms.6.billing-date",
  );
  t.explain(`The next renewal (and charge) is on ${p.nextRenewal}, so this period ends on ${p.end} (inclusive).`, "terms.6.billing-date");
  return stamp(t.done({ ...p, periodMonths }), edition);
}
