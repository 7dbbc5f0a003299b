/**
 * The tariff: every number of the Terms & Conditions, with the clause it
 * comes from, as a view of the base edition. A price change is a new edition
 * (`defineEdition`), or a dated entry passed to `priceInForce`.
 *
 * Numbers the Terms do not give (plan prices, device limits, support hours)
 * are not here: they are inputs or documented, overridable defaults.
 */

import { PolicyInputError } from "../core/errors.js";
import { received } from "../core/issues.js";
import { deepFreeze } from "../core/freeze.js";
import { compileEdition, type CompiledTariff } from "../editions/compiled.js";
import { baseEdition } from "../editions/edition.js";

export type { TariffEntry } from "../editions/compiled.js";

/**
 * Every number of the Terms as shipped, each with the clause it comes from: a
 * frozen view of `baseEdition` (the numbers live once, in `src/editions/base-tariff.ts`).
 * Rules read the tariff of the edition they decide under, never this constant.
 *
 * @example
 * ```ts
 * tariff.onsiteOvertimeRate; //=> { value: "45.00", clause: "terms.5.overtime" }
 * tariff.bankCap.value; //=> 2
 * ```
 */
export const tariff: CompiledTariff = /* @__PURE__ */ compileEdition(baseEdition);

/** The plans of §2. */
export const PLANS = /* @__PURE__ */ deepFreeze(["home-monthly", "home-yearly", "office-monthly", "office-yearly"] as const);
/** A membership plan id (§2). */
export type Plan = (typeof PLANS)[number];

/** True for the yearly plans (internal: `plan` already validated). */
export function isYearlyPlan(plan: Plan): boolean {
  return plan.endsWith("-yearly");
}

/**
 * True for the yearly plans (`home-yearly`, `office-yearly`).
 *
 * @throws PolicyInputError when `plan` is not one of {@link PLANS}.
 *
 * @example
 * ```ts
 * isYearly("office-yearly"); //=> true
 * ```
 */
export function isYearly(plan: Plan): boolean {
  if (typeof plan !== "string" || !(PLANS as readonly string[]).includes(plan))
    throw new PolicyInputError(
      [{ path: ["plan"], message: `expected one of ${PLANS.map((p) => JSON.stringify(p)).join(", ")}, received ${received(plan)}` }],
      "isYearly",
    );
  return isYearlyPlan(plan);
}
