/**
 * Memberships over time (POLICY-SPEC T4, T11–T13, T15): the included-visit
 * ledger, billing periods, cancellations and refunds, price changes and the
 * liability cap.
 */
export {
  visitAllowance,
  visitAllowanceInputSchema,
  type VisitAllowanceInput,
  type VisitAllowanceEvent,
  type VisitAllowanceResult,
  type AllowancePeriod,
  type Forfeiture,
  type ForfeitReason,
  type VisitOutcome,
  type NoShowVisitOutcome,
  type VisitLedgerEntry,
} from "./visit-allowance.js";
export { billingPeriod, billingPeriodInputSchema, type BillingPeriodInput, type BillingPeriodResult } from "./billing-period.js";
export {
  monthlyCancellation,
  monthlyCancellationInputSchema,
  type MonthlyCancellationInput,
  type MonthlyCancellationResult,
} from "./monthly-cancellation.js";
export {
  yearlyRefund,
  yearlyRefundInputSchema,
  type YearlyRefundInput,
  type YearlyRefundResult,
  type RefundDeduction,
  type RenderedService,
  type RenderedServicesValuation,
} from "./yearly-refund.js";
export { priceInForce, priceInForceInputSchema, type PriceInForceInput, type PriceInForceResult, type PriceChange } from "./price-in-force.js";
export { liabilityCap, liabilityCapInputSchema, type LiabilityCapInput, type LiabilityCapResult, type LiabilityPayment, type LiabilityClaim } from "./liability-cap.js";
