/**
 * Editions of the Terms (POLICY-SPEC T17): the whole set of the Terms' numbers
 * (and any changed clause texts) in force from `effectiveOn`, announced on
 * `announcedOn`. Editions are frozen plain data: JSON round-trips to an equal
 * edition. The shipped Terms are `baseEdition`, in force since the beginning.
 */
import * as z from "zod/mini";
import { calendarDateSchema } from "../core/date-schemas.js";
import { moneyInputSchema } from "../core/money-schema.js";
import { inputMoney as toMoney } from "../core/cents.js";
import { deepFreeze } from "../core/freeze.js";
import { PolicyInputError, type PolicyInputIssue } from "../core/errors.js";
import { parseInput } from "../core/schema.js";
import { trustedData } from "../core/plain.js";
import { MAX_CLAUSE_TEXT, MAX_ID_LENGTH, MAX_SERVICE_AREA_ZIPS, MAX_TARIFF_COUNT } from "../core/limits.js";
import { TERMS_CLAUSE_IDS } from "../core/clauses/terms-ids.js";
import { BASE_TARIFF, TARIFF_KEYS, type TariffKey, type TariffKind } from "./base-tariff.js";

/** The plain value of each number of the tariff (`noShowFee: "45.00"`, `bankCap: 2`, …). */
export type EditionTariff = { readonly [K in TariffKey]: (typeof BASE_TARIFF)[K]["value"] };

/** One changed number of an edition: its key, its clause, the value before and after. */
export interface EditionChange {
  readonly key: TariffKey;
  readonly clause: string;
  readonly from: string | number | readonly string[];
  readonly to: string | number | readonly string[];
}

/** An edition of the Terms: frozen plain data. */
export interface Edition {
  /** Unique id, e.g. `"relument-terms@2027-01"`; the base edition is `"relument-terms@base"`. */
  readonly id: string;
  readonly document: "relument-terms";
  /** The day the edition was announced (notice given); `null` for the base edition. */
  readonly announcedOn: string | null;
  /** The first day the edition is in force; `null` for the base edition (in force since the beginning). */
  readonly effectiveOn: string | null;
  /** The id of the edition it was built from; `null` for the base edition. */
  readonly basedOn: string | null;
  /** A what-if, never announced: every result it produces says `hypothetical: true`. */
  readonly hypothetical: boolean;
  /** Every number of the Terms in this edition, by key. */
  readonly tariff: EditionTariff;
  /** What this edition changed from the one it is based on. */
  readonly changes: readonly EditionChange[];
  /** Clause texts that differ from the registered verbatim texts (inherited ones included), by clause id. */
  readonly texts: Readonly<Record<string, string>>;
}

/** The id of the base edition. */
export const BASE_EDITION_ID = "relument-terms@base";

const baseTariffValues = Object.fromEntries(TARIFF_KEYS.map((k) => [k, BASE_TARIFF[k].value])) as unknown as EditionTariff;

/**
 * The Terms as shipped: every number of `tariff` by its key, plain values.
 *
 * @example
 * ```ts
 * baseEdition.id; //=> "relument-terms@base"
 * baseEdition.tariff.noShowFee; //=> "45.00"
 * ```
 */
export const baseEdition: Edition = /* @__PURE__ */ registered({
  id: BASE_EDITION_ID,
  document: "relument-terms" as const,
  announcedOn: null,
  effectiveOn: null,
  basedOn: null,
  hypothetical: false,
  tariff: baseTariffValues,
  changes: [],
  texts: {},
});

/** Freezes an edition built here and registers it as validated. */
/** @internal */
export function registered<T extends object>(edition: T): T {
  trustedData.add(edition);
  deepFreeze(edition);
  return edition;
}

/** Editions this module built or already validated (frozen, so they cannot change afterwards). */
const known = trustedData;

/** Limits of an edition's fields (README "Limits", `LIMITS`). */
export const MAX_COUNT = MAX_TARIFF_COUNT;
export const MAX_ZIPS = MAX_SERVICE_AREA_ZIPS;
export const MAX_TEXT = MAX_CLAUSE_TEXT;
export const MAX_ID = MAX_ID_LENGTH;

/** @internal */
export const termsClauseIds = (): Set<string> => new Set(TERMS_CLAUSE_IDS);

const zipSchema = z.string().check(z.regex(/^\d{5}$/, { message: "expected a five-digit ZIP code" }));
/** @internal */
export const kindSchemas: Record<TariffKind, z.ZodMiniType> = {
  money: moneyInputSchema,
  count: z.int().check(z.gte(0), z.lte(MAX_COUNT)),
  "positive-count": z.int().check(z.gte(1), z.lte(MAX_COUNT)),
  zips: z
    .array(zipSchema)
    .check(
      z.minLength(1),
      z.maxLength(MAX_ZIPS),
      z.refine((zips) => new Set(zips).size === zips.length, { message: "a ZIP code is listed twice" }),
    ),
};

