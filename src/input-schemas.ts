/** The zod input schema of every public rule, by rule name. */
import { eligibilityInputSchema } from "./terms/eligibility.js";
import { deviceCoverageInputSchema } from "./terms/device-coverage.js";
import { overtimeInputSchema } from "./terms/overtime.js";
import { quoteServiceInputSchema } from "./terms/quote-service.js";
import { noShowInputSchema } from "./terms/no-show.js";
import { slaInputSchema } from "./terms/sla.js";
import { classifyRequestInputSchema } from "./terms/classify-request.js";
import { visitAllowanceInputSchema } from "./terms/visit-allowance.js";
import { billingPeriodInputSchema } from "./terms/billing-period.js";
import { monthlyCancellationInputSchema } from "./terms/monthly-cancellation.js";
import { yearlyRefundInputSchema } from "./terms/yearly-refund.js";
import { priceInForceInputSchema } from "./terms/price-in-force.js";
import { liabilityCapInputSchema } from "./terms/liability-cap.js";
import { renewalChargeInputSchema } from "./terms/renewal-charge.js";
import { ageRuleInputSchema } from "./privacy/age-rule.js";
import { checkConsentInputSchema } from "./privacy/check-consent.js";
import { rightsRequestInputSchema } from "./privacy/rights-request-deadlines.js";
import { retentionDecisionInputSchema } from "./privacy/retention-decision.js";
import { marketingOptOutInputSchema } from "./privacy/marketing-opt-out-deadline.js";
import { policyChangeInputSchema } from "./privacy/policy-change-effective.js";
import { terminationWindowInputSchema } from "./privacy/termination-window.js";
import { collectionCheckInputSchema } from "./privacy/collection-check.js";
import { accountChangeDeadlineInputSchema } from "./privacy/account-change-deadline.js";
import { deepFreeze } from "./core/freeze.js";

/**
 * Every rule's zod input schema, keyed by the rule's name.
 *
 * @example
 * ```ts
 * Object.keys(inputSchemas).includes("quoteService"); //=> true
 * ```
 */
export const inputSchemas = /* @__PURE__ */ deepFreeze({
  checkEligibility: eligibilityInputSchema,
  deviceCoverage: deviceCoverageInputSchema,
  overtimeCharge: overtimeInputSchema,
  quoteService: quoteServiceInputSchema,
  noShowCharge: noShowInputSchema,
  slaTarget: slaInputSchema,
  classifyRequest: classifyRequestInputSchema,
  visitAllowance: visitAllowanceInputSchema,
  billingPeriod: billingPeriodInputSchema,
  monthlyCancellation: monthlyCancellationInputSchema,
  yearlyRefund: yearlyRefundInputSchema,
  priceInForce: priceInForceInputSchema,
  liabilityCap: liabilityCapInputSchema,
  renewalCharge: renewalChargeInputSchema,
  ageRule: ageRuleInputSchema,
  checkConsent: checkConsentInputSchema,
  rightsRequestDeadlines: rightsRequestInputSchema,
  retentionDecision: retentionDecisionInputSchema,
  marketingOptOutDeadline: marketingOptOutInputSchema,
  policyChangeEffective: policyChangeInputSchema,
  terminationWindow: terminationWindowInputSchema,
  collectionCheck: collectionCheckInputSchema,
  accountChangeDeadline: accountChangeDeadlineInputSchema,
} as const);
