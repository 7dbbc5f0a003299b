/**
 * §6 + §2.4 + §5 What a member is charged on a billing date (POLICY-SPEC T11,
 * T12, "Settled details": `renewalCharge`): "Billing Date: Charged on signup
 * and then each renewal date" (§6), the plan fee in force (§5 price changes)
 * plus "Additional devices: Monthly +$15/device, Yearly +$150/device" (§2.4).
 */
import * as z from "zod/mini";
import { addDays, type CalendarDate } from "../core/calendar.js";
import { Trace, type Decision } from "../core/decision.js";
import { inputError } from "../core/errors.js";
import { agree, plural } from "../core/plural.js";
import { MAX_MONEY, money, sumMoney, times, type Money, type MoneyInput } from "../core/money.js";
import { calendarDateSchema, countSchema, moneyInputSchema, parseInput } from "../core/schema.js";
import { MAX_PRICE_CHANGES } from "../core/limits.js";
import { deepFreeze } from "../core/freeze.js";
import { editionField, ruleEdition, stamp, type EditionStamp } from "../editions/compiled.js";
import type { Edition } from "../editions/edition.js";
import { isYearlyPlan, type Plan } from "./tariff.js";
import { planSchema } from "./common.js";
import { billingPeriodOf } from "./billing-period.js";
import { latestApplicableChange, refuseSameDayConflicts, type PriceChange } from "./price-in-force.js";

/** Input of {@link renewalCharge}. */
export interface RenewalChargeInput {
  /** The membership plan (§2). */
  readonly plan: Plan;
  /** Signup date: the first billing date and the anchor of every renewal (Pacific). */
  readonly startDate: CalendarDate;
  /** Any day on or after `startDate`: the charge of the billing date on or before it is computed. */
  readonly on: CalendarDate;
  /** The plan fee before any of `priceChanges` (not in the Terms: an input). */
  readonly planPrice: MoneyInput;
  /** Announced plan-price changes, in any order, as `priceInForce`'s `changes` (default none). */
  readonly priceChanges?: readonly PriceChange[];
  /** Add-on devices on the plan (§2.4), default 0 (stated in the explanation). */
  readonly addOnDevices?: number;
  /**
   * The edition of the Terms bound at that billing date (default
   * `baseEdition`; `editionFor` finds it): its notice period, period lengths
   * and add-on fees apply, and the result names it.
   */
  readonly edition?: Edition;
}

/**
 * Strict zod/mini schema of {@link RenewalChargeInput}. Unknown keys are errors.
 *
 * @example
 * ```ts
 * z.safeParse(renewalChargeInputSchema, { plan: "home-monthly", startDate: "2025-01-31", on: "2025-03-05", planPrice: "49.00" }).success; //=> true
 * z.safeParse(renewalChargeInputSchema, { plan: "home-monthly", startDate: "2025-01-31", on: "2025-03-05", planPrice: "49.00", addOnDevices: -1 }).success; //=> false
 * ```
 */
export const renewalChargeInputSchema = /* @__PURE__ */ deepFreeze(z.strictObject({
  plan: planSchema,
  startDate: calendarDateSchema,
  on: calendarDateSchema,
  planPrice: moneyInputSchema,
  /** At most `LIMITS.priceChanges`. */
  priceChanges: z.optional(z.array(z.strictObject({ price: moneyInputSchema, announcedOn: calendarDateSchema })).check(z.maxLength(MAX_PRICE_CHANGES))),
  addOnDevices: z.optional(countSchema),
  edition: editionField,
}));

/** What a line of a billing-date charge is for. */
export type RenewalLineCode = "plan" | "add-on-devices";

/** One line of a billing-date charge. */
export interface RenewalLine {
  readonly code: RenewalLineCode;
  readonly amount: Money;
  /** The clause the line is charged under (`terms.6.billing-date` for the plan fee, `terms.2.4.add-ons` for add-on devices). */
  readonly clause: string;
  /** Every clause the line rests on, `clause` first (the plan line adds `terms.5.price-changes` when a price change applies). */
  readonly clauses: string[];
  /** How the amount was found, in plain English. */
  readonly description: string;
}

