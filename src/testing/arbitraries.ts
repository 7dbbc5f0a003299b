/**
 * fast-check arbitraries of valid inputs for every rule, so a host can
 * property-test its own billing and privacy code against the policy.
 * `fast-check` is an optional peer dependency of `@relument/policy/testing`,
 * loaded on the first call of an arbitrary (see ./fast-check.ts): without it,
 * each arbitrary throws an error saying to install it, and the assertions and
 * matchers still work.
 *
 * Every input arbitrary takes overrides of any field of its rule's input: a
 * value (`{ mode: "remote" }`) or an arbitrary (`{ minutes: fc.integer({ min: 61, max: 90 }) }`);
 * `undefined` leaves an optional field out. The fields that depend on an
 * overridden one are generated from it, so the inputs stay valid (an
 * override that contradicts another override is the caller's to avoid).
 *
 * The arbitraries come from the copy of fast-check that `require("fast-check")`
 * finds; they work with `fc.assert`/`fc.property` of a host's ESM import of
 * fast-check too (fast-check recognises arbitraries by shape), but
 * `fc.configureGlobal` of the host's copy does not reach their size defaults.
 */
import type { Arbitrary } from "fast-check";
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
import { fastCheck } from "./fast-check.js";
import { recordWithOverrides, withOverrides, type Drawn, type Overrides } from "./overrides.js";

export type { Overrides } from "./overrides.js";

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
export function calendarDateArbitrary(range: DateRange = {}): Arbitrary<CalendarDate> {
  return fastCheck()
    .integer({ min: dayNumber(range.min ?? "2020-01-01"), max: dayNumber(range.max ?? "2035-12-31") })
    .map(fromDayNumber);
}

/**
 * An instant as a host passes it: a `Date`, a `Z` string or a string with a numeric offset.
 *
 * @example
 * ```ts
 * fc.sample(instantArbitrary(), 1); //=> e.g. ["2027-04-02T17:13:05.000Z"]
 * ```
 */
