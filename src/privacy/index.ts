/* The privacy surface: profiles (P1–P8 data) and the rules they drive. Re-exports only. */
export {
  PRIVACY_ACTIONS,
  PRIVACY_RIGHTS,
  GRANTS,
  JURISDICTIONS,
  RETENTION_EXCEPTIONS,
  PROFILE_NAMES,
  MAX_PROFILE_EDITIONS,
  actionGateSchema,
  profileEditionSchema,
  privacyProfileSchema,
  profileInputSchema,
  type PrivacyAction,
  type PrivacyRight,
  type Grant,
  type Jurisdiction,
  type RetentionException,
  type ProfileName,
  type ActionGate,
  type PrivacyProfile,
  type ProfileInput,
  type ProfileEdition,
  type ShippedPrivacyProfile,
  type Stated,
} from "./schema.js";
export { privacyProfiles, relumentProfile, relasoProfile, reliomProfile, relentaProfile, profileCitations, withCitations } from "./profiles/index.js";
export { type PrivacyEditionStamp } from "./profile-edition.js";
export { laws, lawNumbers, type LawProvision, type LawId, type LawNumber } from "./laws.js";
export { ageRule, ageRuleInputSchema, type AgeRuleInput, type AgeRuleResult } from "./age-rule.js";
export { checkConsent, checkConsentInputSchema, type CheckConsentInput, type CheckConsentResult, type ConsentBlock } from "./check-consent.js";
export {
  rightsRequestDeadlines,
  rightsRequestInputSchema,
  type RightsRequestInput,
  type RightsRequestResult,
  type DeadlineBasis,
} from "./rights-request-deadlines.js";
export {
  retentionDecision,
  retentionDecisionInputSchema,
  type RetentionDecisionInput,
  type RetentionDecisionResult,
} from "./retention-decision.js";
export {
  marketingOptOutDeadline,
  marketingOptOutInputSchema,
  type MarketingOptOutInput,
  type MarketingOptOutResult,
} from "./marketing-opt-out-deadline.js";
export { policyChangeEffective, policyChangeInputSchema, type PolicyChangeInput, type PolicyChangeResult } from "./policy-change-effective.js";
export {
  terminationWindow,
  terminationWindowInputSchema,
  type TerminationWindowInput,
  type TerminationWindowResult,
} from "./termination-window.js";
export {
  collectionCheck,
  collectionCheckInputSchema,
  type CollectionCheckInput,
  type CollectionCheckResult,
  type CollectionNeed,
} from "./collection-check.js";
export {
  accountChangeDeadline,
  accountChangeDeadlineInputSchema,
  type AccountChangeDeadlineInput,
  type AccountChangeDeadlineResult,
} from "./account-change-deadline.js";
export { COLLECTION_ITEMS, COLLECTION_CONDITIONS, collectionLimitSchema, type CollectionItem, type CollectionCondition, type CollectionLimit } from "./schema.js";
// The error every function of this entry point throws, so a host importing only this entry can catch it by name.
export { PolicyInputError, isPolicyInputError, type PolicyInputIssue } from "../core/errors.js";
