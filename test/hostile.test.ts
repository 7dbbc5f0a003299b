/**
 * Issue 11: hostile and careless input. Each numbered finding of the
 * adversarial sweep is reproduced here and proven fixed (findings 2 and 3,
 * shared and mutable data, are in hostile-shared-state.test.ts; finding 5,
 * sizes, in hostile-bounds.test.ts). The fuzz suite over every export is
 * hostile-fuzz.test.ts.
 */
import { afterEach, describe, expect, it } from "vitest";
import * as api from "../src/index.js";
import * as terms from "../src/terms/index.js";
import * as privacy from "../src/privacy/index.js";

const {
  PolicyInputError,
  isPolicyInputError,
  slaTarget,
  quoteService,
  noShowCharge,
  liabilityCap,
  yearlyRefund,
  isYearly,
  toInputJsonSchema,
  usFederalHolidays,
  retentionDecision,
  relumentProfile,
  withCitations,
  visitAllowance,
  rightsRequestDeadlines,
  overtimeCharge,
  classifyRequest,
} = api;

/** The PolicyInputError `f` throws (fails the test on any other outcome). */
function inputErrorOf(f: () => unknown): InstanceType<typeof PolicyInputError> {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyInputError);
    return e as InstanceType<typeof PolicyInputError>;
  }
  throw new Error("expected a PolicyInputError, got a result");
}

afterEach(() => {
  // Nothing here may leave Object.prototype polluted for the next test.
  for (const k of ["includedVisit", "polluted"]) delete (Object.prototype as Record<string, unknown>)[k];
});

describe("finding 1: an instant far outside the calendar never hangs a request thread", () => {
  it.each([
    ["new Date(8.64e15)", new Date(8.64e15)],
    ["new Date(-8.64e15)", new Date(-8.64e15)],
    ["year 100000", "+100000-01-01T00:00:00Z"],
    ["year 0000", "0000-06-01T12:00:00Z"],
    ["year 9999", "9999-12-31T23:59:59Z"],
    ["1899-12-31 Pacific", "1899-12-31T12:00:00-08:00"],
    ["3000-01-01 Pacific", "3000-01-01T00:00:00-08:00"],
  ])("slaTarget with %s is a PolicyInputError naming the accepted range", (_, requestedAt) => {
    const started = performance.now();
    const err = inputErrorOf(() => slaTarget({ mode: "remote", customer: "member", requestedAt }));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(err.issues[0]?.path).toEqual(["requestedAt"]);
    expect(err.issues[0]?.message).toMatch(/instant|1900|2999/);
  });

  it("the ends of the range are accepted: the first and the last Pacific minute of 1900–2999", () => {
    expect(slaTarget({ mode: "remote", customer: "member", requestedAt: "1900-01-01T00:00:00-08:00" }).countsFrom).toBe("1900-01-02");
    expect(slaTarget({ mode: "onsite", customer: "member", requestedAt: "2999-12-31T23:59:00-08:00" }).dueDate >= "2999-12-31").toBe(true);
    expect(noShowCharge({ appointmentAt: new Date(Date.UTC(1900, 0, 1, 8)), canceledAt: new Date(Date.UTC(1900, 0, 1, 8)) }).fee.amount).toBe("45.00");
  });
});

