/**
 * The numbers of the Terms as shipped (the base edition), once, each with the
 * clause that states it and its kind. Every other edition is built from this
 * one by `defineEdition`; `tariff` (terms) is a frozen view of it.
 *
 * Numbers the Terms do not give (plan prices, device limits, support hours)
 * are not here: they are inputs or documented, overridable defaults.
 */

import { deepFreeze } from "../core/freeze.js";

/** How an edition may change a number: money stays money, counts stay counts, ZIP lists stay ZIP lists. */
export type TariffKind = "money" | "count" | "positive-count" | "zips";

/** One number of the Terms: its value, its clause and its kind. */
export interface TariffSpec<T> {
  readonly value: T;
  readonly clause: string;
  readonly kind: TariffKind;
}

const money = (value: string, clause: string): TariffSpec<string> => ({ value, clause, kind: "money" });
const count = (value: number, clause: string): TariffSpec<number> => ({ value, clause, kind: "count" });
/** A count that divides or steps a loop: zero would make no sense (a 0-minute block, a 0-month period). */
const positive = (value: number, clause: string): TariffSpec<number> => ({ value, clause, kind: "positive-count" });

/** Every number of the Terms as shipped, by its key. */
export const BASE_TARIFF = /* @__PURE__ */ deepFreeze({
  /** §1: ZIP codes of the Roseville service area. */
  serviceAreaZips: { value: ["95661", "95678", "95747"] as readonly string[], clause: "terms.1.service-area", kind: "zips" } as TariffSpec<readonly string[]>,
  /** §1: minimum age of a customer, in years. */
  minimumAge: count(18, "terms.1.eligibility"),
  /** §2.1: minutes in one remote session block. */
  remoteBlockMinutes: positive(60, "terms.2.1.session-length"),
  /** §2.2: minutes in one included on-site visit. */
  onsiteBlockMinutes: positive(90, "terms.2.2.visit-length"),
  /** §3: minutes in a single-service remote session. */
  singleRemoteMinutes: positive(60, "terms.3.remote"),
  /** §3: minutes in a single-service in-home visit. */
  singleOnsiteMinutes: positive(90, "terms.3.in-home"),
  /** §2.2: months per on-site accrual period, Home Protection. */
  homePeriodMonths: positive(3, "terms.2.2.home"),
  /** §2.2: months per on-site accrual period, Small Office. */
  officePeriodMonths: positive(2, "terms.2.2.office"),
  /** §2.2: included visits granted at the start of each period. */
  visitsPerPeriod: count(1, "terms.2.2.home"),
  /** §2.2: bonus visits per membership year on yearly plans. */
  yearlyBonusVisits: count(1, "terms.2.2.yearly-bonus"),
  /** §2.2: the rollover bank holds at most this many visits. */
  bankCap: count(2, "terms.2.2.rollover"),
  /** §2.4: add-on device fee per device per month, monthly plans. */
  addOnMonthly: money("15.00", "terms.2.4.add-ons"),
  /** §2.4: add-on device fee per device per year, yearly plans. */
  addOnYearly: money("150.00", "terms.2.4.add-ons"),
  /** §3: non-member remote session price. */
  singleRemotePrice: money("99.00", "terms.3.remote"),
  /** §3: non-member in-home visit price (§5 restates it as the non-member/public rate). */
  singleOnsitePrice: money("189.00", "terms.3.in-home"),
  /** §4: hours of notice for a free cancellation. */
  cancellationNoticeHours: count(24, "terms.4.no-show"),
  /** §4: no-show fee. */
  noShowFee: money("45.00", "terms.4.no-show"),
  /** §4: remote SLA for members, in business days after the request day (same day). */
  slaRemoteMemberDays: count(0, "terms.4.sla"),
  /** §4: remote SLA for non-members, in business days ("within 1 business day"). */
  slaRemoteNonMemberDays: count(1, "terms.4.sla"),
  /** §4: on-site SLA, in business days ("next business day"). */
  slaOnsiteDays: count(1, "terms.4.sla"),
  /** §5: minutes per overtime increment. */
  overtimeIncrementMinutes: positive(30, "terms.5.overtime"),
  /** §5: remote overtime per increment. */
  remoteOvertimeRate: money("35.00", "terms.5.overtime"),
  /** §5: on-site overtime per increment. */
  onsiteOvertimeRate: money("45.00", "terms.5.overtime"),
  /** §5: member extra on-site visit (no included visit left). */
  memberExtraOnsitePrice: money("149.00", "terms.5.member-rate"),
  /** §5, §16: days of notice before a subscription price change applies. */
  priceChangeNoticeDays: count(30, "terms.5.price-changes"),
  /** §6: yearly plans are refundable within this many days of purchase/renewal. */
  refundWindowDays: count(14, "terms.6.yearly-refund"),
  /** §6: billing period of monthly plans, in months. */
  monthlyPeriodMonths: positive(1, "terms.6.auto-renewal"),
  /** §6: billing period of yearly plans, in months. */
  yearlyPeriodMonths: positive(12, "terms.6.auto-renewal"),
  /** §12: the liability cap counts fees paid in this many months before the event. */
  liabilityMonths: positive(3, "terms.12.cap"),
} as const);

/** A key of the tariff (a number of the Terms). */
export type TariffKey = keyof typeof BASE_TARIFF;

/** The keys of the tariff, in the order of the Terms. */
export const TARIFF_KEYS: readonly TariffKey[] = /* @__PURE__ */ deepFreeze(Object.keys(BASE_TARIFF) as TariffKey[]);
