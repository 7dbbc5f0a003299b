/**
 * fast-check arbitraries of valid inputs for every rule, so a host can
 * property-test its own billing and privacy code against the policy.
 * `fast-check` is a peer dependency of `@relument/policy/testing` only.
 */
import fc from "fast-check";
import { addDays, dayNumber, fromDayNumber, type CalendarDate } from "../core/calendar.js";
import { PLANS, tariff, type Plan } from "../terms/tariff.js";
import { EXCLUDED_CATEGORIES, FAIR_USE_CATEGORIES, IN_SCOPE_CATEGORIES, PROJECT_CATEGORIES } from "../terms/classify-request.js";
import type { EligibilityInput } from "../terms/eligibility.js";
import type { DeviceCoverageInput } from "../terms/device-coverage.js";
import type { OvertimeInput } from "../terms/overtime.js";
import type { QuoteServiceInput } from "../terms/quote-service.js";
import type { NoShowInput } from "../terms/no-show.js";
import type { SlaInput } from "../terms/sla.js";
import type { ClassifyRequestInput } from "../terms/classify-request.js";
import type { VisitAllowanceEvent, VisitAllowanceInput } from "../terms/visit-allowance.js";
import type { BillingPeriodInput } from "../terms/billing-period.js";
import type { MonthlyCancellationInput } from "../terms/monthly-cancellation.js";
import type { YearlyRefundInput } from "../terms/yearly-refund.js";
import type { PriceInForceInput } from "../terms/price-in-force.js";
import type { LiabilityCapInput } from "../terms/liability-cap.js";
import type { RenewalChargeInput } from "../terms/renewal-charge.js";

/** Bounds of generated calendar dates (inclusive). */
export interface DateRange {
  readonly min?: CalendarDate;
  readonly max?: CalendarDate;
}

/**
 * A real `YYYY-MM-DD` Pacific calendar date (default 2020-01-01 … 2035-12-31).
 *
 * @example
 * ```ts
 * fc.sample(calendarDateArbitrary({ min: "2026-02-27", max: "2026-03-01" }), 3); //=> e.g. ["2026-02-28", "2026-03-01", "2026-02-27"]
 * ```
 */
export function calendarDateArbitrary(range: DateRange = {}): fc.Arbitrary<CalendarDate> {
  return fc.integer({ min: dayNumber(range.min ?? "2020-01-01"), max: dayNumber(range.max ?? "2035-12-31") }).map(fromDayNumber);
}

/**
 * An instant as a host passes it: a `Date`, a `Z` string or a string with a numeric offset.
 *
 * @example
 * ```ts
 * fc.sample(instantArbitrary(), 1); //=> e.g. ["2027-04-02T17:13:05.000Z"]
 * ```
 */
export function instantArbitrary(): fc.Arbitrary<Date | string> {
  return fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 11, 31) }).chain((ms) => {
    const iso = new Date(ms).toISOString();
    return fc.constantFrom<Date | string>(new Date(ms), iso, iso.replace("Z", "+00:00"));
  });
}

/**
 * Money input: a two-decimal string or a whole number of dollars, up to `maxCents`.
 *
 * @example
 * ```ts
 * fc.sample(moneyInputArbitrary(10_000), 2); //=> e.g. ["12.34", 57]
 * ```
 */
