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

  it("expectMoney compares by decimal string or by cents and checks consistency", () => {
    expect(() => expectMoney(d.fee, "35.00")).not.toThrow();
    expect(() => expectMoney(d.fee, "35")).not.toThrow();
    expect(() => expectMoney(d.fee, 3500)).not.toThrow();
    expect(() => expectMoney(d.fee, "35.01")).toThrow(/expected \$35\.01/);
    expect(() => expectMoney({ amount: "35.00", cents: 3501, currency: "USD" }, "35.00")).toThrow(/inconsistent/);
    expect(() => expectMoney(35, "35.00")).toThrow(PolicyAssertionError);
    expect(() => expectMoney(d.fee, "35.001")).toThrow(/not a decimal string/);
  });

  it("expectDecision and assertPlainJson reject undefined, NaN and non-plain values", () => {
    expect(() => expectDecision(d)).not.toThrow();
    expect(() => expectDecision({ ...d, citations: [] })).toThrow(/citations/);
    expect(() => assertPlainJson({ a: undefined })).toThrow(/undefined/);
    expect(() => assertPlainJson({ a: [Number.NaN] })).toThrow(/NaN/);
    expect(() => assertPlainJson({ a: new Date() })).toThrow(/not plain/);
  });
});
