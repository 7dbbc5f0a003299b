/* P8: marketing opt-out (relument §7 Marketing Communications, Terms §17; relaso opt-out/objection;
 * relenta §3 mandatory announcements). */
import * as z from "zod/mini";
import { Trace, type Decision } from "../core/decision.js";
import { addBusinessDays } from "../core/business-days.js";
import { addMonths, type CalendarDate } from "../core/calendar.js";
import { calendarDateSchema, parseInput } from "../core/schema.js";
import { LawTrail, isUs, jurisdictionField, profileField, resolveJurisdiction } from "./common.js";
import { profilesField, resolveProfileEdition, withEdition, type PrivacyEditionStamp } from "./profile-edition.js";
import { lawNumbers } from "./laws.js";
import type { DeadlineBasis } from "./rights-request-deadlines.js";
import { deepFreeze } from "../core/freeze.js";

/**
 * Input of {@link marketingOptOutDeadline}.
 *
 * @example
 * ```ts
 * z.safeParse(marketingOptOutInputSchema, { channel: "fax", optedOutOn: "2026-11-20" }).success; //=> false
 * ```
 */
export const marketingOptOutInputSchema = /* @__PURE__ */ deepFreeze(z.strictObject({
  /** "relument" (default), "relaso", "reliom", "relenta", or a host profile object. */
  profile: profileField,
  /** Instead of `profile`: editions of one policy (each with its `edition`); the one in force on the opt-out date (`optedOutOn`) applies (P9). */
  profiles: profilesField,
  /** The marketing channel opted out of. */
  channel: z.enum(["email", "sms"]),
  /** Day the opt-out was received (day 0, not counted). */
  optedOutOn: calendarDateSchema,
  /** Where the person is. Absent: the jurisdiction the policy addresses, if any. */
  jurisdiction: jurisdictionField,
}));
/** Input of {@link marketingOptOutDeadline}. */
export type MarketingOptOutInput = z.input<typeof marketingOptOutInputSchema>;

/** Result of {@link marketingOptOutDeadline}. */
export interface MarketingOptOutResult extends Decision, PrivacyEditionStamp {
  readonly profile: string;
  readonly channel: "email" | "sms";
  readonly jurisdiction: string | null;
  /** The last day a marketing message may still go out (the opt-out is honoured by then); null when neither policy nor law sets one. */
  readonly honourBy: CalendarDate | null;
  /** Service/transactional messages continue after the opt-out. */
  readonly transactionalContinues: boolean;
  /** The policy reserves mandatory service announcements. */
  readonly mandatoryAnnouncements: boolean;
  readonly basis: DeadlineBasis[];
  /** Law ids (src/privacy/laws.ts) that set the deadline. */
  readonly lawCitations: string[];
}

/**
 * P8 marketing opt-out: by when an email/SMS marketing opt-out must be
 * honoured (the earlier of the policy's period and the law's: CAN-SPAM for
 * email and the TCPA rules for SMS, 10 business days; GDPR one month), and
 * whether transactional messages continue.
 *
 * @example
 * ```ts
 * marketingOptOutDeadline({ channel: "email", optedOutOn: "2026-11-20" });
 * //=> { honourBy: "2026-12-07", transactionalContinues: true, lawCitations: ["law.can-spam"], ... }
 * ```
 */
export function marketingOptOutDeadline(input: MarketingOptOutInput): MarketingOptOutResult {
  const parsed = parseInput(marketingOptOutInputSchema, input, "marketingOptOutDeadline");
  const { channel, optedOutOn } = parsed;
  const t = new Trace();
  const laws = new LawTrail();
  const { profile, edition } = resolveProfileEdition(parsed, { on: optedOutOn, key: "optedOutOn", label: "opt-out date" }, t, "marketingOptOutDeadline");
  const m = profile.marketing;
  if (m.optOut.stated) t.explain(`The policy lets the person opt out of marketing.`, ...m.optOut.clauses);
  else t.explain(`The policy does not mention a marketing opt-out (${m.optOut.note}); the law still applies.`, ...profile.scopeClauses);
  t.explain(`Opt-out received on ${optedOutOn}; that day is day 0 and is not counted.`);
  const jurisdiction = resolveJurisdiction(parsed.jurisdiction, profile, t);
  const basis: DeadlineBasis[] = [];
  if (m.honourOptOutWithinBusinessDays.stated) {
    const n = m.honourOptOutWithinBusinessDays;
    basis.push({ source: "policy", date: addBusinessDays(optedOutOn, n.value), period: `${n.value} business days`, cites: [...n.clauses] });
    t.explain(`The policy: honoured within ${n.value} business days.`, ...n.clauses);
  }
  if (isUs(jurisdiction)) {
    const n = channel === "email" ? lawNumbers.canSpamBusinessDays : lawNumbers.tcpaRevocationBusinessDays;
    const date = addBusinessDays(optedOutOn, n.value);
    basis.push({ source: "law", date, period: `${n.value} business days`, cites: [n.law] });
    laws.add(n.law);
    t.explain(
      channel === "email"
        ? `CAN-SPAM: an email opt-out is honoured within ${n.value} business days: by ${date}.`
        : `TCPA rules: a revocation of consent to texts is honoured within ${n.value} business days: by ${date}.`,
    );
  } else if (jurisdiction === "eea") {
    const n = lawNumbers.gdprRespondMonths;
    const date = addMonths(optedOutOn, n.value);
    basis.push({ source: "law", date, period: `${n.value} month`, cites: [n.law, "law.gdpr.21-3"] });
    laws.add(n.law, "law.gdpr.21-3");
    t.explain(`GDPR: an objection to direct marketing stops that processing; as a request it is acted on within one month at the latest: by ${date} (register P8.eea-marketing).`);
  }
  const honourBy = basis.reduce<CalendarDate | null>((a, b) => (a === null || b.date < a ? b.date : a), null);
  if (basis.length > 1) t.explain(`The earlier deadline applies: ${honourBy}.`);
  if (honourBy === null) t.explain("Neither the policy nor a law the library applies sets a period: honourBy is null.");
  let transactionalContinues: boolean;
  if (m.transactionalContinues.stated) {
    transactionalContinues = m.transactionalContinues.value;
    t.explain(transactionalContinues ? "Service/transactional messages continue after the opt-out." : "Transactional messages stop too.", ...m.transactionalContinues.clauses);
  } else {
    transactionalContinues = true;
    if (isUs(jurisdiction)) laws.add("law.can-spam");
    t.explain("The policy does not say; transactional messages are not marketing, so a marketing opt-out does not stop them (register P8.transactional-continues).");
  }
  const mandatoryAnnouncements = m.mandatoryAnnouncements.stated && m.mandatoryAnnouncements.value;
  if (mandatoryAnnouncements && m.mandatoryAnnouncements.stated) t.explain("The policy reserves mandatory announcements related to the use of the service.", ...m.mandatoryAnnouncements.clauses);
  return withEdition(t.done({ profile: profile.id, channel, jurisdiction, honourBy, transactionalContinues, mandatoryAnnouncements, basis, lawCitations: laws.list() }), edition);
}