export function instantArbitrary(): Arbitrary<Date | string> {
  const fc = fastCheck();
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
export function moneyInputArbitrary(maxCents = 1_000_000): Arbitrary<string | number> {
  const fc = fastCheck();
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
export function planArbitrary(): Arbitrary<Plan> {
  return fastCheck().constantFrom(...PLANS);
}

const ZIPS = ["95661", "95678", "95747", "95814", "95630", "10001"] as const;
const SERVICE_AREA: readonly string[] = ["95661", "95678", "95747"];
const zipArb = () => fastCheck().constantFrom(...ZIPS);

/** Days from `from` to `to` (negative when `to` is earlier). */
const daysBetween = (from: CalendarDate, to: CalendarDate) => dayNumber(to) - dayNumber(from);

/**
 * Two dates `first` ≤ `second`, `offset` days apart: from the overridden one when
 * only `second` is overridden (so `first` is never after it), both as given when both are.
 */
function datePair({ raw, has }: Drawn, first: string, second: string, offset: number): [CalendarDate, CalendarDate] {
  if (has(second) && !has(first) && raw[second] !== undefined) {
    const b = raw[second] as CalendarDate;
    return [addDays(b, -offset), b];
  }
  const a = raw[first] as CalendarDate;
  return [a, has(second) && raw[second] !== undefined ? (raw[second] as CalendarDate) : addDays(a, offset)];
}

/**
 * Input of `checkEligibility`.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(eligibilityInputArbitrary(), (i) => typeof checkEligibility(i).eligible === "boolean"));
 * eligibilityInputArbitrary({ mode: "remote", zip: "10001" }); // remote sessions in New York
 * ```
 */
export function eligibilityInputArbitrary(overrides?: Overrides<EligibilityInput>): Arbitrary<EligibilityInput> {
  const fc = fastCheck();
  return recordWithOverrides(
    fc,
    "eligibilityInputArbitrary",
    { age: fc.integer({ min: 0, max: 110 }), zip: zipArb(), outsideAreaApproved: fc.boolean(), mode: fc.constantFrom("remote", "onsite" as const) },
    ["outsideAreaApproved", "mode"],
    overrides,
  );
}

/**
 * Input of `deviceCoverage`.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(deviceCoverageInputArbitrary(), (i) => deviceCoverage(i).covered <= i.deviceLimit));
 * deviceCoverageInputArbitrary({ plan: "office-monthly", deviceLimit: 5 });
 * ```
 */
export function deviceCoverageInputArbitrary(overrides?: Overrides<DeviceCoverageInput>): Arbitrary<DeviceCoverageInput> {
  const fc = fastCheck();
  return recordWithOverrides(
    fc,
    "deviceCoverageInputArbitrary",
    {
      plan: planArbitrary(),
      deviceLimit: fc.integer({ min: 0, max: 10 }),
      devices: fc.array(
        fc.record({ kind: fc.constantFrom("desktop", "laptop", "tablet", "printer", "iot" as const), addOn: fc.boolean() }, { requiredKeys: ["kind"] }),
        { maxLength: 15 },
      ),
    },
    [],
    overrides,
  );
}

/**
 * Input of `overtimeCharge`.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(overtimeInputArbitrary(), (i) => overtimeCharge(i).fee.cents >= 0));
 * overtimeInputArbitrary({ mode: "onsite", minutes: fc.integer({ min: 91, max: 240 }) });
 * ```
 */
export function overtimeInputArbitrary(overrides?: Overrides<OvertimeInput>): Arbitrary<OvertimeInput> {
  const fc = fastCheck();
  return recordWithOverrides(
    fc,
    "overtimeInputArbitrary",
    {
      mode: fc.constantFrom("remote", "onsite" as const),
      minutes: fc.integer({ min: 0, max: 600 }),
      rounding: fc.constantFrom("started", "full" as const),
      graceMinutes: fc.integer({ min: 0, max: 30 }),
    },
    ["rounding", "graceMinutes"],
    overrides,
  );
}

/**
 * Input of `quoteService`, always consistent: an included visit only for
 * on-site members, a trip fee only for on-site work outside the area (with
 * `outsideAreaApproved` absent or `true`), remote sessions with or without a
 * ZIP and an approval (T18), and on-site work outside the area with or
 * without its approved trip fee, so both eligible and not eligible quotes.
 * Overrides keep it so: `{ outsideAreaApproved: true }` on site comes with its
 * trip fee, `{ tripFee }` never with `outsideAreaApproved: false`,
 * `{ mode: "remote" }` never with an included visit.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(quoteServiceInputArbitrary(), (i) => {
 *   const q = quoteService(i);
 *   return q.total.cents === q.lines.reduce((s, l) => s + l.amount.cents, 0);
 * }));
 * quoteServiceInputArbitrary({ mode: "remote", customer: fc.constant("non-member") });
 * ```
 */
export function quoteServiceInputArbitrary(overrides?: Overrides<QuoteServiceInput>): Arbitrary<QuoteServiceInput> {
  const fc = fastCheck();
  return withOverrides<QuoteServiceInput>(
    fc,
    "quoteServiceInputArbitrary",
    {
      mode: fc.constantFrom("remote", "onsite" as const),
      minutes: fc.integer({ min: 0, max: 600 }),
      customer: fc.constantFrom("member", "non-member" as const),
      includedVisit: fc.boolean(),
      zip: fc.option(zipArb(), { nil: undefined }),
      tripFee: moneyInputArbitrary(50_000),
      withoutFee: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
      outsideAreaApproved: fc.option(fc.boolean(), { nil: undefined }),
    },
    overrides,
    ({ raw, has }) => {
      const { mode, minutes, customer, includedVisit, tripFee, withoutFee } = raw;
      let zip = raw.zip as string | undefined;
      let approved = raw.outsideAreaApproved as boolean | undefined;
      const input: Record<string, unknown> = { mode, minutes, customer };
      if (mode === "onsite" && customer === "member") input.includedVisit = includedVisit;
      let fee: unknown;
      const outside = zip !== undefined && !SERVICE_AREA.includes(zip);
      if (has("tripFee")) {
        fee = tripFee;
        if (!has("outsideAreaApproved")) {
          // A given trip fee is an approval: never with a refusal; without a fee, no approval on site.
          if (fee !== undefined && approved === false) approved = undefined;
          if (fee === undefined && approved === true && mode === "onsite") approved = undefined;
        } else if (fee === undefined && approved === true && mode === "onsite" && !has("zip") && (zip === undefined || outside)) {
          // Approved, on site, without a fee: only consistent inside the area.
          zip = SERVICE_AREA[0];
        }
      } else if (mode === "remote") {
        fee = undefined;
      } else if (has("outsideAreaApproved")) {
        // An on-site approval comes with its quoted trip fee; a refusal never does.
        if (approved === true || (approved === undefined && outside && !withoutFee)) fee = tripFee;
      } else if (outside && !withoutFee) {
        // An approved trip: its quoted fee, maybe with the approval stated.
        fee = tripFee;
        if (approved === false) approved = undefined;
      } else if (approved === true) {
        // On site without a trip fee, only a refusal is consistent in every edition (T18).
        approved = undefined;
      }
      if (zip !== undefined) input.zip = zip;
      if (fee !== undefined) input.tripFee = fee;
      if (approved !== undefined) input.outsideAreaApproved = approved;
      return input;
    },
  );
}

const instantMs = (v: unknown) => (v instanceof Date ? v.getTime() : Date.parse(String(v)));

/**
 * Input of `noShowCharge`: an appointment, maybe a cancellation up to three days before (or after) it.
 * No access on arrival is never generated with a cancellation given 24 hours or more ahead (the base
 * edition's notice): that is contradictory input (T19); such a notice is folded into −2 h … 24 h − 1 min.
 * With `appointmentAt` overridden, the cancellation is drawn around it; with `canceledAt` overridden,
 * no access on arrival is left out when that cancellation was free.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(noShowInputArbitrary(), (i) => ["no-charge", "fee", "count-visit"].includes(noShowCharge(i).outcome)));
 * noShowInputArbitrary({ appointmentAt: "2026-06-10T10:00:00-07:00", noAccessOnArrival: true });
 * ```
 */
export function noShowInputArbitrary(overrides?: Overrides<NoShowInput>): Arbitrary<NoShowInput> {
  const fc = fastCheck();
  return withOverrides<NoShowInput>(
    fc,
    "noShowInputArbitrary",
    {
      start: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 11, 31) }),
      noticeMinutes: fc.option(fc.integer({ min: -120, max: 72 * 60 }), { nil: undefined }),
      noAccessOnArrival: fc.option(fc.boolean(), { nil: undefined }),
      resolution: fc.option(fc.constantFrom("fee", "count-visit" as const), { nil: undefined }),
      includedVisitAvailable: fc.option(fc.boolean(), { nil: undefined }),
    },
    overrides,
    ({ raw, has }) => {
      const start = has("appointmentAt") && raw.appointmentAt !== undefined ? instantMs(raw.appointmentAt) : (raw.start as number);
      const input: Record<string, unknown> = { appointmentAt: new Date(start).toISOString() };
      const free = tariff.cancellationNoticeHours.value * 60;
      let noAccess = raw.noAccessOnArrival as boolean | undefined;
      let noticeMinutes = raw.noticeMinutes as number | undefined;
      if (has("canceledAt")) {
        const given = raw.canceledAt === undefined ? undefined : (start - instantMs(raw.canceledAt)) / 60_000;
        // T19: a free cancellation and no access on arrival contradict each other.
        if (given !== undefined && given >= free && noAccess === true && !has("noAccessOnArrival")) noAccess = undefined;
        noticeMinutes = undefined;
      } else if (noticeMinutes !== undefined && noticeMinutes >= free && noAccess === true) {
        // T19: no access on arrival after a free cancellation is contradictory; keep the notice short of free.
        noticeMinutes = ((noticeMinutes - free) % (free + 120)) - 120;
      }
      if (noticeMinutes !== undefined) input.canceledAt = new Date(start - noticeMinutes * 60_000).toISOString();
      if (noAccess !== undefined) input.noAccessOnArrival = noAccess;
      if (raw.resolution !== undefined) input.resolution = raw.resolution;
      if (raw.includedVisitAvailable !== undefined) input.includedVisitAvailable = raw.includedVisitAvailable;
      return input;
    },
  );
}

