import type { ProfileName, ShippedPrivacyProfile } from "../schema.js";
import { relumentProfile } from "./relument.js";
import { relasoProfile } from "./relaso.js";
import { reliomProfile } from "./reliom.js";
import { relentaProfile } from "./relenta.js";
import { deepFreeze } from "../../core/freeze.js";

export { relumentProfile, relasoProfile, reliomProfile, relentaProfile };
export { profileCitations, withCitations } from "./citations.js";

/**
 * The four shipped privacy profiles as plain data with citations: every stated
 * field cites its clause, every silent one says so (POLICY-SPEC P1–P8), and
 * `citations` lists every clause id the profile's fields cite (deduplicated,
 * in first-use order, computed from the fields by `profileCitations`).
 *
 * @example
 * ```ts
 * privacyProfiles.relaso.age.minimum; //=> { stated: true, value: 16, clauses: ["relaso.children"] }
 * privacyProfiles.relenta.age.minimum.stated; //=> false
 * privacyProfiles.relument.citations.slice(0, 3); //=> ["privacy.1.categories", "privacy.8.rights", "privacy.1.a-identifiers"]
 * ```
 */
export const privacyProfiles: Readonly<Record<ProfileName, ShippedPrivacyProfile>> = /* @__PURE__ */ deepFreeze({
  relument: relumentProfile,
  relaso: relasoProfile,
  reliom: reliomProfile,
  relenta: relentaProfile,
});
