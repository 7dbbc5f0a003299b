/**
 * The arbitraries a host property-tests against must really span the ranges
 * their documentation and their generators state: a generator that silently
 * narrowed (a bound dropped, an optional field never absent, one enum value
 * never produced) would leave a host's property tests blind to a whole class
 * of inputs while still passing. Each test samples a fixed number of values
 * with a fixed seed (reproducible) and checks that every value is in range
 * and that both ends of each range, and every enum value, actually appear.
 * fast-check biases integers towards their bounds, so with this seed 1000
 * (2000 for the widest ranges) samples reach both ends exactly.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { daysBetween, isCalendarDate } from "../core/calendar.js";
import { parseInstantString } from "../core/iso.js";
import { PLANS } from "../terms/tariff.js";
import { REQUEST_CATEGORIES } from "../terms/classify-request.js";
import {
  billingPeriodInputArbitrary,
  calendarDateArbitrary,
  classifyRequestInputArbitrary,
  deviceCoverageInputArbitrary,
  eligibilityInputArbitrary,
  instantArbitrary,
  liabilityCapInputArbitrary,
  monthlyCancellationInputArbitrary,
  moneyInputArbitrary,
  noShowInputArbitrary,
  overtimeInputArbitrary,
  planArbitrary,
  priceInForceInputArbitrary,
  quoteServiceInputArbitrary,
  renewalChargeInputArbitrary,
  slaInputArbitrary,
  visitAllowanceInputArbitrary,
  yearlyRefundInputArbitrary,
} from "./arbitraries.js";
import {
  accountChangeDeadlineInputArbitrary,
  ageRuleInputArbitrary,
  checkConsentInputArbitrary,
  collectionCheckInputArbitrary,
  marketingOptOutInputArbitrary,
  policyChangeInputArbitrary,
  profileNameArbitrary,
  retentionDecisionInputArbitrary,
  rightsRequestInputArbitrary,
  terminationWindowInputArbitrary,
} from "./privacy-arbitraries.js";
import { privacyProfiles } from "../privacy/profiles/index.js";
import { COLLECTION_ITEMS, GRANTS, JURISDICTIONS, PRIVACY_ACTIONS, PROFILE_NAMES } from "../privacy/schema.js";

/** 1000 values of `arb`, always the same ones (fixed seed). */
function sample<T>(arb: fc.Arbitrary<T>, numRuns = 1000): T[] {
  return fc.sample(arb, { numRuns, seed: 42 });
}

/** Smallest and largest of some numbers or date strings. */
function span<T extends number | string>(xs: readonly T[]): [T, T] {
  expect(xs.length).toBeGreaterThan(0);
  let lo = xs[0] as T;
  let hi = lo;
  for (const x of xs) {
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  return [lo, hi];
}

/** The distinct values seen, sorted. */
function seen<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)].sort();
}

/** Which of `keys` are present, absent or both across the samples. */
function presence(xs: readonly object[], key: string): { present: number; absent: number } {
  const present = xs.filter((x) => key in x).length;
  return { present, absent: xs.length - present };
}

const cents = (m: string | number) => (typeof m === "number" ? m * 100 : Number(m.replace(".", "")));

