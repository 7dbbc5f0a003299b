/**
 * Editions of the Terms (POLICY-SPEC T17): the whole set of the Terms' numbers
 * (and any changed clause texts) in force from `effectiveOn`, announced on
 * `announcedOn`. Editions are frozen plain data: JSON round-trips to an equal
 * edition. The shipped Terms are `baseEdition`, in force since the beginning.
 */
import * as z from "zod/mini";
import { calendarDateSchema } from "../core/date-schemas.js";
import { moneyInputSchema } from "../core/money-schema.js";
import { money as toMoney } from "../core/money.js";
import { deepFreeze } from "../core/freeze.js";
import { PolicyInputError, type PolicyInputIssue } from "../core/errors.js";
import { parseInput } from "../core/schema.js";
import { trustedData } from "../core/plain.js";
import { clauses } from "../core/clauses/index.js";
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
function registered<T extends object>(edition: T): T {
  trustedData.add(edition);
  deepFreeze(edition);
  return edition;
}

/** Editions this module built or already validated (frozen, so they cannot change afterwards). */
const known = trustedData;

/** Limits of an edition's fields. */
const MAX_COUNT = 10_000;
const MAX_ZIPS = 1_000;
const MAX_TEXT = 10_000;
const MAX_ID = 100;

const termsClauseIds = (): Set<string> => new Set(clauses.filter((c) => c.document === "relument-terms").map((c) => c.id));

