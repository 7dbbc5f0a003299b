/**
 * Building and comparing editions of the Terms (T17): `defineEdition`,
 * `compareEditions`, `clauseTextIn`. These read the clause registry's texts;
 * the rules only need `edition.ts`, which does not.
 */
import * as z from "zod/mini";
import { calendarDateSchema } from "../core/date-schemas.js";
import { PolicyInputError, type PolicyInputIssue } from "../core/errors.js";
import { parseInput } from "../core/schema.js";
import { clauses } from "../core/clauses/index.js";
import { BASE_TARIFF, TARIFF_KEYS, type TariffKey } from "./base-tariff.js";
import {
  BASE_EDITION_ID,
  MAX_COUNT,
  MAX_ID,
  MAX_TEXT,
  baseEdition,
  idSchema,
  kindSchemas,
  normalize,
  registered,
  same,
  shownValue,
  termsClauseIds,
  toEdition,
  type Edition,
  type EditionChange,
  type EditionTariff,
} from "./edition.js";

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