describe("calendar dates, instants, money and plans", () => {
  it("calendarDateArbitrary spans 2020-01-01 … 2035-12-31 by default, and exactly a given range", () => {
    const dates = sample(calendarDateArbitrary());
    expect(dates.every(isCalendarDate)).toBe(true);
    expect(span(dates)).toEqual(["2020-01-01", "2035-12-31"]);
    expect(seen(sample(calendarDateArbitrary({ min: "2026-02-27", max: "2026-03-01" }), 200))).toEqual(["2026-02-27", "2026-02-28", "2026-03-01"]);
    expect(seen(sample(calendarDateArbitrary({ min: "2024-02-29", max: "2024-02-29" }), 10))).toEqual(["2024-02-29"]);
  });

  it("instantArbitrary gives a Date, a Z string and a +00:00 string, from 2020-01-01 to 2035-12-31 UTC", () => {
    const xs = sample(instantArbitrary());
    const ms = xs.map((x) => (typeof x === "string" ? parseInstantString(x) : x.getTime()));
    expect(ms.every((m) => m !== null && Number.isFinite(m))).toBe(true);
    expect(span(ms as number[])).toEqual([Date.UTC(2020, 0, 1), Date.UTC(2035, 11, 31)]);
    expect(xs.some((x) => x instanceof Date)).toBe(true);
    const strings = xs.filter((x): x is string => typeof x === "string");
    expect(strings.every((s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}(Z|\+00:00)$/.test(s))).toBe(true);
    expect(strings.some((s) => s.endsWith("Z"))).toBe(true);
    expect(strings.some((s) => s.endsWith("+00:00"))).toBe(true);
  });

  it("moneyInputArbitrary gives two-decimal strings up to maxCents and whole dollars up to maxCents / 100", () => {
    for (const [max, top, topDollars] of [
      [1_000_000, "10000.00", 10_000],
      [12_345, "123.45", 123],
    ] as const) {
      const xs = max === 1_000_000 ? sample(moneyInputArbitrary()) : sample(moneyInputArbitrary(max));
      const strings = xs.filter((x): x is string => typeof x === "string");
      const numbers = xs.filter((x): x is number => typeof x === "number");
      expect(strings.every((s) => /^\d+\.\d{2}$/.test(s))).toBe(true);
      expect(numbers.every(Number.isInteger)).toBe(true);
      expect(span(strings.map(cents))).toEqual([0, max]);
      expect(strings).toContain("0.00");
      expect(strings).toContain(top);
      expect(span(numbers)).toEqual([0, topDollars]);
      // Cents below ten are zero-padded ("4.05"), never "4.5".
      expect(strings.some((s) => /\.0[1-9]$/.test(s))).toBe(true);
    }
  });

  it("planArbitrary gives every plan", () => {
    expect(seen(sample(planArbitrary(), 200))).toEqual([...PLANS].sort());
  });
});

