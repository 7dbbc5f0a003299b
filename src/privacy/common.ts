/* Internals shared by the privacy rules: profile and jurisdiction resolution. */
import * as z from "zod/mini";
import type { Trace } from "../core/decision.js";
import { possessive } from "../core/plural.js";
import { privacyProfiles } from "./profiles/index.js";
import { JURISDICTIONS, profileInputSchema, type Jurisdiction, type PrivacyProfile, type ProfileInput } from "./schema.js";
import { deepFreeze } from "../core/freeze.js";

/** The `profile` field of every privacy rule's input: a name (default "relument") or a host profile. */
export const profileField = /* @__PURE__ */ deepFreeze(z.optional(profileInputSchema));
/** The `jurisdiction` field of the rules whose deadlines a law may tighten. */
export const jurisdictionField = /* @__PURE__ */ deepFreeze(z.optional(z.enum(JURISDICTIONS)));

/** The profile a rule applies, with the explanation step saying which and why. */
export function resolveProfile(input: ProfileInput | undefined, t: Trace): PrivacyProfile {
  if (input === undefined) {
    t.explain('No profile given: the default profile "relument" (Relument Solutions\' Privacy Policy) applies.');
    return privacyProfiles.relument;
  }
  if (typeof input === "string") {
    const p = privacyProfiles[input];
    t.explain(`Profile "${p.id}" (${possessive(p.name)} privacy policy).`);
    return p;
  }
  t.explain(`Host profile "${input.id}" (${input.name}), checked against the profile schema.`);
  return input;
}

/** The jurisdiction whose law applies: the input, else the one the profile's policy addresses, else none. */
export function resolveJurisdiction(input: Jurisdiction | undefined, profile: PrivacyProfile, t: Trace): Jurisdiction | null {
  if (input !== undefined) {
    t.explain(`Jurisdiction "${input}" as given.`);
    return input;
  }
  if (profile.jurisdiction.stated) {
    t.explain(`No jurisdiction given: the policy addresses "${profile.jurisdiction.value}", so that law applies.`, ...profile.jurisdiction.clauses);
    return profile.jurisdiction.value;
  }
  t.explain("No jurisdiction given and the policy names none: no law's deadline is applied (pass `jurisdiction` to apply one).");
  return null;
}

/** True when US federal law (CAN-SPAM, TCPA, COPPA) reaches the jurisdiction. */
export function isUs(j: Jurisdiction | null): boolean {
  return j === "us" || j === "california";
}

/** Collects law ids (src/privacy/laws.ts), deduplicated in first-use order. */
export class LawTrail {
  private readonly ids: string[] = [];
  add(...ids: readonly string[]): this {
    for (const id of ids) if (!this.ids.includes(id)) this.ids.push(id);
    return this;
  }
  list(): string[] {
    return [...this.ids];
  }
}