describe("finding 4: only own properties of plain objects are read", () => {
  it("an object inheriting its fields (Object.create) is refused, never priced $0.00", () => {
    const err = inputErrorOf(() => quoteService(Object.create({ mode: "onsite", minutes: 60, customer: "member", includedVisit: true }) as never));
    expect(err.issues).toEqual([{ path: [], message: expect.stringContaining("inherits") }]);
  });

  it("a polluted Object.prototype.includedVisit does not turn a $149.00 quote into $0.00", () => {
    const before = quoteService({ mode: "onsite", minutes: 60, customer: "member" }).total.amount;
    (Object.prototype as Record<string, unknown>).includedVisit = true;
    expect(quoteService({ mode: "onsite", minutes: 60, customer: "member" }).total.amount).toBe(before);
    expect(before).toBe("149.00");
  });

  it("a Map, a Set, a class instance or a boxed value is refused, not taken as {}", () => {
    class Thresholds {
      repeatedRequests = 5;
    }
    for (const thresholds of [new Map([["repeatedRequests", 5]]), new Set(), new Thresholds(), Object(5) as object]) {
      const err = inputErrorOf(() => classifyRequest({ category: "training", similarInLast30Days: 4, thresholds } as never));
      expect(err.issues[0]?.path).toEqual(["thresholds"]);
      expect(err.issues[0]?.message).toMatch(/^expected plain data/);
    }
  });

  it("an own __proto__, constructor or prototype key is refused everywhere, also nested", () => {
    for (const key of ["__proto__", "constructor", "prototype"]) {
      const input = JSON.parse(`{"mode":"remote","minutes":61,"${key}":{"x":1}}`) as object;
      expect(inputErrorOf(() => overtimeCharge(input as never)).issues).toEqual([{ path: [key], message: expect.stringContaining(`"${key}"`) }]);
    }
    const nested = JSON.parse('{"category":"billing","asOf":"2026-06-01","accountClosedOn":"2026-01-01","retentionPeriods":{"__proto__":{"billing":1}}}') as object;
    expect(inputErrorOf(() => retentionDecision(nested as never)).issues[0]?.path).toEqual(["retentionPeriods", "__proto__"]);
  });

  it("a null-prototype object is plain data and accepted", () => {
    const input = Object.assign(Object.create(null) as object, { mode: "remote", minutes: 61 });
    expect(overtimeCharge(input as never).fee.amount).toBe("35.00");
  });
});

describe("finding 6: nothing but PolicyInputError escapes", () => {
  it("sums beyond exact integer cents are input errors before arithmetic (liabilityCap, yearlyRefund)", () => {
    const payments = Array.from({ length: 91 }, (_, i) => ({ date: `2025-12-${String((i % 28) + 1).padStart(2, "0")}`, amount: "999999999999.99" }));
    expect(inputErrorOf(() => liabilityCap({ eventDate: "2026-01-15", payments })).message).toMatch(/999,?999,?999,?999\.99/);
    const renderedServices = Array.from({ length: 91 }, (_, i) => ({ service: `visit ${i}`, price: "999999999999.99" }));
    expect(
      inputErrorOf(() =>
        yearlyRefund({
          purchasedOn: "2026-01-01",
          requestedOn: "2026-01-05",
          amountPaid: "999999999999.99",
          monthlyRate: "999999999999.99",
          servicesRendered: true,
          valuation: "per-rendered-service",
          renderedServices,
        }),
      ).issues[0]?.path,
    ).toEqual(["renderedServices"]);
    // The largest accepted deductions stay exact: a result, never a RangeError.
    const r = yearlyRefund({
      purchasedOn: "2026-01-01",
      requestedOn: "2026-01-05",
      amountPaid: "999999999999.99",
      monthlyRate: "999999999999.99",
      servicesRendered: true,
      addOnDevices: 10_000,
      licenseCosts: "999999999999.99",
      discounts: "999999999999.99",
    });
    expect(r.refund.cents + r.retained.cents).toBe(99_999_999_999_999);
  });

  it("noShowCharge near the minimum Date is an input error, not RangeError: Invalid time value", () => {
    expect(inputErrorOf(() => noShowCharge({ appointmentAt: new Date(-8.64e15) })).issues[0]?.path).toEqual(["appointmentAt"]);
  });

  it("isYearly(5) and toInputJsonSchema({}) are input errors, not TypeErrors", () => {
    expect(inputErrorOf(() => isYearly(5 as never)).issues[0]?.path).toEqual(["plan"]);
    expect(isYearly("home-yearly")).toBe(true);
    expect(isYearly("home-monthly")).toBe(false);
    expect(inputErrorOf(() => toInputJsonSchema({} as never)).issues[0]?.path).toEqual(["schema"]);
    expect(inputErrorOf(() => toInputJsonSchema(api.overtimeInputSchema, { inline: true } as never)).issues[0]?.path).toEqual(["inline"]);
  });

  it("a host's throwing getter becomes 'could not read …' with the original error as cause", () => {
    const boom = new Error("host getter failed");
    const input = {
      mode: "remote",
      get minutes(): number {
        throw boom;
      },
    };
    const err = inputErrorOf(() => overtimeCharge(input as never));
    expect(err.issues).toEqual([{ path: ["minutes"], message: "could not read this value (reading it threw: host getter failed)" }]);
    expect(err.cause).toBe(boom);
  });

  it("a revoked Proxy becomes 'could not read …' with the original TypeError as cause", () => {
    const { proxy, revoke } = Proxy.revocable({ mode: "remote", minutes: 61 }, {});
    revoke();
    const err = inputErrorOf(() => overtimeCharge(proxy as never));
    expect(err.issues[0]?.message).toMatch(/^could not read this value/);
    expect(err.cause).toBeInstanceOf(TypeError);
    const err2 = inputErrorOf(() => quoteService({ mode: "remote", minutes: 61, customer: "member", zip: proxy } as never));
    expect(err2.issues[0]?.path).toEqual(["zip"]);
  });
});

