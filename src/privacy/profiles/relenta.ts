import type { ShippedPrivacyProfile } from "../schema.js";
import { attachCitations } from "./citations.js";
import { deepFreeze } from "../../core/freeze.js";

const NOT_CRM = "The Relenta policy does not address this action.";

/**
 * Relenta CRM's Privacy Policy (archived 2012; docs/policies/relenta-privacy.md)
 * as a profile: no minimum age, never sells, rents or shares, deletion takes
 * effect at once in the account view, residual copies go within 90 days.
 *
 * @example
 * ```ts
 * relentaProfile.retention.residualPurgeDays; //=> { stated: true, value: 90, clauses: ["relenta.5.deletion"] }
 * ```
 */
export const relentaProfile: ShippedPrivacyProfile = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ attachCitations({
  id: "relenta",
  name: "Relenta CRM",
  document: "relenta-privacy",
  scopeClauses: ["relenta.2.personal-information"],
  jurisdiction: { stated: false, note: "Not stated." },
  dataCategories: [
    { id: "account", label: "Account content and settings", clauses: ["relenta.2.personal-information"] },
    { id: "usage-logs", label: "Usage and web-server logs", clauses: ["relenta.2.logs"] },
  ],
  neverCollects: { stated: false, note: "Not stated." },
  collection: {
    "government-id": {
      status: "not-stated",
      note: "The policy does not mention government IDs; the \"identification\" information asked at registration is read as identifying details, not an ID document (register P2.relenta-identification).",
    },
    "precise-geolocation": { status: "not-stated", note: "The policy does not mention geolocation; its logs name IP addresses, not precise location." },
    biometrics: { status: "not-stated", note: "The policy does not mention biometrics, and none of its categories holds them." },
    "card-full-number": { status: "not-stated", note: "The policy does not mention payment or card data." },
    "card-security-code": { status: "not-stated", note: "The policy does not mention payment or card data." },
    "card-last4": { status: "not-stated", note: "The policy does not mention payment or card data." },
    "card-expiry": { status: "not-stated", note: "The policy does not mention payment or card data." },
    phi: { status: "not-stated", note: "The policy does not mention health information, and none of its categories holds it." },
    "call-logs": { status: "not-stated", note: "The policy does not mention call logs, and none of its categories holds them." },
    contacts: { status: "not-stated", note: "The policy does not mention third-party contacts; its account information is the user's own (register P2.contacts-third-party)." },
  },
  age: {
    minimum: { stated: false, note: "The 2012 policy mentions neither children nor any age limit." },
    deleteIfLearned: { stated: false, note: "Not stated." },
    saleOrShareMinimum: { stated: false, note: "Not stated (Relenta never sells or shares at any age)." },
  },
  sells: { stated: true, value: false, clauses: ["relenta.4.no-sale"] },
  actions: {
    "remote-session": { status: "not-stated", note: NOT_CRM },
    "screen-recording": { status: "not-stated", note: NOT_CRM },
    "file-transfer": { status: "not-stated", note: NOT_CRM },
    "rmm-install": { status: "not-stated", note: NOT_CRM },
    "marketing-email": { status: "not-stated", note: "The policy does not mention marketing." },
    "marketing-sms": { status: "not-stated", note: "The policy does not mention marketing." },
    "transactional-message": {
      status: "allowed-if",
      requires: [],
      blockedByOptOut: false,
      blockedByGpc: false,
      minimumAge: null,
      requiresPixels: false,
      clauses: ["relenta.3.announcements"],
      laws: [],
      note: "Relenta may send mandatory announcements related to the use of the service; an opt-out does not stop them.",
    },
    "analytics-cookie": {
      status: "allowed-if",
      requires: [],
      blockedByOptOut: true,
      blockedByGpc: false,
      minimumAge: null,
      requiresPixels: false,
      clauses: ["relenta.2.logs", "relenta.4.no-sale"],
      laws: [],
      note: "Relenta's own servers record a cookie ID with usage; nothing is shared with third parties. Disabling cookies (optedOut) stops it.",
    },
    "ad-pixel-sharing": {
      status: "prohibited",
      clauses: ["relenta.4.no-sale"],
      laws: [],
      note: "Relenta does not sell, rent or otherwise share personal or account information.",
    },
    sale: { status: "prohibited", clauses: ["relenta.4.no-sale"], laws: [], note: "Relenta does not sell or rent personal information." },
    "call-log-access": { status: "not-stated", note: NOT_CRM },
    "integration-access": { status: "not-stated", note: NOT_CRM },
    "testimonial-post": { status: "not-stated", note: NOT_CRM },
    "third-party-login-data": { status: "not-stated", note: NOT_CRM },
    "unrelated-sharing": {
      status: "prohibited",
      clauses: ["relenta.4.no-sale"],
      laws: [],
      note: "Relenta does not \"otherwise share\" personal or account information with any third parties except in the limited circumstances of its Terms of Service (such as a legal requirement): no grant opens sharing for an unrelated purpose.",
    },
    "service-provider-marketing": {
      status: "prohibited",
      clauses: ["relenta.4.no-sale"],
      laws: [],
      note: "Relenta does not share personal or account information with third parties outside the limited circumstances of its Terms of Service: a third party's own marketing is not one of them.",
    },
  },
  rights: {
    offered: [
      // §5: "change your Relenta account settings" and "delete your messages or terminate your account": the contract's
      // `correct` and `delete`, and the GDPR-style `rectification` and `erasure` for the same acts.
      { right: "correct", clauses: ["relenta.5.choices"], verification: { stated: true, value: true, clauses: ["relenta.5.choices"] } },
      { right: "delete", clauses: ["relenta.5.deletion"], verification: { stated: true, value: true, clauses: ["relenta.5.deletion"] } },
      { right: "rectification", clauses: ["relenta.5.choices"], verification: { stated: true, value: true, clauses: ["relenta.5.choices"] } },
      { right: "erasure", clauses: ["relenta.5.deletion"], verification: { stated: true, value: true, clauses: ["relenta.5.deletion"] } },
    ],
    respondWithinDays: { stated: true, value: 0, clauses: ["relenta.5.deletion"] },
    acknowledgeWithinBusinessDays: { stated: false, note: "Self-service: nothing to acknowledge." },
    accountChangeHours: { stated: true, value: 0, clauses: ["relenta.5.deletion"] },
  },
  retention: {
    categories: [
      {
        id: "account",
        label: "Account and its content (messages, settings)",
        clauses: ["relenta.5.deletion"],
        afterClosureMonths: 0,
        periodSource: "policy",
        reason: "Deletion or termination takes immediate effect in the account view; residual server copies follow within 90 days.",
        exception: null,
        keptOnDeletionRequest: false,
      },
      {
        id: "usage-logs",
        label: "Usage and web-server logs",
        clauses: ["relenta.2.logs", "relenta.5.deletion"],
        afterClosureMonths: 12,
        periodSource: "default",
        reason: "Used among other things for spam prevention (relenta.2.logs); 12 months after closure covers abuse found late.",
        exception: "security",
        keptOnDeletionRequest: true,
      },
    ],
    residualPurgeDays: { stated: true, value: 90, clauses: ["relenta.5.deletion"] },
    backups: { stated: true, value: "may-remain", clauses: ["relenta.5.deletion"] },
  },
  changes: {
    notice: { stated: true, value: { of: "none", channels: [] }, clauses: ["relenta.1.changes"] },
    advanceNoticeDays: { stated: false, note: "None: the policy may change at any time." },
    terminationWithinDays: { stated: false, note: "No termination window." },
    mayChangeAtAnyTime: { stated: true, value: true, clauses: ["relenta.1.changes"] },
  },
  marketing: {
    optOut: { stated: false, note: "Not stated." },
    transactionalContinues: { stated: true, value: true, clauses: ["relenta.3.announcements"] },
    mandatoryAnnouncements: { stated: true, value: true, clauses: ["relenta.3.announcements"] },
    honourOptOutWithinBusinessDays: { stated: false, note: "Not stated." },
  },
}));
