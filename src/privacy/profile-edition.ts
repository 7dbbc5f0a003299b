/* P9: which edition of a privacy policy governs a decision, per the policy's own change clause (P7):
 * relument §13 (from its new "Effective Date"), relaso "Notification of changes" (30 days' advance notice),
 * reliom §10 (from its revised "Last updated" date), relenta §1 (may change at any time). */
import * as z from "zod/mini";
import { addDays, daysBetween, type CalendarDate } from "../core/calendar.js";
import type { Trace } from "../core/decision.js";
import { PolicyInputError, inputError, type PolicyInputIssue } from "../core/errors.js";
import { deepFreeze } from "../core/freeze.js";
import { possessive } from "../core/plural.js";
import { resolveProfile } from "./common.js";
import { MAX_PROFILE_EDITIONS, privacyProfileSchema, type PrivacyProfile, type ProfileEdition, type ProfileInput } from "./schema.js";

/**
 * The `profiles` field of every privacy rule's input: editions of one policy
 * (each profile with its `edition`), instead of `profile`.
 */
export const profilesField = /* @__PURE__ */ deepFreeze(
  z.optional(
    z.array(privacyProfileSchema).check(
      z.minLength(1, { message: "expected at least one edition of the policy" }),
      z.maxLength(MAX_PROFILE_EDITIONS),
    ),
  ),
);

/** The fields a privacy result gains when a profile edition applied. */
export interface PrivacyEditionStamp {
  /**
   * The id of the profile edition that applied (its `edition.id`): present when
   * `profiles` was given, or when the single `profile` carries an `edition`.
   */
  readonly edition?: string;
}

/** The date of a decision that picks the edition in force: its value, its input key, and how the explanation names it. */
export interface DecisionDate {
  readonly on: CalendarDate | undefined;
  /** The input key, e.g. "receivedOn". */
  readonly key: string;
  /** What the date is, e.g. "receipt date". */
  readonly label: string;
}

/** The profile a rule applies and, when it is an edition, the edition's id. */
export interface ResolvedProfile {
  readonly profile: PrivacyProfile;
  readonly edition: string | null;
}

/**
 * How a policy's change clause (P7) puts a new edition in force, read from the
 * profile's data (never from its name): an advance-notice period (Relaso: 30
 * days), "may change at any time" (Relenta), or from the date the edition
 * states (Relument's "Effective Date", Reliom's "Last updated").
 */
type ChangeRule =
  | { readonly kind: "advance-notice"; readonly days: number; readonly clauses: readonly string[] }
  | { readonly kind: "at-any-time"; readonly clauses: readonly string[] }
  | { readonly kind: "stated-date"; readonly clauses: readonly string[] };

function changeRuleOf(profile: PrivacyProfile): ChangeRule {
  const c = profile.changes;
  if (c.advanceNoticeDays.stated && c.advanceNoticeDays.value > 0) return { kind: "advance-notice", days: c.advanceNoticeDays.value, clauses: c.advanceNoticeDays.clauses };
  if (c.mayChangeAtAnyTime.stated && c.mayChangeAtAnyTime.value) return { kind: "at-any-time", clauses: c.mayChangeAtAnyTime.clauses };
  return { kind: "stated-date", clauses: c.notice.stated ? c.notice.clauses : [] };
}

/** One validated edition of `profiles`, with the day it is in force from. */
interface Candidate {
  readonly profile: PrivacyProfile;
  readonly edition: ProfileEdition;
  /** The change clause it was made under: that of the edition it replaces (the first: its own). */
  readonly rule: ChangeRule;
  /** The edition it replaces (the previous one by `effectiveOn`), if listed. */
  readonly replaces: ProfileEdition | null;
  readonly inForceFrom: CalendarDate;
}

function inForceFrom(edition: ProfileEdition, rule: ChangeRule): CalendarDate {
  if (rule.kind !== "advance-notice" || edition.announcedOn === undefined) return edition.effectiveOn;
  const noticed = addDays(edition.announcedOn, rule.days);
  return noticed > edition.effectiveOn ? noticed : edition.effectiveOn;
}

/**
 * The editions of `profiles`, checked (each has an `edition`, all are of one
 * policy, ids distinct, no two take effect the same day) and sorted by
 * `effectiveOn`, each with the day it is in force from.
 */
function candidates(profiles: readonly PrivacyProfile[], rule: string): Candidate[] {
  const issues: PolicyInputIssue[] = [];
  const document = (profiles[0] as PrivacyProfile).document;
  const ids = new Map<string, number>();
  const dates = new Map<string, number>();
  for (const [i, p] of profiles.entries()) {
    if (p.document !== document) {
      // Another policy: its edition is not compared with this policy's ones.
      issues.push({ path: ["profiles", i, "document"], message: `an edition of "${p.document}", while profiles[0] is of "${document}": \`profiles\` lists editions of one policy` });
      continue;
    }
    if (p.edition === undefined) {
      issues.push({ path: ["profiles", i, "edition"], message: "required in `profiles`: each profile says which edition it is ({ id, effectiveOn, announcedOn? })" });
      continue;
    }
    const sameId = ids.get(p.edition.id);
    if (sameId !== undefined) issues.push({ path: ["profiles", i, "edition", "id"], message: `the edition id "${p.edition.id}" is listed twice (profiles[${sameId}] too)` });
    else ids.set(p.edition.id, i);
    const sameDay = dates.get(p.edition.effectiveOn);
    if (sameDay !== undefined) {
      issues.push({
        path: ["profiles", i, "edition", "effectiveOn"],
        message: `profiles[${i}] and profiles[${sameDay}] both take effect on ${p.edition.effectiveOn}: which one applies is undecidable`,
      });
    } else dates.set(p.edition.effectiveOn, i);
  }
  if (issues.length) throw new PolicyInputError(issues, rule);
  const sorted = [...profiles].sort((a, b) => ((a.edition as ProfileEdition).effectiveOn < (b.edition as ProfileEdition).effectiveOn ? -1 : 1));
  return sorted.map((profile, i) => {
    const previous = i > 0 ? (sorted[i - 1] as PrivacyProfile) : null;
    const edition = profile.edition as ProfileEdition;
    // A change is made under the change clause in force when it is announced: that of the edition it replaces
    // (so an edition cannot shorten the notice it is itself announced under); the earliest listed, its own.
    const changeRule = changeRuleOf(previous ?? profile);
    return { profile, edition, rule: changeRule, replaces: previous?.edition ?? null, inForceFrom: inForceFrom(edition, changeRule) };
  });
}

