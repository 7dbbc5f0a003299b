/* P1: minimum age, sale/sharing age, what happens to a child's data
 * (relument §8 Children, §12; relaso Children's Online Privacy Protection; reliom §8: no deletion duty stated;
 * relenta: no minimum age stated). */
import * as z from "zod/mini";
import { Trace, type Decision } from "../core/decision.js";
import { ageSchema, calendarDateSchema, parseInput } from "../core/schema.js";
import { LawTrail, profileField } from "./common.js";
import { lawNumbers } from "./laws.js";
import { profilesField, resolveProfileEdition, withEdition, type PrivacyEditionStamp } from "./profile-edition.js";
import { PROFILE_NAMES, type PrivacyProfile } from "./schema.js";
import { absent, calendarDate, fastSpec, intIn, oneOf, opt } from "../core/fast.js";
import { deepFreeze } from "../core/freeze.js";

/**
 * Input of {@link ageRule}.
 *
 * @example
 * ```ts
 * z.safeParse(ageRuleInputSchema, { age: -1 }).success; //=> false
 * ```
 */
export const ageRuleInputSchema = /* @__PURE__ */ deepFreeze(z.strictObject({
  /** "relument" (default), "relaso", "reliom", "relenta", or a host profile object. */
  profile: profileField,
  /** Instead of `profile`: editions of one policy (each with its `edition`); the one in force on `on` applies (P9). */
  profiles: profilesField,
  /** The person's age in whole years. */
  age: ageSchema,
  /** The day of the decision: needed with `profiles` (it picks the edition in force that day). */
  on: z.optional(calendarDateSchema),
}));
/** Input of {@link ageRule}. */
export type AgeRuleInput = z.input<typeof ageRuleInputSchema>;

/** The fast path of {@link ageRuleInputSchema}: certainly valid input, a built-in profile by name (core/fast.ts). */
const ageRuleFast = /* @__PURE__ */ fastSpec({
  profile: /* @__PURE__ */ opt(/* @__PURE__ */ oneOf(PROFILE_NAMES)),
  profiles: absent,
  age: /* @__PURE__ */ intIn(0, 150),
  on: /* @__PURE__ */ opt(calendarDate),
});

/** Result of {@link ageRule}. */
export interface AgeRuleResult extends Decision, PrivacyEditionStamp {
  readonly profile: string;
  readonly age: number;
  /** The policy's minimum age; null when the policy states none (no age is invented). */
  readonly minimumAge: number | null;
  /** `policy`: {@link AgeRuleResult.minimumAge} is the policy's; `not-stated`: the policy states none (it is null). */
  readonly minimumAgeSource: "policy" | "not-stated";
  /** The policy lets personal information be collected from this person (true at every age when it states no minimum). */
  readonly mayCollect: boolean;
  /** The policy says data learned to come from this person (under its minimum age) is deleted. False when it states no such duty. */
  readonly mustDelete: boolean;
  /** `policy` when `mustDelete` is true (it only ever comes from the policy's words); null otherwise. */
  readonly mustDeleteSource: "policy" | null;
  /** The profile could sell this person's data (never, for the four shipped profiles). */
  readonly maySell: boolean;
  /** The profile could share this person's data for advertising, subject to `checkConsent`'s other gates (never, except Relument from 16). */
  readonly mayShare: boolean;
  /** `maySell || mayShare`. */
  readonly maySellOrShare: boolean;
  /** Law ids (src/privacy/laws.ts) relied on or named as a host obligation (COPPA, where the policy states no minimum age). */
  readonly lawCitations: string[];
}

/**
 * P1 age rule: may personal information of a person of this age be collected,
 * sold or shared under the profile, and does the policy say such data is
 * deleted? Only the policy's words decide: where it states no minimum age
 * (Relenta) nothing stops collection and `minimumAge` is null; where it states
 * no deletion duty (Reliom) `mustDelete` is false. A law such as COPPA is named
 * in the explanation and `lawCitations` as the host's obligation, never folded
 * into the result fields.
 *
 * @example
 * ```ts
 * ageRule({ age: 12 });                     //=> { minimumAge: 13, mayCollect: false, mustDelete: true, maySellOrShare: false, ... }
 * ageRule({ age: 15 }).maySellOrShare;      //=> false (Relument: never sold or shared under 16)
 * ageRule({ age: 16 }).maySellOrShare;      //=> true (Relument may share through ad pixels; checkConsent has the other gates)
 * ageRule({ profile: "relaso", age: 15 }).mayCollect; //=> false (Relaso's minimum is 16)
 * ageRule({ profile: "relaso", age: 30 });  //=> { mayCollect: true, maySell: false, mayShare: false, maySellOrShare: false, ... } (never sells or shares)
 * ageRule({ profile: "reliom", age: 15 });  //=> { minimumAge: 16, mayCollect: false, mustDelete: false, mustDeleteSource: null, ... } (deletion not stated)
 * ageRule({ profile: "relenta", age: 12 }); //=> { minimumAge: null, minimumAgeSource: "not-stated", mayCollect: true, mustDelete: false, maySellOrShare: false, lawCitations: ["law.coppa"], ... }
 * ```
 */
