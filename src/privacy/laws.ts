/**
 * The law provisions the privacy rules cite. They are not policy clauses (the
 * clause registry quotes only the policy texts verbatim), so results list them
 * in a separate `lawCitations` field, by the `id`s below.
 *
 * Summaries paraphrase the provision as the rules apply it; they are not legal
 * advice and not quotations.
 */

import { deepFreeze } from "../core/freeze.js";

/** One law provision a rule relies on. */
export interface LawProvision {
  /** Stable id cited in `lawCitations`, e.g. `law.ccpa-regs.7021`. */
  readonly id: string;
  /** The statute or regulation. */
  readonly name: string;
  /** The section relied on. */
  readonly provision: string;
  /** What the rule takes from it, in one or two sentences. */
  readonly summary: string;
}

/**
 * Every law provision cited by the privacy rules, keyed by id.
 *
 * @example
 * ```ts
 * laws["law.can-spam"].provision; //=> "15 U.S.C. §7704(a)(4)"
 * ```
 */
export const laws = /* @__PURE__ */ deepFreeze({
  "law.ccpa.1798-130": {
    id: "law.ccpa.1798-130",
    name: "California Consumer Privacy Act (Cal. Civ. Code)",
    provision: "§1798.130(a)(2)",
    summary:
      "Respond to a verifiable request to know, delete or correct within 45 days of receipt; the period may be extended once by an additional 45 days when reasonably necessary, with notice to the consumer within the first 45 days.",
  },
  "law.ccpa-regs.7021": {
    id: "law.ccpa-regs.7021",
    name: "CCPA Regulations (Cal. Code Regs. tit. 11)",
    provision: "§7021(a)–(b)",
    summary:
      "Confirm receipt of a request to delete, correct or know within 10 business days; respond within 45 calendar days of receipt (regardless of the time needed to verify), extendable to 90 calendar days with notice and explanation.",
  },
  "law.ccpa-regs.7026": {
    id: "law.ccpa-regs.7026",
    name: "CCPA Regulations (Cal. Code Regs. tit. 11)",
    provision: "§7026(d), (f)",
    summary:
      "A request to opt out of sale/sharing need not be verifiable; the business stops selling/sharing as soon as feasibly possible and no later than 15 business days from receipt.",
  },
  "law.ccpa-regs.7027": {
    id: "law.ccpa-regs.7027",
    name: "CCPA Regulations (Cal. Code Regs. tit. 11)",
    provision: "§7027(e), (g)",
    summary:
      "A request to limit the use of sensitive personal information need not be verifiable; it is honoured as soon as feasibly possible and no later than 15 business days from receipt.",
  },
  "law.ccpa-regs.7025": {
    id: "law.ccpa-regs.7025",
    name: "CCPA Regulations (Cal. Code Regs. tit. 11)",
    provision: "§7025",
    summary: "An opt-out preference signal such as Global Privacy Control is a valid request to opt out of sale/sharing for that browser or device.",
  },
  "law.ccpa-regs.7060": {
    id: "law.ccpa-regs.7060",
    name: "CCPA Regulations (Cal. Code Regs. tit. 11)",
    provision: "§7060",
    summary: "Requests to know, delete and correct are verified; requests to opt out and to limit are not.",
  },
  "law.ccpa.1798-105-d": {
    id: "law.ccpa.1798-105-d",
    name: "California Consumer Privacy Act (Cal. Civ. Code)",
    provision: "§1798.105(d)",
    summary:
      "A business need not delete information it must keep to complete a transaction, to detect security incidents and protect against fraud, or to comply with a legal obligation, among other exceptions.",
  },
  "law.ccpa.1798-120-c": {
    id: "law.ccpa.1798-120-c",
    name: "California Consumer Privacy Act (Cal. Civ. Code)",
    provision: "§1798.120(c)–(d)",
    summary: "Personal information of a consumer the business knows is under 16 is not sold or shared without affirmative opt-in authorization.",
  },
  "law.gdpr.12-3": {
    id: "law.gdpr.12-3",
    name: "General Data Protection Regulation (EU) 2016/679",
    provision: "Art. 12(3)",
    summary:
      "Act on a data subject's request without undue delay and in any event within one month of receipt; extendable by two further months where necessary, telling the data subject of the extension and the reasons within the first month.",
  },
  "law.gdpr.12-6": {
    id: "law.gdpr.12-6",
    name: "General Data Protection Regulation (EU) 2016/679",
    provision: "Art. 12(6)",
    summary: "Where the controller has reasonable doubts about the requester's identity it may ask for information to confirm it.",
  },
  "law.gdpr.21-3": {
    id: "law.gdpr.21-3",
    name: "General Data Protection Regulation (EU) 2016/679",
    provision: "Art. 21(2)–(3)",
    summary: "When a data subject objects to direct marketing, the personal data are no longer processed for that purpose.",
  },
  "law.gdpr.77": {
    id: "law.gdpr.77",
    name: "General Data Protection Regulation (EU) 2016/679",
    provision: "Art. 77",
    summary: "A complaint is lodged with a supervisory authority, not made as a request to the controller.",
  },
  "law.can-spam": {
    id: "law.can-spam",
    name: "CAN-SPAM Act",
    provision: "15 U.S.C. §7704(a)(4)",
    summary:
      "A commercial email opt-out is honoured within 10 business days after receipt; transactional or relationship messages (§7702(17)) are not commercial messages and may continue.",
  },
  "law.tcpa.revocation": {
    id: "law.tcpa.revocation",
    name: "Telephone Consumer Protection Act rules",
    provision: "47 C.F.R. §64.1200(a)(10)",
    summary: "A revocation of consent to calls or texts is honoured within a reasonable time not exceeding 10 business days of receipt.",
  },
  "law.coppa": {
    id: "law.coppa",
    name: "Children's Online Privacy Protection Rule",
    provision: "16 C.F.R. §312.5",
    summary: "Personal information is not collected from a child under 13 without verifiable parental consent; what was collected without it is deleted.",
  },
} as const satisfies Record<string, LawProvision>);