export function moneyInputArbitrary(maxCents = 1_000_000): fc.Arbitrary<string | number> {
  return fc.oneof(
    fc.integer({ min: 0, max: maxCents }).map((c) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, "0")}`),
    fc.integer({ min: 0, max: Math.floor(maxCents / 100) }),
  );
}

/**
 * A membership plan id.
 *
 * @example
 * ```ts
 * fc.sample(planArbitrary(), 1); //=> e.g. ["office-yearly"]
 * ```
 */
export function planArbitrary(): fc.Arbitrary<Plan> {
  return fc.constantFrom(...PLANS);
}

const zipArb = fc.constantFrom("95661", "95678", "95747", "95814", "95630", "10001");
const SERVICE_AREA = ["95661", "95678", "95747"];

/**
 * Input of `checkEligibility`.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(eligibilityInputArbitrary(), (i) => typeof checkEligibility(i).eligible === "boolean"));
 * ```
 */
export function eligibilityInputArbitrary(): fc.Arbitrary<EligibilityInput> {
  return fc.record(
    { age: fc.integer({ min: 0, max: 110 }), zip: zipArb, outsideAreaApproved: fc.boolean(), mode: fc.constantFrom("remote", "onsite" as const) },
    { requiredKeys: ["age", "zip"] },
  );
}

/**
 * Input of `deviceCoverage`.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(deviceCoverageInputArbitrary(), (i) => deviceCoverage(i).covered <= i.deviceLimit));
 * ```
 */
export function deviceCoverageInputArbitrary(): fc.Arbitrary<DeviceCoverageInput> {
  return fc.record({
    plan: planArbitrary(),
    deviceLimit: fc.integer({ min: 0, max: 10 }),
    devices: fc.array(
      fc.record({ kind: fc.constantFrom("desktop", "laptop", "tablet", "printer", "iot" as const), addOn: fc.boolean() }, { requiredKeys: ["kind"] }),
      { maxLength: 15 },
    ),
  });
}

/**
 * Input of `overtimeCharge`.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(overtimeInputArbitrary(), (i) => overtimeCharge(i).fee.cents >= 0));
 * ```
 */
export function overtimeInputArbitrary(): fc.Arbitrary<OvertimeInput> {
  return fc.record(
    {
      mode: fc.constantFrom("remote", "onsite" as const),
      minutes: fc.integer({ min: 0, max: 600 }),
      rounding: fc.constantFrom("started", "full" as const),
      graceMinutes: fc.integer({ min: 0, max: 30 }),
    },
    { requiredKeys: ["mode", "minutes"] },
  );
}

/**
 * Input of `quoteService`, always consistent: an included visit only for
 * on-site members, a trip fee only for on-site work outside the area (with
 * `outsideAreaApproved` absent or `true`), remote sessions with or without a
 * ZIP and an approval (T18), and on-site work outside the area with or
 * without its approved trip fee, so both eligible and not eligible quotes.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(quoteServiceInputArbitrary(), (i) => {
 *   const q = quoteService(i);
 *   return q.total.cents === q.lines.reduce((s, l) => s + l.amount.cents, 0);
 * }));
 * ```
 */
export function quoteServiceInputArbitrary(): fc.Arbitrary<QuoteServiceInput> {
  return fc
    .record({
      mode: fc.constantFrom("remote", "onsite" as const),
      minutes: fc.integer({ min: 0, max: 600 }),
      customer: fc.constantFrom("member", "non-member" as const),
      includedVisit: fc.boolean(),
      zip: fc.option(zipArb, { nil: undefined }),
      tripFee: moneyInputArbitrary(50_000),
      withoutFee: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
      approved: fc.option(fc.boolean(), { nil: undefined }),
    })
    .map(({ mode, minutes, customer, includedVisit, zip, tripFee, withoutFee, approved }) => {
      const input: { -readonly [K in keyof QuoteServiceInput]: QuoteServiceInput[K] } = { mode, minutes, customer };
      if (mode === "onsite" && customer === "member") input.includedVisit = includedVisit;
      if (zip !== undefined) input.zip = zip;
      if (mode === "remote") {
        if (approved !== undefined) input.outsideAreaApproved = approved;
      } else if (zip !== undefined && !SERVICE_AREA.includes(zip) && !withoutFee) {
        // An approved trip: its quoted fee, maybe with the approval stated.
        input.tripFee = tripFee;
        if (approved === true) input.outsideAreaApproved = true;
      } else if (approved === false) {
        // On site without a trip fee, only a refusal is consistent in every edition (T18).
        input.outsideAreaApproved = false;
      }
      return input;
    });
}

/**
 * Input of `noShowCharge`: an appointment, maybe a cancellation up to three days before (or after) it.
 * No access on arrival is never generated with a cancellation given 24 hours or more ahead (the base
 * edition's notice): that is contradictory input (T19); such a notice is folded into −2 h … 24 h − 1 min.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(noShowInputArbitrary(), (i) => ["no-charge", "fee", "count-visit"].includes(noShowCharge(i).outcome)));
 * ```
 */
export function noShowInputArbitrary(): fc.Arbitrary<NoShowInput> {
  return fc
    .record({
      start: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 11, 31) }),
      noticeMinutes: fc.option(fc.integer({ min: -120, max: 72 * 60 }), { nil: undefined }),
      noAccessOnArrival: fc.option(fc.boolean(), { nil: undefined }),
      resolution: fc.option(fc.constantFrom("fee", "count-visit" as const), { nil: undefined }),
      includedVisitAvailable: fc.option(fc.boolean(), { nil: undefined }),
    })
    .map(({ start, noticeMinutes: given, ...rest }) => {
      const input: { -readonly [K in keyof NoShowInput]: NoShowInput[K] } = { appointmentAt: new Date(start).toISOString() };
      const free = tariff.cancellationNoticeHours.value * 60;
      // T19: no access on arrival after a free cancellation is contradictory; keep the notice short of free.
      const noticeMinutes = given !== undefined && given >= free && rest.noAccessOnArrival === true ? ((given - free) % (free + 120)) - 120 : given;
      if (noticeMinutes !== undefined) input.canceledAt = new Date(start - noticeMinutes * 60_000).toISOString();
      if (rest.noAccessOnArrival !== undefined) input.noAccessOnArrival = rest.noAccessOnArrival;
      if (rest.resolution !== undefined) input.resolution = rest.resolution;
      if (rest.includedVisitAvailable !== undefined) input.includedVisitAvailable = rest.includedVisitAvailable;
      return input;
    });
}

