export { tariff, PLANS, isYearly, type Plan, type TariffEntry } from "./tariff.js";
export { planSchema, zipSchema, modeSchema, customerSchema, type Mode, type Customer } from "./common.js";
export { checkEligibility, eligibilityInputSchema, type EligibilityInput, type EligibilityResult, type EligibilityReason } from "./eligibility.js";
export {
  deviceCoverage,
  deviceCoverageInputSchema,
  type DeviceCoverageInput,
  type DeviceCoverageResult,
  type DeviceStatus,
} from "./device-coverage.js";
export { overtimeCharge, overtimeInputSchema, type OvertimeInput, type OvertimeResult } from "./overtime.js";
export {
  quoteService,
  quoteServiceInputSchema,
  type QuoteServiceInput,
  type QuoteResult,
  type QuoteLine,
  type QuoteLineCode,
} from "./quote-service.js";
export { noShowCharge, noShowInputSchema, type NoShowInput, type NoShowResult } from "./no-show.js";
export {
  slaTarget,
  slaInputSchema,
  supportHoursSchema,
  DEFAULT_SUPPORT_HOURS,
  WEEKDAYS,
  type SlaInput,
  type SlaResult,
  type SupportHours,
  type WeekdayName,
} from "./sla.js";
export {
  classifyRequest,
  classifyRequestInputSchema,
  DEFAULT_FAIR_USE_THRESHOLDS,
  IN_SCOPE_CATEGORIES,
  EXCLUDED_CATEGORIES,
  PROJECT_CATEGORIES,
  FAIR_USE_CATEGORIES,
  REQUEST_CATEGORIES,
  type ClassifyRequestInput,
  type ClassifyRequestResult,
  type RequestCategory,
  type RequestClass,
  type RequestOption,
} from "./classify-request.js";
export * from "./lifecycle.js";
export {
  renewalCharge,
  renewalChargeInputSchema,
  type RenewalChargeInput,
  type RenewalChargeResult,
  type RenewalLine,
  type RenewalLineCode,
} from "./renewal-charge.js";
// The Terms over time (T17): editions, which one binds whom, what-if and diffs.
export * from "../editions/index.js";
// The error every function of this entry point throws, so a host importing only this entry can catch it by name.
export { PolicyInputError, isPolicyInputError, type PolicyInputIssue } from "../core/errors.js";