/**
 * Input of `slaTarget` (default support hours and holidays).
 *
 * @example
 * ```ts
 * fc.assert(fc.property(slaInputArbitrary(), (i) => Date.parse(slaTarget(i).dueBy) > 0));
 * slaInputArbitrary({ customer: "member" });
 * ```
 */
export function slaInputArbitrary(overrides?: Overrides<SlaInput>): Arbitrary<SlaInput> {
  const fc = fastCheck();
  return recordWithOverrides(
    fc,
    "slaInputArbitrary",
    { mode: fc.constantFrom("remote", "onsite" as const), customer: fc.constantFrom("member", "non-member" as const), requestedAt: instantArbitrary() },
    [],
    overrides,
  );
}

/**
 * Input of `classifyRequest`.
 *
 * @example
 * ```ts
 * fc.sample(classifyRequestInputArbitrary(), 1); //=> e.g. [{ category: "training", similarInLast30Days: 4 }]
 * classifyRequestInputArbitrary({ category: "training" });
 * ```
 */
export function classifyRequestInputArbitrary(overrides?: Overrides<ClassifyRequestInput>): Arbitrary<ClassifyRequestInput> {
  const fc = fastCheck();
  return recordWithOverrides(
    fc,
    "classifyRequestInputArbitrary",
    {
      category: fc.constantFrom(...IN_SCOPE_CATEGORIES, ...EXCLUDED_CATEGORIES, ...PROJECT_CATEGORIES, ...FAIR_USE_CATEGORIES),
      minutes: fc.integer({ min: 0, max: 600 }),
      tiedToIncident: fc.boolean(),
      similarInLast30Days: fc.integer({ min: 0, max: 10 }),
    },
    ["minutes", "tiedToIncident", "similarInLast30Days"],
    overrides,
  );
}

