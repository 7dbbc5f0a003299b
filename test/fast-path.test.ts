/**
 * The hand-written fast path in front of zod (src/core/fast.ts, issue 15) must
 * change nothing a host can see: for any input, valid or not, a rule gives the
 * same result (every field, citation and sentence) or the same PolicyInputError
 * (every issue's path and message) as the complete path (plainInput + zod).
 *
 * The complete path is reached by passing the same data as an object without a
 * prototype: the fast path declines it (it takes object literals only), while
 * plainInput and zod read it exactly like the literal.
 */
import { TZDate } from "@date-fns/tz";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";
import { fastInput, fastSpec, oneOf, opt, arrayOf, either, bool, intIn, moneyValue, absent, DECLINE } from "../src/core/fast.js";
import { formatInstant, formatWithOffset, hourlyOffset, pacificTime } from "../src/core/instant.js";
import { exactCents } from "../src/core/cents.js";
import { tzOffset } from "@date-fns/tz";
import { addBusinessDays } from "../src/core/business-days.js";
import { inputMoney, timesInput } from "../src/core/cents.js";
import { money, times } from "../src/core/money.js";
import { moneyInputSchema } from "../src/core/money-schema.js";
import Decimal from "decimal.js";
import * as z from "zod/mini";

type Rule = (input: unknown) => unknown;
const rules = api as unknown as Record<string, Rule>;

/** The outcome of a call, as comparable data. */
function outcome(rule: Rule, input: unknown): unknown {
  try {
    return { ok: JSON.parse(JSON.stringify(rule(input))) as unknown };
  } catch (e) {
    if (e instanceof api.PolicyInputError) return { error: e.message, issues: e.issues };
    return { thrown: String(e) };
  }
}

/** The same data with no prototype at the top (the fast path declines it). */
function slow(input: Record<string, unknown>): unknown {
  return Object.assign(Object.create(null) as object, input);
}

const oddValues = [undefined, null, -0, 0, 1, -1, 0.5, 1.5, 61, 150, 151, 10_080, 10_081, 1e12, NaN, Infinity, -Infinity, "", "x", "61", true, false, [], {}, new Date(0), ["consent"]];
const pick = <T,>(values: readonly T[]) => fc.constantFrom(...values);

