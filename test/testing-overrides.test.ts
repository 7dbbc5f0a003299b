/**
 * Overrides of the testing kit's arbitraries (`quoteServiceInputArbitrary({ mode: "remote" })`):
 * for every rule, overridden fields hold the given value (or one of the given arbitrary's),
 * `undefined` leaves a field out, and every input generated is still valid: the rule accepts it.
 * The overrides below are the ones that make other generated fields inconsistent unless the
 * arbitrary adjusts them (an approval without its trip fee, a date before its start, a right the
 * profile does not offer, …).
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import * as api from "../src/index.js";
import * as arb from "../src/testing/index.js";
import { privacyProfiles } from "../src/privacy/profiles/index.js";
import { PROFILE_NAMES } from "../src/privacy/schema.js";
import { isArbitrary } from "../src/testing/overrides.js";
import { daysBetween } from "../src/core/calendar.js";

type Factory = (overrides?: never) => fc.Arbitrary<object>;
interface Case {
  readonly rule: keyof typeof api;
  readonly arbitrary: Factory;
  readonly overrides: readonly Record<string, unknown>[];
  /** Further checks of one input generated with `overrides[i]`. */
  readonly check?: (input: Record<string, unknown>, overrides: Record<string, unknown>) => void;
}

const OUTSIDE = ["95814", "95630", "10001"];
const rights = [...new Set(PROFILE_NAMES.flatMap((p) => privacyProfiles[p].rights.offered.map((o) => o.right as string)))];
const categories = [...new Set(PROFILE_NAMES.flatMap((p) => privacyProfiles[p].retention.categories.map((c) => c.id as string)))];

