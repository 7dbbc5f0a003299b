/* P5: deadlines of a rights request (relument §8 + CCPA; relaso "Accessing, Updating and Removing",
 * END OF PRIVACY POLICY + GDPR Art. 12(3); reliom §7; relenta §5). */
import * as z from "zod/mini";
import { Trace, type Decision } from "../core/decision.js";
import { addBusinessDays } from "../core/business-days.js";
import { addDays, addMonths, type CalendarDate } from "../core/calendar.js";
import { inputError } from "../core/errors.js";
import { calendarDateSchema, parseInput } from "../core/schema.js";
import { LawTrail, jurisdictionField, profileField, resolveJurisdiction, resolveProfile } from "./common.js";
import { lawNumbers } from "./laws.js";
import { PRIVACY_RIGHTS, type PrivacyRight } from "./schema.js";

/**
 * Input of {@link rightsRequestDeadlines}.
 *
 * @example
 * ```ts
 * z.safeParse(rightsRequestInputSchema, { right: "know", receivedOn: "2026-02-30" }).success; //=> false
 * ```
 */
export const rightsRequestInputSchema = z.strictObject({
  /** "relument" (default), "relaso", "reliom", "relenta", or a host profile object. */
  profile: profileField,
  /** The right exercised; it must be one the profile offers. */
  right: z.enum(PRIVACY_RIGHTS),
  /** Day the request was received (Pacific); it is day 0 and not counted. */
  receivedOn: calendarDateSchema,
  /** The deadline was extended (with notice): `dueBy` is then the extended deadline. Absent: false. */
  extended: z.optional(z.boolean()),
  /** Where the requester is; decides the law. Absent: the jurisdiction the policy addresses, if any. */
  jurisdiction: jurisdictionField,
});
/** Input of {@link rightsRequestDeadlines}. */
export type RightsRequestInput = z.input<typeof rightsRequestInputSchema>;

/** One candidate deadline and where it comes from. */
export interface DeadlineBasis {
  readonly source: "policy" | "law";
  readonly date: CalendarDate;
  /** The period as counted, e.g. "45 calendar days", "10 business days", "1 month". */
  readonly period: string;
  /** Clause ids (policy) or law ids (law). */
  readonly cites: string[];
}

/** Result of {@link rightsRequestDeadlines}. */
export interface RightsRequestResult extends Decision {
  readonly profile: string;
  readonly right: PrivacyRight;
  readonly jurisdiction: string | null;
  /** Receipt must be confirmed by this day; null when neither policy nor law asks for a confirmation. */
  readonly acknowledgeBy: CalendarDate | null;
  /** The answer is due by this day (the earliest of the policy's and the law's); null when neither states one. */
  readonly respondBy: CalendarDate | null;
  /** The latest answer day if extended with notice; null when no extension exists. */
  readonly extendedRespondBy: CalendarDate | null;
  /** The notice of an extension must be given by this day (null when no extension exists). */
  readonly extensionNoticeBy: CalendarDate | null;
  /** The deadline in force: `extendedRespondBy` when `extended`, else `respondBy`. */
  readonly dueBy: CalendarDate | null;
  /** The requester's identity must be verified before the request is carried out. */
  readonly verificationRequired: boolean;
  /** Hours until a self-service account change takes effect, where the policy states it. */
  readonly accountChangeHours: number | null;
  /** For an erasure/deletion: residual server copies are purged by this day, where the policy states it. */
  readonly residualPurgeBy: CalendarDate | null;
  /** Every candidate deadline, per field, with its source. */
  readonly basis: { acknowledgeBy: DeadlineBasis[]; respondBy: DeadlineBasis[]; extendedRespondBy: DeadlineBasis[] };
  /** Law ids (src/privacy/laws.ts) that set or tighten a deadline. */
  readonly lawCitations: string[];
}

const CCPA_GENERAL: readonly PrivacyRight[] = ["know", "delete", "correct", "access", "rectification", "erasure", "portability"];
const NO_VERIFICATION_WHEN_SILENT: readonly PrivacyRight[] = ["objection", "opt-out-sale-sharing", "limit-spi"];

function earliest(xs: readonly DeadlineBasis[]): CalendarDate | null {
  return xs.reduce<CalendarDate | null>((m, x) => (m === null || x.date < m ? x.date : m), null);
}

/**
 * P5 rights-request deadlines: when receipt must be acknowledged, when the
 * answer is due (the earlier of the policy's promise and the law's limit, both
 * cited), the extended deadline, and whether the requester must be verified.
 * The day of receipt is day 0; business days skip weekends and observed US
 * federal holidays; "one month" is the same day next month, clamped.
 * Asking for a right the profile does not offer throws `PolicyInputError`.
 *
 * @example
 * ```ts
 * rightsRequestDeadlines({ right: "know", receivedOn: "2026-11-25" });
 * //=> { acknowledgeBy: "2026-12-10", respondBy: "2027-01-09", extendedRespondBy: "2027-02-23", verificationRequired: true, ... }
 * rightsRequestDeadlines({ profile: "relaso", right: "access", receivedOn: "2028-01-31" }).respondBy;
 * //=> "2028-02-29" (GDPR's month ends before Relaso's 30 days, 2028-03-01)
 * ```
 */
