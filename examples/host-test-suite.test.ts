/**
 * host-test-suite: how a host's vitest suite uses `@relument/policy/testing`
 * to property-test its own billing code against the policy.
 * Run: npx vitest run examples/host-test-suite.test.ts
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { overtimeCharge, quoteService } from "@relument/policy";
import { expectCites, expectDecision, expectMoney, overtimeInputArbitrary, quoteServiceInputArbitrary } from "@relument/policy/testing";

// The host's own code under test: it stores amounts in cents and builds invoice rows.
function hostInvoiceRow(input: Parameters<typeof quoteService>[0]) {
  const quote = quoteService(input);
  return { cents: quote.lines.reduce((sum, l) => sum + l.amount.cents, 0), clauses: quote.lines.map((l) => l.clause) };
}

describe("host billing against the policy", () => {
  it("bills a 75-minute non-member remote session at $134.00, citing §3 and §5", () => {
    const quote = quoteService({ mode: "remote", minutes: 75, customer: "non-member" });
    expectMoney(quote.total, "134.00");
    expectCites(quote, "terms.3.remote", "terms.5.overtime");
    expectDecision(quote);
  });

  it("the host's invoice row always equals the policy's total (any valid service)", () => {
    fc.assert(
      fc.property(quoteServiceInputArbitrary(), (input) => {
        expect(hostInvoiceRow(input).cents).toBe(quoteService(input).total.cents);
      }),
    );
  });

  it("overtime is never billed within the included block", () => {
    fc.assert(
      fc.property(overtimeInputArbitrary(), (input) => {
        const block = input.mode === "remote" ? 60 : 90;
        if (input.minutes <= block) expectMoney(overtimeCharge(input).fee, 0);
      }),
    );
  });
});
