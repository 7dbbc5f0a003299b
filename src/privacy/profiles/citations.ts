/* API-CONTRACT "privacyProfiles: plain data with citations": the clause ids a profile cites, computed from its data. */
import type { PrivacyProfile, ShippedPrivacyProfile } from "../schema.js";

function collect(value: unknown, out: string[]): void {
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out);
    return;
  }
  if (value === null || typeof value !== "object") return;
  for (const [key, v] of Object.entries(value)) {
    // `citations` is this function's own output: never read it back, so a spread profile is recomputed from its fields.
    if (key === "citations") continue;
    if ((key === "clauses" || key === "scopeClauses") && Array.isArray(v)) {
      for (const id of v) if (typeof id === "string" && !out.includes(id)) out.push(id);
    } else collect(v, out);
  }
}

/**
 * Every clause id a profile's fields cite (`scopeClauses` and every `clauses`
 * list, at any depth), deduplicated, in first-use order (the order of the
 * profile's fields). A profile's own `citations` field is ignored.
 *
 * @example
 * ```ts
 * profileCitations(privacyProfiles.relenta).slice(0, 2); //=> ["relenta.2.personal-information", "relenta.2.logs"]
 * ```
 */
export function profileCitations(profile: PrivacyProfile): string[] {
  const out: string[] = [];
  collect(profile, out);
  return out;
}

/**
 * The profile with its `citations` field computed from its data by
 * {@link profileCitations} (any `citations` it had is replaced). Pure: the
 * profile is not mutated.
 *
 * @example
 * ```ts
 * withCitations({ ...privacyProfiles.relenta, id: "acme" }).citations[0]; //=> "relenta.2.personal-information"
 * ```
 */
export function withCitations(profile: PrivacyProfile): ShippedPrivacyProfile {
  return { ...profile, citations: profileCitations(profile) };
}