/**
 * Input of `slaTarget` (default support hours and holidays).
 *
 * @example
 * ```ts
 * fc.assert(fc.property(slaInputArbitrary(), (i) => Date.parse(slaTarget(i).dueBy) > 0));
 * ```
 */
export function slaInputArbitrary(): fc.Arbitrary<SlaInput> {
  return fc.record({
    mode: fc.constantFrom("remote", "onsite" as const),
    customer: fc.constantFrom("member", "non-member" as const),
    requestedAt: instantArbitrary(),
  });
}

/**
 * Input of `classifyRequest`.
 *
 * @example
 * ```ts
 * fc.sample(classifyRequestInputArbitrary(), 1); //=> e.g. [{ category: "training", similarInLast30Days: 4 }]
 * ```
 */
export function classifyRequestInputArbitrary(): fc.Arbitrary<ClassifyRequestInput> {
  return fc.record(
    {
      category: fc.constantFrom(...IN_SCOPE_CATEGORIES, ...EXCLUDED_CATEGORIES, ...PROJECT_CATEGORIES, ...FAIR_USE_CATEGORIES),
      minutes: fc.integer({ min: 0, max: 600 }),
      tiedToIncident: fc.boolean(),
      similarInLast30Days: fc.integer({ min: 0, max: 10 }),
    },
    { requiredKeys: ["category"] },
  );
}

/**
 * A membership's visit-event history between `startDate` and `asOf`:
 * visits, up to 3 no-shows counted as a visit, suspensions, and at most one lapse or termination.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(visitAllowanceInputArbitrary(), (i) => visitAllowance(i).bank <= 2));
 * ```
 */