/** Why `c` is in force from `c.inForceFrom`, in the words of the change clause it was made under. */
function whyInForce(c: Candidate): string {
  const { id, effectiveOn, announcedOn } = c.edition;
  const r = c.rule;
  let why: string;
  if (r.kind === "advance-notice") {
    const notice = `the policy gives at least ${r.days} days' advance notice of changes`;
    if (announcedOn === undefined) {
      why = `${notice}; "${id}" gives no announcement date, so it is in force from its effective date, ${effectiveOn} (register P9.no-announcement).`;
    } else {
      const ahead = daysBetween(announcedOn, effectiveOn);
      why =
        c.inForceFrom === effectiveOn
          ? `${notice}; "${id}" was announced on ${announcedOn}, ${ahead} days before its effective date ${effectiveOn}: in force from ${effectiveOn}.`
          : `${notice}; "${id}" was announced on ${announcedOn}, only ${ahead} days before its effective date ${effectiveOn}, so it is in force from ${c.inForceFrom}, ${r.days} days after the announcement (every new edition is taken as a change that needs the notice: register P9.notice-from-announcement).`;
    }
  } else if (r.kind === "at-any-time") {
    why = `the policy may change at any time: "${id}" is in force at once, from its effective date ${effectiveOn}.`;
  } else if (r.clauses.length === 0) {
    why = `the policy states no change clause: "${id}" is in force from the date it states, ${effectiveOn} (register P9.no-change-clause).`;
  } else {
    why = `the policy sets no advance-notice period: an updated policy applies from the date it states, so "${id}" is in force from ${effectiveOn}.`;
  }
  // The clause that governs a change is the one of the edition it replaces (register P9.notice-under-replaced-edition).
  return c.replaces === null ? `${why.charAt(0).toUpperCase()}${why.slice(1)}` : `Under the change clause of "${c.replaces.id}" (the edition "${id}" replaces), ${why}`;
}

/**
 * The profile a rule applies (P9): from `profiles`, the latest edition (by
 * `effectiveOn`) in force on the decision's own date; else the single
 * `profile`, as given. Adds the explanation steps saying which and why.
 */
export function resolveProfileEdition(
  input: { readonly profile?: ProfileInput | undefined; readonly profiles?: readonly PrivacyProfile[] | undefined },
  date: DecisionDate,
  t: Trace,
  rule: string,
): ResolvedProfile {
  if (input.profiles === undefined) {
    const profile = resolveProfile(input.profile, t);
    const e = profile.edition;
    if (e !== undefined) {
      t.explain(
        `Edition "${e.id}" of this policy (effective ${e.effectiveOn}${e.announcedOn === undefined ? "" : `, announced ${e.announcedOn}`}), applied as given: a single \`profile\` is not checked against dates; pass \`profiles\` to apply the edition in force on the ${date.label} (\`${date.key}\`) (register P9.single-profile-as-given).`,
      );
    }
    return { profile, edition: e?.id ?? null };
  }
  if (input.profile !== undefined) inputError(["profiles"], "give either `profile` or `profiles` (editions of one policy), not both", rule);
  const list = candidates(input.profiles, rule);
  const on = date.on;
  if (on === undefined) inputError([date.key], `required with \`profiles\`: the ${date.label} picks the edition in force that day`, rule);
  let chosen: Candidate | undefined;
  for (const c of list) if (c.inForceFrom <= on) chosen = c;
  if (chosen === undefined) {
    const earliest = list.reduce((a, b) => (b.inForceFrom < a.inForceFrom ? b : a));
    inputError(
      ["profiles"],
      `no edition is in force yet on ${on} (the ${date.label}, \`${date.key}\`): the earliest in force, "${earliest.edition.id}", is in force from ${earliest.inForceFrom}`,
      rule,
    );
  }
  const { profile, edition } = chosen;
  t.explain(
    `${list.length === 1 ? "One edition" : `${list.length} editions`} of ${possessive(profile.name)} privacy policy ("${profile.document}") given; the ${date.label} (\`${date.key}\`) is ${on}, and the latest edition in force that day applies: "${edition.id}" (profile "${profile.id}").`,
  );
  t.explain(whyInForce(chosen), ...chosen.rule.clauses);
  const next = list.find((c) => c.edition.effectiveOn > edition.effectiveOn);
  if (next !== undefined) {
    t.explain(`"${next.edition.id}" is not in force yet on ${on}. ${whyInForce(next)}`, ...next.rule.clauses);
  }
  return { profile, edition: edition.id };
}

/** Adds `edition` (the applied profile edition's id) to a result, when an edition applied. */
export function withEdition<T extends object>(result: T, edition: string | null): T & PrivacyEditionStamp {
  if (edition !== null) (result as { edition?: string }).edition = edition;
  return result;
}
