import * as z from "zod/mini";
import { Trace, type Decision } from "../core/decision.js";
import { ageSchema, parseInput } from "../core/schema.js";
import { editionField, ruleEdition, stamp, type EditionStamp } from "../editions/compiled.js";
import { inServiceArea, modeSchema, zipSchema } from "./common.js";
import { deepFreeze } from "../core/freeze.js";

/** Input of {@link checkEligibility}. */
export const eligibilityInputSchema = /* @__PURE__ */ deepFreeze(z.strictObject({
  /** Customer's age in whole years on the service date. */
  age: ageSchema,
  /** ZIP code of the service address. */
  zip: zipSchema,
  /** Prior written approval for service outside the area (§1). Absent means no approval. */
  outsideAreaApproved: z.optional(z.boolean()),
  /**
   * How the service is delivered, when known (T18). Approved service outside
   * the area carries a trip fee on site and none for a remote session (there
   * is no trip). Absent: the service is taken to be on site, as before.
   */
  mode: z.optional(modeSchema),
  /** The edition of the Terms whose numbers apply (default `baseEdition`, the Terms as shipped). */
  edition: editionField,
}));
/** Input of {@link checkEligibility}. */
export type EligibilityInput = z.input<typeof eligibilityInputSchema>;

/** Why a customer is or is not eligible. */
export type EligibilityReason = "under-age" | "outside-area-not-approved" | "outside-area-approved-trip-fee" | "outside-area-approved-remote";

/** Result of {@link checkEligibility}. */
export interface EligibilityResult extends Decision, EditionStamp {
  readonly eligible: boolean;
  /** Every reason that applies (empty when eligible inside the area). */
  readonly reasons: EligibilityReason[];
  readonly inServiceArea: boolean;
  /** True when on-site service is outside the area with approval: a separately quoted trip fee applies (§1, §5); never for `mode: "remote"`. */
  readonly tripFeeRequired: boolean;
}

/**
 * §1 Who we serve & where: the customer must be at least 18, and the service
 * address must be in the Roseville service area (95661, 95678, 95747) unless
 * service outside it was approved in writing in advance, in which case a
 * separately quoted trip fee applies. A remote session outside the area needs
 * the same approval but no trip fee (T18: pass `mode: "remote"`). For the
 * same ZIP and approval it decides as `quoteService` does. Under another
 * `edition`, its minimum age and service area apply.
 *
 * @example
 * ```ts
 * checkEligibility({ age: 34, zip: "95678" }).eligible; //=> true
 * checkEligibility({ age: 17, zip: "95678" }).reasons; //=> ["under-age"]
 * checkEligibility({ age: 40, zip: "95814", outsideAreaApproved: true }).tripFeeRequired; //=> true
 * ```
 */
export function checkEligibility(input: EligibilityInput): EligibilityResult {
  const { age, zip, outsideAreaApproved, mode, edition: editionInput } = parseInput(eligibilityInputSchema, input, "checkEligibility");
  const t = new Trace();
  const { edition, tariff } = ruleEdition(editionInput, t, "checkEligibility");
  const reasons: EligibilityReason[] = [];
  const minAge = tariff.minimumAge;
  if (age < minAge.value) {
    reasons.push("under-age");
    t.explain(`Age ${age} is under the minimum of ${minAge.value}: not eligible.`, minAge.clause);
  } else {
    t.explain(`Age ${age} meets the minimum of ${minAge.value}.`, minAge.clause);
  }
  const inside = inServiceArea(zip, tariff);
  const area = tariff.serviceAreaZips;
  let tripFeeRequired = false;
  if (inside) {
    t.explain(`ZIP ${zip} is in the service area (${area.value.join(", ")}).`, area.clause);
  } else if (outsideAreaApproved === true && mode === "remote") {
    // T18: any service outside Roseville needs approval, a remote session too; it has no trip, so no trip fee.
    reasons.push("outside-area-approved-remote");
    t.explain(
      `ZIP ${zip} is outside the service area (${area.value.join(", ")}); prior written approval was given, so the remote session is allowed, with no trip fee: there is no trip.`,
      area.clause,
      "terms.5.trip-fee",
    );
  } else if (outsideAreaApproved === true) {
    reasons.push("outside-area-approved-trip-fee");
    tripFeeRequired = true;
    t.explain(
      `ZIP ${zip} is outside the service area (${area.value.join(", ")}); prior written approval was given, so service is allowed with a separately quoted trip fee.`,
      area.clause,
      "terms.5.trip-fee",
    );
  } else {
    reasons.push("outside-area-not-approved");
    t.explain(
      `ZIP ${zip} is outside the service area (${area.value.join(", ")}) and no prior written approval was given${outsideAreaApproved === undefined ? " (outsideAreaApproved not supplied: no approval assumed)" : ""}: not eligible.`,
      area.clause,
    );
  }
  const eligible = !reasons.includes("under-age") && !reasons.includes("outside-area-not-approved");
  return stamp(t.done({ eligible, reasons, inServiceArea: inside, tripFeeRequired }), edition);
}