const cases: Case[] = [
  { rule: "checkEligibility", arbitrary: arb.eligibilityInputArbitrary as Factory, overrides: [{ mode: "remote", zip: "10001" }, { outsideAreaApproved: undefined, mode: undefined }] },
  { rule: "deviceCoverage", arbitrary: arb.deviceCoverageInputArbitrary as Factory, overrides: [{ deviceLimit: 0 }, { plan: "office-monthly", devices: fc.constant([]) }] },
  { rule: "overtimeCharge", arbitrary: arb.overtimeInputArbitrary as Factory, overrides: [{ mode: "onsite", minutes: fc.integer({ min: 91, max: 240 }) }, { rounding: undefined, graceMinutes: 10 }] },
  {
    rule: "quoteService",
    arbitrary: arb.quoteServiceInputArbitrary as Factory,
    overrides: [
      { mode: "remote" },
      { mode: "onsite" },
      { mode: "onsite", outsideAreaApproved: true },
      { outsideAreaApproved: true },
      { outsideAreaApproved: false },
      { tripFee: "20.00" },
      { tripFee: fc.constantFrom("0.14", 25) },
      { mode: "onsite", outsideAreaApproved: true, tripFee: undefined },
      { mode: "onsite", zip: fc.constantFrom(...OUTSIDE) },
      { mode: "onsite", customer: "member", includedVisit: true },
      { customer: "non-member", minutes: fc.integer({ min: 61, max: 90 }) },
      { zip: undefined },
      { tripFee: undefined },
      { mode: "onsite", tripFee: "20.00", outsideAreaApproved: undefined },
      { mode: "onsite", zip: "10001", outsideAreaApproved: undefined },
    ],
    check: (input, o) => {
      if (o.mode === "remote") expect(input).not.toHaveProperty("includedVisit");
      if (input.outsideAreaApproved === false) expect(input).not.toHaveProperty("tripFee");
      if (o.outsideAreaApproved === true && input.mode === "onsite" && o.tripFee === undefined && "tripFee" in o) expect(["95661", "95678", "95747"]).toContain(input.zip);
    },
  },
  {
    rule: "noShowCharge",
    arbitrary: arb.noShowInputArbitrary as Factory,
    overrides: [
      { appointmentAt: "2026-06-10T10:00:00-07:00" },
      { appointmentAt: new Date("2026-06-10T17:00:00Z"), noAccessOnArrival: true },
      { noAccessOnArrival: true },
      { appointmentAt: "2026-06-10T10:00:00-07:00", canceledAt: fc.constantFrom("2026-06-08T10:00:00-07:00", "2026-06-10T09:00:00-07:00") },
      { canceledAt: undefined, resolution: "count-visit" },
    ],
    check: (input, o) => {
      if ("appointmentAt" in o && !("canceledAt" in o) && input.canceledAt !== undefined) {
        const notice = (Date.parse(String(o.appointmentAt instanceof Date ? o.appointmentAt.toISOString() : o.appointmentAt)) - Date.parse(input.canceledAt as string)) / 60_000;
        expect(notice).toBeGreaterThanOrEqual(-120);
        expect(notice).toBeLessThanOrEqual(72 * 60);
      }
    },
  },
  { rule: "slaTarget", arbitrary: arb.slaInputArbitrary as Factory, overrides: [{ customer: "member", mode: "onsite" }, { requestedAt: "2026-12-24T16:59:00-08:00" }] },
  { rule: "classifyRequest", arbitrary: arb.classifyRequestInputArbitrary as Factory, overrides: [{ category: "training" }, { minutes: 0, tiedToIncident: undefined }] },
  {
    rule: "visitAllowance",
    arbitrary: arb.visitAllowanceInputArbitrary as Factory,
    overrides: [{ asOf: "2026-12-31" }, { startDate: "2026-01-31" }, { plan: "home-yearly", maxYears: 1 }, { startDate: "2025-01-01", asOf: "2026-06-30" }, { events: [] }],
    check: (input, o) => {
      expect(input).not.toHaveProperty("maxYears");
      if (o.maxYears === 1) expect(daysBetween(input.startDate as string, input.asOf as string)).toBeLessThanOrEqual(366);
      if (o.asOf !== undefined && o.startDate === undefined) expect((input.startDate as string) <= (o.asOf as string)).toBe(true);
    },
  },
  { rule: "billingPeriod", arbitrary: arb.billingPeriodInputArbitrary as Factory, overrides: [{ on: "2027-01-31" }, { startDate: "2026-01-31" }, { plan: "home-monthly" }] },
  { rule: "monthlyCancellation", arbitrary: arb.monthlyCancellationInputArbitrary as Factory, overrides: [{ requestedOn: "2026-03-01" }, { startDate: "2026-01-31" }] },
  {
    rule: "yearlyRefund",
    arbitrary: arb.yearlyRefundInputArbitrary as Factory,
    overrides: [{ requestedOn: "2026-01-10" }, { purchasedOn: "2026-01-01" }, { amountPaid: "1188.00", servicesRendered: 0 }, { discounts: undefined, licenseCosts: 0 }],
  },
  {
    rule: "priceInForce",
    arbitrary: arb.priceInForceInputArbitrary as Factory,
    overrides: [{ on: "2027-03-01" }, { bookedOn: "2027-03-01" }, { kind: "one-time", on: "2027-03-01" }, { kind: "subscription" }, { changes: [] }],
    check: (input, o) => {
      if ("on" in o && !("kind" in o)) expect(input.kind).toBe("subscription");
      if ("bookedOn" in o) expect(input.kind).toBe("one-time");
      if (o.kind === "one-time" && "on" in o) expect(input).not.toHaveProperty("bookedOn");
    },
  },
  {
    rule: "liabilityCap",
    arbitrary: arb.liabilityCapInputArbitrary as Factory,
    overrides: [{ functionalBackup: false }, { backupAddOn: true }, { claim: "data-loss" }, { claim: "indirect" }, { eventDate: "2026-06-30" }, { payments: [] }],
    check: (input, o) => {
      if (!("claim" in o) && ("functionalBackup" in o || "backupAddOn" in o)) expect(input.claim).toBe("data-loss");
      if (input.claim === "data-loss") expect(typeof input.functionalBackup).toBe("boolean");
    },
  },
  { rule: "renewalCharge", arbitrary: arb.renewalChargeInputArbitrary as Factory, overrides: [{ on: "2027-01-01" }, { startDate: "2026-01-31", addOnDevices: 3 }, { plan: "office-yearly" }] },
  { rule: "ageRule", arbitrary: arb.ageRuleInputArbitrary as Factory, overrides: [{ age: fc.integer({ min: 0, max: 15 }) }, { profile: undefined }] },
  {
    rule: "checkConsent",
    arbitrary: arb.checkConsentInputArbitrary as Factory,
    overrides: [{ action: "rmm-install", membershipEndedOn: "2026-06-30" }, { on: undefined }, { on: "2026-07-01" }, { profile: "relaso", gpc: true }],
    check: (input, o) => {
      if ("membershipEndedOn" in o) expect(input.on).toBeDefined();
      if (o.on === undefined && "on" in o) expect(input).not.toHaveProperty("membershipEndedOn");
    },
  },
  {
    rule: "rightsRequestDeadlines",
    arbitrary: arb.rightsRequestInputArbitrary as Factory,
    overrides: [...rights.map((right) => ({ right })), { profile: "relaso" }, { signedPermission: true }, { submittedBy: "consumer" }, { profile: fc.constantFrom(...PROFILE_NAMES) }],
    check: (input, o) => {
      if ("signedPermission" in o) expect(input.submittedBy).toBe("agent");
      const offered = privacyProfiles[(input.profile as (typeof PROFILE_NAMES)[number] | undefined) ?? "relument"].rights.offered.map((r) => r.right as string);
      expect(offered).toContain(input.right);
    },
  },
  {
    rule: "retentionDecision",
    arbitrary: arb.retentionDecisionInputArbitrary as Factory,
    overrides: [...categories.map((category) => ({ category })), { profile: "reliom" }, { asOf: "2030-01-01", legalHold: true }],
  },
  { rule: "marketingOptOutDeadline", arbitrary: arb.marketingOptOutInputArbitrary as Factory, overrides: [{ channel: "email" }, { jurisdiction: undefined, profile: "relaso" }] },
  { rule: "policyChangeEffective", arbitrary: arb.policyChangeInputArbitrary as Factory, overrides: [{ change: "material" }, { terminationFrom: "effective" }] },
  {
    rule: "terminationWindow",
    arbitrary: arb.terminationWindowInputArbitrary as Factory,
    overrides: [{ effectiveOn: "2027-02-01" }, { effectiveOn: undefined }, { requestedOn: "2027-02-01" }, { from: "effective" }, { noticeOn: "2027-01-01", profile: "relaso" }],
    check: (input) => {
      if (input.effectiveOn !== undefined) expect((input.effectiveOn as string) >= (input.noticeOn as string)).toBe(true);
    },
  },
  { rule: "collectionCheck", arbitrary: arb.collectionCheckInputArbitrary as Factory, overrides: [{ profile: "relenta" }, { baa: true, optedIn: undefined }] },
  { rule: "accountChangeDeadline", arbitrary: arb.accountChangeDeadlineInputArbitrary as Factory, overrides: [{ profile: "relaso" }, { requestedAt: new Date("2026-03-08T09:30:00Z") }] },
];

