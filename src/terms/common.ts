import * as z from "zod/mini";
import { PLANS } from "./tariff.js";
import type { CompiledTariff } from "../editions/compiled.js";
import { deepFreeze } from "../core/freeze.js";

/** A membership plan id (§2). */
export const planSchema = /* @__PURE__ */ deepFreeze(z.enum(PLANS));

/** A US ZIP code, five digits with an optional ZIP+4 suffix. */
export const zipSchema = /* @__PURE__ */ deepFreeze(z.string().check(z.regex(/^\d{5}(-\d{4})?$/, { message: "expected a US ZIP code (12345 or 12345-6789)" })));

/** How the service is delivered. */
export const modeSchema = /* @__PURE__ */ deepFreeze(z.enum(["remote", "onsite"]));
/** Service mode: remote session or on-site visit. */
export type Mode = z.output<typeof modeSchema>;

/** Member (any plan of §2) or non-member (single services of §3). */
export const customerSchema = /* @__PURE__ */ deepFreeze(z.enum(["member", "non-member"]));
/** Customer kind. */
export type Customer = z.output<typeof customerSchema>;

/** True when the ZIP (first five digits) is in the §1 service area of the edition whose compiled tariff is given. */
export function inServiceArea(zip: string, tariff: CompiledTariff): boolean {
  return tariff.serviceAreaZips.value.includes(zip.slice(0, 5));
}
