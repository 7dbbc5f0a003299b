/**
 * Worked examples rendered into the auditor's handbook. Each is run through
 * the library when the handbook is built, so every number in the docs is the
 * library's own. Inputs only: never expected outputs.
 */
export interface WorkedExample {
  /** The public rule to call. */
  readonly fn: string;
  /** What the example shows, in a few words. */
  readonly title: string;
  readonly input: Record<string, unknown>;
}

export const termsExamples: WorkedExample[] = [
  { fn: "checkEligibility", title: "Adult in Roseville", input: { age: 34, zip: "95678" } },
  { fn: "checkEligibility", title: "Under 18", input: { age: 17, zip: "95661" } },
  { fn: "checkEligibility", title: "Sacramento without approval", input: { age: 40, zip: "95814" } },
  { fn: "checkEligibility", title: "Sacramento with written approval", input: { age: 40, zip: "95814", outsideAreaApproved: true } },
  { fn: "deviceCoverage", title: "Monthly plan, one device over the limit", input: { plan: "home-monthly", deviceLimit: 2, devices: [{ kind: "laptop" }, { kind: "desktop" }, { kind: "tablet" }] } },
  { fn: "deviceCoverage", title: "Yearly plan with a printer add-on", input: { plan: "office-yearly", deviceLimit: 3, devices: [{ kind: "laptop" }, { kind: "printer", addOn: true }, { kind: "iot" }] } },
  { fn: "overtimeCharge", title: "Remote, 60 minutes", input: { mode: "remote", minutes: 60 } },
  { fn: "overtimeCharge", title: "Remote, 61 minutes", input: { mode: "remote", minutes: 61 } },
  { fn: "overtimeCharge", title: "Remote, 91 minutes", input: { mode: "remote", minutes: 91 } },
  { fn: "overtimeCharge", title: "On-site, 90 minutes", input: { mode: "onsite", minutes: 90 } },
  { fn: "overtimeCharge", title: "On-site, 91 minutes", input: { mode: "onsite", minutes: 91 } },
  { fn: "overtimeCharge", title: "On-site, 125 minutes, full blocks only", input: { mode: "onsite", minutes: 125, rounding: "full" } },
  { fn: "quoteService", title: "Member on-site, included visit, 125 min", input: { mode: "onsite", minutes: 125, customer: "member", includedVisit: true, zip: "95678" } },
  { fn: "quoteService", title: "Member extra on-site visit", input: { mode: "onsite", minutes: 80, customer: "member", includedVisit: false } },
  { fn: "quoteService", title: "Non-member remote, 75 min", input: { mode: "remote", minutes: 75, customer: "non-member" } },
  { fn: "quoteService", title: "Non-member in-home outside Roseville", input: { mode: "onsite", minutes: 90, customer: "non-member", zip: "95630", tripFee: "35.00" } },
  { fn: "quoteService", title: "Outside Roseville, no approved trip fee", input: { mode: "onsite", minutes: 60, customer: "non-member", zip: "95630" } },
  { fn: "noShowCharge", title: "Cancelled 2 days ahead", input: { appointmentAt: "2026-06-10T10:00:00-07:00", canceledAt: "2026-06-08T09:00:00-07:00" } },
  { fn: "noShowCharge", title: "Cancelled across spring forward (23 h)", input: { appointmentAt: "2026-03-08T10:00:00-07:00", canceledAt: "2026-03-07T10:00:00-08:00" } },
  { fn: "noShowCharge", title: "Cancelled across fall back (24 h)", input: { appointmentAt: "2026-11-01T10:00:00-08:00", canceledAt: "2026-10-31T11:00:00-07:00" } },
  { fn: "noShowCharge", title: "No access, counted as a visit", input: { appointmentAt: "2026-06-10T10:00:00-07:00", noAccessOnArrival: true, resolution: "count-visit", includedVisitAvailable: true } },
  { fn: "slaTarget", title: "Member remote, Monday morning", input: { mode: "remote", customer: "member", requestedAt: "2026-11-23T10:00:00-08:00" } },
  { fn: "slaTarget", title: "Non-member remote, eve of Thanksgiving", input: { mode: "remote", customer: "non-member", requestedAt: "2026-11-25T18:30:00-08:00" } },
  { fn: "slaTarget", title: "On-site before July 4 observed on Friday", input: { mode: "onsite", customer: "member", requestedAt: "2026-07-02T10:00:00-07:00" } },
  { fn: "classifyRequest", title: "Malware removal", input: { category: "malware-removal" } },
  { fn: "classifyRequest", title: "Domain controller", input: { category: "domain-controller" } },
  { fn: "classifyRequest", title: "Office move", input: { category: "office-move" } },
  { fn: "classifyRequest", title: "Fourth training this month", input: { category: "training", similarInLast30Days: 4 } },
  { fn: "classifyRequest", title: "Three-hour custom setup", input: { category: "custom-setup", minutes: 180 } },
  { fn: "classifyRequest", title: "Re-install not tied to an incident", input: { category: "reinstall", tiedToIncident: false } },
  { fn: "classifyRequest", title: "Forensic recovery", input: { category: "forensic-recovery" } },
  { fn: "classifyRequest", title: "ISP outage", input: { category: "third-party-outage" } },
  { fn: "classifyRequest", title: "Standing daily meeting", input: { category: "standing-meeting" } },
];

