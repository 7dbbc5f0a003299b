/**
 * An edition compiled for the rules, once per edition object (a WeakMap): the
 * same shape as the exported `tariff` (`{ value, clause }` per key), so a rule
 * reads `tariff.noShowFee.value` whatever the edition. Rules never read the
 * module-level `tariff`; they take the compiled tariff of their edition.
 */
import * as z from "zod/mini";
import type { Trace } from "../core/decision.js";
import { received } from "../core/issues.js";
import { PolicyInputError } from "../core/errors.js";
import { BASE_TARIFF, TARIFF_KEYS, type TariffKey } from "./base-tariff.js";
import { BASE_EDITION_ID, baseEdition, toEdition, type Edition } from "./edition.js";

/** A policy number and the clause that states it. */
export interface TariffEntry<T> {
  readonly value: T;
  readonly clause: string;
}

/** Every number of one edition, each with the clause it comes from (the shape of `tariff`). */
export type CompiledTariff = { readonly [K in TariffKey]: TariffEntry<(typeof BASE_TARIFF)[K]["value"]> };

const compiledCache = new WeakMap<Edition, CompiledTariff>();

/** The compiled tariff of a validated edition. */
export function compileEdition(edition: Edition): CompiledTariff {
  let compiled = compiledCache.get(edition);
  if (compiled === undefined) {
    compiled = Object.freeze(
      Object.fromEntries(TARIFF_KEYS.map((k) => [k, Object.freeze({ value: edition.tariff[k], clause: BASE_TARIFF[k].clause })])),
    ) as unknown as CompiledTariff;
    compiledCache.set(edition, compiled);
  }
  return compiled;
}

/** The compiled tariff of the base edition (the Terms as shipped). */
export function baseTariff(): CompiledTariff {
  return compileEdition(baseEdition);
}

/**
 * The value of a rule's `edition` field: an edition from `defineEdition` or
 * `baseEdition` (or the same data read back from JSON, validated by the rule
 * against `editionSchema`).
 */
export const editionValueSchema = /* @__PURE__ */ z.custom<Edition>((v) => typeof v === "object" && v !== null && !Array.isArray(v), {
  error: (iss) => `expected an edition of the Terms (baseEdition or one from defineEdition), received ${received(iss.input)}`,
});

/** The optional `edition` field of every Terms rule's input. */
export const editionField = /* @__PURE__ */ z.optional(editionValueSchema);

/** The edition a rule decides under: validated, compiled, and named in the explanation when it is not the base. */
export interface RuleEdition {
  readonly edition: Edition;
  readonly tariff: CompiledTariff;
}

/**
 * Resolves a rule's `edition` input (default `baseEdition`) at the boundary.
 * A non-base edition is named in the explanation's first step.
 */
export function ruleEdition(input: unknown, t: Trace, rule: string): RuleEdition {
  if (input === undefined || input === baseEdition) return { edition: baseEdition, tariff: baseTariff() };
  let edition: Edition;
  try {
    edition = toEdition(input, ["edition"], rule);
  } catch (e) {
    // toEdition reports the edition's shape relative to the edition itself: place those issues under "edition"
    // (its own checks already say ["edition", …]; an edition has no field named "edition").
    if (e instanceof PolicyInputError)
      throw new PolicyInputError(e.issues.map((i) => ({ path: i.path[0] === "edition" ? i.path : ["edition", ...i.path], message: i.message })), rule, { cause: e.cause });
    throw e;
  }
  if (edition.id !== BASE_EDITION_ID) t.explain(editionStep(edition));
  return { edition, tariff: compileEdition(edition) };
}

/** The explanation step that names a non-base edition. */
export function editionStep(edition: Edition): string {
  return `Edition ${edition.id}${edition.hypothetical ? " (hypothetical: a what-if, never announced)" : ""}, announced ${edition.announcedOn}, in force from ${edition.effectiveOn}${edition.changes.length ? `; it changes ${edition.changes.map((c) => c.key).join(", ")}` : ""}.`;
}

/** The fields every Terms result gains: the edition's id, and `hypothetical: true` for a what-if. */
export interface EditionStamp {
  /** The id of the edition the numbers came from (`"relument-terms@base"` for the Terms as shipped). */
  readonly edition: string;
  /** Present (true) only when that edition is hypothetical. */
  readonly hypothetical?: true;
}

/** Adds the edition's id (and `hypothetical: true` for a what-if) to a rule's result. */
export function stamp<T extends object>(result: T, edition: Edition): T & EditionStamp {
  const r = result as T & { edition: string; hypothetical?: true };
  r.edition = edition.id;
  if (edition.hypothetical) r.hypothetical = true;
  return r;
}