/** Per rule: plausible values of each field (valid and not), and an unknown key now and then. */
const fields: Record<string, Record<string, readonly unknown[]>> = {
  overtimeCharge: {
    mode: ["remote", "onsite", "Remote"],
    minutes: [0, 1, 59.5, 61, 90, 91, 121, 10_080],
    rounding: ["started", "full", "none"],
    graceMinutes: [0, 5, 7.5, 10_080],
    edition: [api.baseEdition],
  },
  quoteService: {
    mode: ["remote", "onsite"],
    minutes: [0, 45, 75, 125],
    customer: ["member", "non-member", "guest"],
    includedVisit: [true, false],
    zip: ["95678", "95630", "95630-1234", "9567", "95678-12"],
    tripFee: ["35.00", "35", 35, "35.001", 35.5, "1e3", "999999999999.99", "-1"],
    outsideAreaApproved: [true, false],
    rounding: ["started", "full"],
    graceMinutes: [0, 15],
    edition: [api.baseEdition],
  },
  noShowCharge: {
    appointmentAt: ["2026-06-10T10:00:00-07:00", "2026-03-08T10:00:00-07:00", "2026-11-01T01:30:00-08:00", "2026-06-10T10:00:00", "2026-02-30T10:00:00Z", "1899-12-31T23:00:00Z", "2026-06-10T10:00:00.5Z"],
    canceledAt: ["2026-06-08T09:00:00-07:00", "2026-03-07T10:00:00-08:00", "2026-06-10T09:00:00Z", "yesterday"],
    noAccessOnArrival: [true, false],
    resolution: ["fee", "count-visit", "waive"],
    includedVisitAvailable: [true, false],
    edition: [api.baseEdition],
  },
  rightsRequestDeadlines: {
    profile: ["relument", "relaso", "reliom", "relenta", "other"],
    right: ["delete", "know", "access", "erasure", "opt-out-sale-sharing", "limit-spi", "fly"],
    receivedOn: ["2026-11-25", "2026-12-24", "2028-02-29", "2026-02-29", "2026-1-05", "3000-01-01"],
    extended: [true, false],
    jurisdiction: ["california", "us", "eea", "other", "mars"],
    submittedBy: ["consumer", "agent", "robot"],
    signedPermission: [true, false],
  },
  checkConsent: {
    profile: ["relument", "relaso", "reliom", "relenta"],
    action: ["ad-pixel-sharing", "screen-recording", "rmm-install", "sale", "marketing-email", "integration-access", "nope"],
    granted: [[], ["consent"], ["notice", "permission"], ["consent", "bogus"], Array.from({ length: 21 }, () => "consent")],
    optedOut: [true, false],
    gpc: [true, false],
    age: [0, 15, 16, 30, 150, 151, 30.5],
    pixelsEnabled: [true, false],
    on: ["2026-07-01", "2026-13-01"],
    membershipEndedOn: ["2026-06-30", "2026-07-31"],
    integrationEnabled: [true, false],
  },
  ageRule: {
    profile: ["relument", "relaso", "reliom", "relenta", "other"],
    profiles: [[]],
    age: [0, 12, 13, 16, 150, 151, 12.5, -1],
    on: ["2026-07-01", "2026-02-29", "2026-13-01"],
  },
  yearlyRefund: {
    purchasedOn: ["2026-03-01", "2026-02-29"],
    requestedOn: ["2026-03-01", "2026-03-15", "2026-03-16", "2026-02-01"],
    amountPaid: ["999.00", 999, "999.5", 999.5, "0", "1000000000000"],
    monthlyRate: ["89.00", 89, "89.123"],
    servicesRendered: [0, 1, 2, true, false, 1.5],
    addOnDevices: [0, 2, 2.5],
    licenseCosts: ["24.99", 25],
    discounts: ["100.00", 100],
    valuation: ["monthly-fee", "per-rendered-service", "other"],
    renderedServices: [
      [{ service: "tune-up", price: "89.00" }],
      [],
      [{ price: 89.5, service: "visit" }, { service: "remote", price: 10 }],
      [{ service: "", price: "1" }],
      [{ service: "x".repeat(201), price: "1" }],
      [{ service: "x", price: "1.001" }],
      [{ service: "x", price: 1.001 }],
      [{ service: "x", price: -0 }],
      [{ service: "x" }],
      [{ service: "x", price: "1", extra: 1 }],
      [{ service: "x", price: "999999999999.99" }, { service: "y", price: "0.01" }],
      ["x"],
      [null],
    ],
    edition: [api.baseEdition],
  },
};

function inputOf(rule: string): fc.Arbitrary<Record<string, unknown>> {
  const spec = fields[rule] as Record<string, readonly unknown[]>;
  const entries = Object.entries(spec).map(([k, values]) => [k, fc.option(fc.oneof({ weight: 6, arbitrary: pick(values) }, { weight: 1, arbitrary: pick(oddValues) }), { nil: undefined, freq: 2 })] as const);
  return fc.tuple(fc.record(Object.fromEntries(entries)), fc.option(pick(["extra", "Mode", "__proto__x"]), { freq: 8 })).map(([record, extra]) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(record)) if (v !== undefined || k.length % 2 === 0) out[k] = v;
    if (extra !== null) out[extra] = 1;
    return out;
  });
}