/** Options of {@link visitAllowanceInputArbitrary}, with overrides of any input field. */
export type VisitAllowanceArbitraryOptions = Overrides<VisitAllowanceInput> & {
  /** Longest membership generated, in years (default 4). */
  readonly maxYears?: number;
};

/**
 * A membership's visit-event history between `startDate` and `asOf`:
 * visits, up to 3 no-shows counted as a visit, suspensions, and at most one lapse or termination.
 * With `asOf` overridden, the start is drawn before it; events fall between the two.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(visitAllowanceInputArbitrary(), (i) => visitAllowance(i).bank <= 2));
 * visitAllowanceInputArbitrary({ plan: "home-yearly", asOf: "2026-12-31", maxYears: 2 });
 * ```
 */
export function visitAllowanceInputArbitrary(options: VisitAllowanceArbitraryOptions = {}): Arbitrary<VisitAllowanceInput> {
  const fc = fastCheck();
  const { maxYears, ...overrides } = options;
  const years = maxYears ?? 4;
  const unit = () => fc.double({ min: 0, max: 1, noNaN: true });
  return withOverrides<VisitAllowanceInput>(
    fc,
    "visitAllowanceInputArbitrary",
    {
      plan: planArbitrary(),
      startDate: calendarDateArbitrary({ min: "2020-01-01", max: "2030-12-31" }),
      span: fc.integer({ min: 0, max: years * 366 }),
      visits: fc.array(unit(), { maxLength: 12 }),
      noShows: fc.array(unit(), { maxLength: 3 }),
      suspensions: fc.array(fc.tuple(unit(), fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined })), { maxLength: 2 }),
      end: fc.option(fc.tuple(fc.constantFrom("lapsed", "terminated" as const), unit())),
    },
    overrides,
    (drawn) => {
      const { plan, visits, noShows, suspensions, end } = drawn.raw as {
        plan: Plan;
        visits: number[];
        noShows: number[];
        suspensions: [number, number | undefined][];
        end: ["lapsed" | "terminated", number] | null;
      };
      const [startDate, asOf] = datePair(drawn, "startDate", "asOf", drawn.raw.span as number);
      const span = Math.max(0, daysBetween(startDate, asOf));
      const at = (f: number) => addDays(startDate, Math.floor(f * span));
      const events: VisitAllowanceEvent[] = visits.map((f) => ({ type: "visit", date: at(f) }));
      for (const f of noShows) events.push({ type: "no-show", date: at(f) });
      for (const [f, len] of suspensions) {
        const from = at(f);
        events.push(len === undefined ? { type: "suspended", from } : { type: "suspended", from, to: addDays(from, len) });
      }
      if (end) events.push({ type: end[0], date: at(end[1]) });
      return { plan, startDate, asOf, events };
    },
  );
}

