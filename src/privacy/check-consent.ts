/* P3, P4, P8, T21: the consent gates of each action id
 * (relument §1 D, §3, §4, §7, §8; Terms §2.3, §4, §8; relaso Personal Information, Call log permissions, cookies, sharing; reliom §3; relenta §3, §4). */
import * as z from "zod/mini";
import { Trace, type Decision } from "../core/decision.js";
import { ageSchema, calendarDateSchema, parseInput } from "../core/schema.js";
import { absent, arrayOf, bool, calendarDate, fastSpec, intIn, oneOf, opt } from "../core/fast.js";
import { inputError } from "../core/errors.js";
import { LawTrail, profileField } from "./common.js";
import { profilesField, resolveProfileEdition, withEdition, type PrivacyEditionStamp } from "./profile-edition.js";
import { lawNumbers } from "./laws.js";
import { saleShareAge } from "./age-rule.js";
import { GRANTS, PRIVACY_ACTIONS, PROFILE_NAMES, type ActionGate, type Grant, type PrivacyAction, type PrivacyProfile } from "./schema.js";
import { deepFreeze } from "../core/freeze.js";
import { MAX_IDS_PER_FIELD } from "../core/limits.js";

type StatedGate = Exclude<ActionGate, { status: "not-stated" }>;

/**
 * Input of {@link checkConsent}.
 *
 * @example
 * ```ts
 * z.safeParse(checkConsentInputSchema, { action: "sale", gcp: true }).success; //=> false (unknown key)
 * ```
 */
export const checkConsentInputSchema = /* @__PURE__ */ deepFreeze(z.strictObject({
  /** "relument" (default), "relaso", "reliom", "relenta", or a host profile object. */
  profile: profileField,
  /** Instead of `profile`: editions of one policy (each with its `edition`); the one in force on `on` applies (P9). */
  profiles: profilesField,
  /** The action to check (API-CONTRACT action ids). */
  action: z.enum(PRIVACY_ACTIONS),
  /** What the person has given. Absent: nothing. */
  granted: z.optional(z.array(z.enum(GRANTS)).check(z.maxLength(MAX_IDS_PER_FIELD))),
  /** The person opted out of / withdrew from this action (for messages: a marketing opt-out). Absent: false. */
  optedOut: z.optional(z.boolean()),
  /** A Global Privacy Control signal is present. Absent: false. */
  gpc: z.optional(z.boolean()),
  /** The person's age in whole years, when known. */
  age: z.optional(ageSchema),
  /** The host has enabled advertising pixels. Absent: false. */
  pixelsEnabled: z.optional(z.boolean()),
  /** The day of the check: needed with `profiles` (it picks the edition in force that day) and with `membershipEndedOn`. */
  on: z.optional(calendarDateSchema),
  /**
   * T21: the day the membership ended (the cancellation took effect), when it has or will. Needs `on`. From that
   * day on the RMM agent may not be installed or operated (`rmm-install`), whatever was granted; it does not
   * concern any other action (a remote session the customer starts is unaffected).
   */
  membershipEndedOn: z.optional(calendarDateSchema),
  /**
   * The person has enabled the integration the action is about (Reliom's `integration-access`). Absent: false.
   * Ignored, and the explanation says so, for an action or profile whose gate does not depend on it.
   */
  integrationEnabled: z.optional(z.boolean()),
}));
/** Input of {@link checkConsent}. */
export type CheckConsentInput = z.input<typeof checkConsentInputSchema>;

/** The fast path of {@link checkConsentInputSchema}: certainly valid input, a built-in profile by name (core/fast.ts). */
const checkConsentFast = /* @__PURE__ */ fastSpec({
  profile: /* @__PURE__ */ opt(/* @__PURE__ */ oneOf(PROFILE_NAMES)),
  profiles: absent,
  action: /* @__PURE__ */ oneOf(PRIVACY_ACTIONS),
  granted: /* @__PURE__ */ opt(/* @__PURE__ */ arrayOf(GRANTS, MAX_IDS_PER_FIELD)),
  optedOut: /* @__PURE__ */ opt(bool),
  gpc: /* @__PURE__ */ opt(bool),
  age: /* @__PURE__ */ opt(/* @__PURE__ */ intIn(0, 150)),
  pixelsEnabled: /* @__PURE__ */ opt(bool),
  on: /* @__PURE__ */ opt(calendarDate),
  membershipEndedOn: /* @__PURE__ */ opt(calendarDate),
  integrationEnabled: /* @__PURE__ */ opt(bool),
});