describe("finding 7: wrong results instead of errors", () => {
  it("instants in years 0000–0099 are refused, not read as 1900–1999", () => {
    expect(inputErrorOf(() => noShowCharge({ appointmentAt: "0050-06-01T12:00:00Z" })).issues[0]?.path).toEqual(["appointmentAt"]);
    expect(inputErrorOf(() => noShowCharge({ appointmentAt: new Date(Date.UTC(2026, 0, 1) - 1926 * 365.25 * 86_400_000) })).issues[0]?.path).toEqual([
      "appointmentAt",
    ]);
  });

  it("usFederalHolidays accepts 1900–2999 only (year 1 no longer uses the 1901 calendar)", () => {
    expect(inputErrorOf(() => usFederalHolidays(1)).issues[0]?.message).toMatch(/at least 1900/);
    expect(inputErrorOf(() => usFederalHolidays(3000)).issues[0]?.message).toMatch(/at most 2999/);
    expect(usFederalHolidays(1900)[0]).toBe("1900-01-01");
  });

  it("a host retention category with the id 'constructor' is a category like any other, never Object's constructor", () => {
    const profile = structuredClone(withCitations(relumentProfile)) as unknown as {
      id: string;
      retention: { categories: { id: string; label: string; afterClosureMonths: number | null; periodSource: string; reason: string; clauses: string[] }[] };
    };
    const base = profile.retention.categories.find((c) => c.id === "billing");
    if (!base) throw new Error("relument has a billing category");
    profile.id = "host";
    profile.retention.categories.push({ ...base, id: "constructor", label: "Constructor records" });
    const r = retentionDecision({ profile: profile as never, category: "constructor", accountClosedOn: "2026-01-15", asOf: "2026-02-01" });
    expect(typeof r.until === "string" || r.until === null).toBe(true);
    expect(JSON.stringify(r)).not.toMatch(/NaN/);
    expect(r).toEqual(retentionDecision({ profile: profile as never, category: "billing", accountClosedOn: "2026-01-15", asOf: "2026-02-01" }) && r);
  });

  it("-0 reads as 0: no -0 reaches a result", () => {
    const r = overtimeCharge({ mode: "remote", minutes: -0, graceMinutes: -0 });
    expect(Object.is(r.overtimeMinutes, -0)).toBe(false);
    expect(JSON.stringify(r)).toBe(JSON.stringify(overtimeCharge({ mode: "remote", minutes: 0 })));
    const q = quoteService({ mode: "remote", minutes: -0, customer: "non-member" });
    expect(Object.is(q.total.cents, -0)).toBe(false);
  });

  it("an optional key set to undefined is absent: it never appears in withCitations' output", () => {
    const input = { ...withCitations(relumentProfile), citations: undefined };
    const out = withCitations(input as never);
    expect(Object.prototype.hasOwnProperty.call(out, "citations") ? out.citations !== undefined : true).toBe(true);
    expect(JSON.stringify(out)).toBe(JSON.stringify(withCitations(relumentProfile)));
  });
});

