/**
 * The tariff: every number of the Terms & Conditions, once, with the clause
 * it comes from. Rules read these values, never literals; a price change is a
 * one-line edit here (or a dated entry passed to `priceInForce`).
 *
 * Numbers the Terms do not give (plan prices, device limits, support hours)
 * are not here: they are inputs or documented, overridable defaults.
 */

import { PolicyInputError } from "../core/errors.js";
import { received } from "../core/issues.js";
import { deepFreeze } from "../core/freeze.js";

/** A policy number and the clause that states it. */
export interface TariffEntry<T> {
  readonly value: T;
  readonly clause: string;
}

function entry<T>(value: T, clause: string): TariffEntry<T> {
  return { value, clause };
}

/**
 * Every number of the Terms, each with the clause it comes from.
 *
 * @example
 * ```ts
 * tariff.onsiteOvertimeRate; //=> { value: "45.00", clause: "terms.5.overtime" }
 * tariff.bankCap.value; //=> 2
 * ```
 */
export const tariff = /* @__PURE__ */ deepFreeze({
  /** §1: ZIP codes of the Roseville service area. */
  serviceAreaZips: entry(["95661", "95678", "95747"] as readonly string[], "terms.1.service-area"),
  /** §1: minimum age of a customer, in years. */
  minimumAge: entry(18, "terms.1.eligibility"),
  /** §2.1: minutes in one remote session block. */
  remoteBlockMinutes: entry(60, "terms.2.1.session-length"),
  /** §2.2: minutes in one included on-site visit. */
  onsiteBlockMinutes: entry(90, "terms.2.2.visit-length"),
  /** §3: minutes in a single-service remote session. */
  singleRemoteMinutes: entry(60, "terms.3.remote"),
  /** §3: minutes in a single-service in-home visit. */
  singleOnsiteMinutes: entry(90, "terms.3.in-home"),
  /** §2.2: months per on-site accrual period, Home Protection. */
  homePeriodMonths: entry(3, "terms.2.2.home"),
  /** §2.2: months per on-site accrual period, Small Office. */
  officePeriodMonths: entry(2, "terms.2.2.office"),
  /** §2.2: included visits granted at the start of each period. */
  visitsPerPeriod: entry(1, "terms.2.2.home"),
  /** §2.2: bonus visits per membership year on yearly plans. */
  yearlyBonusVisits: entry(1, "terms.2.2.yearly-bonus"),
  /** §2.2: the rollover bank holds at most this many visits. */
  bankCap: entry(2, "terms.2.2.rollover"),
  /** §2.4: add-on device fee per device per month, monthly plans. */
  addOnMonthly: entry("15.00", "terms.2.4.add-ons"),
  /** §2.4: add-on device fee per device per year, yearly plans. */
  addOnYearly: entry("150.00", "terms.2.4.add-ons"),
  /** §3: non-member remote session price. */
  singleRemotePrice: entry("99.00", "terms.3.remote"),
  /** §3: non-member in-home visit price (§5 restates it as the non-member/public rate). */
  singleOnsitePrice: entry("189.00", "terms.3.in-home"),
  /** §4: hours of notice for a free cancellation. */
  cancellationNoticeHours: entry(24, "terms.4.no-show"),
  /** §4: no-show fee. */
  noShowFee: entry("45.00", "terms.4.no-show"),
  /** §4: remote SLA for members, in business days after the request day (same day). */
  slaRemoteMemberDays: entry(0, "terms.4.sla"),
  /** §4: remote SLA for non-members, in business days ("within 1 business day"). */
  slaRemoteNonMemberDays: entry(1, "terms.4.sla"),
  /** §4: on-site SLA, in business days ("next business day"). */
  slaOnsiteDays: entry(1, "terms.4.sla"),
  /** §5: minutes per overtime increment. */
  overtimeIncrementMinutes: entry(30, "terms.5.overtime"),
  /** §5: remote overtime per increment. */
  remoteOvertimeRate: entry("35.00", "terms.5.overtime"),
  /** §5: on-site overtime per increment. */
  onsiteOvertimeRate: entry("45.00", "terms.5.overtime"),
  /** §5: member extra on-site visit (no included visit left). */
  memberExtraOnsitePrice: entry("149.00", "terms.5.member-rate"),
  /** §5, §16: days of notice before a subscription price change applies. */
  priceChangeNoticeDays: entry(30, "terms.5.price-changes"),
  /** §6: yearly plans are refundable within this many days of purchase/renewal. */
  refundWindowDays: entry(14, "terms.6.yearly-refund"),
  /** §6: billing period of monthly plans, in months. */
  monthlyPeriodMonths: entry(1, "terms.6.auto-renewal"),
  /** §6: billing period of yearly plans, in months. */
  yearlyPeriodMonths: entry(12, "terms.6.auto-renewal"),
  /** §12: the liability cap counts fees paid in this many months before the event. */
  liabilityMonths: entry(3, "terms.12.cap"),
} as const);

/** The plans of §2. */
export const PLANS = /* @__PURE__ */ deepFreeze(["home-monthly", "home-yearly", "office-monthly", "office-yearly"] as const);
/** A membership plan id (§2). */
export type Plan = (typeof PLANS)[number];

/** True for the yearly plans (internal: `plan` already validated). */
export function isYearlyPlan(plan: Plan): boolean {
  return plan.endsWith("-yearly");
}

/**
 * True for the yearly plans (`home-yearly`, `office-yearly`).
 *
 * @throws PolicyInputError when `plan` is not one of {@link PLANS}.
 *
 * @example
 * ```ts
 * isYearly("office-yearly"); //=> true
 * ```
 */
export function isYearly(plan: Plan): boolean {
  if (typeof plan !== "string" || !(PLANS as readonly string[]).includes(plan))
    throw new PolicyInputError(
      [{ path: ["plan"], message: `expected one of ${PLANS.map((p) => JSON.stringify(p)).join(", ")}, received ${received(plan)}` }],
      "isYearly",
    );
  return isYearlyPlan(plan);
}