const zipSchema = z.string().check(z.regex(/^\d{5}$/, { message: "expected a five-digit ZIP code" }));
const kindSchemas: Record<TariffKind, z.ZodMiniType> = {
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

const idSchema = z.string().check(z.minLength(1), z.maxLength(MAX_ID), z.regex(/^[\x21-\x7e]+$/, { message: "expected printable characters without spaces" }));

/** The shape of an edition as data (an edition read back from JSON is validated against it). */
export const editionSchema = z.strictObject({
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
});

/** Input of {@link defineEdition}. */
export interface DefineEditionInput {
  /** Unique id of the new edition (printable, at most 100 characters). */
  readonly id: string;
  /** The edition it changes; default `baseEdition`. */
  readonly basedOn?: Edition;
  /** The day notice was given (≤ `effectiveOn`). */
  readonly announcedOn: string;
  /** The first day the new edition is in force. */
  readonly effectiveOn: string;
  /** New values by tariff key, of the same kind: `{ onsiteOvertimeRate: "50.00", bankCap: 3 }`. */
  readonly changes: Partial<Record<TariffKey, string | number | readonly string[]>>;
  /** New verbatim clause texts by clause id (Terms clauses only). */
  readonly texts?: Readonly<Record<string, string>>;
  /** A what-if, never announced (default false): its results say `hypothetical: true`. */
  readonly hypothetical?: boolean;
}

const defineInputSchema = z.strictObject({
  id: idSchema,
  basedOn: z.optional(z.custom<Edition>(() => true)),
  announcedOn: calendarDateSchema,
  effectiveOn: calendarDateSchema,
  changes: z.record(z.string().check(z.maxLength(MAX_ID)), z.unknown()),
  texts: z.optional(z.record(z.string().check(z.maxLength(MAX_ID)), z.string().check(z.minLength(1), z.maxLength(MAX_TEXT)))),
  hypothetical: z.optional(z.boolean()),
});

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Normalizes a validated value of `kind` (money as "50.00"). */
function normalize(kind: TariffKind, value: unknown): string | number | readonly string[] {
  if (kind === "money") return toMoney(value as string | number).amount;
  if (kind === "zips") return [...(value as string[])];
  return value as number;
}

function shownValue(v: unknown): string {
  return Array.isArray(v) ? `[${v.join(", ")}]` : typeof v === "string" ? `"${v}"` : String(v);
}

/**
 * Validates an edition given as data (e.g. read back from JSON) and returns
 * it frozen; an edition built by {@link defineEdition} (or `baseEdition`) is
 * returned as is.
 */
export function toEdition(value: unknown, path: readonly (string | number)[], rule: string): Edition {
  if (typeof value === "object" && value !== null && known.has(value)) return value as Edition;
  const parsed = parseInput(editionSchema, value, rule) as unknown as Edition;
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

/**
 * Builds a new edition of the Terms from a previous one (default
 * `baseEdition`): `changes` names keys of `tariff` with new values of the same
 * kind, `texts` new verbatim clause texts. The result is frozen plain data.
 *
 * @throws PolicyInputError on an unknown key, a value of the wrong kind,
 * negative money, a value the edition already has ("already …"), a text for a
 * clause that is not in the Terms, or `effectiveOn` before `announcedOn`.
 *
 * @example
 * ```ts
 * const e = defineEdition({ id: "relument-terms@2027", announcedOn: "2026-11-01", effectiveOn: "2027-01-01", changes: { noShowFee: 60 } });
 * e.tariff.noShowFee; //=> "60.00"
 * e.changes; //=> [{ key: "noShowFee", clause: "terms.4.no-show", from: "45.00", to: "60.00" }]
 * ```
 */
export function defineEdition(input: DefineEditionInput): Edition {
  const rule = "defineEdition";
  const p = parseInput(defineInputSchema, input, rule);
  const based = p.basedOn === undefined ? baseEdition : toEdition(p.basedOn, ["basedOn"], rule);
  const issues: PolicyInputIssue[] = [];
  if (p.effectiveOn < p.announcedOn) issues.push({ path: ["effectiveOn"], message: `effectiveOn ${p.effectiveOn} is before announcedOn ${p.announcedOn}` });
  if (p.id === based.id || p.id === BASE_EDITION_ID) issues.push({ path: ["id"], message: `"${p.id}" is already the id of the edition it is based on` });
  if (based.effectiveOn !== null && p.effectiveOn <= based.effectiveOn)
    issues.push({ path: ["effectiveOn"], message: `effectiveOn must be after the effectiveOn of the edition it is based on (${based.effectiveOn})` });
  const tariff: Record<string, unknown> = { ...based.tariff };
  const changes: EditionChange[] = [];
  for (const [key, raw] of Object.entries(p.changes)) {
    if (!Object.prototype.hasOwnProperty.call(BASE_TARIFF, key)) {
      issues.push({ path: ["changes", key], message: `unknown tariff key "${key}"; the keys are ${TARIFF_KEYS.join(", ")}` });
      continue;
    }
    const spec = BASE_TARIFF[key as TariffKey];
    const r = z.safeParse(kindSchemas[spec.kind], raw);
    if (!r.success) {
      const kind = spec.kind === "money" ? "money (a non-negative amount with at most 2 decimals)" : spec.kind === "zips" ? "a list of distinct five-digit ZIP codes" : spec.kind === "count" ? `a whole number from 0 to ${MAX_COUNT}` : `a whole number from 1 to ${MAX_COUNT}`;
      issues.push({ path: ["changes", key], message: `expected ${kind}, like the current value ${shownValue(based.tariff[key as TariffKey])}` });
      continue;
    }
    const to = normalize(spec.kind, r.data);
    const from = based.tariff[key as TariffKey];
    if (same(from, to)) {
      issues.push({ path: ["changes", key], message: `already ${shownValue(from)} in ${based.id}: a change must change the value` });
      continue;
    }
    tariff[key] = to;
    changes.push({ key: key as TariffKey, clause: spec.clause, from, to });
  }
  const ids = termsClauseIds();
  const texts: Record<string, string> = { ...based.texts };
  for (const [clause, text] of Object.entries(p.texts ?? {})) {
    if (!ids.has(clause)) issues.push({ path: ["texts", clause], message: "not a clause id of the Relument Terms" });
    else if (text === (based.texts[clause] ?? clauses.find((c) => c.id === clause)?.text))
      issues.push({ path: ["texts", clause], message: `already the text of ${clause} in ${based.id}` });
    else texts[clause] = text;
  }
  if (issues.length) throw new PolicyInputError(issues, rule);
  return registered({
    id: p.id,
    document: "relument-terms" as const,
    announcedOn: p.announcedOn,
    effectiveOn: p.effectiveOn,
    basedOn: based.id,
    hypothetical: p.hypothetical ?? based.hypothetical,
    tariff: tariff as unknown as EditionTariff,
    changes,
    texts,
  });
}

/** Result of {@link compareEditions}. */
export interface EditionComparison {
  /** Numbers that differ: key, clause, value in `a`, value in `b`. */
  readonly changes: EditionChange[];
  /** Clause texts that differ: the text in `a` (the registered verbatim text when `a` keeps it) and in `b`. */
  readonly texts: { clause: string; from: string; to: string }[];
}

/**
 * What differs between two editions: every changed number (key, clause, from,
 * to) and every changed clause text.
 *
 * @example
 * ```ts
 * const e = defineEdition({ id: "what-if", announcedOn: "2026-12-01", effectiveOn: "2027-01-01", changes: { onsiteOvertimeRate: "50.00" }, hypothetical: true });
 * compareEditions(baseEdition, e).changes; //=> [{ key: "onsiteOvertimeRate", clause: "terms.5.overtime", from: "45.00", to: "50.00" }]
 * ```
 */
export function compareEditions(a: Edition, b: Edition): EditionComparison {
  const ea = toEdition(a, ["a"], "compareEditions");
  const eb = toEdition(b, ["b"], "compareEditions");
  const changes: EditionChange[] = [];
  for (const key of TARIFF_KEYS) {
    const from = ea.tariff[key];
    const to = eb.tariff[key];
    if (!same(from, to)) changes.push({ key, clause: BASE_TARIFF[key].clause, from: structuredClone(from), to: structuredClone(to) });
  }
  const texts: { clause: string; from: string; to: string }[] = [];
  for (const c of clauses) {
    if (c.document !== "relument-terms") continue;
    const from = ea.texts[c.id] ?? c.text;
    const to = eb.texts[c.id] ?? c.text;
    if (from !== to) texts.push({ clause: c.id, from, to });
  }
  return { changes, texts };
}

/**
 * The verbatim text of a clause of the Terms in an edition: its own text when
 * the edition changed it, else the registered text.
 *
 * @example
 * ```ts
 * clauseTextIn(baseEdition, "terms.4.no-show").startsWith("Rescheduling"); //=> true
 * ```
 */
export function clauseTextIn(edition: Edition, clauseId: string): string {
  const e = toEdition(edition, ["edition"], "clauseTextIn");
  if (typeof clauseId !== "string" || !termsClauseIds().has(clauseId))
    throw new PolicyInputError([{ path: ["clauseId"], message: "expected a clause id of the Relument Terms" }], "clauseTextIn");
  return e.texts[clauseId] ?? (clauses.find((c) => c.id === clauseId) as { text: string }).text;
}
