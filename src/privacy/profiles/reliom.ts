import type { ShippedPrivacyProfile } from "../schema.js";
import { attachCitations } from "./citations.js";
import { deepFreeze } from "../../core/freeze.js";

const NO_REMOTE = "Reliom is a CRM platform; the policy does not address this action.";

/**
 * Reliom's Privacy Policy (docs/policies/reliom-privacy.txt) as a profile. It
 * states no deadline for rights requests ("depending on your jurisdiction"):
 * the rules apply a law's deadline only when told the jurisdiction.
 *
 * @example
 * ```ts
 * reliomProfile.rights.respondWithinDays.stated; //=> false
 * ```
 */
export const reliomProfile: ShippedPrivacyProfile = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ attachCitations({
  id: "reliom",
  name: "Reliom",
  document: "reliom-privacy",
  scopeClauses: ["reliom.1.information"],
  jurisdiction: { stated: false, note: "\"Depending on your jurisdiction\": the policy names none." },
  dataCategories: [
    { id: "account", label: "Account information", clauses: ["reliom.1.information"] },
    { id: "customer-data", label: "Customer data", clauses: ["reliom.1.information"] },
    { id: "communications", label: "Communication data", clauses: ["reliom.1.information"] },
    { id: "usage", label: "Usage data", clauses: ["reliom.1.information"] },
    { id: "phi", label: "Protected health information, only under a BAA", clauses: ["reliom.4.phi"] },
  ],
  neverCollects: { stated: true, value: ["full card numbers"], clauses: ["reliom.1.information"] },
  collection: {
    "government-id": { status: "not-stated", note: "The policy does not mention government IDs, and none of its categories holds them." },
    "precise-geolocation": { status: "not-stated", note: "The policy does not mention geolocation; its usage data names IP addresses and device information, not precise location." },
    biometrics: { status: "not-stated", note: "The policy does not mention biometrics, and none of its categories holds them." },
    "card-full-number": { status: "never", clauses: ["reliom.1.information"], note: "Payment information is processed by the payment provider; Reliom does not store full card numbers." },
    "card-security-code": {
      status: "allowed",
      category: "Payment information (§1)",
      clauses: ["reliom.1.information"],
      note: "The policy is silent on the security code; it falls in the payment information it lists, processed by the payment provider (register P2.reliom-payment-information).",
    },
    "card-last4": {
      status: "allowed",
      category: "Payment information (§1)",
      clauses: ["reliom.1.information"],
      note: "The policy is silent on the last 4 digits; they fall in the payment information it lists (register P2.reliom-payment-information).",
    },
    "card-expiry": {
      status: "allowed",
      category: "Payment information (§1)",
      clauses: ["reliom.1.information"],
      note: "The policy is silent on the expiry date; it falls in the payment information it lists (register P2.reliom-payment-information).",
    },
    phi: { status: "allowed-if", requires: ["baa"], clauses: ["reliom.4.phi"], note: "PHI is handled only when a Business Associate Agreement is in place, in accordance with HIPAA and the BAA." },
    "call-logs": {
      status: "allowed",
      category: "Communication data (§1): voice calls routed through the platform",
      clauses: ["reliom.1.information"],
      note: "The policy does not say \"call logs\"; the logs of voice calls routed through the platform fall in its communication data.",
    },
    contacts: { status: "allowed", category: null, clauses: ["reliom.1.information"], note: "Customer data includes the contact records you or your team import." },
  },
  age: {
    minimum: { stated: true, value: 16, clauses: ["reliom.8.children"] },
    deleteIfLearned: { stated: false, note: "The policy says it does not knowingly collect from under-16s, not what happens when it learns of it." },
    saleOrShareMinimum: { stated: false, note: "No separate age: nobody under 16 is a user, and Reliom never sells." },
  },
  sells: { stated: true, value: false, clauses: ["reliom.3.no-sale"] },
  actions: {
    "remote-session": { status: "not-stated", note: NO_REMOTE },
    "screen-recording": { status: "not-stated", note: NO_REMOTE },
    "file-transfer": { status: "not-stated", note: NO_REMOTE },
    "rmm-install": { status: "not-stated", note: NO_REMOTE },
    "marketing-email": { status: "not-stated", note: "The policy does not address marketing email to its users." },
    "marketing-sms": { status: "not-stated", note: "The policy does not address marketing SMS to its users." },
    "transactional-message": {
      status: "allowed-if",
      requires: [],
      blockedByOptOut: false,
      blockedByGpc: false,
      minimumAge: null,
      requiresPixels: false,
      clauses: ["reliom.2.uses"],
      laws: [],
      note: "Support answers and service communications are among the stated uses.",
    },
    "analytics-cookie": {
      status: "allowed-if",
      requires: [],
      blockedByOptOut: true,
      blockedByGpc: false,
      minimumAge: null,
      requiresPixels: false,
      clauses: ["reliom.1.information", "reliom.3.no-sale"],
      laws: [],
      note: "Usage data is collected and analytics providers are service providers under written agreements (not sharing, so GPC does not apply); a cookie opt-out stops it.",
    },
    "ad-pixel-sharing": {
      status: "prohibited",
      clauses: ["reliom.3.no-sale"],
      laws: [],
      note: "Reliom shares only with service providers, enabled integrations, legal authorities and successors: advertising partners are not among them.",
    },
    sale: { status: "prohibited", clauses: ["reliom.3.no-sale"], laws: [], note: "Reliom does not sell personal information." },
    "call-log-access": { status: "not-stated", note: "The policy does not address access to a device's call logs." },
    "integration-access": {
      status: "allowed-if",
      requires: [],
      blockedByOptOut: true,
      blockedByGpc: false,
      minimumAge: null,
      requiresPixels: false,
      requiresIntegration: true,
      clauses: ["reliom.3.no-sale"],
      laws: [],
      note: "Reliom shares with \"integrations you choose to enable\": an integration gets data only while it is enabled (enabling it is the choice; no other grant is needed).",
    },
    "testimonial-post": { status: "not-stated", note: "The policy does not mention testimonials." },
    "third-party-login-data": { status: "not-stated", note: "The policy does not mention signing in with a third-party account." },
    "unrelated-sharing": {
      status: "prohibited",
      clauses: ["reliom.3.no-sale"],
      laws: [],
      note: "Reliom shares \"only with\" service providers, enabled integrations, legal authorities and successors: sharing for a purpose unrelated to the Services is outside that list, and no grant makes it allowed.",
    },
    "service-provider-marketing": {
      status: "prohibited",
      clauses: ["reliom.3.no-sale"],
      laws: [],
      note: "Reliom shares with service providers only so that they \"help us deliver the Services\", under written agreements: a provider's own marketing is not among the listed purposes, and no grant makes it allowed.",
    },
  },
  rights: {
    offered: [
      { right: "access", clauses: ["reliom.7.rights"], verification: { stated: false, note: "Not stated." } },
      // §7 says "access, correct, delete, or port ... or object": the policy's own words are the contract's
      // `correct` and `delete`; the GDPR-style `rectification` and `erasure` name the same rights.
      { right: "correct", clauses: ["reliom.7.rights"], verification: { stated: false, note: "Not stated." } },
      { right: "delete", clauses: ["reliom.7.rights", "reliom.5.retention"], verification: { stated: false, note: "Not stated." } },
      { right: "rectification", clauses: ["reliom.7.rights"], verification: { stated: false, note: "Not stated." } },
      { right: "erasure", clauses: ["reliom.7.rights", "reliom.5.retention"], verification: { stated: false, note: "Not stated." } },
      { right: "portability", clauses: ["reliom.7.rights", "reliom.5.retention"], verification: { stated: false, note: "Not stated." } },
      { right: "objection", clauses: ["reliom.7.rights"], verification: { stated: false, note: "Not stated." } },
    ],
    respondWithinDays: { stated: false, note: "Not stated: the rules apply the law of the jurisdiction given, if any." },
    acknowledgeWithinBusinessDays: { stated: false, note: "Not stated." },
    accountChangeHours: { stated: false, note: "Not stated." },
  },
  retention: {
    categories: [
      {
        id: "account",
        label: "Account information",
        clauses: ["reliom.5.retention"],
        afterClosureMonths: 0,
        periodSource: "default",
        reason: "Kept \"for as long as your account is active\"; legal obligations are handled by a legal hold.",
        exception: null,
        keptOnDeletionRequest: false,
      },
      {
        id: "customer-data",
        label: "Customer data",
        clauses: ["reliom.5.retention"],
        afterClosureMonths: 0,
        periodSource: "default",
        reason: "Kept \"for as long as your account is active\"; exportable or deletable on request at any time.",
        exception: null,
        keptOnDeletionRequest: false,
      },
      {
        id: "communications",
        label: "Communication data",
        clauses: ["reliom.5.retention"],
        afterClosureMonths: 0,
        periodSource: "default",
        reason: "Part of the customer data kept while the account is active.",
        exception: null,
        keptOnDeletionRequest: false,
      },
      {
        id: "usage",
        label: "Usage and security logs",
        clauses: ["reliom.5.retention", "reliom.2.uses"],
        afterClosureMonths: 12,
        periodSource: "default",
        reason: "Used \"to detect, prevent, and address fraud, abuse, and security issues\": 12 months after closure covers abuse found late.",
        exception: "security",
        keptOnDeletionRequest: true,
      },
      {
        id: "phi",
        label: "Protected health information (under a BAA)",
        clauses: ["reliom.4.phi", "reliom.5.retention"],
        afterClosureMonths: 0,
        periodSource: "default",
        reason: "A BAA requires PHI to be returned or destroyed when the relationship ends (45 C.F.R. §164.504(e)(2)(ii)(J)); a BAA's own terms override this default.",
        exception: null,
        keptOnDeletionRequest: false,
      },
    ],
    residualPurgeDays: { stated: false, note: "Not stated." },
    backups: { stated: false, note: "Not stated." },
  },
  changes: {
    notice: { stated: true, value: { of: "material", channels: ["posted with a revised \"Last updated\" date"] }, clauses: ["reliom.10.changes"] },
    advanceNoticeDays: { stated: false, note: "No advance-notice period." },
    terminationWithinDays: { stated: false, note: "No termination window." },
    mayChangeAtAnyTime: { stated: false, note: "\"From time to time\"." },
  },
  marketing: {
    optOut: { stated: false, note: "Not stated." },
    transactionalContinues: { stated: false, note: "Not stated." },
    mandatoryAnnouncements: { stated: false, note: "Not stated." },
    honourOptOutWithinBusinessDays: { stated: false, note: "Not stated." },
  },
}));