describe("fast path = complete path (issue 15)", () => {
  for (const rule of Object.keys(fields)) {
    it(`${rule}: same result or same PolicyInputError for any input`, () => {
      const fn = rules[rule] as Rule;
      fc.assert(
        fc.property(inputOf(rule), (input) => {
          expect(outcome(fn, input)).toEqual(outcome(fn, slow(input)));
        }),
        { numRuns: 400 },
      );
    });
  }

  it("an edition from defineEdition takes the fast path with the same result as the complete path", () => {
    const edition = api.defineEdition({ id: "fast-path@test", announcedOn: "2026-01-01", effectiveOn: "2026-02-01", changes: { remoteOvertimeRate: "40.00" } } as never);
    const input = { mode: "remote", minutes: 61, edition };
    expect(outcome(rules.overtimeCharge as Rule, input)).toEqual(outcome(rules.overtimeCharge as Rule, slow(input)));
    expect((rules.overtimeCharge as Rule)(input)).toMatchObject({ edition: "fast-path@test" });
    // the same edition read back from JSON is not the library's own: the complete path validates it
    const fromJson = { mode: "remote", minutes: 61, edition: JSON.parse(JSON.stringify(edition)) as unknown };
    expect(outcome(rules.overtimeCharge as Rule, fromJson)).toEqual(outcome(rules.overtimeCharge as Rule, slow(fromJson)));
  });

  it("declines (and the complete path reports) a getter that throws, a Proxy, a Date and a polluted prototype", () => {
    const throwing = { mode: "remote", get minutes(): number { throw new Error("boom"); } };
    expect(outcome(rules.overtimeCharge as Rule, throwing)).toMatchObject({ error: expect.stringContaining("boom") });
    const proxy = new Proxy({ mode: "remote", minutes: 61 }, {});
    expect(outcome(rules.overtimeCharge as Rule, proxy)).toEqual(outcome(rules.overtimeCharge as Rule, { mode: "remote", minutes: 61 }));
    const date = { appointmentAt: new Date("2026-06-10T17:00:00Z") };
    expect(outcome(rules.noShowCharge as Rule, date)).toEqual(outcome(rules.noShowCharge as Rule, { appointmentAt: "2026-06-10T17:00:00Z" }));
    const proto = Object.prototype as Record<string, unknown>;
    proto.rounding = "full";
    try {
      expect(outcome(rules.overtimeCharge as Rule, { mode: "remote", minutes: 61 })).toMatchObject({ ok: { blocks: 1 } });
    } finally {
      delete proto.rounding;
    }
  });

  it("fastInput: only object literals with known keys and accepted values", () => {
    const spec = fastSpec({ kind: oneOf(["a", "b"]), n: opt(intIn(0, 3)), list: opt(arrayOf(["x"], 2)), flag: opt(either(bool, intIn(0, 1))) });
    const list = ["x"];
    const parsed = fastInput(spec, { kind: "a", n: 3, list, flag: 1 });
    expect(parsed).toEqual({ kind: "a", n: 3, list: ["x"], flag: 1 });
    expect(parsed?.list).not.toBe(list); // arrays are copied, as zod copies them
    for (const bad of [null, "a", [], Object.create(null), { kind: "c" }, { kind: "a", other: 1 }, { kind: "a", n: -0 }, { kind: "a", n: 4 }, { kind: "a", list: ["x", "x", "x"] }, { kind: "a", list: ["y"] }, { kind: "a", list: Object.assign(Object.create({}), { length: 0 }) }, { kind: "a", flag: 2 }])
      expect(fastInput(spec, bad)).toBeUndefined();
    expect(fastInput(spec, { kind: "b", n: undefined })).toEqual({ kind: "b" });
    expect(fastInput(spec, { kind: "b", flag: true })).toEqual({ kind: "b", flag: true });
    expect([absent(undefined), absent(1)]).toEqual([undefined, DECLINE]);
    const money = fastSpec({ m: moneyValue });
    for (const m of [0, 12, 999_999_999_999, "0", "12.5", "999999999999.99", 1.5, 12.05, 999_999_999_999.99]) expect(fastInput(money, { m })).toEqual({ m });
    for (const m of [-0, -1, -1.5, 1e12, 1e12 + 0.5, 1.005, 0.1 + 0.2, 1e-7, NaN, Infinity, "1e3", "-1", "1.005", true]) expect(fastInput(money, { m })).toBeUndefined();
  });
});

describe("Pacific offsets cached per hour (issue 15)", () => {
  it("formatInstant and pacificTime agree with @date-fns/tz on random instants 1900–2999 and around every 2026 change", () => {
    const check = (ms: number) => {
      const z = new TZDate(ms, "America/Los_Angeles");
      expect(formatInstant(ms)).toBe(z.toISOString().replace(/\.000(?=[+-Z])/, ""));
      expect(pacificTime(ms)).toEqual({
        date: `${String(z.getFullYear()).padStart(4, "0")}-${String(z.getMonth() + 1).padStart(2, "0")}-${String(z.getDate()).padStart(2, "0")}`,
        minuteOfDay: z.getHours() * 60 + z.getMinutes(),
        weekday: z.getDay(),
      });
    };
    for (const ms of [Date.UTC(2026, 9, 3, 15, 29, 59, 999), Date.UTC(2026, 9, 3, 15, 30)]) {
      const lordHowe = new TZDate(ms, "Australia/Lord_Howe");
      expect(formatWithOffset(ms, -lordHowe.getTimezoneOffset())).toBe(lordHowe.toISOString().replace(/\.000(?=[+-Z])/, ""));
    }
    expect(formatInstant(Date.UTC(2026, 5, 10, 17, 0, 0, 5))).toBe("2026-06-10T10:00:00.005-07:00");
    for (const change of [Date.UTC(2026, 2, 8, 10), Date.UTC(2026, 10, 1, 9)]) for (let d = -7_200_000; d <= 7_200_000; d += 900_000) for (const e of [-1, 0, 1]) check(change + d + e);
    fc.assert(fc.property(fc.integer({ min: Date.UTC(1900, 0, 1, 8), max: Date.UTC(3000, 0, 1, 7) }), (ms) => {
      check(ms);
    }), { numRuns: 2000 });
  });
});

