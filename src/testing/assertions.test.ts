import { describe, expect, it } from "vitest";
import { PolicyAssertionError, assertPlainJson, expectCites, expectDecision, expectMoney } from "./assertions.js";
import { overtimeCharge } from "../terms/overtime.js";

describe("host assertion helpers", () => {
  const d = overtimeCharge({ mode: "remote", minutes: 61 });

  it("expectCites passes on cited clauses and names the missing ones", () => {
    expect(() => expectCites(d, "terms.5.overtime")).not.toThrow();
    expect(() => expectCites(d, "terms.5.overtime", "terms.4.no-show")).toThrow(/terms\.4\.no-show/);
    expect(() => expectCites({}, "terms.5.overtime")).toThrow(PolicyAssertionError);
  });

  it("expectMoney reads numbers and strings as dollars, cents only through { cents }, and checks consistency", () => {
    expect(() => expectMoney(d.fee, "35.00")).not.toThrow();
    expect(() => expectMoney(d.fee, "35")).not.toThrow();
    expect(() => expectMoney(d.fee, 35)).not.toThrow();
    expect(() => expectMoney(d.fee, { cents: 3500 })).not.toThrow();
    expect(() => expectMoney(d.fee, d.fee)).not.toThrow();
    // 3500 is $3500.00, as every rule input reads it; the message says how to give cents.
    expect(() => expectMoney(d.fee, 3500)).toThrow("expected $3500.00 (350000 cents), got $35.00 (a number is read as dollars, as every rule input reads it; for cents write { cents: 3500 })");
    expect(() => expectMoney(d.fee, 34)).toThrow(/^expected \$34\.00 \(3400 cents\), got \$35\.00$/);
    expect(() => expectMoney(d.fee, "35.01")).toThrow(/expected \$35\.01/);
    expect(() => expectMoney({ amount: "35.00", cents: 3501, currency: "USD" }, "35.00")).toThrow(/inconsistent/);
    expect(() => expectMoney(35, "35.00")).toThrow(PolicyAssertionError);
    expect(() => expectMoney(d.fee, "35.001")).toThrow(/not a decimal string/);
  });

  it("expectMoney refuses an ambiguous or invalid expectation instead of rounding it", () => {
    for (const bad of [35.005, 1.005, 0.001, Number.NaN, Infinity, -Infinity])
      expect(() => expectMoney(d.fee, bad), String(bad)).toThrow(PolicyAssertionError);
    expect(() => expectMoney(d.fee, 35.005)).toThrow("expected amount 35.005 is not a whole number of cents");
    expect(() => expectMoney(d.fee, Number.NaN)).toThrow(/^expected amount NaN is not an amount of dollars: give dollars as a number \(35 or 35\.5\)/);
    expect(() => expectMoney(d.fee, -35)).toThrow("expected amount -35 is negative");
    expect(() => expectMoney(d.fee, 1e300)).toThrow(/too large/);
    expect(() => expectMoney(d.fee, "9".repeat(20))).toThrow(/too large/);
    for (const bad of [{ cents: 35.5 }, { cents: -1 }, { cents: "3500" }, { cents: Number.NaN }])
      expect(() => expectMoney(d.fee, bad as never), JSON.stringify(bad)).toThrow(/^expected \{ cents \} must be a non-negative integer number of cents/);
    for (const bad of [null, undefined, true, [35], {}, { amount: "35.00" }, 35n])
      expect(() => expectMoney(d.fee, bad as never), String(bad)).toThrow(/is not an amount: give dollars as a number/);
    // Exact decimals of a number: 35.1 is $35.10, 0.07 is 7 cents, 0.29 is 29 cents.
    expect(() => expectMoney({ amount: "35.10", cents: 3510, currency: "USD" }, 35.1)).not.toThrow();
    expect(() => expectMoney({ amount: "0.07", cents: 7, currency: "USD" }, 0.07)).not.toThrow();
    expect(() => expectMoney({ amount: "0.29", cents: 29, currency: "USD" }, 0.29)).not.toThrow();
    expect(() => expectMoney({ amount: "0.00", cents: 0, currency: "USD" }, 0)).not.toThrow();
  });

  it("expectDecision and assertPlainJson reject undefined, NaN and non-plain values", () => {
    expect(() => expectDecision(d)).not.toThrow();
    expect(() => expectDecision({ ...d, citations: [] })).toThrow(/citations/);
    expect(() => assertPlainJson({ a: undefined })).toThrow(/undefined/);
    expect(() => assertPlainJson({ a: [Number.NaN] })).toThrow(/NaN/);
    expect(() => assertPlainJson({ a: new Date() })).toThrow(/not plain/);
  });

  it("each helper names exactly what is wrong", () => {
    expect(() => expectCites({ citations: [], explanation: [] }, "terms.5.overtime")).toThrow(/it cites nothing/);
    expect(() => expectCites({ citations: ["terms.4.no-show"], explanation: [] }, "terms.5.overtime")).toThrow(
      "expected the decision to cite terms.5.overtime; it cites terms.4.no-show",
    );
    expect(() => expectCites({ citations: "terms.5.overtime", explanation: [] }, "terms.5.overtime")).toThrow(/`citations` array/);
    expect(() => expectMoney({ amount: "35.0", cents: 3500, currency: "USD" }, "35.00")).toThrow(/not a two-decimal string/);
    expect(() => expectMoney({ amount: "35.00", cents: 3500, currency: "EUR" }, "35.00")).toThrow(/currency: "USD"/);
    expect(() => expectMoney(null, "35.00")).toThrow(PolicyAssertionError);
    expect(() => expectMoney(d.fee, 3500.5)).toThrow(/\$3500\.50/);
    expect(() => expectMoney(d.fee, 34.99)).toThrow("expected $34.99 (3499 cents), got $35.00");
    expect(() => expectMoney(d.fee, { cents: 3499 })).toThrow("expected $34.99 (3499 cents), got $35.00");
    const circular: Record<string, unknown> = { amount: 35 };
    circular.self = circular;
    expect(() => expectMoney(circular, 35)).toThrow('expected Money { amount, cents, currency: "USD" }, got object');
    expect(() => expectMoney(d.fee, "35.5")).toThrow("expected $35.50 (3550 cents), got $35.00");
    expect(() => expectDecision(null)).toThrow(/expected a policy decision/);
    expect(() => expectDecision({ ...d, citations: [1] })).toThrow(/clause ids in `citations`/);
    expect(() => expectDecision({ ...d, explanation: [] })).toThrow(/steps in `explanation`/);
    expect(() => expectDecision({ ...d, explanation: ["ok", 2] })).toThrow(/steps in `explanation`/);
    expect(() => expectDecision({ ...d, explanation: "one step" })).toThrow(/steps in `explanation`/);
    expect(() => expectDecision({ ...d, extra: () => 1 })).toThrow("decision.extra is not plain JSON data (function)");
  });

  it("assertPlainJson names the path of the first non-JSON value", () => {
    expect(() => assertPlainJson({ a: [1, "x", null, true, { b: 2 }] })).not.toThrow();
    expect(() => assertPlainJson({ a: { b: [0, Infinity] } })).toThrow("value.a.b[1] is Infinity");
    expect(() => assertPlainJson(undefined, "root")).toThrow("root is undefined");
    expect(() => assertPlainJson({ m: new Map() })).toThrow("value.m is not plain JSON data (object)");
    expect(() => assertPlainJson(1n)).toThrow("value is not plain JSON data (bigint)");
  });

  it("expectMoney refuses anything but well-formed USD Money, and any expected amount but a whole or two-decimal one", () => {
    for (const bad of [{ amount: 35, cents: 3500, currency: "USD" }, { amount: "35.00", cents: "3500", currency: "USD" }, { amount: "35.00", cents: 3500 }, "35.00"]) {
      expect(() => expectMoney(bad, "35.00"), JSON.stringify(bad)).toThrow(/^expected Money \{ amount, cents, currency: "USD" \}, got /);
    }
    for (const amount of ["35.000", "x35.00", "35.00x", "-35.00", "35"]) {
      expect(() => expectMoney({ amount, cents: 3500, currency: "USD" }, "35.00"), amount).toThrow(`Money.amount "${amount}" is not a two-decimal string`);
    }
    for (const expected of ["35.", ".5", "-35.00", "35.001", "x35", "35x"]) {
      expect(() => expectMoney(d.fee, expected), expected).toThrow(`expected amount "${expected}" is not a decimal string of dollars`);
    }
    expect(() => expectMoney(d.fee, 0.05)).toThrow("expected $0.05 (5 cents), got $35.00");
    expect(() => expectMoney(d.fee, 5)).toThrow("expected $5.00 (500 cents), got $35.00");
    expect(() => expectMoney(d.fee, "0.5")).toThrow("expected $0.50 (50 cents), got $35.00");
    expect(() => expectMoney(d.fee, { cents: Number.MAX_SAFE_INTEGER + 1 })).toThrow(/non-negative integer number of cents/);
    expect(() => expectMoney({ amount: "35.00", cents: 3500, currency: "USD" }, 35)).not.toThrow();
  });

  it("a value without both citations and explanation is not a decision", () => {
    expect(() => expectDecision({ citations: ["terms.5.overtime"] })).toThrow("expected a policy decision with citations and explanation");
    expect(() => expectDecision({ explanation: ["a step"] })).toThrow("expected a policy decision with citations and explanation");
    expect(() => expectCites({ citations: ["terms.5.overtime"] }, "terms.5.overtime")).toThrow("expected a policy decision with a `citations` array");
    expect(() => expectCites(null, "terms.5.overtime")).toThrow("expected a policy decision with a `citations` array");
    expect(() => expectCites(d)).not.toThrow();
    expect(() => expectCites(d, "terms.4.no-show", "terms.9.fair-use")).toThrow(/^expected the decision to cite terms\.4\.no-show, terms\.9\.fair-use; it cites /);
  });

  it("each helper lists every missing or cited clause, checks cents against a non-zero fraction, and refuses non-objects", () => {
    expect(() => expectCites({ citations: ["terms.4.no-show", "terms.5.visits"], explanation: [] }, "terms.5.overtime", "terms.2.4.device")).toThrow(
      "expected the decision to cite terms.5.overtime, terms.2.4.device; it cites terms.4.no-show, terms.5.visits",
    );
    // $1.05 is 105 cents: whole × 100 + fraction.
    expect(() => expectMoney({ amount: "1.05", cents: 105, currency: "USD" }, "1.05")).not.toThrow();
    expect(() => expectMoney({ amount: "1.05", cents: 95, currency: "USD" }, { cents: 95 })).toThrow("Money is inconsistent: amount 1.05 but cents 95");
    // A string or a number is not a decision: the helpers say so instead of failing inside.
    for (const notADecision of ["terms.5.overtime", 42, true])
      for (const check of [() => expectCites(notADecision, "terms.5.overtime"), () => expectDecision(notADecision)])
        expect(check, String(notADecision)).toThrow(PolicyAssertionError);
    // Every citation must be a clause id, not just one of them.
    expect(() => expectDecision({ ...d, citations: ["terms.5.overtime", 7] })).toThrow("expected a non-empty array of clause ids in `citations`");
  });

  it("assertPlainJson accepts nested plain data and names each kind of non-JSON value", () => {
    expect(() => assertPlainJson({ s: "x", b: false, n: 0, z: null, a: [], o: {} })).not.toThrow();
    expect(() => assertPlainJson(true)).not.toThrow();
    expect(() => assertPlainJson(Number.NaN, "x")).toThrow("x is NaN");
    expect(() => assertPlainJson([1, [2, undefined]])).toThrow("value[1][1] is undefined");
    expect(() => assertPlainJson(Object.create(null))).toThrow("value is not plain JSON data (object)");
    expect(() => assertPlainJson(Symbol("s"))).toThrow("value is not plain JSON data (symbol)");
  });
});
