import type { PrivacyProfile, ProfileName } from "../schema.js";
import { relumentProfile } from "./relument.js";
import { relasoProfile } from "./relaso.js";
import { reliomProfile } from "./reliom.js";
import { relentaProfile } from "./relenta.js";

export { relumentProfile, relasoProfile, reliomProfile, relentaProfile };

/**
 * The four shipped privacy profiles as plain data, every stated field citing
 * its clause, every silent one saying so (POLICY-SPEC P1–P8).
 *
 * @example
 * ```ts
 * privacyProfiles.relaso.age.minimum; //=> { stated: true, value: 16, clauses: ["relaso.children"] }
 * privacyProfiles.relenta.age.minimum.stated; //=> false
 * ```
 */
export const privacyProfiles: Readonly<Record<ProfileName, PrivacyProfile>> = {
  relument: relumentProfile,
  relaso: relasoProfile,
  reliom: reliomProfile,
  relenta: relentaProfile,
};