describe("money without decimal.js (issue 15: an overtime bundle carries no decimal.js)", () => {
  /** The check moneyInputSchema made with decimal.js before. */
  const decimalCheck = (v: number) => Number.isFinite(v) && v >= 0 && new Decimal(v).decimalPlaces() <= 2 && new Decimal(v).lte("999999999999.99");
  const numbers = fc.oneof(
    fc.double({ noNaN: false }),
    fc.integer({ min: 0, max: 99_999_999_999_999 }).map((c) => c / 100),
    fc.integer({ min: 0, max: 99_999_999_999_999 }).map((c) => c / 1000),
    fc.constantFrom(0, -0, 1e-7, 5e-324, 1e21, 999_999_999_999.99, 999_999_999_999.991, 1_000_000_000_000, 0.1 + 0.2, 1e12 - 0.01),
  );
  it("moneyInputSchema accepts exactly the numbers it accepted with decimal.js", () => {
    fc.assert(fc.property(numbers, (v) => {
      expect(z.safeParse(moneyInputSchema, v).success).toBe(decimalCheck(v));
    }), { numRuns: 5000 });
  });
  it("inputMoney and timesInput equal money and times on every accepted money input", () => {
    const inputs = fc.oneof(numbers.filter(decimalCheck), fc.stringMatching(/^\d{1,12}(\.\d{1,2})?$/));
    fc.assert(
      fc.property(inputs, fc.integer({ min: 0, max: 400 }), (v, n) => {
        expect(inputMoney(v)).toEqual(money(v));
        let expected: unknown;
        try {
          expected = times(v, n);
        } catch (e) {
          expected = String(e);
        }
        let actual: unknown;
        try {
          actual = timesInput(v, n);
        } catch (e) {
          actual = String(e);
        }
        if (typeof v === "string" || Number.isInteger(v)) expect(actual).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("internal caches are bounded and change no answer (issue 15)", () => {
  it("an hour with an offset change in it is never cached (Lord Howe changes on the half hour)", () => {
    const offset = hourlyOffset("Australia/Lord_Howe");
    const change = Date.UTC(2026, 9, 3, 15, 30); // 2026-10-04 02:00 local standard time (+10:30) → 02:30 daylight (+11:00)
    expect(tzOffset("Australia/Lord_Howe", new Date(change - 1))).toBe(630);
    expect(tzOffset("Australia/Lord_Howe", new Date(change))).toBe(660);
    for (let d = -5_400_000; d <= 5_400_000; d += 60_000) expect(offset(change + d)).toBe(tzOffset("Australia/Lord_Howe", new Date(change + d)));
    // asked again (now from the cache), the same answers
    for (let d = -5_400_000; d <= 5_400_000; d += 60_000) expect(offset(change + d)).toBe(tzOffset("Australia/Lord_Howe", new Date(change + d)));
  });
  it("the Pacific offset cache, the money string cache and the holiday cache give the same answers after they fill up", () => {
    const first = formatInstant(Date.UTC(2026, 2, 8, 10));
    for (let h = 0; h < 5000; h++) formatInstant(Date.UTC(2000, 0, 1) + h * 3_600_000);
    expect(formatInstant(Date.UTC(2026, 2, 8, 10))).toBe(first);
    for (let c = 0; c < 1100; c++) expect(money(`${c}.5`).cents).toBe(c * 100 + 50);
    expect(money("45.00").cents).toBe(4500);
    expect([exactCents("-1.5"), exactCents("1.005"), exactCents(new Decimal(1)), exactCents(2)]).toEqual([-150, null, null, 200]);
    const deadline = addBusinessDays("2026-11-25", 10);
    for (let y = 1900; y < 2200; y++) addBusinessDays(`${y}-12-20`, 10);
    expect(addBusinessDays("2026-11-25", 10)).toBe(deadline);
    expect(deadline).toBe("2026-12-10");
  });
});