/** Why an action is not allowed, apart from missing grants. */
export type ConsentBlock =
  | "prohibited"
  | "below-minimum-age"
  | "under-sharing-age"
  | "opted-out"
  | "gpc"
  | "pixels-disabled"
  | "membership-ended"
  | "integration-disabled";

/** Result of {@link checkConsent}. */
export interface CheckConsentResult extends Decision, PrivacyEditionStamp {
  readonly profile: string;
  readonly action: PrivacyAction;
  readonly allowed: boolean;
  /** Grants still needed (what a UI should ask for). Empty when nothing can be asked for. */
  readonly missing: Grant[];
  /** What stops the action and cannot be fixed by asking (empty when allowed or only grants are missing). */
  readonly blockedBy: ConsentBlock[];
  /** `policy`: the policy states the gate; `fallback`: it is silent and the library's default gate applied. */
  readonly gate: "policy" | "fallback";
  /** Law ids (src/privacy/laws.ts) relied on. */
  readonly lawCitations: string[];
}

/**
 * The gate used when a policy is silent about an action: ask for consent and
 * stop on opt-out; sharing and sale also stop on GPC and under 16 (GPC concerns
 * sale/sharing only, so a silent policy's analytics cookie does not stop on it),
 * and a sale is never allowed unless the policy says it sells (register P3.not-stated-fallback).
 * The RMM agent (`rmm-install`) also stops when the membership ends: the Terms' rule (§8), whatever the
 * policy (register T21.silent-policy).
 */
function fallbackGate(action: PrivacyAction, profile: PrivacyProfile): StatedGate {
  if (action === "sale" && !(profile.sells.stated && profile.sells.value)) {
    return {
      status: "prohibited",
      clauses: profile.sells.stated ? profile.sells.clauses : profile.scopeClauses,
      laws: [],
      note: profile.sells.stated ? "The policy says it never sells." : "The policy does not say it sells.",
    };
  }
  const sharing = action === "sale" || action === "ad-pixel-sharing";
  return {
    status: "allowed-if",
    requires: ["consent"],
    blockedByOptOut: true,
    blockedByGpc: sharing,
    // No age of its own: a sale or sharing then takes the policy's sale/sharing age, else the CCPA's 16 (P1.sharing-age-silent).
    minimumAge: null,
    requiresPixels: action === "ad-pixel-sharing",
    ...(action === "rmm-install" ? { endsWithMembership: { clauses: ["terms.8.rmm"] } } : {}),
    clauses: profile.scopeClauses,
    laws: [],
    note: "The policy is silent: the library asks for consent and honours an opt-out.",
  };
}

/**
 * P3/P4/P8 consent gates: is `action` allowed for this person under the
 * profile, and if not, what is missing (to ask for) and what blocks it?
 * A GPC signal opts out of sale and ad-pixel sharing only (not analytics
 * cookies, which stop on an explicit opt-out); under 16 nothing is shared; a
 * sale is never allowed under the four profiles, nor is sharing except under
 * Relument; Relument's marketing email and SMS need no grant and stop on
 * opt-out; transactional messages continue after a marketing opt-out. Only a
 * minimum age the policy states blocks collection (Relenta states none).
 * T21: once the membership has ended (`membershipEndedOn` ≤ `on`), the RMM
 * agent may not be installed or operated, whatever was granted; a remote
 * session the customer starts is unaffected. Reliom's integrations get data
 * only while enabled (`integrationEnabled`).
 *
 * @example
 * ```ts
 * checkConsent({ action: "screen-recording", granted: ["consent"] });
 * //=> { allowed: false, missing: ["notice"], blockedBy: [], gate: "policy", ... }
 * checkConsent({ action: "ad-pixel-sharing", pixelsEnabled: true, age: 30, gpc: true }).blockedBy; //=> ["gpc"]
 * checkConsent({ action: "transactional-message", optedOut: true }).allowed; //=> true
 * checkConsent({ action: "marketing-sms" }); //=> { allowed: true, missing: [], blockedBy: [], ... } (opt-out, like email)
 * checkConsent({ action: "marketing-sms", optedOut: true }).blockedBy; //=> ["opted-out"]
 * checkConsent({ action: "sale", granted: ["consent"] }).allowed; //=> false
 * checkConsent({ action: "analytics-cookie", gpc: true }).allowed; //=> true (GPC concerns sale/sharing, not analytics)
 * checkConsent({ action: "analytics-cookie", optedOut: true }).blockedBy; //=> ["opted-out"]
 * checkConsent({ profile: "relaso", action: "ad-pixel-sharing", granted: ["consent"], pixelsEnabled: true, age: 30 });
 * //=> { allowed: false, missing: [], blockedBy: ["prohibited"], ... } (Relaso never shares for advertising)
 * checkConsent({ profile: "relenta", action: "transactional-message", age: 12 }).allowed; //=> true (no minimum age stated; COPPA is named as the host's obligation)
 * checkConsent({ action: "rmm-install", granted: ["consent"], on: "2026-07-01", membershipEndedOn: "2026-06-30" }).blockedBy; //=> ["membership-ended"]
 * checkConsent({ action: "remote-session", granted: ["consent"], on: "2026-07-01", membershipEndedOn: "2026-06-30" }).allowed; //=> true
 * checkConsent({ profile: "reliom", action: "integration-access", integrationEnabled: true }).allowed; //=> true
 * checkConsent({ profile: "relaso", action: "testimonial-post", granted: ["consent"] }).missing; //=> ["permission"]
 * checkConsent({ action: "service-provider-marketing", granted: ["consent"] }).blockedBy; //=> ["prohibited"]
 * ```
 */
