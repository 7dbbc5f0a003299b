/**
 * The policy matchers (`@relument/policy/testing/vitest`): registered on import, typed on
 * vitest's `expect`, with `.not` and asymmetric forms, and the jest matcher protocol
 * (`policyMatchers.toCharge.call({ isNot }, received, expected)` → `{ pass, message }`).
 */
import { describe, expect, it } from "vitest";
import { noShowCharge, overtimeCharge, quoteService } from "../src/index.js";
import "../src/testing/vitest.js";
import { PolicyAssertionError, policyMatchers } from "../src/testing/index.js";

const quote = quoteService({ mode: "remote", minutes: 75, customer: "non-member" });
const fee = overtimeCharge({ mode: "remote", minutes: 61 });

describe("vitest matchers (registered by importing @relument/policy/testing/vitest)", () => {
  it("terms.3.remote, terms.5.overtime: toCite, toCharge and toBeDecision on a $134.00 quote", () => {
    expect(quote).toCite("terms.3.remote", "terms.5.overtime");
    expect(quote).toCharge(134);
    expect(quote).toCharge("134.00");
    expect(quote).toCharge({ cents: 13_400 });
    expect(quote.total).toCharge(134);
    expect(quote).toBeDecision();
    expect(quote).not.toCite("terms.4.no-show");
    expect(quote).not.toCharge(133.99);
    expect({ citations: ["x"] }).not.toBeDecision();
  });

  it("terms.5.overtime: toCharge reads a decision's fee when it has no total, and numbers as dollars", () => {
    expect(fee).toCharge(35);
    expect(fee.fee).toCharge("35");
    expect(() => expect(fee).toCharge(3500)).toThrow("expected $3500.00 (350000 cents), got $35.00 (a number is read as dollars, as every rule input reads it; for cents write { cents: 3500 })");
    // terms.4.no-show: no cancellation at all is a no-show, charged its $45.00 fee.
    expect(noShowCharge({ appointmentAt: "2026-06-10T10:00:00-07:00" })).toCharge(45);
  });

  it("failures name what is missing or wrong", () => {
    expect(() => expect(quote).toCite("terms.4.no-show", "terms.3.remote")).toThrow(/^expected the decision to cite terms\.4\.no-show; it cites terms\.3\.remote/);
    expect(() => expect(quote).not.toCite("terms.3.remote")).toThrow(/^expected the decision not to cite terms\.3\.remote; it cites /);
    expect(() => expect(quote).toCharge("134.01")).toThrow("expected $134.01 (13401 cents), got $134.00");
    expect(() => expect(quote).not.toCharge(134)).toThrow("expected a charge other than $134.00, got $134.00");
    expect(() => expect({ ...quote, explanation: [] }).toBeDecision()).toThrow("expected a non-empty array of steps in `explanation`");
    expect(() => expect(quote).not.toBeDecision()).toThrow("expected a value that is not a well-formed policy decision, got one");
  });

  it("a value that cannot be compared fails with and without .not", () => {
    for (const value of [null, 42, "terms.3.remote", { citations: "terms.3.remote" }]) {
      expect(() => expect(value).toCite("terms.3.remote")).toThrow("expected a policy decision with a `citations` array");
      expect(() => expect(value).not.toCite("terms.3.remote")).toThrow("expected a policy decision with a `citations` array");
    }
    expect(() => expect({ citations: [], explanation: [] }).toCite("terms.3.remote")).toThrow("expected the decision to cite terms.3.remote; it cites nothing");
    for (const value of [null, 35, "35.00", { amount: "35.00", cents: 3500 }, { total: 35 }, {}]) {
      expect(() => expect(value).toCharge(35)).toThrow(/toCharge reads Money, or a decision's total or fee/);
      expect(() => expect(value).not.toCharge(35)).toThrow(/toCharge reads Money, or a decision's total or fee/);
    }
  });

  it("an ambiguous or invalid expected amount throws instead of being rounded", () => {
    expect(() => expect(fee).toCharge(35.005)).toThrow(PolicyAssertionError);
    expect(() => expect(fee).not.toCharge(Number.NaN)).toThrow(/NaN is not an amount of dollars/);
    expect(() => expect(fee).toCharge({ cents: 3500.5 })).toThrow(/non-negative integer number of cents/);
    expect(() => expect(fee).toCharge("35.001" as never)).toThrow(/not a decimal string of dollars/);
  });

  it("asymmetric forms inside toEqual / objectContaining", () => {
    expect({ fee: fee.fee, decision: quote }).toEqual({ fee: expect.toCharge(35), decision: expect.toCite("terms.5.overtime") });
    expect([quote]).toEqual([expect.toBeDecision()]);
    expect({ fee: fee.fee }).not.toEqual({ fee: expect.toCharge(36) });
  });
});

describe("jest matcher protocol: policyMatchers called as jest calls them", () => {
  const call = <K extends keyof typeof policyMatchers>(name: K, isNot: boolean, ...args: unknown[]) =>
    (policyMatchers[name] as (this: { isNot: boolean }, ...a: unknown[]) => { pass: boolean; message: () => string }).call({ isNot }, ...args);

  it("returns { pass, message } with a message function for both outcomes", () => {
    const ok = call("toCharge", false, fee, 35);
    expect(ok.pass).toBe(true);
    expect(ok.message()).toBe("expected a charge other than $35.00, got $35.00");
    const ko = call("toCite", false, quote, "terms.4.no-show");
    expect(ko.pass).toBe(false);
    expect(ko.message()).toMatch(/^expected the decision to cite terms\.4\.no-show/);
    expect(call("toBeDecision", false, quote).pass).toBe(true);
    expect(call("toBeDecision", false, {}).message()).toBe("expected a policy decision with citations and explanation");
  });

  it("a value that is not a decision or Money fails under .not too (pass is reported so that the runner's inversion fails)", () => {
    expect(call("toCite", false, null, "x").pass).toBe(false);
    expect(call("toCite", true, null, "x").pass).toBe(true);
    expect(call("toCharge", true, null, 35).pass).toBe(true);
    expect(call("toCharge", false, null, 35).pass).toBe(false);
    // Without a `this` (called as a plain function), it reads as not negated.
    expect(policyMatchers.toCite.call(undefined, null, "x").pass).toBe(false);
  });

  it("errors other than assertion errors are not swallowed", () => {
    const hostile = new Proxy({}, { has: () => { throw new TypeError("boom"); }, get: () => { throw new TypeError("boom"); } });
    expect(() => call("toCharge", false, hostile, 35)).toThrow(TypeError);
    expect(() => call("toBeDecision", false, hostile)).toThrow(TypeError);
  });

  it("the matchers object is frozen", () => {
    expect(Object.isFrozen(policyMatchers)).toBe(true);
    expect(Object.keys(policyMatchers).sort()).toEqual(["toBeDecision", "toCharge", "toCite"]);
  });
});