describe("arbitraries accept overrides of any input field and stay valid", () => {
  it("every public rule has override cases here", () => {
    const covered = new Set(cases.map((c) => c.rule));
    for (const rule of ["checkEligibility", "quoteService", "noShowCharge", "visitAllowance", "priceInForce", "liabilityCap", "rightsRequestDeadlines", "retentionDecision", "terminationWindow"])
      expect(covered.has(rule as keyof typeof api), rule).toBe(true);
    expect(cases).toHaveLength(23);
  });

  for (const c of cases)
    it(`${c.rule}: ${c.overrides.length} override sets hold and give valid inputs`, () => {
      const fn = api[c.rule] as (input: unknown) => unknown;
      for (const o of c.overrides) {
        const { maxYears: _, ...fields } = o;
        const samples = fc.sample(c.arbitrary(o as never), { numRuns: 100, seed: 42 }) as Record<string, unknown>[];
        for (const input of samples) {
          const where = `${c.rule}(${JSON.stringify(input)}) with overrides ${JSON.stringify(o)}`;
          expect(() => fn(input), where).not.toThrow();
          for (const [key, value] of Object.entries(fields)) {
            if (value === undefined) expect(input, where).not.toHaveProperty(key);
            else if (!isArbitrary(value)) expect(input[key], where).toEqual(value);
          }
          c.check?.(input, o);
        }
      }
    });

  it("an arbitrary override draws from it: minutes 61 … 90 only, both ends reached", () => {
    const xs = fc.sample(arb.quoteServiceInputArbitrary({ minutes: fc.integer({ min: 61, max: 90 }) }), { numRuns: 500, seed: 1 });
    const minutes = xs.map((x) => x.minutes as number);
    expect(Math.min(...minutes)).toBe(61);
    expect(Math.max(...minutes)).toBe(90);
  });

  it("without overrides the generated inputs are the same as with {}", () => {
    const a = fc.sample(arb.quoteServiceInputArbitrary(), { numRuns: 50, seed: 7 });
    const b = fc.sample(arb.quoteServiceInputArbitrary({}), { numRuns: 50, seed: 7 });
    expect(b).toEqual(a);
  });

  it("a right or a category no profile has is kept as given (the rule then refuses it: the caller's contradiction)", () => {
    for (const input of fc.sample(arb.rightsRequestInputArbitrary({ right: "telepathy" as never }), { numRuns: 20, seed: 3 })) {
      expect(input.right).toBe("telepathy");
      expect(() => api.rightsRequestDeadlines(input)).toThrow(api.PolicyInputError);
    }
    for (const input of fc.sample(arb.retentionDecisionInputArbitrary({ category: "dreams" }), { numRuns: 20, seed: 3 })) {
      expect(input.category).toBe("dreams");
      expect(() => api.retentionDecision(input)).toThrow(api.PolicyInputError);
    }
  });

  it("overrides that are not an object are refused, naming the arbitrary", () => {
    expect(() => arb.quoteServiceInputArbitrary("remote" as never)).toThrow(new TypeError("quoteServiceInputArbitrary: overrides must be an object of input fields, got string"));
    expect(() => arb.overtimeInputArbitrary(null as never)).toThrow("overtimeInputArbitrary: overrides must be an object of input fields, got null");
    expect(() => arb.ageRuleInputArbitrary([] as never)).toThrow("ageRuleInputArbitrary: overrides must be an object of input fields, got an array");
  });

  it("override keys are typed: only keys of the rule's input, values of their type", () => {
    arb.quoteServiceInputArbitrary({ mode: "remote", minutes: fc.integer({ min: 0, max: 30 }), tripFee: "20.00" });
    arb.priceInForceInputArbitrary({ bookedOn: "2027-03-01" }); // a key of one member of the input union
    // @ts-expect-error: `mood` is not a field of quoteService's input
    expect(() => fc.sample(arb.quoteServiceInputArbitrary({ mood: "remote" }), 1)).not.toThrow();
    // @ts-expect-error: `mode` is "remote" | "onsite"
    arb.quoteServiceInputArbitrary({ mode: "phone" });
    // @ts-expect-error: an arbitrary of the wrong type
    arb.overtimeInputArbitrary({ minutes: fc.constant("61") });
  });

  it("the arbitraries work with the host's own fast-check (ESM import): fc.assert and fc.record over them", () => {
    fc.assert(fc.property(fc.record({ q: arb.quoteServiceInputArbitrary({ mode: "remote" }) }), ({ q }) => q.mode === "remote" && !("includedVisit" in q)), { numRuns: 50 });
  });
});