export function visitAllowanceInputArbitrary(options: { maxYears?: number } = {}): fc.Arbitrary<VisitAllowanceInput> {
  const years = options.maxYears ?? 4;
  return fc
    .record({
      plan: planArbitrary(),
      startDate: calendarDateArbitrary({ min: "2020-01-01", max: "2030-12-31" }),
      span: fc.integer({ min: 0, max: years * 366 }),
      visits: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 }),
      noShows: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 3 }),
      suspensions: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined })), {
        maxLength: 2,
      }),
      end: fc.option(fc.tuple(fc.constantFrom("lapsed", "terminated" as const), fc.double({ min: 0, max: 1, noNaN: true }))),
    })
    .map(({ plan, startDate, span, visits, noShows, suspensions, end }) => {
      const asOf = addDays(startDate, span);
      const at = (f: number) => addDays(startDate, Math.floor(f * span));
      const events: VisitAllowanceEvent[] = visits.map((f) => ({ type: "visit", date: at(f) }));
      for (const f of noShows) events.push({ type: "no-show", date: at(f) });
      for (const [f, len] of suspensions) {
        const from = at(f);
        events.push(len === undefined ? { type: "suspended", from } : { type: "suspended", from, to: addDays(from, len) });
      }
      if (end) events.push({ type: end[0], date: at(end[1]) });
      return { plan, startDate, asOf, events };
    });
}

/**
 * Input of `billingPeriod` (`on` never before `startDate`).
 *
 * @example
 * ```ts
 * fc.assert(fc.property(billingPeriodInputArbitrary(), (i) => billingPeriod(i).start <= i.on));
 * ```
 */
export function billingPeriodInputArbitrary(): fc.Arbitrary<BillingPeriodInput> {
  return fc
    .record({ plan: planArbitrary(), startDate: calendarDateArbitrary(), offset: fc.integer({ min: 0, max: 3660 }) })
    .map(({ plan, startDate, offset }) => ({ plan, startDate, on: addDays(startDate, offset) }));
}

/**
 * Input of `monthlyCancellation`.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(monthlyCancellationInputArbitrary(), (i) => monthlyCancellation(i).refund.cents === 0));
 * ```
 */
export function monthlyCancellationInputArbitrary(): fc.Arbitrary<MonthlyCancellationInput> {
  return fc
    .record({ startDate: calendarDateArbitrary(), offset: fc.integer({ min: 0, max: 3660 }) })
    .map(({ startDate, offset }) => ({ startDate, requestedOn: addDays(startDate, offset) }));
}

/**
 * A yearly-plan refund request, within or after the 14-day window.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(yearlyRefundInputArbitrary(), (i) => {
 *   const r = yearlyRefund(i);
 *   return r.refund.cents + r.retained.cents === Math.round(Number(i.amountPaid) * 100);
 * }));
 * ```
 */
export function yearlyRefundInputArbitrary(): fc.Arbitrary<YearlyRefundInput> {
  return fc
    .record({
      purchasedOn: calendarDateArbitrary(),
      day: fc.integer({ min: 0, max: 30 }),
      amountPaid: moneyInputArbitrary(500_000),
      monthlyRate: moneyInputArbitrary(50_000),
      servicesRendered: fc.integer({ min: 0, max: 5 }),
      addOnDevices: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
      licenseCosts: fc.option(moneyInputArbitrary(50_000), { nil: undefined }),
      discounts: fc.option(moneyInputArbitrary(50_000), { nil: undefined }),
    })
    .map(({ purchasedOn, day, addOnDevices, licenseCosts, discounts, ...rest }) => ({
      purchasedOn,
      requestedOn: addDays(purchasedOn, day),
      ...rest,
      ...(addOnDevices === undefined ? {} : { addOnDevices }),
      ...(licenseCosts === undefined ? {} : { licenseCosts }),
      ...(discounts === undefined ? {} : { discounts }),
    }));
}

/**
 * Input of `priceInForce`: a base price and dated changes, for a subscription renewal or a one-time booking.
 *
 * @example
 * ```ts
 * fc.sample(priceInForceInputArbitrary(), 1); //=> e.g. [{ kind: "subscription", basePrice: "29.00", changes: [...], on: "2027-03-01" }]
 * ```
 */
