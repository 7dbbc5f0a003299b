/* P7: when a policy change may take effect (relument §13; relaso "Notification of changes"; reliom §10; relenta §1). */
import * as z from "zod/mini";
import { Trace, type Decision } from "../core/decision.js";
import { addDays, type CalendarDate } from "../core/calendar.js";
import { calendarDateSchema, parseInput } from "../core/schema.js";
import { profileField } from "./common.js";
import { profilesField, resolveProfileEdition, withEdition, type PrivacyEditionStamp } from "./profile-edition.js";
import { deepFreeze } from "../core/freeze.js";

/**
 * Input of {@link policyChangeEffective}.
 *
 * @example
 * ```ts
 * z.safeParse(policyChangeInputSchema, { noticeOn: "2026-03-02", change: "material" }).success; //=> true
 * ```
 */
export const policyChangeInputSchema = /* @__PURE__ */ deepFreeze(z.strictObject({
  /** "relument" (default), "relaso", "reliom", "relenta", or a host profile object. */
  profile: profileField,
  /** Instead of `profile`: editions of one policy (each with its `edition`); the one in force on the notice date (`noticeOn`) applies, since its change clause governs the change (P9). */
  profiles: profilesField,
  /** Day the change is announced (or posted). */
  noticeOn: calendarDateSchema,
  /** "material": a material/significant change affecting the user's rights; "minor": anything else. */
  change: z.enum(["material", "minor"]),
  /** Count the termination window from the notice (default) or from the effective date. */
  terminationFrom: z.optional(z.enum(["notice", "effective"])),
}));
/** Input of {@link policyChangeEffective}. */
export type PolicyChangeInput = z.input<typeof policyChangeInputSchema>;

/** Result of {@link policyChangeEffective}. */
export interface PolicyChangeResult extends Decision, PrivacyEditionStamp {
  readonly profile: string;
  /** The earliest day the change may take effect. */
  readonly earliestEffectiveOn: CalendarDate;
  /** Days of advance notice that applied (null: the policy states none). */
  readonly advanceNoticeDays: number | null;
  /** The user must be told of this change. */
  readonly noticeRequired: boolean;
  /** How, where the policy says. */
  readonly noticeChannels: string[];
  /** The days within which the user may terminate because of the change (inclusive); null where the policy gives no such right. */
  readonly terminationWindow: { from: CalendarDate; until: CalendarDate } | null;
}

/**
 * P7 policy change: the earliest date a change may take effect after its
 * notice, whether notice is due and how, and (Relaso) the 30-day window in
 * which the user may terminate.
 *
 * @example
 * ```ts
 * policyChangeEffective({ profile: "relaso", noticeOn: "2026-03-02", change: "material" });
 * //=> { earliestEffectiveOn: "2026-04-01", advanceNoticeDays: 30, terminationWindow: { from: "2026-03-02", until: "2026-04-01" }, ... }
 * policyChangeEffective({ noticeOn: "2026-03-02", change: "material" }).earliestEffectiveOn; //=> "2026-03-02"
 * ```
 */
export function policyChangeEffective(input: PolicyChangeInput): PolicyChangeResult {
  const parsed = parseInput(policyChangeInputSchema, input, "policyChangeEffective");
  const { noticeOn, change } = parsed;
  const t = new Trace();
  const { profile, edition } = resolveProfileEdition(parsed, { on: noticeOn, key: "noticeOn", label: "notice date" }, t, "policyChangeEffective");
  const c = profile.changes;
  let noticeRequired: boolean;
  let noticeChannels: string[] = [];
  if (c.notice.stated) {
    const of = c.notice.value.of;
    noticeRequired = of === "all" || (of === "material" && change === "material");
    noticeChannels = noticeRequired ? [...c.notice.value.channels] : [];
    t.explain(
      of === "none"
        ? "The policy may change at any time and keeping up with it is the user's responsibility: no notice is owed."
        : `The policy announces ${of === "all" ? "every change" : "material changes"}${noticeChannels.length ? ` (${c.notice.value.channels.join(", ")})` : ""}: this ${change} change ${noticeRequired ? "is" : "is not"} announced.`,
      ...c.notice.clauses,
    );
  } else {
    noticeRequired = change === "material";
    t.explain(`The policy does not say how changes are announced (${c.notice.note}); a material change is announced (register P7.notice-silent).`, ...profile.scopeClauses);
  }
  let earliestEffectiveOn = noticeOn;
  let advanceNoticeDays: number | null = null;
  if (c.advanceNoticeDays.stated && change === "material") {
    advanceNoticeDays = c.advanceNoticeDays.value;
    earliestEffectiveOn = addDays(noticeOn, advanceNoticeDays);
    t.explain(`A significant change needs at least ${advanceNoticeDays} days' advance notice: notice on ${noticeOn} (day 0) allows it to take effect on ${earliestEffectiveOn} at the earliest.`, ...c.advanceNoticeDays.clauses);
  } else if (c.advanceNoticeDays.stated) {
    t.explain(`The ${c.advanceNoticeDays.value}-day advance notice applies only to significant changes: this minor change may take effect on ${noticeOn}.`, ...c.advanceNoticeDays.clauses);
  } else {
    t.explain(`The policy states no advance-notice period (${c.advanceNoticeDays.note}): the change may take effect on the notice day, ${noticeOn} (register P7.no-advance-period).`);
  }
  let terminationWindow: PolicyChangeResult["terminationWindow"] = null;
  if (c.terminationWithinDays.stated) {
    const from = parsed.terminationFrom === "effective" ? earliestEffectiveOn : noticeOn;
    terminationWindow = { from, until: addDays(from, c.terminationWithinDays.value) };
    t.explain(
      `A user who thinks the change affects their rights may terminate by email within ${c.terminationWithinDays.value} days of the ${parsed.terminationFrom === "effective" ? "effective date" : "notice (default; register P7.termination-from)"}: ${from} to ${terminationWindow.until}.`,
      ...c.terminationWithinDays.clauses,
    );
  }
  return withEdition(t.done({ profile: profile.id, earliestEffectiveOn, advanceNoticeDays, noticeRequired, noticeChannels, terminationWindow }), edition);
}
