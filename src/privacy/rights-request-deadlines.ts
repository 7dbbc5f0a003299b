/* P5: deadlines of a rights request (relument §8 + CCPA; relaso "Accessing, Updating and Removing",
 * END OF PRIVACY POLICY + GDPR Art. 12(3); reliom §7; relenta §5). */
import * as z from "zod/mini";
import { Trace, type Decision } from "../core/decision.js";
import { addBusinessDays } from "../core/business-days.js";
import { addDays, addMonths, type CalendarDate } from "../core/calendar.js";
import { inputError } from "../core/errors.js";
import { calendarDateSchema, parseInput } from "../core/schema.js";
import { absent, bool, calendarDate, fastSpec, oneOf, opt } from "../core/fast.js";
import { LawTrail, jurisdictionField, profileField, resolveJurisdiction } from "./common.js";
import { profilesField, resolveProfileEdition, withEdition, type PrivacyEditionStamp } from "./profile-edition.js";
import { lawNumbers } from "./laws.js";
import { JURISDICTIONS, PRIVACY_RIGHTS, PROFILE_NAMES, type PrivacyRight } from "./schema.js";
import { deepFreeze } from "../core/freeze.js";

/**
 * Input of {@link rightsRequestDeadlines}.
 *
 * @example
 * ```ts
 * z.safeParse(rightsRequestInputSchema, { right: "know", receivedOn: "2026-02-30" }).success; //=> false
 * ```
 */
export const rightsRequestInputSchema = /* @__PURE__ */ deepFreeze(z.strictObject({
  /** "relument" (default), "relaso", "reliom", "relenta", or a host profile object. */
  profile: profileField,
  /** Instead of `profile`: editions of one policy (each with its `edition`); the one in force on the receipt date (`receivedOn`) applies (P9). */
  profiles: profilesField,
  /** The right exercised; it must be one the profile offers. */
  right: z.enum(PRIVACY_RIGHTS),
  /** Day the request was received (Pacific); it is day 0 and not counted. */
  receivedOn: calendarDateSchema,
  /**
   * The deadline was extended (with notice): `respondBy` is then the extended deadline. Absent: false (not extended).
   * Where no extension exists for the request (e.g. a CCPA opt-out, or no law applies) it is irrelevant: `respondBy`
   * stays the standard deadline and the explanation says so.
   */
  extended: z.optional(z.boolean()),
  /** Where the requester is; decides the law. Absent: the jurisdiction the policy addresses, if any. */
  jurisdiction: jurisdictionField,
  /** Who submitted the request: the consumer (default) or an authorized agent acting for them (P5). */
  submittedBy: z.optional(z.enum(["consumer", "agent"])),
  /**
   * An agent's request: the consumer's signed permission for the agent is on file. Absent: false. Ignored (and the
   * explanation says so) for a consumer's own request and where the policy asks nothing of agents.
   */
  signedPermission: z.optional(z.boolean()),
}));
/** Input of {@link rightsRequestDeadlines}. */
export type RightsRequestInput = z.input<typeof rightsRequestInputSchema>;

