import { describe, expectTypeOf, it } from "vitest";
import {
  ageRule,
  billingPeriod,
  checkConsent,
  clauses,
  liabilityCap,
  monthlyCancellation,
  priceInForce,
  privacyProfiles,
  retentionDecision,
  rightsRequestDeadlines,
  visitAllowance,
  yearlyRefund,
  type Clause,
  type Money,
} from "../src/index.js";
import { expectCites, expectMoney, quoteServiceInputArbitrary } from "../src/testing/index.js";

describe("public signatures (memberships over time)", () => {
  it("visitAllowance", () => {
    expectTypeOf(visitAllowance).returns.toHaveProperty("available").toEqualTypeOf<number>();
    expectTypeOf(visitAllowance).returns.toHaveProperty("bank").toEqualTypeOf<number>();
    expectTypeOf(visitAllowance).returns.toHaveProperty("currentPeriod").toHaveProperty("remaining").toEqualTypeOf<number>();
    expectTypeOf(visitAllowance).returns.toHaveProperty("bonusRemaining").toEqualTypeOf<number>();
    expectTypeOf(visitAllowance).returns.toHaveProperty("forfeited").toEqualTypeOf<number>();
  });
  it("billing, cancellation, refunds, prices, liability", () => {
    expectTypeOf(billingPeriod).returns.toHaveProperty("nextRenewal").toEqualTypeOf<string>();
    expectTypeOf(monthlyCancellation).returns.toHaveProperty("refund").toEqualTypeOf<Money>();
    expectTypeOf(yearlyRefund).returns.toHaveProperty("refund").toEqualTypeOf<Money>();
    expectTypeOf(yearlyRefund).returns.toHaveProperty("retained").toEqualTypeOf<Money>();
    expectTypeOf(yearlyRefund).returns.toHaveProperty("eligible").toEqualTypeOf<boolean>();
    expectTypeOf(priceInForce).parameter(0).toHaveProperty("kind").toEqualTypeOf<"subscription" | "one-time">();
    expectTypeOf(priceInForce).returns.toHaveProperty("price").toEqualTypeOf<Money>();
    expectTypeOf(liabilityCap).returns.toHaveProperty("cap").toEqualTypeOf<Money>();
    expectTypeOf(liabilityCap).returns.toHaveProperty("windowStart").toEqualTypeOf<string>();
  });
});

describe("public signatures (privacy)", () => {
  it("profiles and rules", () => {
    expectTypeOf(privacyProfiles).toHaveProperty("relument");
    expectTypeOf(privacyProfiles).toHaveProperty("relenta");
    expectTypeOf(ageRule).returns.toHaveProperty("mayCollect").toEqualTypeOf<boolean>();
    expectTypeOf(ageRule).returns.toHaveProperty("maySellOrShare").toEqualTypeOf<boolean>();
    expectTypeOf(ageRule).returns.toHaveProperty("mustDelete").toEqualTypeOf<boolean>();
    expectTypeOf(checkConsent).returns.toHaveProperty("allowed").toEqualTypeOf<boolean>();
    expectTypeOf(checkConsent).returns.toHaveProperty("missing").toEqualTypeOf<("consent" | "notice" | "permission")[]>();
    expectTypeOf(rightsRequestDeadlines).returns.toHaveProperty("verificationRequired").toEqualTypeOf<boolean>();
    expectTypeOf(retentionDecision).returns.toHaveProperty("action").toEqualTypeOf<"retain" | "delete">();
    expectTypeOf(checkConsent).returns.toHaveProperty("citations").toEqualTypeOf<string[]>();
  });
  it("registry and testing kit", () => {
    expectTypeOf(clauses).toEqualTypeOf<readonly Clause[]>();
    expectTypeOf(expectCites).parameters.toEqualTypeOf<[unknown, ...string[]]>();
    expectTypeOf(expectMoney).returns.toEqualTypeOf<void>();
    expectTypeOf(quoteServiceInputArbitrary).returns.toHaveProperty("filter");
  });
});