/** Id of a law provision in {@link laws}. */
export type LawId = keyof typeof laws;

/** A number a law sets, with the law id that sets it. */
export interface LawNumber {
  readonly value: number;
  readonly law: LawId;
}

/**
 * Every number the privacy rules take from a law (never from a policy), in one
 * place, so a rule never writes one as a literal.
 *
 * @example
 * ```ts
 * lawNumbers.ccpaRespondDays; //=> { value: 45, law: "law.ccpa.1798-130" }
 * ```
 */
export const lawNumbers = /* @__PURE__ */ deepFreeze({
  /** CCPA regs §7021(a): confirm receipt within 10 business days. */
  ccpaAcknowledgeBusinessDays: { value: 10, law: "law.ccpa-regs.7021" },
  /** CCPA §1798.130(a)(2): respond within 45 calendar days. */
  ccpaRespondDays: { value: 45, law: "law.ccpa.1798-130" },
  /** CCPA §1798.130(a)(2): one extension of 45 more days, with notice. */
  ccpaExtensionDays: { value: 45, law: "law.ccpa.1798-130" },
  /** CCPA regs §7026(f): opt-out of sale/sharing within 15 business days. */
  ccpaOptOutBusinessDays: { value: 15, law: "law.ccpa-regs.7026" },
  /** CCPA regs §7027(g): limit-SPI within 15 business days. */
  ccpaLimitBusinessDays: { value: 15, law: "law.ccpa-regs.7027" },
  /** CCPA §1798.120(c): no sale/sharing under this age without opt-in. */
  ccpaSaleShareAge: { value: 16, law: "law.ccpa.1798-120-c" },
  /** GDPR Art. 12(3): one month to act on a request. */
  gdprRespondMonths: { value: 1, law: "law.gdpr.12-3" },
  /** GDPR Art. 12(3): two further months where necessary. */
  gdprExtensionMonths: { value: 2, law: "law.gdpr.12-3" },
  /** CAN-SPAM §7704(a)(4): email opt-out within 10 business days. */
  canSpamBusinessDays: { value: 10, law: "law.can-spam" },
  /** TCPA rules §64.1200(a)(10): SMS revocation within 10 business days. */
  tcpaRevocationBusinessDays: { value: 10, law: "law.tcpa.revocation" },
  /** COPPA: under this age, no collection without verifiable parental consent. */
  coppaAge: { value: 13, law: "law.coppa" },
} as const satisfies Record<string, LawNumber>);
