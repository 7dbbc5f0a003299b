/**
 * The coverage matrix: every clause of the registry, marked `implemented`
 * (with the rules that compute it), `informational` (nothing to compute:
 * governing law, IP, cross-references, …) or `not-yet` (a rule could compute
 * it but the library does not yet). test/coverage-matrix.test.ts keeps it
 * honest: every registry clause has one row, every clause cited by code is
 * marked implemented, and every rule named exists.
 */
export type CoverageStatus = "implemented" | "informational" | "not-yet";

export interface CoverageRow {
  readonly clause: string;
  readonly status: CoverageStatus;
  /** Rules that cite the clause (implemented rows). */
  readonly functions?: readonly string[];
  /** Why a clause is informational or not yet implemented. */
  readonly note?: string;
}

const impl = (clause: string, ...functions: string[]): CoverageRow => ({ clause, status: "implemented", functions });
const info = (clause: string, note: string): CoverageRow => ({ clause, status: "informational", note });

export const termsCoverage: CoverageRow[] = [
  info("terms.preamble", "Scope of the Terms; nothing to compute."),
  impl("terms.1.service-area", "checkEligibility", "quoteService"),
  impl("terms.1.eligibility", "checkEligibility"),
  info("terms.2.plans", "Names the plan kinds; the plan ids are the library's input vocabulary (`plan`)."),
  impl("terms.2.1.unlimited", "quoteService"),
  impl("terms.2.1.session-length", "overtimeCharge", "quoteService"),
  info("terms.2.1.fair-use", "Cross-reference to §9, computed by classifyRequest."),
  impl("terms.2.2.home", "visitAllowance"),
  impl("terms.2.2.office", "visitAllowance"),
  impl("terms.2.2.yearly-bonus", "visitAllowance"),
  impl("terms.2.2.visit-length", "overtimeCharge", "quoteService"),
  impl("terms.2.2.rollover", "visitAllowance", "noShowCharge"),
  impl("terms.2.3.antivirus", "deviceCoverage"),
  info("terms.2.3.monitoring", "RMM is optional and needs consent: the consent gate is checkConsent (`rmm-install`, §8)."),
  impl("terms.2.4.device-limit", "deviceCoverage"),
  impl("terms.2.4.device", "deviceCoverage"),
  impl("terms.2.4.add-ons", "deviceCoverage", "yearlyRefund"),
  impl("terms.3.remote", "quoteService"),
  impl("terms.3.in-home", "quoteService"),
  info("terms.3.see-5", "Cross-reference to §5."),
  impl("terms.4.support-hours", "slaTarget"),
  impl("terms.4.sla", "slaTarget"),
  info("terms.4.remote-access", "The customer controls the session; the consent gate is checkConsent (`remote-session`)."),
  info("terms.4.onsite-window", "No number; the no-access case is decided by noShowCharge."),
  impl("terms.4.no-show", "noShowCharge"),
  impl("terms.5.overtime", "overtimeCharge", "quoteService"),
  impl("terms.5.member-rate", "quoteService", "visitAllowance"),
  impl("terms.5.trip-fee", "quoteService", "checkEligibility"),
  impl("terms.5.price-changes", "priceInForce"),
  impl("terms.6.auto-renewal", "billingPeriod", "monthlyCancellation"),
  impl("terms.6.billing-date", "billingPeriod", "monthlyCancellation"),
  impl("terms.6.monthly-cancel", "monthlyCancellation"),
  impl("terms.6.yearly-refund", "yearlyRefund"),
  info("terms.6.payment-methods", "Payment processing; nothing to compute."),
  impl("terms.6.failed-payments", "visitAllowance"),
  impl("terms.7.scope", "classifyRequest"),
  impl("terms.7.excluded-systems", "classifyRequest"),
  impl("terms.7.excluded-forensic", "classifyRequest"),
  impl("terms.7.projects", "classifyRequest"),
  impl("terms.7.excluded-causes", "classifyRequest"),
  impl("terms.8.rmm", "checkConsent"),
  impl("terms.8.antivirus", "deviceCoverage"),
  info("terms.8.customer-obligations", "Customer duties; nothing to compute."),
  impl("terms.9.fair-use", "classifyRequest"),
  impl("terms.9.examples-repetitive", "classifyRequest"),
  impl("terms.9.examples-setups", "classifyRequest"),
  impl("terms.9.options", "classifyRequest"),
  info("terms.10.data-access", "Access limited to what is needed; the consent gates are in checkConsent."),
  info("terms.10.backups", "Backup responsibility; nothing to compute."),
  impl("terms.10.temporary-files", "retentionDecision"),
  info("terms.10.privacy", "Cross-reference to the Privacy Policy."),
  info("terms.11.warranties", "Warranty disclaimer; nothing to compute."),
  info("terms.12.indirect", "Excludes kinds of damages; nothing to compute."),
  impl("terms.12.cap", "liabilityCap"),
  info("terms.12.scope", "Scope of the limits; nothing to compute."),
  info("terms.13.indemnification", "Indemnity; nothing to compute."),
  info("terms.14.ip", "Intellectual property; nothing to compute."),
  impl("terms.15.termination", "visitAllowance"),
  impl("terms.16.changes", "priceInForce"),
  impl("terms.17.communications", "checkConsent"),
  info("terms.18.third-party", "Third-party terms; nothing to compute."),
  info("terms.19.governing-law", "Governing law and venue; nothing to compute."),
  info("terms.20.force-majeure", "Force majeure; nothing to compute."),
  info("terms.21.entire-agreement", "Entire agreement, severability, assignment; nothing to compute."),
  info("terms.22.contact", "Contact details."),
];

export const coverage: CoverageRow[] = [...termsCoverage];
