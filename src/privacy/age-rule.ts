/* P1: minimum age, sale/sharing age, what happens to a child's data
 * (relument §8 Children, §12; relaso Children's Online Privacy Protection; reliom §8; relenta: silent). */
import * as z from "zod/mini";
import { Trace, type Decision } from "../core/decision.js";
import { parseInput } from "../core/schema.js";
import { LawTrail, profileField, resolveProfile } from "./common.js";
import { lawNumbers } from "./laws.js";
import type { PrivacyProfile } from "./schema.js";

/**
 * Input of {@link ageRule}.
 *
 * @example
 * ```ts
 * z.safeParse(ageRuleInputSchema, { age: -1 }).success; //=> false
 * ```
 */
export const ageRuleInputSchema = z.strictObject({
  /** "relument" (default), "relaso", "reliom", "relenta", or a host profile object. */
  profile: profileField,
  /** The person's age in whole years. */
  age: z.int().check(z.gte(0), z.lte(150)),
});
/** Input of {@link ageRule}. */
export type AgeRuleInput = z.input<typeof ageRuleInputSchema>;

/** Result of {@link ageRule}. */
export interface AgeRuleResult extends Decision {
  readonly profile: string;
  readonly age: number;
  /** The minimum age that applies: the policy's, else COPPA's 13 as a floor. */
  readonly minimumAge: number;
  /** Where {@link AgeRuleResult.minimumAge} comes from. */
  readonly minimumAgeSource: "policy" | "law";
  /** Personal information may be collected from this person. */
  readonly mayCollect: boolean;
  /** Data already collected from this person must be deleted once the age is known. */
  readonly mustDelete: boolean;
  /** Where `mustDelete` comes from when true: the policy's words, the library's reading of them, or the law. */
  readonly mustDeleteSource: "policy" | "reading" | "law" | null;
  /** The profile could sell this person's data (never, for the four shipped profiles). */
  readonly maySell: boolean;
  /** The profile could share this person's data for advertising, subject to `checkConsent`'s other gates. */
  readonly mayShare: boolean;
  /** `maySell || mayShare`. */
  readonly maySellOrShare: boolean;
  /** Law ids (src/privacy/laws.ts) relied on. */
  readonly lawCitations: string[];
}

/**
 * P1 age rule: may the library collect from, sell or share the data of a
 * person of this age under the profile, and must data be deleted?
 *
 * @example
 * ```ts
 * ageRule({ age: 12 });                     //=> { mayCollect: false, mustDelete: true, maySellOrShare: false, ... }
 * ageRule({ age: 15 }).maySellOrShare;      //=> false (Relument: never sold or shared under 16)
 * ageRule({ profile: "relaso", age: 15 }).mayCollect; //=> false (Relaso's minimum is 16)
 * ageRule({ profile: "relenta", age: 13 }).mayCollect; //=> true (no minimum stated; COPPA's 13 is the floor)
 * ```
 */
export function ageRule(input: AgeRuleInput): AgeRuleResult {
  const { profile: p, age } = parseInput(ageRuleInputSchema, input, "ageRule");
  const t = new Trace();
  const laws = new LawTrail();
  const profile = resolveProfile(p, t);
  const min = profile.age.minimum;
  let minimumAge: number;
  let minimumAgeSource: "policy" | "law";
  if (min.stated) {
    minimumAge = min.value;
    minimumAgeSource = "policy";
    t.explain(`The policy's minimum age is ${min.value}.`, ...min.clauses);
  } else {
    minimumAge = lawNumbers.coppaAge.value;
    minimumAgeSource = "law";
    laws.add(lawNumbers.coppaAge.law);
    t.explain(
      `The policy states no minimum age (${min.note}); COPPA's ${minimumAge} applies as a floor: no collection from a younger child without verifiable parental consent (register P1.coppa-floor).`,
      ...profile.scopeClauses,
    );
  }
  const mayCollect = age >= minimumAge;
  let mustDelete = false;
  let mustDeleteSource: AgeRuleResult["mustDeleteSource"] = null;
  if (mayCollect) {
    t.explain(`Age ${age} is at least ${minimumAge}: personal information may be collected.`);
  } else if (minimumAgeSource === "law") {
    mustDelete = true;
    mustDeleteSource = "law";
    t.explain(`Age ${age} is under ${minimumAge}: do not collect; what was collected without parental consent is deleted (COPPA).`);
  } else if (profile.age.deleteIfLearned.stated) {
    mustDelete = profile.age.deleteIfLearned.value;
    mustDeleteSource = mustDelete ? "policy" : null;
    t.explain(
      `Age ${age} is under ${minimumAge}: do not collect; the policy says that data learned to come from such a child is ${mustDelete ? "deleted" : "not necessarily deleted"}.`,
      ...profile.age.deleteIfLearned.clauses,
    );
  } else {
    mustDelete = true;
    mustDeleteSource = "reading";
    t.explain(
      `Age ${age} is under ${minimumAge}: do not collect. The policy does not say what happens when it learns of such data (${profile.age.deleteIfLearned.note}); the library reads "we do not knowingly collect" as: once known, it is deleted (register P1.delete-if-learned-silent).`,
      ...(min.stated ? min.clauses : []),
    );
  }
  const maySell = mayCollect && sellAllowedAtAge(profile, age, t, laws);
  const mayShare = mayCollect && shareAllowedAtAge(profile, age, t, laws);
  return t.done({
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
  });
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
  if (gate.status !== "allowed-if") {
    t.explain(
      gate.status === "prohibited"
        ? `The policy never shares for advertising (${gate.note}).`
        : `The policy does not provide for sharing for advertising (${gate.note}): none at any age.`,
      ...(gate.status === "prohibited" ? gate.clauses : []),
    );
    return false;
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