describe("finding 8: error messages a host can show or log", () => {
  it("a host-profile error names the field that is wrong, not 'does not match any accepted form'", () => {
    const profile = { ...withCitations(relumentProfile), minimumAge: "thirteen" };
    const err = inputErrorOf(() => rightsRequestDeadlines({ profile: profile as never, right: "access", receivedOn: "2026-01-01" }));
    expect(err.issues.length).toBeGreaterThan(0);
    for (const i of err.issues) expect(i.message).not.toMatch(/does not match any accepted form/);
    expect(err.issues.some((i) => i.path[0] === "profile" && i.path.length > 1)).toBe(true);
  });

  it("an invalid Date keeps its reason", () => {
    expect(inputErrorOf(() => noShowCharge({ appointmentAt: new Date(Number.NaN) })).issues).toEqual([
      { path: ["appointmentAt"], message: "expected a valid Date, received an Invalid Date (its time value is NaN)" },
    ]);
  });

  it("no jargon: a fraction where a whole number is expected says so, with the value received", () => {
    expect(inputErrorOf(() => overtimeCharge({ mode: "remote", minutes: 61, graceMinutes: 2.5 })).issues).toEqual([
      { path: ["graceMinutes"], message: "expected a whole number, received 2.5" },
    ]);
  });

  it("a missing money field says required", () => {
    expect(inputErrorOf(() => liabilityCap({ eventDate: "2026-01-15", payments: [{ date: "2025-12-01" }] } as never)).issues).toEqual([
      { path: ["payments", 0, "amount"], message: expect.stringMatching(/^required: expected money/) },
    ]);
  });

  it("an unknown profile or event type lists the accepted values", () => {
    expect(inputErrorOf(() => rightsRequestDeadlines({ profile: "acme" as never, right: "access", receivedOn: "2026-01-01" })).issues).toEqual([
      { path: ["profile"], message: 'expected one of "relument", "relaso", "reliom", "relenta", received "acme"' },
    ]);
    const err = inputErrorOf(() =>
      visitAllowance({ plan: "home-monthly", startDate: "2026-01-01", asOf: "2026-02-01", events: [{ type: "holiday", date: "2026-01-05" }] } as never),
    );
    expect(err.issues[0]?.path).toEqual(["events", 0, "type"]);
    expect(err.issues[0]?.message).toMatch(/^expected one of "visit", "suspended", .*received "holiday"$/);
  });

  it("echoed keys and values are cut to 80 characters and control characters are escaped (no log injection)", () => {
    const key = `evil\r\n\u001b[31m${"x".repeat(500)}`;
    const err = inputErrorOf(() => overtimeCharge({ mode: "remote", minutes: 61, [key]: 1 } as never));
    expect(err.message).not.toMatch(/[\r\n\u001b]/);
    expect(err.message).toContain("evil\\r\\n\\u001b[31m");
    expect(err.message.length).toBeLessThan(400);
    const big = inputErrorOf(() => overtimeCharge({ mode: "remote", minutes: 61, ["k".repeat(5000)]: 1 } as never));
    expect(big.message.length).toBeLessThan(400);
    const value = inputErrorOf(() => overtimeCharge({ mode: `remote\n${"y".repeat(100)}`, minutes: 61 } as never));
    expect(value.message).not.toMatch(/\n/);
  });

  it("at most 100 issues per error, then '… and N more'", () => {
    const payments = Array.from({ length: 500 }, () => ({ date: "nope", amount: -1 }));
    const err = inputErrorOf(() => liabilityCap({ eventDate: "2026-01-15", payments } as never));
    expect(err.issues).toHaveLength(101);
    expect(err.issues[100]).toEqual({ path: [], message: expect.stringMatching(/^… and \d+ more$/) });
  });

  it("PolicyInputError.name is stable, and PolicyInputError.is / isPolicyInputError recognise it (also a copy from the other build)", () => {
    const err = inputErrorOf(() => overtimeCharge({ mode: "remote", minutes: -1 }));
    expect(err.name).toBe("PolicyInputError");
    expect(PolicyInputError.is(err)).toBe(true);
    expect(isPolicyInputError(err)).toBe(true);
    expect(isPolicyInputError(new Error("x"))).toBe(false);
    expect(isPolicyInputError(null)).toBe(false);
    expect(isPolicyInputError({ name: "PolicyInputError", code: "POLICY_INPUT", issues: [] })).toBe(false);
    // The other build's class: a different constructor, the same registered brand.
    const other = Object.create(Error.prototype) as Record<symbol, unknown>;
    Object.defineProperty(other, Symbol.for("@relument/policy/PolicyInputError"), { value: true });
    expect(isPolicyInputError(other)).toBe(true);
  });

  it("./terms and ./privacy export the error and its test too", () => {
    expect(terms.PolicyInputError).toBe(PolicyInputError);
    expect(privacy.PolicyInputError).toBe(PolicyInputError);
    expect(terms.isPolicyInputError).toBe(isPolicyInputError);
    expect(privacy.isPolicyInputError).toBe(isPolicyInputError);
  });
});
