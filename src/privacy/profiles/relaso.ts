import type { ShippedPrivacyProfile } from "../schema.js";
import { attachCitations } from "./citations.js";
import { deepFreeze } from "../../core/freeze.js";

/**
 * Relaso Sales CRM's Privacy Policy (docs/policies/relaso-privacy.md) as a
 * profile. Its rights are the GDPR's (offered everywhere), answered within 30
 * days; the GDPR's one calendar month applies too, and the earlier wins. The
 * 30 days have no extension, so they still bind when the GDPR's extension is used.
 *
 * @example
 * ```ts
 * relasoProfile.rights.respondWithinDays; //=> { stated: true, value: 30, clauses: ["relaso.access.30-days", "relaso.end.identity"] }
 * ```
 */
export const relasoProfile: ShippedPrivacyProfile = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ attachCitations({
  id: "relaso",
  name: "Relaso Sales CRM",
  document: "relaso-privacy",
  scopeClauses: ["relaso.personal-information"],
  jurisdiction: { stated: true, value: "eea", clauses: ["relaso.rights"] },
  dataCategories: [
    { id: "account", label: "Account: name, email, username, password", clauses: ["relaso.personal-information"] },
    { id: "contacts", label: "Third-party contacts you keep in Relaso", clauses: ["relaso.contacts"] },
    { id: "call-logs", label: "Call logs (opt-in): number, duration, call type", clauses: ["relaso.call-logs", "relaso.call-logs.opt-in"] },
    { id: "card", label: "Card: cardholder name, address, expiry, last 4 digits only", clauses: ["relaso.financial"] },
  ],
  neverCollects: {
    stated: true,
    value: ["full credit card numbers", "bank account details"],
    clauses: ["relaso.personal-information", "relaso.financial"],
  },
  age: {
    minimum: { stated: true, value: 16, clauses: ["relaso.children"] },
    deleteIfLearned: { stated: true, value: true, clauses: ["relaso.children"] },
    saleOrShareMinimum: { stated: false, note: "No separate age: nobody under 16 is a user, and Relaso never sells or shares for advertising at any age." },
  },
  sells: { stated: true, value: false, clauses: ["relaso.never-sold", "relaso.no-sale"] },
  actions: {
    "remote-session": { status: "not-stated", note: "Relaso is a CRM; the policy does not address remote sessions." },
    "screen-recording": { status: "not-stated", note: "The policy does not address screen recording." },
    "file-transfer": { status: "not-stated", note: "The policy does not address file transfer to a device." },
    "rmm-install": { status: "not-stated", note: "The policy does not address monitoring agents." },
    "marketing-email": {
      status: "allowed-if",
      requires: [],
      blockedByOptOut: true,
      blockedByGpc: false,
      minimumAge: null,
      requiresPixels: false,
      clauses: ["relaso.uses", "relaso.opt-out", "relaso.rights.objection"],
      laws: ["law.gdpr.21-3"],
      note: "Relaso tells users about new products of their choice; opting out, or objecting to direct marketing, stops it.",
    },
    "marketing-sms": { status: "not-stated", note: "The policy does not mention marketing by SMS." },
    "transactional-message": {
      status: "allowed-if",
      requires: [],
      blockedByOptOut: false,
      blockedByGpc: false,
      minimumAge: null,
      requiresPixels: false,
      clauses: ["relaso.uses", "relaso.changes"],
      laws: [],
      note: "Messages about the products in use, support requests and policy updates are part of the service.",
    },
    "analytics-cookie": {
      status: "prohibited",
      clauses: ["relaso.cookies.third-party"],
      laws: [],
      note: "Relaso completely disables non-essential third-party cookies; an analytics cookie is non-essential. (Aggregated statistics not tied to a person, relaso.cookies.aggregate, are not a cookie set for this person.)",
    },
    "ad-pixel-sharing": {
      status: "prohibited",
      clauses: ["relaso.never-sold", "relaso.cookies.third-party", "relaso.sharing.consent"],
      laws: [],
      note: "Relaso never shares for cross-context advertising: it \"has never sold your information to someone else for advertising, or made money by showing you other people’s ads, and we never will\", and it completely disables the non-essential third-party cookies that ad pixels are. Its prior-specific-consent rule for other sharing does not open advertising: no grant makes it allowed.",
    },
    sale: {
      status: "prohibited",
      clauses: ["relaso.never-sold", "relaso.no-sale"],
      laws: [],
      note: "Relaso has never sold personal information and never will.",
    },
    "call-log-access": {
      status: "allowed-if",
      requires: ["consent"],
      blockedByOptOut: true,
      blockedByGpc: false,
      minimumAge: null,
      requiresPixels: false,
      clauses: ["relaso.call-logs", "relaso.call-logs.opt-in"],
      laws: [],
      note: "Call-log access is opt-in and can be denied or withdrawn in the app settings.",
    },
  },
  rights: {
    offered: [
      { right: "access", clauses: ["relaso.rights", "relaso.rights.access"], verification: { stated: true, value: true, clauses: ["relaso.end.identity"] } },
      { right: "rectification", clauses: ["relaso.rights", "relaso.rights.rectification"], verification: { stated: true, value: true, clauses: ["relaso.end.identity"] } },
      { right: "erasure", clauses: ["relaso.rights", "relaso.rights.erasure"], verification: { stated: true, value: true, clauses: ["relaso.end.identity"] } },
      { right: "restriction", clauses: ["relaso.rights", "relaso.rights.restriction"], verification: { stated: true, value: true, clauses: ["relaso.end.identity"] } },
      { right: "portability", clauses: ["relaso.rights", "relaso.rights.portability"], verification: { stated: true, value: true, clauses: ["relaso.end.identity"] } },
      { right: "objection", clauses: ["relaso.rights", "relaso.rights.objection"], verification: { stated: true, value: true, clauses: ["relaso.end.identity"] } },
    ],
    respondWithinDays: { stated: true, value: 30, clauses: ["relaso.access.30-days", "relaso.end.identity"] },
    acknowledgeWithinBusinessDays: { stated: false, note: "No separate acknowledgement deadline; the answer itself is due within 30 days." },
    accountChangeHours: { stated: true, value: 72, clauses: ["relaso.access.72h"] },
  },
  retention: {
    categories: [
      {
        id: "account",
        label: "The account record",
        clauses: ["relaso.retention", "relaso.retention.need"],
        afterClosureMonths: 0,
        periodSource: "default",
        reason: "Kept \"as long as it is required\"; the need ends when the account closes, and anything a law requires is kept in its own category below.",
        exception: null,
        keptOnDeletionRequest: false,
      },
      {
        id: "contacts",
        label: "Third-party contacts",
        clauses: ["relaso.contacts", "relaso.retention.need"],
        afterClosureMonths: 0,
        periodSource: "default",
        reason: "Used solely to serve the account; no need remains after closure.",
        exception: null,
        keptOnDeletionRequest: false,
      },
      {
        id: "call-logs",
        label: "Call logs",
        clauses: ["relaso.call-logs.opt-in", "relaso.retention.need"],
        afterClosureMonths: 0,
        periodSource: "default",
        reason: "Used only for the opt-in feature; no need remains after closure.",
        exception: null,
        keptOnDeletionRequest: false,
      },
      {
        id: "billing",
        label: "Card and payment records",
        clauses: ["relaso.financial", "relaso.retention"],
        afterClosureMonths: 84,
        periodSource: "default",
        reason: "Kept \"for tax, accounting\": 7 years, a period that covers common tax record-keeping rules (e.g. 26 C.F.R. §1.6001-1(e)).",
        exception: "legal-tax-audit",
        keptOnDeletionRequest: true,
      },
      {
        id: "suppression-list",
        label: "Marketing suppression list entry",
        clauses: ["relaso.retention"],
        afterClosureMonths: null,
        periodSource: "policy",
        reason: "Kept \"to maintain suppression lists\": an opt-out can only be honoured while it is remembered, so there is no end date.",
        exception: "legal-tax-audit",
        keptOnDeletionRequest: true,
      },
      {
        id: "security-logs",
        label: "Visitor and security logs",
        clauses: ["relaso.retention"],
        afterClosureMonths: 12,
        periodSource: "default",
        reason: "Kept \"to prevent abuse\": 12 months after closure covers abuse found late.",
        exception: "security",
        keptOnDeletionRequest: true,
      },
    ],
    residualPurgeDays: { stated: false, note: "No period: backups are isolated \"until deletion is possible\"." },
    backups: { stated: true, value: "isolated-until-purged", clauses: ["relaso.retention.backups"] },
  },
  changes: {
    notice: { stated: true, value: { of: "all", channels: ["service announcement", "email"] }, clauses: ["relaso.changes", "relaso.summary.material-change"] },
    advanceNoticeDays: { stated: true, value: 30, clauses: ["relaso.changes"] },
    terminationWithinDays: { stated: true, value: 30, clauses: ["relaso.changes.terminate"] },
    mayChangeAtAnyTime: { stated: true, value: true, clauses: ["relaso.changes"] },
  },
  marketing: {
    optOut: { stated: true, value: true, clauses: ["relaso.opt-out", "relaso.rights.objection"] },
    transactionalContinues: { stated: false, note: "Not stated; service messages are not marketing (relaso.uses)." },
    mandatoryAnnouncements: { stated: false, note: "Not stated." },
    honourOptOutWithinBusinessDays: { stated: false, note: "Not stated." },
  },
}));