describe("terms inputs", () => {
  it("eligibilityInputArbitrary: age 0 … 110 and zip always there, every ZIP, the approval flag present or absent", () => {
    const xs = sample(eligibilityInputArbitrary());
    expect(span(xs.map((x) => x.age))).toEqual([0, 110]);
    expect(seen(xs.map((x) => x.zip))).toEqual(["10001", "95630", "95661", "95678", "95747", "95814"]);
    expect(presence(xs, "age").absent).toBe(0);
    expect(presence(xs, "zip").absent).toBe(0);
    expect(seen(xs.map((x) => x.outsideAreaApproved))).toEqual([false, true, undefined]);
    expect(seen(xs.map((x) => x.mode))).toEqual(["onsite", "remote", undefined]);
  });

  it("deviceCoverageInputArbitrary: every plan, limit 0 … 10, every device kind, add-on flag present or absent", () => {
    const xs = sample(deviceCoverageInputArbitrary());
    expect(seen(xs.map((x) => x.plan))).toEqual([...PLANS].sort());
    expect(span(xs.map((x) => x.deviceLimit))).toEqual([0, 10]);
    const devices = xs.flatMap((x) => x.devices);
    expect(seen(devices.map((d) => d.kind))).toEqual(["desktop", "iot", "laptop", "printer", "tablet"]);
    expect(presence(devices, "kind").absent).toBe(0);
    expect(seen(devices.map((d) => d.addOn))).toEqual([false, true, undefined]);
    expect(span(xs.map((x) => x.devices.length))[0]).toBe(0);
    expect(xs.every((x) => x.devices.length <= 15)).toBe(true);
  });

  it("overtimeInputArbitrary: both modes, minutes 0 … 600, both roundings, grace 0 … 30, options present or absent", () => {
    const xs = sample(overtimeInputArbitrary());
    expect(seen(xs.map((x) => x.mode))).toEqual(["onsite", "remote"]);
    expect(span(xs.map((x) => x.minutes))).toEqual([0, 600]);
    expect(presence(xs, "mode").absent + presence(xs, "minutes").absent).toBe(0);
    expect(seen(xs.map((x) => x.rounding))).toEqual(["full", "started", undefined]);
    const grace = xs.map((x) => x.graceMinutes).filter((g): g is number => g !== undefined);
    expect(span(grace)).toEqual([0, 30]);
    expect(presence(xs, "graceMinutes").absent).toBeGreaterThan(0);
  });

  it("quoteServiceInputArbitrary: included visit only on site for a member, a trip fee only on site outside the service area, approvals consistent (T18)", () => {
    const xs = sample(quoteServiceInputArbitrary());
    expect(span(xs.map((x) => x.minutes))).toEqual([0, 600]);
    expect(seen(xs.map((x) => x.mode))).toEqual(["onsite", "remote"]);
    expect(seen(xs.map((x) => x.customer))).toEqual(["member", "non-member"]);
    for (const x of xs) {
      expect("includedVisit" in x, JSON.stringify(x)).toBe(x.mode === "onsite" && x.customer === "member");
      if ("tripFee" in x) expect(x.mode === "onsite" && x.zip !== undefined && !["95661", "95678", "95747"].includes(x.zip), JSON.stringify(x)).toBe(true);
      if (x.mode === "onsite" && x.outsideAreaApproved === true) expect("tripFee" in x, JSON.stringify(x)).toBe(true);
      if (x.outsideAreaApproved === false) expect("tripFee" in x, JSON.stringify(x)).toBe(false);
    }
    // T18: remote sessions outside the area with and without approval; on-site work outside the area with and without its trip fee.
    const outside = (x: (typeof xs)[number]) => x.zip !== undefined && !["95661", "95678", "95747"].includes(x.zip);
    const remoteOutside = xs.filter((x) => x.mode === "remote" && outside(x));
    expect(seen(remoteOutside.map((x) => x.outsideAreaApproved))).toEqual([false, true, undefined]);
    const onsiteOutside = xs.filter((x) => x.mode === "onsite" && outside(x));
    expect(presence(onsiteOutside, "tripFee").present).toBeGreaterThan(0);
    expect(presence(onsiteOutside, "tripFee").absent).toBeGreaterThan(0);
    expect(seen(onsiteOutside.map((x) => x.outsideAreaApproved))).toEqual([false, true, undefined]);
    expect(presence(xs.filter((x) => x.mode === "remote"), "zip").present).toBeGreaterThan(0);
    expect(seen(xs.map((x) => x.includedVisit))).toEqual([false, true, undefined]);
    const onsite = xs.filter((x) => x.mode === "onsite");
    expect(presence(onsite, "zip").present).toBeGreaterThan(0);
    expect(presence(onsite, "zip").absent).toBeGreaterThan(0);
    const fees = xs.map((x) => x.tripFee).filter((f): f is string | number => f !== undefined);
    expect(Math.max(...fees.map(cents))).toBe(50_000);
  });

  it("noShowInputArbitrary: a cancellation from 2 h after to 72 h before the appointment, or none; every flag present or absent", () => {
    const xs = sample(noShowInputArbitrary());
    const start = xs.map((x) => parseInstantString(x.appointmentAt as string) as number);
    expect(span(start)).toEqual([Date.UTC(2020, 0, 1), Date.UTC(2035, 11, 31)]);
    const notice = xs.flatMap((x, i) => (x.canceledAt === undefined ? [] : [((start[i] as number) - (parseInstantString(x.canceledAt as string) as number)) / 60_000]));
    expect(span(notice)).toEqual([-120, 72 * 60]);
    expect(presence(xs, "canceledAt").absent).toBeGreaterThan(0);
    expect(seen(xs.map((x) => x.noAccessOnArrival))).toEqual([false, true, undefined]);
    expect(seen(xs.map((x) => x.resolution))).toEqual(["count-visit", "fee", undefined]);
    expect(seen(xs.map((x) => x.includedVisitAvailable))).toEqual([false, true, undefined]);
    // T19: no access on arrival never comes with a cancellation 24 h or more ahead (contradictory input), but does with shorter notice.
    const noAccessNotice = xs.flatMap((x, i) =>
      x.canceledAt === undefined || x.noAccessOnArrival !== true ? [] : [((start[i] as number) - (parseInstantString(x.canceledAt as string) as number)) / 60_000],
    );
    expect(noAccessNotice.length).toBeGreaterThan(0);
    expect(Math.max(...noAccessNotice)).toBeLessThan(24 * 60);
    // An absent option is left out, never present as `undefined` (a host's own strict schema may refuse that).
    for (const x of xs) expect(Object.entries(x).filter(([, v]) => v === undefined), JSON.stringify(x)).toEqual([]);
  });

  it("slaInputArbitrary: both modes, both customers, a valid instant", () => {
    const xs = sample(slaInputArbitrary(), 300);
    expect(seen(xs.map((x) => x.mode))).toEqual(["onsite", "remote"]);
    expect(seen(xs.map((x) => x.customer))).toEqual(["member", "non-member"]);
    expect(xs.every((x) => x.requestedAt instanceof Date || parseInstantString(x.requestedAt) !== null)).toBe(true);
  });

  it("classifyRequestInputArbitrary: every category, minutes 0 … 600, up to 10 similar requests, options present or absent", () => {
    const xs = sample(classifyRequestInputArbitrary(), 2000);
    expect(seen(xs.map((x) => x.category))).toEqual([...REQUEST_CATEGORIES].sort());
    expect(presence(xs, "category").absent).toBe(0);
    expect(span(xs.flatMap((x) => (x.minutes === undefined ? [] : [x.minutes])))).toEqual([0, 600]);
    expect(span(xs.flatMap((x) => (x.similarInLast30Days === undefined ? [] : [x.similarInLast30Days])))).toEqual([0, 10]);
    expect(seen(xs.map((x) => x.tiedToIncident))).toEqual([false, true, undefined]);
    expect(presence(xs, "minutes").absent).toBeGreaterThan(0);
  });

  it("visitAllowanceInputArbitrary: asOf 0 … 4 × 366 days after a start in 2020 … 2030, events inside that span", () => {
    const xs = sample(visitAllowanceInputArbitrary());
    expect(seen(xs.map((x) => x.plan))).toEqual([...PLANS].sort());
    expect(span(xs.map((x) => x.startDate))).toEqual(["2020-01-01", "2030-12-31"]);
    expect(span(xs.map((x) => daysBetween(x.startDate, x.asOf)))).toEqual([0, 4 * 366]);
    const events = xs.flatMap((x) => (x.events ?? []).map((e) => ({ x, e })));
    expect(seen(events.map(({ e }) => e.type))).toEqual(["lapsed", "no-show", "suspended", "terminated", "visit"]);
    expect(Math.max(...xs.map((x) => (x.events ?? []).filter((e) => e.type === "no-show").length))).toBe(3);
    for (const { x, e } of events) {
      const day = e.type === "suspended" ? e.from : e.date;
      expect(day >= x.startDate && day <= x.asOf, JSON.stringify(x)).toBe(true);
    }
    const suspensions = events.flatMap(({ e }) => (e.type === "suspended" ? [e] : []));
    expect(span(suspensions.flatMap((s) => (s.to === undefined ? [] : [daysBetween(s.from, s.to)])))).toEqual([0, 120]);
    expect(suspensions.some((s) => s.to === undefined)).toBe(true);
    expect(Math.max(...xs.map((x) => (x.events ?? []).filter((e) => e.type === "visit").length))).toBeGreaterThan(1);
    expect(Math.max(...xs.map((x) => (x.events ?? []).filter((e) => e.type === "suspended").length))).toBe(2);
    expect(xs.every((x) => (x.events ?? []).filter((e) => e.type === "lapsed" || e.type === "terminated").length <= 1)).toBe(true);
    // Events are spread over the whole span: on the start date, on asOf, and strictly between.
    expect(events.some(({ x, e }) => e.type === "visit" && e.date === x.startDate && x.asOf > x.startDate)).toBe(true);
    expect(events.some(({ x, e }) => e.type === "visit" && e.date === x.asOf && x.asOf > x.startDate)).toBe(true);
    expect(events.some(({ x, e }) => e.type === "visit" && e.date > x.startDate && e.date < x.asOf)).toBe(true);
    expect(span(sample(visitAllowanceInputArbitrary({ maxYears: 1 }), 500).map((x) => daysBetween(x.startDate, x.asOf)))).toEqual([0, 366]);
  });

  it("billingPeriodInputArbitrary and monthlyCancellationInputArbitrary: the day asked about is 0 … 3660 days after the start", () => {
    const periods = sample(billingPeriodInputArbitrary(), 2000);
    expect(seen(periods.map((x) => x.plan))).toEqual([...PLANS].sort());
    expect(span(periods.map((x) => daysBetween(x.startDate, x.on)))).toEqual([0, 3660]);
    expect(span(periods.map((x) => x.startDate))).toEqual(["2020-01-01", "2035-12-31"]);
    const cancels = sample(monthlyCancellationInputArbitrary(), 2000);
    expect(span(cancels.map((x) => daysBetween(x.startDate, x.requestedOn)))).toEqual([0, 3660]);
    expect(span(cancels.map((x) => x.startDate))).toEqual(["2020-01-01", "2035-12-31"]);
  });

  it("yearlyRefundInputArbitrary: requests from day 0 to day 30, every optional amount present or absent", () => {
    const xs = sample(yearlyRefundInputArbitrary());
    expect(span(xs.map((x) => daysBetween(x.purchasedOn, x.requestedOn)))).toEqual([0, 30]);
    expect(span(xs.map((x) => x.servicesRendered as number))).toEqual([0, 5]);
    expect(span(xs.flatMap((x) => (x.addOnDevices === undefined ? [] : [x.addOnDevices])))).toEqual([0, 5]);
    expect(Math.max(...xs.map((x) => cents(x.amountPaid)))).toBe(500_000);
    expect(Math.max(...xs.map((x) => cents(x.monthlyRate)))).toBe(50_000);
    for (const key of ["addOnDevices", "licenseCosts", "discounts"]) {
      expect(presence(xs, key).present, key).toBeGreaterThan(0);
      expect(presence(xs, key).absent, key).toBeGreaterThan(0);
    }
    expect(xs.every((x) => Object.values(x).every((v) => v !== undefined))).toBe(true);
    expect(Math.max(...xs.flatMap((x) => [x.licenseCosts, x.discounts].filter((v) => v !== undefined).map((v) => cents(v as string | number))))).toBe(50_000);
  });

  it("priceInForceInputArbitrary: a renewal (`on`) or a booking (`bookedOn`), 0 … 4 changes announced on distinct days of 2024 … 2030", () => {
    const xs = sample(priceInForceInputArbitrary());
    for (const x of xs) {
      expect("on" in x, JSON.stringify(x)).toBe(x.kind === "subscription");
      expect("bookedOn" in x, JSON.stringify(x)).toBe(x.kind === "one-time");
      const days = x.changes.map((c) => c.announcedOn);
      expect(new Set(days).size).toBe(days.length);
      expect(x.changes.every((c) => c.price !== undefined)).toBe(true);
    }
    expect(seen(xs.map((x) => x.kind))).toEqual(["one-time", "subscription"]);
    expect(span(xs.map((x) => x.changes.length))).toEqual([0, 4]);
    expect(span(xs.flatMap((x) => x.changes.map((c) => c.announcedOn)))).toEqual(["2024-01-01", "2030-12-31"]);
    expect(span(xs.map((x) => ("on" in x ? x.on : x.bookedOn) as string))).toEqual(["2024-01-01", "2031-12-31"]);
    expect(Math.max(...xs.map((x) => cents(x.basePrice)))).toBe(100_000);
    expect(Math.max(...xs.flatMap((x) => x.changes.map((c) => cents(c.price))))).toBe(100_000);
  });

  it("liabilityCapInputArbitrary: an event in 2021 … 2034 and payments from 200 days before to 30 days after it", () => {
    const xs = sample(liabilityCapInputArbitrary());
    expect(span(xs.map((x) => x.eventDate))).toEqual(["2021-01-01", "2034-12-31"]);
    expect(span(xs.flatMap((x) => x.payments.map((p) => daysBetween(x.eventDate, p.date))))).toEqual([-200, 30]);
    expect(span(xs.map((x) => x.payments.length))[0]).toBe(0);
    expect(Math.max(...xs.map((x) => x.payments.length))).toBeGreaterThan(1);
    expect(Math.max(...xs.flatMap((x) => x.payments.map((p) => cents(p.amount))))).toBe(100_000);
  });

  it("liabilityCapInputArbitrary: every kind of claim, a data-loss claim always with functionalBackup, flags only on data-loss claims", () => {
    const xs = sample(liabilityCapInputArbitrary());
    expect(seen(xs.map((x) => x.claim ?? "none"))).toEqual(["data-loss", "direct", "indirect", "none"]);
    for (const x of xs) {
      expect("functionalBackup" in x, JSON.stringify(x)).toBe(x.claim === "data-loss");
      if (x.claim !== "data-loss") expect("backupAddOn" in x).toBe(false);
    }
    const losses = xs.filter((x) => x.claim === "data-loss");
    expect(seen(losses.map((x) => x.functionalBackup))).toEqual([false, true]);
    expect(seen(losses.map((x) => String(x.backupAddOn)))).toEqual(["false", "true", "undefined"]);
    expect(xs.every((x) => Object.values(x).every((v) => v !== undefined))).toBe(true);
  });

  it("renewalChargeInputArbitrary: `on` 0 … 3660 days after the start, 0 … 4 changes on distinct days from 400 days before it, 0 … 10 add-ons", () => {
    const xs = sample(renewalChargeInputArbitrary(), 2000);
    expect(seen(xs.map((x) => x.plan))).toEqual([...PLANS].sort());
    expect(span(xs.map((x) => daysBetween(x.startDate, x.on)))).toEqual([0, 3660]);
    const changes = xs.filter((x) => x.priceChanges !== undefined);
    expect(span(changes.map((x) => x.priceChanges?.length ?? -1))).toEqual([0, 4]);
    expect(span(changes.flatMap((x) => (x.priceChanges ?? []).map((c) => daysBetween(x.startDate, c.announcedOn))))).toEqual([-400, 3660]);
    for (const x of changes) expect(new Set(x.priceChanges?.map((c) => c.announcedOn)).size).toBe(x.priceChanges?.length);
    expect(span(xs.filter((x) => x.addOnDevices !== undefined).map((x) => x.addOnDevices as number))).toEqual([0, 10]);
    for (const key of ["priceChanges", "addOnDevices"]) {
      expect(presence(xs, key).present, key).toBeGreaterThan(0);
      expect(presence(xs, key).absent, key).toBeGreaterThan(0);
    }
    expect(Math.max(...xs.map((x) => cents(x.planPrice)))).toBe(100_000);
    expect(xs.every((x) => Object.values(x).every((v) => v !== undefined))).toBe(true);
  });
});