/** The fast path of {@link rightsRequestInputSchema}: certainly valid input, a built-in profile by name (core/fast.ts). */
const rightsRequestFast = /* @__PURE__ */ fastSpec({
  profile: /* @__PURE__ */ opt(/* @__PURE__ */ oneOf(PROFILE_NAMES)),
  profiles: absent,
  right: /* @__PURE__ */ oneOf(PRIVACY_RIGHTS),
  receivedOn: calendarDate,
  extended: /* @__PURE__ */ opt(bool),
  jurisdiction: /* @__PURE__ */ opt(/* @__PURE__ */ oneOf(JURISDICTIONS)),
  submittedBy: /* @__PURE__ */ opt(/* @__PURE__ */ oneOf(["consumer", "agent"])),
  signedPermission: /* @__PURE__ */ opt(bool),
});

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
export interface RightsRequestResult extends Decision, PrivacyEditionStamp {
  readonly profile: string;
  readonly right: PrivacyRight;
  readonly jurisdiction: string | null;
  /** Whether the input said the deadline was extended (absent: false); it changes nothing where no extension exists (`extendedRespondBy` null). */
  readonly extended: boolean;
  /** Receipt must be confirmed by this day (never later than `standardRespondBy`); null when neither policy nor law asks for a confirmation. */
  readonly acknowledgeBy: CalendarDate | null;
  /**
   * THE answer deadline of this request: `extendedRespondBy` when `extended` and an extension exists, else
   * `standardRespondBy`; null when neither the policy nor the law states one. (Replaces the former `dueBy`, which it equals.)
   */
  readonly respondBy: CalendarDate | null;
  /** The answer deadline without an extension: the earliest of the policy's and the law's; null when neither states one. */
  readonly standardRespondBy: CalendarDate | null;
  /**
   * The answer deadline with an extension: the earliest of the law's extended deadline and the policy's own
   * promise (a policy promise has no extension, so it still binds); null where no law allows an extension.
   */
  readonly extendedRespondBy: CalendarDate | null;
  /** The notice of an extension (with its reasons) must be given by this day, `standardRespondBy`; null when no extension exists. */
  readonly extensionNoticeBy: CalendarDate | null;
  /** The requester's identity must be verified before the request is carried out. */
  readonly verificationRequired: boolean;
  /** Hours until a self-service account change takes effect, where the policy states it. */
  readonly accountChangeHours: number | null;
  /** For an erasure/deletion: residual server copies are purged by this day, where the policy states it. */
  readonly residualPurgeBy: CalendarDate | null;
  /**
   * Every candidate deadline, per field, with its source: `acknowledgeBy`, `standardRespondBy` (policy and law),
   * `extendedRespondBy` (the policy's promise and the law's extended deadline; empty when no extension exists).
   * Each date field is the earliest of its candidates (`acknowledgeBy` also never later than `standardRespondBy`).
   */
  readonly basis: { acknowledgeBy: DeadlineBasis[]; standardRespondBy: DeadlineBasis[]; extendedRespondBy: DeadlineBasis[] };
  /** Law ids (src/privacy/laws.ts) that set or tighten a deadline. */
  readonly lawCitations: string[];
  /** Who submitted the request (absent in the input: the consumer). */
  readonly submittedBy: "consumer" | "agent";
  /** The request can be acted on as submitted; false for an agent without the signed permission the policy asks for. The deadlines hold either way (a refusal is also an answer). */
  readonly accepted: boolean;
  /** What the request still lacks to be accepted (`signed-permission`); empty when accepted. */
  readonly missing: "signed-permission"[];
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
 * `respondBy` is the deadline that applies to this request: the extended one
 * when `extended` is true, else the standard one (both are also returned as
 * `standardRespondBy` and `extendedRespondBy`). A policy's own promise has no
 * extension, so it still binds when the law's extension is used.
 * The day of receipt is day 0; business days skip weekends and observed US
 * federal holidays; "one month" is the same day next month, clamped.
 * Asking for a right the profile does not offer throws `PolicyInputError`;
 * `extended: true` where no extension exists is irrelevant (the standard
 * deadline stays in force and the explanation says so).
 *
 * @example
 * ```ts
 * rightsRequestDeadlines({ right: "know", receivedOn: "2026-11-25" });
 * //=> { acknowledgeBy: "2026-12-10", respondBy: "2027-01-09", standardRespondBy: "2027-01-09", extendedRespondBy: "2027-02-23", verificationRequired: true, ... }
 * rightsRequestDeadlines({ right: "know", receivedOn: "2026-11-25", extended: true }).respondBy;
 * //=> "2027-02-23" (45 + 45 calendar days; the extension notice is due by 2027-01-09)
 * rightsRequestDeadlines({ right: "opt-out-sale-sharing", receivedOn: "2026-12-24" });
 * //=> { acknowledgeBy: "2027-01-11", respondBy: "2027-01-19", extendedRespondBy: null, verificationRequired: false, ... }
 * rightsRequestDeadlines({ right: "opt-out-sale-sharing", receivedOn: "2026-12-24", extended: true });
 * //=> { respondBy: "2027-01-19", extendedRespondBy: null, ... } (no extension exists for an opt-out: extended is irrelevant)
 * rightsRequestDeadlines({ profile: "relaso", right: "access", receivedOn: "2028-01-31" }).respondBy;
 * //=> "2028-02-29" (GDPR's month ends before Relaso's 30 days, 2028-03-01)
 * rightsRequestDeadlines({ profile: "relaso", right: "access", receivedOn: "2028-01-31", extended: true }).respondBy;
 * //=> "2028-03-01" (Relaso's 30 days still bind; GDPR's three months would be 2028-04-30)
 * // P5 agents: Relument asks an authorized agent for proof of authorization (the consumer's signed permission).
 * rightsRequestDeadlines({ right: "delete", receivedOn: "2026-11-25", submittedBy: "agent" });
 * //=> { accepted: false, missing: ["signed-permission"], respondBy: "2027-01-09", ... } (the deadlines hold either way)
 * rightsRequestDeadlines({ right: "delete", receivedOn: "2026-11-25", submittedBy: "agent", signedPermission: true }).accepted; //=> true
 * rightsRequestDeadlines({ profile: "reliom", right: "delete", receivedOn: "2026-11-25", submittedBy: "agent" }).accepted;
 * //=> true (Reliom says nothing about agents: accepted as the consumer)
 * // P9: editions of one policy; the one in force on the receipt date applies, and the result names it.
 * const v2026 = { ...privacyProfiles.relaso, edition: { id: "relaso@2026", effectiveOn: "2026-01-01" } };
 * const v2027 = { ...privacyProfiles.relaso, edition: { id: "relaso@2027", effectiveOn: "2027-03-01", announcedOn: "2027-02-19" } };
 * rightsRequestDeadlines({ profiles: [v2026, v2027], right: "access", receivedOn: "2027-03-01" }).edition;
 * //=> "relaso@2026" (announced only 10 days ahead, "relaso@2027" is in force from 2027-03-21, 30 days after its announcement)
 * ```
 */
export function rightsRequestDeadlines(input: RightsRequestInput): RightsRequestResult {
  const parsed = parseInput(rightsRequestInputSchema, input, "rightsRequestDeadlines", rightsRequestFast);
  const { right, receivedOn } = parsed;
  const extended = parsed.extended ?? false;
  const t = new Trace();
  const laws = new LawTrail();
  const { profile, edition } = resolveProfileEdition(parsed, { on: receivedOn, key: "receivedOn", label: "receipt date" }, t, "rightsRequestDeadlines");
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
    ack.push({ source: "policy", date: addBusinessDays(receivedOn, pa.value), period: `${pa.value} business days`, cites: [...pa.clauses] });
    t.explain(`The policy: acknowledge within ${pa.value} business days, by ${ack[0]?.date}.`, ...pa.clauses);
  }
  if (pr.stated) {
    const date = addDays(receivedOn, pr.value);
    respond.push({ source: "policy", date, period: pr.value === 0 ? "immediately" : `${pr.value} calendar days`, cites: [...pr.clauses] });
    t.explain(pr.value === 0 ? `The policy: takes effect immediately, on ${date}.` : `The policy: answer within ${pr.value} days of receipt, by ${date}.`, ...pr.clauses);
  } else {
    t.explain(`No answer deadline in the policy: ${pr.note}`);
  }