/**
 * Input of `billingPeriod` (`on` never before `startDate`, whichever is overridden).
 *
 * @example
 * ```ts
 * fc.assert(fc.property(billingPeriodInputArbitrary(), (i) => billingPeriod(i).start <= i.on));
 * billingPeriodInputArbitrary({ plan: "home-monthly", on: "2027-01-31" });
 * ```
 */
export function billingPeriodInputArbitrary(overrides?: Overrides<BillingPeriodInput>): Arbitrary<BillingPeriodInput> {
  const fc = fastCheck();
  return withOverrides<BillingPeriodInput>(
    fc,
    "billingPeriodInputArbitrary",
    { plan: planArbitrary(), startDate: calendarDateArbitrary(), offset: fc.integer({ min: 0, max: 3660 }) },
    overrides,
    (drawn) => {
      const [startDate, on] = datePair(drawn, "startDate", "on", drawn.raw.offset as number);
      return { plan: drawn.raw.plan, startDate, on };
    },
  );
}

/**
 * Input of `monthlyCancellation` (`requestedOn` never before `startDate`, whichever is overridden).
 *
 * @example
 * ```ts
 * fc.assert(fc.property(monthlyCancellationInputArbitrary(), (i) => monthlyCancellation(i).refund.cents === 0));
 * monthlyCancellationInputArbitrary({ startDate: "2026-01-31" });
 * ```
 */
export function monthlyCancellationInputArbitrary(overrides?: Overrides<MonthlyCancellationInput>): Arbitrary<MonthlyCancellationInput> {
  const fc = fastCheck();
  return withOverrides<MonthlyCancellationInput>(
    fc,
    "monthlyCancellationInputArbitrary",
    { startDate: calendarDateArbitrary(), offset: fc.integer({ min: 0, max: 3660 }) },
    overrides,
    (drawn) => {
      const [startDate, requestedOn] = datePair(drawn, "startDate", "requestedOn", drawn.raw.offset as number);
      return { startDate, requestedOn };
    },
  );
}

/**
 * A yearly-plan refund request, within or after the 14-day window
 * (`requestedOn` never before `purchasedOn`, whichever is overridden).
 *
 * @example
 * ```ts
 * fc.assert(fc.property(yearlyRefundInputArbitrary(), (i) => {
 *   const r = yearlyRefund(i);
 *   return r.refund.cents + r.retained.cents === Math.round(Number(i.amountPaid) * 100);
 * }));
 * yearlyRefundInputArbitrary({ amountPaid: "1188.00", servicesRendered: 0 });
 * ```
 */