export function ageRule(input: AgeRuleInput): AgeRuleResult {
  const parsed = parseInput(ageRuleInputSchema, input, "ageRule", ageRuleFast);
  const { age } = parsed;
  const t = new Trace();
  const laws = new LawTrail();
  const { profile, edition } = resolveProfileEdition(parsed, { on: parsed.on, key: "on", label: "decision date" }, t, "ageRule");
  const min = profile.age.minimum;
  let minimumAge: number | null;
  let minimumAgeSource: AgeRuleResult["minimumAgeSource"];
  if (min.stated) {
    minimumAge = min.value;
    minimumAgeSource = "policy";
    t.explain(`The policy's minimum age is ${min.value}.`, ...min.clauses);
  } else {
    minimumAge = null;
    minimumAgeSource = "not-stated";
    t.explain(
      `The policy states no minimum age (${min.note}): the library invents none, so minimumAge is null and the policy does not stop collection at any age (register P1.no-minimum-stated).`,
      ...profile.scopeClauses,
    );
    const coppa = lawNumbers.coppaAge;
    if (age < coppa.value) {
      laws.add(coppa.law);
      t.explain(
        `Host obligation, not a term of this policy: where COPPA applies, personal information of a child under ${coppa.value} (age ${age}) is collected only with verifiable parental consent, and what was collected without it is deleted (law.coppa). The host checks this itself; it does not change mayCollect or mustDelete.`,
      );
    }
  }
  const mayCollect = minimumAge === null || age >= minimumAge;
  let mustDelete = false;
  let mustDeleteSource: AgeRuleResult["mustDeleteSource"] = null;
  if (mayCollect) {
    if (minimumAge !== null) t.explain(`Age ${age} is at least ${minimumAge}: personal information may be collected.`);
    else t.explain(`Age ${age}: personal information may be collected under this policy; nothing is to be deleted because of age.`);
  } else if (profile.age.deleteIfLearned.stated) {
    mustDelete = profile.age.deleteIfLearned.value;
    mustDeleteSource = mustDelete ? "policy" : null;
    t.explain(
      `Age ${age} is under ${minimumAge}: do not collect; the policy says that data learned to come from such a child is ${mustDelete ? "deleted" : "not necessarily deleted"}.`,
      ...profile.age.deleteIfLearned.clauses,
    );
  } else {
    t.explain(
      `Age ${age} is under ${minimumAge}: do not collect. What happens to data learned to come from such a child is not stated (${profile.age.deleteIfLearned.note}): the policy states no deletion duty, so mustDelete is false (register P1.delete-if-learned-silent).`,
      // Not collecting means a minimum age is stated.
      ...(min as Extract<typeof min, { stated: true }>).clauses,
    );
  }
  const maySell = mayCollect && sellAllowedAtAge(profile, age, t, laws);
  const mayShare = mayCollect && shareAllowedAtAge(profile, age, t, laws);
  return withEdition(t.done({
    profile: profile.id,
    age,
    minimumAge,
    minimumAgeSource,
    mayCollect,
    mustDelete,
    mustDeleteSource,
    maySell,
    mayShare,
    maySellOrShare: maySell || mayShare,
    lawCitations: laws.list(),
  }), edition);
}

/**
 * The sale/sharing age: the policy's, else the CCPA's 16 (which only matters
 * when the policy's minimum age is lower than that).
 */
export function saleShareAge(profile: PrivacyProfile, t: Trace, laws: LawTrail): number {
  const s = profile.age.saleOrShareMinimum;
  if (s.stated) {
    t.cite(...s.clauses);
    return s.value;
  }
  const law = lawNumbers.ccpaSaleShareAge;
  const min = profile.age.minimum;
  if (min.stated && min.value >= law.value) return min.value;
  laws.add(law.law);
  return law.value;
}

function sellAllowedAtAge(profile: PrivacyProfile, age: number, t: Trace, laws: LawTrail): boolean {
  if (!profile.sells.stated || !profile.sells.value) {
    t.explain(
      profile.sells.stated ? "The policy never sells personal information, at any age." : "The policy does not say it sells: no sale at any age.",
      ...(profile.sells.stated ? profile.sells.clauses : []),
    );
    return false;
  }
  const limit = saleShareAge(profile, t, laws);
  t.explain(`The policy allows sale from age ${limit}: age ${age} ${age >= limit ? "meets" : "is under"} it.`);
  return age >= limit;
}

function shareAllowedAtAge(profile: PrivacyProfile, age: number, t: Trace, laws: LawTrail): boolean {
  const gate = profile.actions["ad-pixel-sharing"];
  if (gate.status === "prohibited") {
    t.explain(`The policy never shares for advertising (${gate.note.replace(/\.$/, "")}).`, ...gate.clauses);
    return false;
  }
  if (gate.status === "not-stated") {
    // checkConsent's fallback gate for a silent policy (P3.not-stated-fallback): sharing needs consent, at the sale/sharing age.
    const limit = saleShareAge(profile, t, laws);
    t.explain(
      `The policy does not address sharing for advertising (${gate.note}): checkConsent's fallback gate applies, ` +
        `so sharing needs consent and age ${limit} or more (register P3.not-stated-fallback); age ${age} ${age >= limit ? "meets" : "is under"} it.`,
      ...profile.scopeClauses,
    );
    return age >= limit;
  }
  const limit = gate.minimumAge ?? saleShareAge(profile, t, laws);
  t.explain(
    age >= limit
      ? `Sharing for advertising is possible from age ${limit}; age ${age} meets it (the other conditions are checkConsent's: ${gate.note})`
      : `Sharing for advertising needs age ${limit} or more: age ${age} is never shared.`,
    ...gate.clauses,
  );
  return age >= limit;
}