  let verificationBySilence = true;
  let verificationLawOverride: boolean | null = null;
  if (jurisdiction === "california") {
    if (right === "opt-out-sale-sharing" || right === "limit-spi") {
      const n = right === "opt-out-sale-sharing" ? lawNumbers.ccpaOptOutBusinessDays : lawNumbers.ccpaLimitBusinessDays;
      const a = lawNumbers.ccpaAcknowledgeBusinessDays;
      const date = addBusinessDays(receivedOn, n.value);
      const ackDate = addBusinessDays(receivedOn, a.value);
      respond.push({ source: "law", date, period: `${n.value} business days`, cites: [n.law] });
      // POLICY-SPEC P5 states the acknowledgement for the Relument profile, not per right: every CCPA right gets it.
      ack.push({ source: "law", date: ackDate, period: `${a.value} business days`, cites: [a.law] });
      laws.add(a.law, n.law);
      verificationLawOverride = false;
      t.explain(
        `CCPA: confirm receipt within ${a.value} business days (by ${ackDate}), the confirmation period of the CCPA regulations, applied to every CCPA right including opt-outs and limits (register P5.acknowledge-every-ccpa-right).`,
      );
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

  const standardRespondBy = earliest(respond);
  const ackCandidate = earliest(ack);
  // An answer due before the acknowledgement is itself the confirmation of receipt.
  const acknowledgeBy = ackCandidate !== null && standardRespondBy !== null && standardRespondBy < ackCandidate ? standardRespondBy : ackCandidate;
  if (acknowledgeBy !== ackCandidate) {
    t.explain(`The answer is due (${standardRespondBy}) before the acknowledgement (${ackCandidate}): the answer confirms receipt, so acknowledgeBy is ${acknowledgeBy}.`);
  }
  if (respond.length > 1) {
    t.explain(
      `Without an extension the earlier deadline applies: ${standardRespondBy} (${respond.map((b) => `${b.source} ${b.date}`).join(" vs ")}).`,
      ...respond.filter((b) => b.source === "policy").flatMap((b) => b.cites),
    );
  }
  if (acknowledgeBy === null) t.explain("No acknowledgement deadline applies (neither the policy nor the law sets one): acknowledgeBy is null.");
  if (standardRespondBy === null) t.explain("No answer deadline applies: respondBy is null (never a number the policy does not state).");

  // An extension exists only where a law gives one. The policy's own promise has no extension clause, so it
  // still binds: the extended deadline is the earliest of the policy's promise and the law's extended deadline.
  // Every law extension is later than that law's normal deadline, so this is never before standardRespondBy.
  const policyRespond = respond.filter((b) => b.source === "policy");
  const extBasis = ext.length === 0 ? [] : [...policyRespond, ...ext];
  const extendedRespondBy = earliest(extBasis);
  const extensionNoticeBy = extendedRespondBy === null ? null : standardRespondBy;
  if (extendedRespondBy !== null) {
    const lawExt = earliest(ext);
    if (policyRespond.length > 0) {
      t.explain(
        `If extended: the law would allow until ${lawExt}, but the policy's promise (${policyRespond.map((b) => `${b.period}, ${b.date}`).join("; ")}) has no extension and still binds, so the extended deadline is ${extendedRespondBy}${extendedRespondBy === standardRespondBy ? " (the extension gains no time)" : ""}; the notice of the extension with its reasons is due by ${extensionNoticeBy} (register P5.extension-with-policy-promise).`,
        ...policyRespond.flatMap((b) => b.cites),
      );
    } else {
      t.explain(`If extended: the extended deadline is ${extendedRespondBy}; the notice of the extension with its reasons is due by ${extensionNoticeBy}.`);
    }
  }
  const extensionApplies = extended && extendedRespondBy !== null;
  const respondBy = extensionApplies ? extendedRespondBy : standardRespondBy;
  if (extensionApplies) {
    t.explain(`Extended with notice: respondBy is the extended deadline, ${respondBy} (register P5.respond-by-in-force).`);
  } else if (extended) {
    t.explain(
      `extended: true, but no extension exists for "${right}" under profile "${profile.id}" (jurisdiction ${jurisdiction ?? "none"}): no law gives one and the policy states none, so extended is irrelevant; respondBy stays the standard deadline, ${respondBy ?? "none"}, and extendedRespondBy stays null (register P5.extension-not-available).`,
    );
  } else {
    t.explain(
      `Not extended${parsed.extended === undefined ? " (extended not given, taken as false)" : ""}: respondBy is the standard deadline, ${respondBy ?? "none"} (register P5.respond-by-in-force).`,
    );
  }

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
  const submittedBy = parsed.submittedBy ?? "consumer";
  const missing: "signed-permission"[] = [];
  const agentClause = profile.rights.agent;
  if (submittedBy === "consumer") {
    if (agentClause && verificationRequired) t.explain("An authorized agent may act with proof of authorization.", ...agentClause.clauses);
    if (parsed.signedPermission !== undefined) {
      t.explain(`\`signedPermission\` is ignored: the request was submitted by the consumer${parsed.submittedBy === undefined ? " (submittedBy not given)" : ""}, not by an agent.`);
    }
  } else if (agentClause) {
    if (parsed.signedPermission === true) {
      t.explain("Submitted by an authorized agent with the consumer's signed permission (the policy's proof of authorization): the request is accepted.", ...agentClause.clauses);
    } else {
      missing.push("signed-permission");
      t.explain(
        `Submitted by an authorized agent without the consumer's signed permission (signedPermission ${parsed.signedPermission === undefined ? "not given, taken as false" : "false"}): the policy asks for proof of authorization, so the request is not accepted; the deadlines above still hold, to answer by refusing it or asking for the permission (register P5.agent-deadlines).`,
        ...agentClause.clauses,
      );
    }
  } else {
    t.explain(
      `Submitted by an agent: the policy says nothing about authorized agents, so the agent's request is accepted as the consumer's own${parsed.signedPermission === undefined ? "" : ` (\`signedPermission\` is ignored: the policy asks for none)`}.`,
    );
  }
  const accepted = missing.length === 0;

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
  return withEdition(t.done({
    profile: profile.id,
    right,
    jurisdiction,
    extended,
    acknowledgeBy,
    respondBy,
    standardRespondBy,
    extendedRespondBy,
    extensionNoticeBy,
    verificationRequired,
    accountChangeHours,
    residualPurgeBy,
    // The policy's bases appear under both keys: each key gets its own copies (issue 11: a result shares no object).
    basis: { acknowledgeBy: ack, standardRespondBy: respond, extendedRespondBy: extBasis.map((b) => ({ ...b, cites: [...b.cites] })) },
    lawCitations: laws.list(),
    submittedBy,
    accepted,
    missing,
  }), edition);
}