export function yearlyRefundInputArbitrary(overrides?: Overrides<YearlyRefundInput>): Arbitrary<YearlyRefundInput> {
  const fc = fastCheck();
  return withOverrides<YearlyRefundInput>(
    fc,
    "yearlyRefundInputArbitrary",
    {
      purchasedOn: calendarDateArbitrary(),
      day: fc.integer({ min: 0, max: 30 }),
      amountPaid: moneyInputArbitrary(500_000),
      monthlyRate: moneyInputArbitrary(50_000),
      servicesRendered: fc.integer({ min: 0, max: 5 }),
      addOnDevices: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
      licenseCosts: fc.option(moneyInputArbitrary(50_000), { nil: undefined }),
      discounts: fc.option(moneyInputArbitrary(50_000), { nil: undefined }),
    },
    overrides,
    (drawn) => {
      const { amountPaid, monthlyRate, servicesRendered, addOnDevices, licenseCosts, discounts } = drawn.raw;
      const [purchasedOn, requestedOn] = datePair(drawn, "purchasedOn", "requestedOn", drawn.raw.day as number);
      return {
        purchasedOn,
        requestedOn,
        amountPaid,
        monthlyRate,
        servicesRendered,
        ...(addOnDevices === undefined ? {} : { addOnDevices }),
        ...(licenseCosts === undefined ? {} : { licenseCosts }),
        ...(discounts === undefined ? {} : { discounts }),
      };
    },
  );
}

/**
 * Input of `priceInForce`: a base price and dated changes, for a subscription renewal or a one-time booking.
 * An overridden `on` makes it a subscription, an overridden `bookedOn` a one-time booking (unless `kind` is overridden too).
 *
 * @example
 * ```ts
 * fc.sample(priceInForceInputArbitrary(), 1); //=> e.g. [{ kind: "subscription", basePrice: "29.00", changes: [...], on: "2027-03-01" }]
 * priceInForceInputArbitrary({ on: "2027-03-01" }); // subscriptions renewing that day
 * ```
 */
export function priceInForceInputArbitrary(overrides?: Overrides<PriceInForceInput>): Arbitrary<PriceInForceInput> {
  const fc = fastCheck();
  return withOverrides<PriceInForceInput>(
    fc,
    "priceInForceInputArbitrary",
    {
      kind: fc.constantFrom("subscription", "one-time" as const),
      basePrice: moneyInputArbitrary(100_000),
      announced: fc.uniqueArray(calendarDateArbitrary({ min: "2024-01-01", max: "2030-12-31" }), { maxLength: 4 }),
      prices: fc.array(moneyInputArbitrary(100_000), { minLength: 4, maxLength: 4 }),
      date: calendarDateArbitrary({ min: "2024-01-01", max: "2031-12-31" }),
    },
    overrides,
    ({ raw, has }) => {
      const { basePrice, announced, prices, date } = raw as { basePrice: unknown; announced: CalendarDate[]; prices: (string | number)[]; date: CalendarDate };
      const kind = has("kind")
        ? raw.kind
        : has("on") && raw.on !== undefined
          ? "subscription"
          : has("bookedOn") && raw.bookedOn !== undefined
            ? "one-time"
            : raw.kind;
      const changes = announced.map((announcedOn, i) => ({ price: prices[i] as string | number, announcedOn }));
      if (kind === "subscription") return { kind, basePrice, changes, on: date };
      // A one-time service not yet booked has `on` and no `bookedOn`.
      return has("on") && raw.on !== undefined ? { kind, basePrice, changes } : { kind, basePrice, changes, bookedOn: date };
    },
  );
}

/**
 * Input of `liabilityCap`: an event date and payments around it, as a claim of
 * any kind (not named, `direct`, `indirect`, or `data-loss` with its required
 * `functionalBackup` and maybe `backupAddOn`). Overriding `functionalBackup` or
 * `backupAddOn` alone makes the claim `data-loss`; payments fall around an overridden `eventDate`.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(liabilityCapInputArbitrary(), (i) => liabilityCap(i).cap.cents >= 0));
 * liabilityCapInputArbitrary({ claim: "data-loss", functionalBackup: false });
 * ```
 */
