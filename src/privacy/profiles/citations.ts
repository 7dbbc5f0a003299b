/* API-CONTRACT "privacyProfiles: plain data with citations": the clause ids a profile cites, computed from its data. */
import { parseInput } from "../../core/schema.js";
import { plainOutput } from "../../core/plain.js";
import { privacyProfileSchema, type PrivacyProfile, type ShippedPrivacyProfile } from "../schema.js";

// Walks a validated profile: every `clauses` and `scopeClauses` list is an array of ids. Arrays are walked
// through their entries like any object. A profile's own `citations` is a list of strings, so it adds nothing.
// A Set keeps the ids in first-use order and deduplicates in constant time (a profile may list tens of
// thousands of ids: issue 11).
function collect(value: unknown, out: Set<string>): void {
  if (value === null || typeof value !== "object") return;
  for (const [key, v] of Object.entries(value)) {
    if (key === "clauses" || key === "scopeClauses") {
      for (const id of v as string[]) out.add(id);
    } else collect(v, out);
  }
}

function citationsOf(profile: PrivacyProfile): string[] {
  const out = new Set<string>();
  collect(profile, out);
  return [...out];
}

/**
 * The shipped profiles' constructor: typed data of this package (checked against the schema by its tests), so
 * not parsed again at import time.
 * @internal
 */
export function attachCitations(profile: PrivacyProfile): ShippedPrivacyProfile {
  return { ...profile, citations: citationsOf(profile) };
}

/**
 * Every clause id a profile's fields cite (`scopeClauses` and every `clauses`
 * list, at any depth), deduplicated, in first-use order (the order of the
 * profile's fields). A profile's own `citations` field is ignored. The profile
 * is validated against `privacyProfileSchema` (`PolicyInputError` otherwise).
 *
 * @example
 * ```ts
 * profileCitations(privacyProfiles.relenta).slice(0, 2); //=> ["relenta.2.personal-information", "relenta.2.logs"]
 * ```
 */
export function profileCitations(profile: PrivacyProfile): string[] {
  return citationsOf(parseInput(privacyProfileSchema, profile, "profileCitations"));
}

/**
 * The profile with its `citations` field computed from its data by
 * {@link profileCitations} (any `citations` it had is replaced). Pure: the
 * profile is not mutated. The profile is validated against
 * `privacyProfileSchema` (`PolicyInputError` otherwise).
 *
 * @example
 * ```ts
 * withCitations({ ...privacyProfiles.relenta, id: "acme" }).citations[0]; //=> "relenta.2.personal-information"
 * ```
 */
export function withCitations(profile: PrivacyProfile): ShippedPrivacyProfile {
  // Plain objects again (the parsed copy may inherit from an empty prototype), without keys set to `undefined`.
  return attachCitations(plainOutput(parseInput(privacyProfileSchema, profile, "withCitations")));
}