/** @internal */
export const idSchema = z.string().check(z.minLength(1), z.maxLength(MAX_ID), z.regex(/^[\x21-\x7e]+$/, { message: "expected printable characters without spaces" }));

/** The shape of an edition as data (an edition read back from JSON is validated against it). */
export const editionSchema = /* @__PURE__ */ deepFreeze(z.strictObject({
  id: idSchema,
  document: z.literal("relument-terms"),
  announcedOn: z.nullable(calendarDateSchema),
  effectiveOn: z.nullable(calendarDateSchema),
  basedOn: z.nullable(idSchema),
  hypothetical: z.boolean(),
  tariff: z.strictObject(Object.fromEntries(TARIFF_KEYS.map((k) => [k, kindSchemas[BASE_TARIFF[k].kind]])) as Record<TariffKey, z.ZodMiniType>),
  changes: z
    .array(
      z.strictObject({
        key: z.enum(TARIFF_KEYS as [TariffKey, ...TariffKey[]]),
        clause: z.string().check(z.maxLength(MAX_ID)),
        from: z.union([z.string().check(z.maxLength(MAX_TEXT)), z.number(), z.array(z.string().check(z.maxLength(10))).check(z.maxLength(MAX_ZIPS))]),
        to: z.union([z.string().check(z.maxLength(MAX_TEXT)), z.number(), z.array(z.string().check(z.maxLength(10))).check(z.maxLength(MAX_ZIPS))]),
      }),
    )
    .check(z.maxLength(TARIFF_KEYS.length)),
  texts: z.record(z.string().check(z.maxLength(MAX_ID)), z.string().check(z.minLength(1), z.maxLength(MAX_TEXT))),
}));

/** @internal */
export function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Normalizes a validated value of `kind` (money as "50.00"). */
/** @internal */
export function normalize(kind: TariffKind, value: unknown): string | number | readonly string[] {
  if (kind === "money") return toMoney(value as string | number).amount;
  if (kind === "zips") return [...(value as string[])];
  return value as number;
}

/** @internal */
export function shownValue(v: unknown): string {
  return Array.isArray(v) ? `[${v.join(", ")}]` : typeof v === "string" ? `"${v}"` : String(v);
}

/**
 * Validates an edition given as data (e.g. read back from JSON) and returns
 * it frozen; an edition built by {@link defineEdition} (or `baseEdition`) is
 * returned as is.
 */
export function toEdition(value: unknown, path: readonly (string | number)[], rule: string): Edition {
  if (typeof value === "object" && value !== null && known.has(value)) return value as Edition;
  let parsed: Edition;
  try {
    parsed = parseInput(editionSchema, value, rule) as unknown as Edition;
  } catch (e) {
    // The issues of an edition nested in a rule's input carry the path to it.
    if (e instanceof PolicyInputError) throw new PolicyInputError(e.issues.map((i) => ({ path: [...path, ...i.path], message: i.message })), rule, { cause: e.cause });
    throw e;
  }
  const issues: PolicyInputIssue[] = [];
  if (parsed.id === BASE_EDITION_ID && !same(parsed, baseEdition)) issues.push({ path: [...path, "id"], message: `"${BASE_EDITION_ID}" is the base edition's id` });
  if (parsed.announcedOn !== null && parsed.effectiveOn !== null && parsed.effectiveOn < parsed.announcedOn)
    issues.push({ path: [...path, "effectiveOn"], message: "effectiveOn is before announcedOn" });
  if ((parsed.announcedOn === null) !== (parsed.effectiveOn === null) || (parsed.effectiveOn === null && parsed.id !== BASE_EDITION_ID))
    issues.push({ path: [...path, "effectiveOn"], message: "only the base edition has no announcedOn and effectiveOn" });
  const ids = termsClauseIds();
  for (const clause of Object.keys(parsed.texts))
    if (!ids.has(clause)) issues.push({ path: [...path, "texts", clause], message: "not a clause id of the Relument Terms" });
  if (issues.length) throw new PolicyInputError(issues, rule);
  const money = parsed.tariff as unknown as Record<string, unknown>;
  const tariff = Object.fromEntries(TARIFF_KEYS.map((k) => [k, normalize(BASE_TARIFF[k].kind, money[k])])) as unknown as EditionTariff;
  return registered({ ...structuredClone({ ...parsed }), tariff } as Edition);
}