export function liabilityCapInputArbitrary(overrides?: Overrides<LiabilityCapInput>): Arbitrary<LiabilityCapInput> {
  const fc = fastCheck();
  return withOverrides<LiabilityCapInput>(
    fc,
    "liabilityCapInputArbitrary",
    {
      eventDate: calendarDateArbitrary({ min: "2021-01-01", max: "2034-12-31" }),
      paymentOffsets: fc.array(fc.record({ offset: fc.integer({ min: -200, max: 30 }), amount: moneyInputArbitrary(100_000) }), { maxLength: 12 }),
      claim: fc.option(fc.constantFrom("direct", "indirect", "data-loss" as const), { nil: undefined }),
      functionalBackup: fc.boolean(),
      backupAddOn: fc.option(fc.boolean(), { nil: undefined }),
    },
    overrides,
    ({ raw, has }) => {
      const { eventDate, paymentOffsets, functionalBackup, backupAddOn } = raw as {
        eventDate: CalendarDate;
        paymentOffsets: { offset: number; amount: string | number }[];
        functionalBackup: boolean;
        backupAddOn: boolean | undefined;
      };
      const claim = !has("claim") && (has("functionalBackup") || has("backupAddOn")) ? "data-loss" : raw.claim;
      return {
        eventDate,
        payments: paymentOffsets.map((p) => ({ date: addDays(eventDate, p.offset), amount: p.amount })),
        ...(claim === undefined ? {} : { claim }),
        ...(claim === "data-loss" ? { functionalBackup, ...(backupAddOn === undefined ? {} : { backupAddOn }) } : {}),
      };
    },
  );
}

/**
 * Input of `renewalCharge`: a plan, a day 0 … 3660 days after the signup, a
 * plan price, maybe 0 … 4 price changes announced on distinct days from 400
 * days before the signup to 3660 days after it, maybe 0 … 10 add-on devices.
 * `on` is never before `startDate`, whichever is overridden.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(renewalChargeInputArbitrary(), (i) => {
 *   const r = renewalCharge(i);
 *   return r.total.cents === r.lines.reduce((a, l) => a + l.amount.cents, 0);
 * }));
 * renewalChargeInputArbitrary({ plan: "office-yearly", addOnDevices: 3 });
 * ```
 */
export function renewalChargeInputArbitrary(overrides?: Overrides<RenewalChargeInput>): Arbitrary<RenewalChargeInput> {
  const fc = fastCheck();
  return withOverrides<RenewalChargeInput>(
    fc,
    "renewalChargeInputArbitrary",
    {
      plan: planArbitrary(),
      startDate: calendarDateArbitrary(),
      offset: fc.integer({ min: 0, max: 3660 }),
      planPrice: moneyInputArbitrary(100_000),
      announced: fc.option(fc.uniqueArray(fc.integer({ min: -400, max: 3660 }), { maxLength: 4 }), { nil: undefined }),
      prices: fc.array(moneyInputArbitrary(100_000), { minLength: 4, maxLength: 4 }),
      addOnDevices: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    },
    overrides,
    (drawn) => {
      const { plan, planPrice, announced, prices, addOnDevices } = drawn.raw as {
        plan: Plan;
        planPrice: string | number;
        announced: number[] | undefined;
        prices: (string | number)[];
        addOnDevices: number | undefined;
      };
      const [startDate, on] = datePair(drawn, "startDate", "on", drawn.raw.offset as number);
      return {
        plan,
        startDate,
        on,
        planPrice,
        ...(announced === undefined ? {} : { priceChanges: announced.map((d, i) => ({ price: prices[i] as string | number, announcedOn: addDays(startDate, d) })) }),
        ...(addOnDevices === undefined ? {} : { addOnDevices }),
      };
    },
  );
}