/** Result of {@link renewalCharge}. */
export interface RenewalChargeResult extends Decision, EditionStamp {
  /** The billing date on or before `on`: the signup date or the latest renewal date. */
  readonly renewalDate: CalendarDate;
  /** 0 for the signup charge, 1 for the first renewal, … */
  readonly periodIndex: number;
  /** The plan line, then the add-on line when there are add-on devices. */
  readonly lines: RenewalLine[];
  /** Sum of the lines. */
  readonly total: Money;
  /** Index in `priceChanges` of the change the plan line carries (absent when the plan fee is `planPrice`). */
  readonly changeIndex?: number;
}

/** `MAX_MONEY` in cents: the largest add-on line computed. */
const MAX_CENTS = Number(MAX_MONEY.replace(".", ""));

/**
 * What a member is charged on the billing date on or before `on` (§6: "charged
 * on signup and then each renewal date"): the plan fee in force plus the
 * add-on devices (§2.4).
 *
 * The billing date is the signup date or the latest renewal (as
 * `billingPeriod`). Plan fee: at signup, the latest change announced on or
 * before the signup date (the customer signs up at the announced price); at a
 * renewal, T11 as `priceInForce`: the latest change announced at least 30
 * days before the renewal. Add-on line: `addOnDevices` × $15 (monthly plans) or
 * × $150 (yearly plans), present only when there are add-on devices. The
 * notice, period lengths and add-on fees come from `edition` (default
 * `baseEdition`), which the result names.
 *
 * @throws PolicyInputError on `on` before `startDate`, two price changes
 * announced on one day with different prices, an add-on total above
 * `LIMITS.money`, bad money or dates, or an unknown key.
 *
 * @example
 * ```ts
 * renewalCharge({ plan: "home-monthly", startDate: "2025-01-31", on: "2025-04-10", planPrice: "49.00",
 *   priceChanges: [{ price: "59.00", announcedOn: "2025-03-01" }], addOnDevices: 2 });
 * //=> { renewalDate: "2025-03-31", periodIndex: 2, lines: [
 * //     { code: "plan", amount: { amount: "59.00", ... }, clause: "terms.6.billing-date", ... },
 * //     { code: "add-on-devices", amount: { amount: "30.00", ... }, clause: "terms.2.4.add-ons", ... } ],
 * //   total: { amount: "89.00", cents: 8900, currency: "USD" }, changeIndex: 0, ... }
 * ```
 */