export const lifecycleExamples: WorkedExample[] = [
  { fn: "visitAllowance", title: "Home yearly, one visit used", input: { plan: "home-yearly", startDate: "2025-01-15", asOf: "2025-05-01", events: [{ type: "visit", date: "2025-02-01" }] } },
  { fn: "visitAllowance", title: "Office monthly, a year unused (bank capped at 2)", input: { plan: "office-monthly", startDate: "2025-01-01", asOf: "2025-12-31" } },
  { fn: "visitAllowance", title: "Suspended across a period boundary", input: { plan: "home-monthly", startDate: "2025-01-01", asOf: "2025-06-01", events: [{ type: "suspended", from: "2025-03-15", to: "2025-04-20" }] } },
  { fn: "visitAllowance", title: "Terminated with a bank", input: { plan: "home-monthly", startDate: "2025-01-01", asOf: "2025-12-31", events: [{ type: "terminated", date: "2025-08-01" }] } },
  { fn: "visitAllowance", title: "Lapsed", input: { plan: "office-yearly", startDate: "2025-01-01", asOf: "2025-09-01", events: [{ type: "lapsed", date: "2025-07-01" }] } },
  { fn: "billingPeriod", title: "Monthly anchored on Jan 31, in February", input: { plan: "home-monthly", startDate: "2026-01-31", on: "2026-02-28" } },
  { fn: "billingPeriod", title: "Monthly anchored on Jan 31, in March", input: { plan: "home-monthly", startDate: "2026-01-31", on: "2026-03-15" } },
  { fn: "billingPeriod", title: "Yearly from Feb 29", input: { plan: "office-yearly", startDate: "2024-02-29", on: "2025-03-01" } },
  { fn: "monthlyCancellation", title: "Cancel mid-period", input: { startDate: "2026-01-31", requestedOn: "2026-03-05" } },
  { fn: "yearlyRefund", title: "Day 0, nothing used", input: { purchasedOn: "2026-03-01", requestedOn: "2026-03-01", amountPaid: "999.00", monthlyRate: "89.00", servicesRendered: 0 } },
  { fn: "yearlyRefund", title: "Day 14, one service, two add-ons, license, discount", input: { purchasedOn: "2026-03-01", requestedOn: "2026-03-15", amountPaid: "999.00", monthlyRate: "89.00", servicesRendered: 1, addOnDevices: 2, licenseCosts: "24.99", discounts: "100.00" } },
  { fn: "yearlyRefund", title: "Day 15", input: { purchasedOn: "2026-03-01", requestedOn: "2026-03-16", amountPaid: "999.00", monthlyRate: "89.00", servicesRendered: 0 } },
  { fn: "priceInForce", title: "Renewal 29 days after notice", input: { kind: "subscription", basePrice: "89.00", changes: [{ price: "99.00", announcedOn: "2026-05-01" }], on: "2026-05-30" } },
  { fn: "priceInForce", title: "Renewal 31 days after notice", input: { kind: "subscription", basePrice: "89.00", changes: [{ price: "99.00", announcedOn: "2026-05-01" }], on: "2026-06-01" } },
  { fn: "priceInForce", title: "One-time service booked before the change", input: { kind: "one-time", basePrice: "189.00", changes: [{ price: "199.00", announcedOn: "2026-05-01" }], bookedOn: "2026-04-30" } },
  { fn: "liabilityCap", title: "Quarter of monthly payments", input: { eventDate: "2026-05-31", payments: [{ date: "2026-02-28", amount: "89.00" }, { date: "2026-03-31", amount: "89.00" }, { date: "2026-04-30", amount: "89.00" }, { date: "2026-05-31", amount: "89.00" }] } },
];

const PROFILES = ["relument", "relaso", "reliom", "relenta"] as const;