export function rightsRequestDeadlines(input: RightsRequestInput): RightsRequestResult {
  const parsed = parseInput(rightsRequestInputSchema, input, "rightsRequestDeadlines");
  const { right, receivedOn } = parsed;
  const extended = parsed.extended ?? false;
  const t = new Trace();
  const laws = new LawTrail();
  const profile = resolveProfile(parsed.profile, t);
  const offered = profile.rights.offered.find((r) => r.right === right);
  if (!offered) {
    inputError(
      ["right"],
      `profile "${profile.id}" does not offer the right "${right}"; it offers: ${profile.rights.offered.map((r) => r.right).join(", ")}`,
      "rightsRequestDeadlines",
    );
  }
  t.explain(`The policy offers the right "${right}".`, ...offered.clauses);
  t.explain(`Received on ${receivedOn}; that day is day 0 and is not counted.`);
  const jurisdiction = resolveJurisdiction(parsed.jurisdiction, profile, t);

  const ack: DeadlineBasis[] = [];
  const respond: DeadlineBasis[] = [];
  const ext: DeadlineBasis[] = [];
  const { respondWithinDays: pr, acknowledgeWithinBusinessDays: pa } = profile.rights;
  if (pa.stated) {
    ack.push({ source: "policy", date: addBusinessDays(receivedOn, pa.value), period: `${pa.value} business days`, cites: pa.clauses });
    t.explain(`The policy: acknowledge within ${pa.value} business days, by ${ack[0]?.date}.`, ...pa.clauses);
  }
  if (pr.stated) {
    const date = addDays(receivedOn, pr.value);
    respond.push({ source: "policy", date, period: pr.value === 0 ? "immediately" : `${pr.value} calendar days`, cites: pr.clauses });
    t.explain(pr.value === 0 ? `The policy: takes effect immediately, on ${date}.` : `The policy: answer within ${pr.value} days of receipt, by ${date}.`, ...pr.clauses);
  } else {
    t.explain(`No answer deadline in the policy: ${pr.note}`);
  }

  let verificationBySilence = true;
  let verificationLawOverride: boolean | null = null;
  if (jurisdiction === "california") {
    if (right === "opt-out-sale-sharing" || right === "limit-spi") {
      const n = right === "opt-out-sale-sharing" ? lawNumbers.ccpaOptOutBusinessDays : lawNumbers.ccpaLimitBusinessDays;
      const date = addBusinessDays(receivedOn, n.value);
      respond.push({ source: "law", date, period: `${n.value} business days`, cites: [n.law] });
      laws.add(n.law);
      verificationLawOverride = false;
      t.explain(`CCPA regulations: honour within ${n.value} business days, by ${date}; no verification may be required and there is no extension.`);
    } else if (CCPA_GENERAL.includes(right)) {
      const a = lawNumbers.ccpaAcknowledgeBusinessDays;
      const r = lawNumbers.ccpaRespondDays;
      const e = lawNumbers.ccpaExtensionDays;
      const ackDate = addBusinessDays(receivedOn, a.value);
      const respDate = addDays(receivedOn, r.value);
      const extDate = addDays(receivedOn, r.value + e.value);
      ack.push({ source: "law", date: ackDate, period: `${a.value} business days`, cites: [a.law] });
      respond.push({ source: "law", date: respDate, period: `${r.value} calendar days`, cites: [r.law, a.law] });
      ext.push({ source: "law", date: extDate, period: `${r.value} + ${e.value} calendar days`, cites: [e.law, a.law] });
      laws.add(a.law, r.law);
      t.explain(
        `CCPA: confirm receipt within ${a.value} business days (by ${ackDate}); respond within ${r.value} calendar days (by ${respDate}); one extension of ${e.value} more days with notice (by ${extDate}).`,
      );
    } else {
      t.explain(`The CCPA sets no deadline for "${right}".`);
    }
  } else if (jurisdiction === "eea") {
    const m = lawNumbers.gdprRespondMonths;
    const x = lawNumbers.gdprExtensionMonths;
    const respDate = addMonths(receivedOn, m.value);
    const extDate = addMonths(receivedOn, m.value + x.value);
    respond.push({ source: "law", date: respDate, period: `${m.value} month`, cites: [m.law] });
    ext.push({ source: "law", date: extDate, period: `${m.value} + ${x.value} months`, cites: [x.law] });
    laws.add(m.law);
    t.explain(
      `GDPR Art. 12(3): act within one month of receipt (same day next month, clamped: ${respDate}); extendable by ${x.value} further months where necessary (by ${extDate}), telling the requester within the first month.`,
    );
  } else if (jurisdiction !== null) {
    t.explain(`No law the library encodes sets a deadline for "${jurisdiction}".`);
  }

  const respondBy = earliest(respond);
  const ackCandidate = earliest(ack);
  // An answer due before the acknowledgement is itself the confirmation of receipt.
  const acknowledgeBy = ackCandidate !== null && respondBy !== null && respondBy < ackCandidate ? respondBy : ackCandidate;
  if (acknowledgeBy !== ackCandidate) t.explain(`The answer is due (${respondBy}) before the acknowledgement (${ackCandidate}): the answer confirms receipt, so acknowledgeBy is ${acknowledgeBy}.`);
  if (respond.length > 1) {
    t.explain(`The earlier deadline applies: ${respondBy} (${respond.map((b) => `${b.source} ${b.date}`).join(" vs ")}).`, ...respond.filter((b) => b.source === "policy").flatMap((b) => b.cites));
  }
  if (acknowledgeBy === null) t.explain("No acknowledgement deadline applies (neither the policy nor the law sets one): acknowledgeBy is null.");
  if (respondBy === null) t.explain("No answer deadline applies: respondBy is null (never a number the policy does not state).");
  // An extension only exists where a law gives one; it never shortens the normal deadline.
  const extLaw = earliest(ext);
  const extendedRespondBy = extLaw === null || respondBy === null ? null : extLaw < respondBy ? respondBy : extLaw;
  const extensionNoticeBy = extendedRespondBy === null ? null : respondBy;
  if (extendedRespondBy !== null && pr.stated && respond.some((b) => b.source === "law")) {
    t.explain(`If extended, the answer due by ${respondBy} is the notice of the extension with its reasons; the final answer is due by ${extendedRespondBy} (register P5.extension-with-policy-promise).`);
  }
  if (extended && extendedRespondBy === null) {
    inputError(["extended"], `no extension exists for "${right}" under profile "${profile.id}" (jurisdiction ${jurisdiction ?? "none"})`, "rightsRequestDeadlines");
  }
  const dueBy = extended ? extendedRespondBy : respondBy;
  if (extended) t.explain(`Extended with notice: due by ${dueBy}.`);

  let verificationRequired: boolean;
  if (verificationLawOverride !== null) {
    verificationRequired = verificationLawOverride;
    laws.add("law.ccpa-regs.7060");
    if (offered.verification.stated && offered.verification.value) {
      t.explain("The policy says rights are \"subject to verification\", but the CCPA forbids verifying this request: no verification.", ...offered.verification.clauses);
    }
  } else if (offered.verification.stated) {
    verificationRequired = offered.verification.value;
    t.explain(verificationRequired ? "The requester's identity is verified first." : "No verification is needed.", ...offered.verification.clauses);
    if (jurisdiction === "california" && verificationRequired) laws.add("law.ccpa-regs.7060");
  } else {
    verificationBySilence = !NO_VERIFICATION_WHEN_SILENT.includes(right);
    verificationRequired = verificationBySilence;
    if (jurisdiction === "eea" && verificationRequired) laws.add("law.gdpr.12-6");
    t.explain(
      `The policy does not say whether requests are verified; the library ${verificationRequired ? "requires verification for a right that discloses or changes data" : "requires none for an objection or opt-out"} (register P5.verification-silent).`,
    );
  }
  if (profile.id === "relument" && verificationRequired) t.explain("An authorized agent may act with proof of authorization.", "privacy.8.agent");

  const changeHours = profile.rights.accountChangeHours;
  const changes = right === "rectification" || right === "erasure" || right === "correct" || right === "delete";
  const accountChangeHours = changes && changeHours.stated ? changeHours.value : null;
  if (accountChangeHours !== null && changeHours.stated) {
    t.explain(accountChangeHours === 0 ? "A change made in the account takes effect immediately." : `A change made in the account takes effect within ${accountChangeHours} hours.`, ...changeHours.clauses);
  }
  const purge = profile.retention.residualPurgeDays;
  const erasing = right === "erasure" || right === "delete";
  const residualPurgeBy = erasing && purge.stated ? addDays(receivedOn, purge.value) : null;
  if (residualPurgeBy !== null && purge.stated) {
    t.explain(`Residual copies are purged from the servers within ${purge.value} days, by ${residualPurgeBy} (backups may keep them).`, ...purge.clauses);
  }
  return t.done({
    profile: profile.id,
    right,
    jurisdiction,
    acknowledgeBy,
    respondBy,
    extendedRespondBy,
    extensionNoticeBy,
    dueBy,
    verificationRequired,
    accountChangeHours,
    residualPurgeBy,
    basis: { acknowledgeBy: ack, respondBy: respond, extendedRespondBy: ext },
    lawCitations: laws.list(),
  });
}