export function priceInForceInputArbitrary(): fc.Arbitrary<PriceInForceInput> {
  return fc
    .record({
      kind: fc.constantFrom("subscription", "one-time" as const),
      basePrice: moneyInputArbitrary(100_000),
      announced: fc.uniqueArray(calendarDateArbitrary({ min: "2024-01-01", max: "2030-12-31" }), { maxLength: 4 }),
      prices: fc.array(moneyInputArbitrary(100_000), { minLength: 4, maxLength: 4 }),
      date: calendarDateArbitrary({ min: "2024-01-01", max: "2031-12-31" }),
    })
    .map(({ kind, basePrice, announced, prices, date }) => {
      const changes = announced.map((announcedOn, i) => ({ price: prices[i] as string | number, announcedOn }));
      return kind === "subscription" ? { kind, basePrice, changes, on: date } : { kind, basePrice, changes, bookedOn: date };
    });
}

/**
 * Input of `liabilityCap`: an event date and payments around it, as a claim of
 * any kind (not named, `direct`, `indirect`, or `data-loss` with its required
 * `functionalBackup` and maybe `backupAddOn`).
 *
 * @example
 * ```ts
 * fc.assert(fc.property(liabilityCapInputArbitrary(), (i) => liabilityCap(i).cap.cents >= 0));
 * ```
 */
export function liabilityCapInputArbitrary(): fc.Arbitrary<LiabilityCapInput> {
  return fc
    .record({
      eventDate: calendarDateArbitrary({ min: "2021-01-01", max: "2034-12-31" }),
      payments: fc.array(fc.record({ offset: fc.integer({ min: -200, max: 30 }), amount: moneyInputArbitrary(100_000) }), { maxLength: 12 }),
      claim: fc.option(fc.constantFrom("direct", "indirect", "data-loss" as const), { nil: undefined }),
      functionalBackup: fc.boolean(),
      backupAddOn: fc.option(fc.boolean(), { nil: undefined }),
    })
    .map(({ eventDate, payments, claim, functionalBackup, backupAddOn }) => ({
      eventDate,
      payments: payments.map((p) => ({ date: addDays(eventDate, p.offset), amount: p.amount })),
      ...(claim === undefined ? {} : { claim }),
      ...(claim === "data-loss" ? { functionalBackup, ...(backupAddOn === undefined ? {} : { backupAddOn }) } : {}),
    }));
}

/**
 * Input of `renewalCharge`: a plan, a day 0 … 3660 days after the signup, a
 * plan price, maybe 0 … 4 price changes announced on distinct days from 400
 * days before the signup to 3660 days after it, maybe 0 … 10 add-on devices.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(renewalChargeInputArbitrary(), (i) => {
 *   const r = renewalCharge(i);
 *   return r.total.cents === r.lines.reduce((a, l) => a + l.amount.cents, 0);
 * }));
 * ```
 */
export function renewalChargeInputArbitrary(): fc.Arbitrary<RenewalChargeInput> {
  return fc
    .record({
      plan: planArbitrary(),
      startDate: calendarDateArbitrary(),
      offset: fc.integer({ min: 0, max: 3660 }),
      planPrice: moneyInputArbitrary(100_000),
      announced: fc.option(fc.uniqueArray(fc.integer({ min: -400, max: 3660 }), { maxLength: 4 }), { nil: undefined }),
      prices: fc.array(moneyInputArbitrary(100_000), { minLength: 4, maxLength: 4 }),
      addOnDevices: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    })
    .map(({ plan, startDate, offset, planPrice, announced, prices, addOnDevices }) => ({
      plan,
      startDate,
      on: addDays(startDate, offset),
      planPrice,
      ...(announced === undefined ? {} : { priceChanges: announced.map((d, i) => ({ price: prices[i] as string | number, announcedOn: addDays(startDate, d) })) }),
      ...(addOnDevices === undefined ? {} : { addOnDevices }),
    }));
}