describe("privacy inputs", () => {
  it("profileNameArbitrary gives all four shipped profiles", () => {
    expect(seen(sample(profileNameArbitrary(), 200))).toEqual([...PROFILE_NAMES].sort());
  });

  it("ageRuleInputArbitrary: age 0 … 100 always there, the profile present or absent", () => {
    const xs = sample(ageRuleInputArbitrary());
    expect(presence(xs, "age").absent).toBe(0);
    expect(span(xs.map((x) => x.age))).toEqual([0, 100]);
    expect(seen(xs.map((x) => x.profile))).toEqual([...[...PROFILE_NAMES].sort(), undefined]);
  });

  it("checkConsentInputArbitrary: every action, up to three distinct grants, age 0 … 100, every option present or absent", () => {
    const xs = sample(checkConsentInputArbitrary(), 2000);
    expect(seen(xs.map((x) => x.action))).toEqual([...PRIVACY_ACTIONS].sort());
    expect(presence(xs, "action").absent).toBe(0);
    const granted = xs.flatMap((x) => (x.granted === undefined ? [] : [x.granted]));
    expect(seen(granted.flat())).toEqual([...GRANTS].sort());
    expect(granted.every((g) => new Set(g).size === g.length)).toBe(true);
    expect(span(granted.map((g) => g.length))).toEqual([0, 3]);
    expect(span(xs.flatMap((x) => (x.age === undefined ? [] : [x.age])))).toEqual([0, 100]);
    for (const key of ["profile", "granted", "optedOut", "gpc", "age", "pixelsEnabled", "integrationEnabled", "on", "membershipEndedOn"]) {
      expect(presence(xs, key).present, key).toBeGreaterThan(0);
      expect(presence(xs, key).absent, key).toBeGreaterThan(0);
    }
    expect(seen(xs.map((x) => x.gpc))).toEqual([false, true, undefined]);
    // T21: membershipEndedOn only with `on`, before, on and after it.
    const ended = xs.filter((x) => x.membershipEndedOn !== undefined);
    expect(ended.every((x) => x.on !== undefined)).toBe(true);
    expect(span(ended.map((x) => daysBetween(x.on as string, x.membershipEndedOn as string)))).toEqual([-400, 400]);
  });

  it("rightsRequestInputArbitrary: every right each profile offers, the default profile when none is named, `extended` only when true", () => {
    const xs = sample(rightsRequestInputArbitrary(), 2000);
    for (const name of [...PROFILE_NAMES, undefined]) {
      const offered = privacyProfiles[name ?? "relument"].rights.offered.map((o) => o.right);
      const rights = xs.filter((x) => x.profile === name).map((x) => x.right);
      expect(seen(rights), String(name)).toEqual(seen(offered));
    }
    expect(presence(xs, "profile").absent).toBeGreaterThan(0);
    expect(seen(xs.map((x) => x.extended))).toEqual([true, undefined]);
    expect(span(xs.map((x) => x.receivedOn))).toEqual(["2020-01-01", "2035-12-31"]);
  });

  it("rightsRequestInputArbitrary: consumers and agents (P5), signed permission only on an agent's request, with and without", () => {
    const xs = sample(rightsRequestInputArbitrary(), 2000);
    expect(seen(xs.map((x) => x.submittedBy))).toEqual(["agent", "consumer", undefined]);
    expect(seen(xs.filter((x) => x.submittedBy === "agent").map((x) => x.signedPermission))).toEqual([false, true, undefined]);
    expect(xs.filter((x) => x.submittedBy !== "agent").every((x) => !("signedPermission" in x))).toBe(true);
  });

  it("collectionCheckInputArbitrary: every item, each profile or the default, `baa` and `optedIn` present or absent", () => {
    const xs = sample(collectionCheckInputArbitrary(), 2000);
    expect(seen(xs.map((x) => x.item))).toEqual([...COLLECTION_ITEMS].sort());
    expect(seen(xs.map((x) => x.profile))).toEqual([...[...PROFILE_NAMES].sort(), undefined]);
    expect(seen(xs.map((x) => x.baa))).toEqual([false, true, undefined]);
    expect(seen(xs.map((x) => x.optedIn))).toEqual([false, true, undefined]);
  });

  it("accountChangeDeadlineInputArbitrary: an instant of 2020 … 2035 always there, each profile or the default", () => {
    const xs = sample(accountChangeDeadlineInputArbitrary());
    expect(presence(xs, "requestedAt").absent).toBe(0);
    for (const x of xs) expect(parseInstantString(x.requestedAt instanceof Date ? x.requestedAt.toISOString() : x.requestedAt)).not.toBeNull();
    expect(seen(xs.map((x) => x.profile))).toEqual([...[...PROFILE_NAMES].sort(), undefined]);
  });

  it("retentionDecisionInputArbitrary: every category of each profile, closure 0 … 4000 and request 0 … 400 days before asOf, or none", () => {
    const xs = sample(retentionDecisionInputArbitrary(), 2000);
    for (const name of PROFILE_NAMES) {
      const categories = privacyProfiles[name].retention.categories.map((c) => c.id);
      expect(seen(xs.filter((x) => x.profile === name).map((x) => x.category)), name).toEqual(seen(categories));
    }
    expect(span(xs.map((x) => x.asOf))).toEqual(["2024-01-01", "2035-12-31"]);
    expect(span(xs.flatMap((x) => (x.accountClosedOn === undefined ? [] : [daysBetween(x.accountClosedOn, x.asOf)])))).toEqual([0, 4000]);
    expect(span(xs.flatMap((x) => (x.deletionRequestedOn === undefined ? [] : [daysBetween(x.deletionRequestedOn, x.asOf)])))).toEqual([0, 400]);
    for (const key of ["accountClosedOn", "deletionRequestedOn"]) expect(presence(xs, key).absent, key).toBeGreaterThan(0);
    expect(seen(xs.map((x) => x.legalHold))).toEqual([false, true, undefined]);
    expect(xs.every((x) => Object.values(x).every((v) => v !== undefined))).toBe(true);
  });

  it("marketingOptOutInputArbitrary: both channels and the date always there, every jurisdiction, profile present or absent", () => {
    const xs = sample(marketingOptOutInputArbitrary());
    expect(seen(xs.map((x) => x.channel))).toEqual(["email", "sms"]);
    expect(presence(xs, "channel").absent + presence(xs, "optedOutOn").absent).toBe(0);
    expect(seen(xs.map((x) => x.jurisdiction))).toEqual([...[...JURISDICTIONS].sort(), undefined]);
    expect(presence(xs, "profile").absent).toBeGreaterThan(0);
  });

  it("policyChangeInputArbitrary: both kinds of change and the notice day always there, both termination readings or none", () => {
    const xs = sample(policyChangeInputArbitrary());
    expect(seen(xs.map((x) => x.change))).toEqual(["material", "minor"]);
    expect(presence(xs, "noticeOn").absent + presence(xs, "change").absent).toBe(0);
    expect(seen(xs.map((x) => x.terminationFrom))).toEqual(["effective", "notice", undefined]);
    expect(seen(xs.map((x) => x.profile))).toEqual([...[...PROFILE_NAMES].sort(), undefined]);
  });

  it("terminationWindowInputArbitrary: effective 0 … 60 and request 0 … 90 days after the notice; profile and reading present or absent", () => {
    const xs = sample(terminationWindowInputArbitrary());
    expect(span(xs.map((x) => daysBetween(x.noticeOn, x.effectiveOn as string)))).toEqual([0, 60]);
    expect(span(xs.map((x) => daysBetween(x.noticeOn, x.requestedOn)))).toEqual([0, 90]);
    expect(seen(xs.map((x) => x.from))).toEqual(["effective", "notice", undefined]);
    expect(seen(xs.map((x) => x.profile))).toEqual([...[...PROFILE_NAMES].sort(), undefined]);
    expect(xs.every((x) => Object.values(x).every((v) => v !== undefined))).toBe(true);
  });
});

describe("list lengths under fast-check's largest size", () => {
  /** Samples with fast-check's global `baseSize` set to "xlarge" (how a host asks for the longest lists), then restores it. */
  function sampleAtMaxSize<T>(arb: () => fc.Arbitrary<T>, numRuns = 300): T[] {
    const previous = fc.readConfigureGlobal();
    fc.configureGlobal({ ...previous, baseSize: "xlarge" });
    try {
      return sample(arb(), numRuns);
    } finally {
      fc.configureGlobal(previous);
    }
  }

  it("lists stop at their stated maximum: 15 devices, 12 visits, 12 payments", () => {
    expect(Math.max(...sampleAtMaxSize(deviceCoverageInputArbitrary).map((x) => x.devices.length))).toBe(15);
    expect(Math.max(...sampleAtMaxSize(visitAllowanceInputArbitrary).map((x) => (x.events ?? []).filter((e) => e.type === "visit").length))).toBe(12);
    expect(Math.max(...sampleAtMaxSize(liabilityCapInputArbitrary).map((x) => x.payments.length))).toBe(12);
  });
});