export function checkConsent(input: CheckConsentInput): CheckConsentResult {
  const parsed = parseInput(checkConsentInputSchema, input, "checkConsent", checkConsentFast);
  const { action, age, membershipEndedOn, on } = parsed;
  if (membershipEndedOn !== undefined && on === undefined) {
    inputError(["membershipEndedOn"], "needs `on` (the date of the check): whether the membership has ended is decided on that day (T21)", "checkConsent");
  }
  const t = new Trace();
  const laws = new LawTrail();
  const { profile, edition } = resolveProfileEdition(parsed, { on: parsed.on, key: "on", label: "check date" }, t, "checkConsent");
  const granted = parsed.granted ?? [];
  const optedOut = parsed.optedOut ?? false;
  const gpc = parsed.gpc ?? false;
  const pixelsEnabled = parsed.pixelsEnabled ?? false;
  const defaults = [
    parsed.granted === undefined ? "granted: none" : null,
    parsed.optedOut === undefined ? "optedOut: false" : null,
    parsed.gpc === undefined ? "gpc: false" : null,
    parsed.pixelsEnabled === undefined ? "pixelsEnabled: false" : null,
  ].filter((s): s is string => s !== null);
  if (defaults.length) t.explain(`Not given, so taken as: ${defaults.join(", ")}.`);

  const stated = profile.actions[action];
  let gate: StatedGate;
  let gateKind: "policy" | "fallback";
  if (stated.status === "not-stated") {
    gate = fallbackGate(action, profile);
    gateKind = "fallback";
    t.explain(
      `The policy is silent on "${action}" (${stated.note}); the library's fallback gate applies: ${gate.note} (register P3.not-stated-fallback).`,
      ...profile.scopeClauses,
    );
  } else {
    gate = stated;
    gateKind = "policy";
    t.explain(`"${action}": ${stated.note}`, ...stated.clauses);
  }
  laws.add(...gate.laws);

  const blockedBy: ConsentBlock[] = [];
  if (age !== undefined) {
    const min = profile.age.minimum;
    if (min.stated && age < min.value) {
      blockedBy.push("below-minimum-age");
      t.explain(`Age ${age} is under the policy's minimum age ${min.value}: no personal information is collected, so no action is allowed.`, ...min.clauses);
    } else if (!min.stated && age < lawNumbers.coppaAge.value) {
      laws.add(lawNumbers.coppaAge.law);
      t.explain(
        `The policy states no minimum age, so age ${age} blocks nothing here (register P1.no-minimum-stated). Host obligation, not a policy term: where COPPA applies, a child under ${lawNumbers.coppaAge.value} needs verifiable parental consent first.`,
      );
    }
  }

  let missing: Grant[] = [];
  if (gate.status === "prohibited") {
    blockedBy.push("prohibited");
    t.explain(`"${action}" is never allowed under this profile, whatever is granted.`, ...gate.clauses);
  } else {
    missing = gate.requires.filter((g) => !granted.includes(g));
    if (gate.requires.length === 0) t.explain("No grant is needed.");
    else
      t.explain(
        `Needs ${gate.requires.join(" and ")}; granted: ${granted.length ? granted.join(", ") : "nothing"}${missing.length ? `; missing: ${missing.join(", ")}` : ""}.`,
      );
    if (gate.blockedByOptOut && optedOut) {
      blockedBy.push("opted-out");
      t.explain("The person opted out (or withdrew, or ended the session): the action stops.");
    } else if (!gate.blockedByOptOut && optedOut) {
      t.explain("An opt-out (a marketing opt-out) does not stop this action: transactional/service messages continue.");
    }
    if (gate.blockedByGpc && gpc) {
      blockedBy.push("gpc");
      t.explain("A Global Privacy Control signal is present: it is an opt-out of sale/sharing, so the action stops (register P3.gpc-scope).");
    } else if (gpc) {
      t.explain("A GPC signal is present but does not concern this action: GPC opts out of sale and ad-pixel sharing only (register P3.gpc-scope).");
    }
    if (gate.requiresPixels && !pixelsEnabled) {
      blockedBy.push("pixels-disabled");
      t.explain("Advertising pixels are not enabled: there is no sharing to allow.");
    }
    if (gate.requiresIntegration === true) {
      if (parsed.integrationEnabled === true) t.explain("The integration is enabled: it may receive the data.");
      else {
        blockedBy.push("integration-disabled");
        t.explain(
          parsed.integrationEnabled === undefined
            ? "integrationEnabled not given, so taken as false: an integration gets data only once the person has enabled it."
            : "The integration is not enabled: it gets no data.",
        );
      }
    }
    const ends = gate.endsWithMembership;
    if (ends !== undefined) {
      const what = action === "rmm-install" ? "the agent" : `"${action}"`;
      if (membershipEndedOn === undefined) {
        t.explain(`No membershipEndedOn given: the membership is taken as not ended, so it does not stop ${what}.`);
      } else if (membershipEndedOn <= (on as string)) {
        blockedBy.push("membership-ended");
        t.explain(
          action === "rmm-install"
            ? `The membership ended on ${membershipEndedOn}, on or before the check date ${on as string}: the RMM agent is removed after cancellation, so it may be neither installed nor operated, whatever was granted (T21; "rmm-install" stands for installing and operating the agent: register T21.operating).`
            : `The membership ended on ${membershipEndedOn}, on or before the check date ${on as string}: "${action}" stops with the membership, whatever was granted.`,
          ...ends.clauses,
        );
      } else {
        t.explain(`The membership ends on ${membershipEndedOn}, after the check date ${on as string}: it has not ended yet, so it does not stop ${what} (T21).`, ...ends.clauses);
      }
    }
    if (gate.minimumAge !== null) {
      if (age === undefined) {
        t.explain(
          `Age unknown: the policy's age condition (${gate.minimumAge}) concerns persons known to be younger ("knowingly"), so it does not block (register P1.age-unknown).`,
        );
      } else if (age < gate.minimumAge && !blockedBy.includes("below-minimum-age")) {
        blockedBy.push("under-sharing-age");
        t.explain(`Age ${age} is under ${gate.minimumAge}: never sold or shared.`);
      }
    } else if (action === "ad-pixel-sharing" || action === "sale") {
      const limit = saleShareAge(profile, t, laws);
      if (age === undefined) {
        t.explain(`Age unknown: the sale/sharing age (${limit}) concerns persons known to be younger, so it does not block (register P1.age-unknown).`);
      } else if (age < limit && !blockedBy.includes("below-minimum-age")) {
        blockedBy.push("under-sharing-age");
        t.explain(`Age ${age} is under ${limit}: never sold or shared.`);
      }
    }
  }
  if (membershipEndedOn !== undefined && (gate.status === "prohibited" || gate.endsWithMembership === undefined)) {
    t.explain(
      gate.status === "prohibited"
        ? `membershipEndedOn (${membershipEndedOn}) changes nothing: "${action}" is never allowed under this profile.`
        : action === "remote-session"
          ? `membershipEndedOn (${membershipEndedOn}) is ignored: the end of a membership stops the RMM agent only, not a remote session the customer starts (T21).`
          : `membershipEndedOn (${membershipEndedOn}) is ignored: the end of a membership stops the RMM agent only (T21); this profile's gate for "${action}" does not end with it (register T21.other-actions).`,
    );
  }
  if (parsed.integrationEnabled !== undefined && (gate.status === "prohibited" || gate.requiresIntegration !== true)) {
    t.explain(`integrationEnabled (${String(parsed.integrationEnabled)}) is ignored: this profile's gate for "${action}" does not depend on an enabled integration.`);
  }
  const allowed = missing.length === 0 && blockedBy.length === 0;
  t.explain(allowed ? `"${action}" is allowed.` : `"${action}" is not allowed.`);
  return withEdition(t.done({ profile: profile.id, action, allowed, missing, blockedBy, gate: gateKind, lawCitations: laws.list() }), edition);
}