export function renewalCharge(input: RenewalChargeInput): RenewalChargeResult {
  const rule = "renewalCharge";
  const p = parseInput(renewalChargeInputSchema, input, rule);
  const t = new Trace();
  const { edition, tariff } = ruleEdition(p.edition, t, rule);
  if (p.on < p.startDate) inputError(["on"], "`on` is before the membership start date", rule);
  const changes = p.priceChanges ?? [];
  refuseSameDayConflicts(changes, "priceChanges", rule);

  // §6: the billing date on or before `on`.
  const yearly = isYearlyPlan(p.plan);
  const periodEntry = yearly ? tariff.yearlyPeriodMonths : tariff.monthlyPeriodMonths;
  const { start: renewalDate, periodIndex } = billingPeriodOf(p.startDate, periodEntry.value, p.on);
  const signup = periodIndex === 0;
  t.explain(
    `${p.plan} is charged on signup and then each renewal date (every ${periodEntry.value} month${periodEntry.value === 1 ? "" : "s"}, counted from ${p.startDate}); ` +
      `the billing date on or before ${p.on} is ${renewalDate} (${signup ? "the signup" : `renewal #${periodIndex}`}).`,
    "terms.6.billing-date",
    periodEntry.clause,
  );

  // §5 / T11: the plan fee in force on that billing date.
  const notice = tariff.priceChangeNoticeDays;
  const appliesFrom = signup ? (a: CalendarDate) => a : (a: CalendarDate) => addDays(a, notice.value);
  const { best, pending } = latestApplicableChange(changes, appliesFrom, renewalDate);
  if (changes.length > 0) {
    if (signup) {
      t.explain(
        `At signup the customer accepts the price announced at that time: the latest change announced on or before ${renewalDate} applies.`,
        notice.clause,
      );
    } else {
      t.explain(
        `Subscription price changes need ${notice.value} ${notice.value === 1 ? "day's" : "days'"} notice: the renewal of ${renewalDate} carries the latest change announced on or before ${addDays(renewalDate, -notice.value)}.`,
        notice.clause,
        "terms.16.changes",
      );
      // A change the signup carried may still be in its notice period at an early renewal (T11 applies at renewals).
      const carriedAtSignup = changes.filter((c) => c.announcedOn <= p.startDate && appliesFrom(c.announcedOn) > renewalDate);
      const latestCarried = carriedAtSignup.reduce<(typeof changes)[number] | undefined>((a, c) => (a === undefined || c.announcedOn > a.announcedOn ? c : a), undefined);
      if (latestCarried !== undefined) {
        t.explain(
          `The change announced on ${latestCarried.announcedOn} applied at signup, but it reaches renewals only from ${appliesFrom(latestCarried.announcedOn)}: this renewal does not carry it.`,
          notice.clause,
        );
      }
    }
  }
  const chosen = best >= 0 ? changes[best] : undefined;
  const planFee = money(chosen ? chosen.price : p.planPrice);
  const planLine: RenewalLine = chosen
    ? {
        code: "plan",
        amount: planFee,
        clause: "terms.6.billing-date",
        clauses: ["terms.6.billing-date", notice.clause],
        description: `Plan fee, $${planFee.amount} (the change announced on ${chosen.announcedOn})`,
      }
    : { code: "plan", amount: planFee, clause: "terms.6.billing-date", clauses: ["terms.6.billing-date"], description: `Plan fee, $${planFee.amount}` };
  t.explain(
    chosen
      ? `The change announced on ${chosen.announcedOn} is the latest that applies${pending > 0 ? ` (${plural(pending, "later change")} ${agree(pending, "does", "do")} not apply yet)` : ""}: plan fee $${planFee.amount}.`
      : `${changes.length > 0 ? `No change applies yet (${pending} pending)` : "No price change given"}: the plan fee is $${planFee.amount}.`,
    ...(chosen ? ["terms.6.billing-date", notice.clause] : ["terms.6.billing-date"]),
  );

  // §2.4: add-on devices, per month on monthly plans, per year on yearly plans.
  const devices = p.addOnDevices ?? 0;
  const addOn = yearly ? tariff.addOnYearly : tariff.addOnMonthly;
  const lines: RenewalLine[] = [planLine];
  if (devices > 0) {
    if (money(addOn.value).cents * devices > MAX_CENTS) {
      inputError(["addOnDevices"], `${devices} add-on devices × $${addOn.value} is more than $${MAX_MONEY}, the largest amount computed exactly`, rule);
    }
    const amount = times(addOn.value, devices);
    const description = `Add-on devices, ${devices} × $${money(addOn.value).amount} per ${yearly ? "year" : "month"}`;
    lines.push({ code: "add-on-devices", amount, clause: addOn.clause, clauses: [addOn.clause], description });
    t.explain(`${description} (${yearly ? "yearly" : "monthly"} plan) = $${amount.amount}.`, addOn.clause);
  } else {
    t.explain(`No add-on devices${p.addOnDevices === undefined ? " (addOnDevices not given: 0)" : ""}: no add-on line.`);
  }

  const total = sumMoney(lines.map((l) => l.amount));
  t.explain(`Charged on ${renewalDate}: ${lines.map((l) => `$${l.amount.amount}`).join(" + ")} = $${total.amount}.`, "terms.6.billing-date");
  return stamp(t.done(chosen ? { renewalDate, periodIndex, lines, total, changeIndex: best } : { renewalDate, periodIndex, lines, total }), edition);
}
