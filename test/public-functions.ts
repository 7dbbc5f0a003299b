/**
 * Every public rule with an arbitrary of its valid inputs (from the host
 * testing kit): the cross-cutting suites (fuzzing, immutability, host time
 * zone) run over this list.
 */
import type { fc } from "@fast-check/vitest";
import * as api from "../src/index.js";
import * as arb from "../src/testing/index.js";

export interface PublicRule {
  readonly name: string;
  readonly fn: (input: never) => unknown;
  readonly valid: fc.Arbitrary<object>;
}

const rule = (name: keyof typeof api, valid: fc.Arbitrary<object>): PublicRule => ({ name, fn: api[name] as PublicRule["fn"], valid });

export const termsRules: PublicRule[] = [
  rule("checkEligibility", arb.eligibilityInputArbitrary()),
  rule("deviceCoverage", arb.deviceCoverageInputArbitrary()),
  rule("overtimeCharge", arb.overtimeInputArbitrary()),
  rule("quoteService", arb.quoteServiceInputArbitrary()),
  rule("noShowCharge", arb.noShowInputArbitrary()),
  rule("slaTarget", arb.slaInputArbitrary()),
  rule("classifyRequest", arb.classifyRequestInputArbitrary()),
  rule("visitAllowance", arb.visitAllowanceInputArbitrary()),
  rule("billingPeriod", arb.billingPeriodInputArbitrary()),
  rule("monthlyCancellation", arb.monthlyCancellationInputArbitrary()),
  rule("yearlyRefund", arb.yearlyRefundInputArbitrary()),
  rule("priceInForce", arb.priceInForceInputArbitrary()),
  rule("liabilityCap", arb.liabilityCapInputArbitrary()),
  rule("renewalCharge", arb.renewalChargeInputArbitrary()),
];

export const privacyRules: PublicRule[] = [
  rule("ageRule", arb.ageRuleInputArbitrary()),
  rule("checkConsent", arb.checkConsentInputArbitrary()),
  rule("rightsRequestDeadlines", arb.rightsRequestInputArbitrary()),
  rule("retentionDecision", arb.retentionDecisionInputArbitrary()),
  rule("marketingOptOutDeadline", arb.marketingOptOutInputArbitrary()),
  rule("policyChangeEffective", arb.policyChangeInputArbitrary()),
  rule("terminationWindow", arb.terminationWindowInputArbitrary()),
  rule("collectionCheck", arb.collectionCheckInputArbitrary()),
  rule("accountChangeDeadline", arb.accountChangeDeadlineInputArbitrary()),
];

export const publicRules: PublicRule[] = [...termsRules, ...privacyRules];

export { assertPlainJson } from "../src/testing/assertions.js";