export const privacyExamples: WorkedExample[] = [
  ...PROFILES.flatMap((profile) => [12, 13, 15, 16].map((age) => ({ fn: "ageRule", title: `${profile}, age ${age}`, input: { profile, age } }))),
  { fn: "checkConsent", title: "Ad pixels on, no opt-out, adult", input: { action: "ad-pixel-sharing", pixelsEnabled: true, age: 30 } },
  { fn: "checkConsent", title: "Ad pixels on, GPC signal", input: { action: "ad-pixel-sharing", pixelsEnabled: true, age: 30, gpc: true } },
  { fn: "checkConsent", title: "Ad pixels on, age 15", input: { action: "ad-pixel-sharing", pixelsEnabled: true, age: 15 } },
  { fn: "checkConsent", title: "Screen recording with notice only", input: { action: "screen-recording", granted: ["notice"] } },
  { fn: "checkConsent", title: "File transfer with permission", input: { action: "file-transfer", granted: ["permission"] } },
  { fn: "checkConsent", title: "RMM agent without consent", input: { action: "rmm-install" } },
  { fn: "checkConsent", title: "Marketing email after opt-out", input: { action: "marketing-email", optedOut: true } },
  { fn: "checkConsent", title: "Transactional message after marketing opt-out", input: { action: "transactional-message", optedOut: true } },
  { fn: "checkConsent", title: "Sale, everything granted", input: { action: "sale", granted: ["consent", "notice", "permission"] } },
  { fn: "checkConsent", title: "Relaso call-log access without opt-in", input: { profile: "relaso", action: "call-log-access" } },
  { fn: "checkConsent", title: "Relaso analytics cookie", input: { profile: "relaso", action: "analytics-cookie", granted: ["consent"] } },
  { fn: "checkConsent", title: "Relenta mandatory announcement after opt-out", input: { profile: "relenta", action: "transactional-message", optedOut: true } },
  { fn: "rightsRequestDeadlines", title: "CCPA deletion the day before Thanksgiving", input: { right: "delete", receivedOn: "2026-11-25" } },
  { fn: "rightsRequestDeadlines", title: "CCPA deletion, extended", input: { right: "delete", receivedOn: "2026-11-25", extended: true } },
  { fn: "rightsRequestDeadlines", title: "CCPA opt-out over the year end", input: { right: "opt-out-sale-sharing", receivedOn: "2026-12-24" } },
  { fn: "rightsRequestDeadlines", title: "CCPA request on a Saturday", input: { right: "know", receivedOn: "2026-11-21" } },
  { fn: "rightsRequestDeadlines", title: "Relaso erasure, Jan 31 of a leap year", input: { profile: "relaso", right: "erasure", receivedOn: "2028-01-31" } },
  { fn: "rightsRequestDeadlines", title: "Relaso access, extended", input: { profile: "relaso", right: "access", receivedOn: "2028-01-31", extended: true } },
  { fn: "rightsRequestDeadlines", title: "Reliom deletion (no deadline stated)", input: { profile: "reliom", right: "delete", receivedOn: "2026-11-25" } },
  { fn: "rightsRequestDeadlines", title: "Relenta deletion in the account view", input: { profile: "relenta", right: "delete", receivedOn: "2026-11-25" } },
  { fn: "retentionDecision", title: "Billing records after closure", input: { category: "billing", accountClosedOn: "2025-01-01", asOf: "2026-11-21" } },
  { fn: "retentionDecision", title: "Marketing data after a deletion request", input: { category: "marketing", deletionRequestedOn: "2026-11-01", asOf: "2026-11-21" } },
  { fn: "retentionDecision", title: "Legal hold against a deletion request", input: { category: "account", deletionRequestedOn: "2026-11-01", legalHold: true, asOf: "2026-11-21" } },
  { fn: "retentionDecision", title: "Security audit trail after closure", input: { category: "security-audit", accountClosedOn: "2026-01-01", asOf: "2026-11-21" } },
  { fn: "retentionDecision", title: "Relaso account after a deletion request", input: { profile: "relaso", category: "account", deletionRequestedOn: "2026-11-01", asOf: "2026-11-21" } },
  { fn: "retentionDecision", title: "Relenta account deleted", input: { profile: "relenta", category: "account", deletionRequestedOn: "2026-11-01", asOf: "2026-11-21" } },
  { fn: "marketingOptOutDeadline", title: "Email opt-out before Thanksgiving", input: { channel: "email", optedOutOn: "2026-11-25" } },
  { fn: "marketingOptOutDeadline", title: "Relaso email opt-out", input: { profile: "relaso", channel: "email", optedOutOn: "2026-11-25" } },
  ...PROFILES.map((profile) => ({ fn: "policyChangeEffective", title: `${profile}, material change`, input: { profile, noticeOn: "2026-11-21", change: "material" } })),
  { fn: "terminationWindow", title: "Relaso user terminates 29 days after notice", input: { profile: "relaso", noticeOn: "2026-11-01", requestedOn: "2026-11-30" } },
  { fn: "terminationWindow", title: "Relaso user terminates 31 days after notice", input: { profile: "relaso", noticeOn: "2026-11-01", requestedOn: "2026-12-02" } },
];
