/**
 * Audits in bulk: cases (what a host billed) run through the rules and
 * compared with the policy's values, path by path. A malformed case is an
 * `invalid` row and the audit goes on: every case ends in exactly one row.
 */
import * as z from "zod/mini";
import { isPolicyInputError, PolicyInputError } from "../core/errors.js";
import { received } from "../core/issues.js";
import type { Edition } from "../editions/edition.js";
import { toEdition } from "../editions/edition.js";
import { evaluate, isRuleName, ruleNames } from "./evaluate.js";

/** One case: a rule, its input, and what the host billed, by dotted result path (`"total.amount"`, `"fee.cents"`). */
export interface AuditCase {
  readonly id?: string | number;
  readonly rule: string;
  readonly input: unknown;
  readonly billed: Readonly<Record<string, unknown>>;
  /** The case's line in its file (the CLI sets it); default its position, from 1. */
  readonly line?: number;
}

/** One difference between what was billed and what the policy gives. */
export interface AuditDifference {
  readonly path: string;
  readonly billed: unknown;
  readonly policy: unknown;
  /** billed − policy, in cents, when the path is money (`….amount` or `….cents`). */
  readonly deltaCents?: number;
}

/** The row of one case. */
export interface AuditRow {
  readonly line: number;
  readonly id: string | number | null;
  readonly rule: string | null;
  readonly status: "agreed" | "disagreed" | "invalid";
  readonly differences: AuditDifference[];
  readonly citations: string[];
  /** The decision's explanation (for the report's disagreements). */
  readonly explanation?: string[];
  /** Why the case is invalid (the PolicyInputError message). */
  readonly error?: string;
}

/** Counts by rule and by clause. */
export interface AuditSummary {
  cases: number;
  agreed: number;
  disagreed: number;
  invalid: number;
  byRule: Record<string, { cases: number; disagreed: number }>;
  /** Every clause cited by a disagreeing decision: how many disagreed, and their total difference in cents (a case counts under each clause its decision cites). */
  byClause: Record<string, { disagreed: number; deltaCents: number }>;
}

/** Options of {@link auditCases}. */
export interface AuditOptions {
  /** An edition of the Terms to decide every Terms case under, when the case's input names none. */
  readonly edition?: Edition;
}

/** A fresh, empty summary. */
export function emptySummary(): AuditSummary {
  return { cases: 0, agreed: 0, disagreed: 0, invalid: 0, byRule: {}, byClause: {} };
}

const caseSchema = z.looseObject({
  id: z.optional(z.union([z.string().check(z.maxLength(200)), z.number()])),
  rule: z.string().check(z.maxLength(100)),
  input: z.unknown(),
  billed: z.record(z.string().check(z.maxLength(200)), z.unknown()),
  line: z.optional(z.int().check(z.gte(1))),
});

const MONEY_PATH = /\.(amount|cents)$/;

/** The value at a dotted path of a decision (own keys only), or `undefined` when the path does not exist. */
export function at(value: unknown, path: string): unknown {
  let v: unknown = value;
  for (const key of path.split(".")) {
    if (v === null || typeof v !== "object" || !Object.prototype.hasOwnProperty.call(v, key)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/** Cents of a money value as billed: `"45.00"`, `45`, `4500` (for a `.cents` path). */
function centsOf(v: unknown, isCents: boolean): number | null {
  if (typeof v === "number" && Number.isFinite(v)) return isCents ? (Number.isInteger(v) ? v : null) : Math.round(v * 100);
  if (typeof v === "string" && /^-?\d{1,13}(\.\d{1,2})?$/.test(v.trim())) {
    const [whole = "0", frac = ""] = v.trim().replace("-", "").split(".");
    const c = Number(whole) * 100 + Number(frac.padEnd(2, "0"));
    return isCents ? (frac ? null : Number(v)) : v.trim().startsWith("-") ? -c : c;
  }
  return null;
}

function sameValue(billed: unknown, policy: unknown): boolean {
  if (typeof policy === "number" && typeof billed === "string" && billed.trim() !== "") return Number(billed) === policy;
  if (typeof policy === "boolean" && typeof billed === "string") return billed === String(policy);
  return JSON.stringify(billed) === JSON.stringify(policy);
}

/** Audits one case: always a row, never a throw for bad case data. */
export function auditCase(raw: unknown, position: number, options: AuditOptions = {}): AuditRow {
  const line = typeof (raw as AuditCase | null)?.line === "number" ? ((raw as AuditCase).line as number) : position;
  const id = typeof (raw as AuditCase | null)?.id === "string" || typeof (raw as AuditCase | null)?.id === "number" ? ((raw as AuditCase).id as string | number) : null;
  const rule = typeof (raw as AuditCase | null)?.rule === "string" ? (raw as AuditCase).rule : null;
  const invalid = (error: string): AuditRow => ({ line, id, rule, status: "invalid", differences: [], citations: [], error });
  try {
    const c = z.safeParse(caseSchema, raw);
    if (!c.success) {
      const i = c.error.issues[0];
      return invalid(`case ${i?.path.join(".") || "(root)"}: ${i?.code === "invalid_type" && i.path.length === 0 ? `expected an object { rule, input, billed }, received ${received(raw)}` : (i?.message ?? "invalid")}`);
    }
    if (!isRuleName(c.data.rule)) return invalid(`unknown rule ${JSON.stringify(c.data.rule).slice(0, 80)}; the rules are ${ruleNames.join(", ")}`);
    let input = c.data.input;
    if (options.edition && input !== null && typeof input === "object" && !("edition" in input) && c.data.rule in TERMS_WITH_EDITION)
      input = { ...(input as object), edition: options.edition };
    const decision = evaluate(c.data.rule, input);
    const paths = Object.keys(c.data.billed);
    if (paths.length === 0) return invalid("billed: no result path to compare");
    const diffs: AuditDifference[] = [];
    for (const path of paths) {
      const policy = at(decision, path);
      if (policy === undefined) return invalid(`billed.${path}: ${c.data.rule} has no result at this path`);
      const billed = c.data.billed[path];
      if (MONEY_PATH.test(path)) {
        const isCents = path.endsWith(".cents");
        const b = centsOf(billed, isCents);
        const p = centsOf(policy, isCents);
        if (b === null) return invalid(`billed.${path}: expected an amount of money, received ${received(billed)}`);
        if (b !== p) diffs.push({ path, billed, policy, deltaCents: b - (p as number) });
      } else if (!sameValue(billed, policy)) diffs.push({ path, billed, policy });
    }
    return {
      line,
      id,
      rule: c.data.rule,
      status: diffs.length ? "disagreed" : "agreed",
      differences: diffs,
      citations: decision.citations.slice(),
      ...(diffs.length ? { explanation: decision.explanation.slice() } : {}),
    };
  } catch (e) {
    if (isPolicyInputError(e)) return invalid(e.message);
    return invalid(`could not evaluate: ${e instanceof Error ? e.message.slice(0, 200) : String(e).slice(0, 200)}`);
  }
}

/** The Terms rules that take an `edition` (the audit's `--edition` applies to them). */
const TERMS_WITH_EDITION: Record<string, true> = {
  checkEligibility: true,
  deviceCoverage: true,
  overtimeCharge: true,
  quoteService: true,
  noShowCharge: true,
  slaTarget: true,
  visitAllowance: true,
  billingPeriod: true,
  monthlyCancellation: true,
  yearlyRefund: true,
  priceInForce: true,
  liabilityCap: true,
  renewalCharge: true,
};

/** Adds one row to a summary. */
export function addToSummary(summary: AuditSummary, row: AuditRow): void {
  summary.cases++;
  summary[row.status]++;
  if (row.rule !== null && row.status !== "invalid") {
    const r = (summary.byRule[row.rule] ??= { cases: 0, disagreed: 0 });
    r.cases++;
    if (row.status === "disagreed") r.disagreed++;
  }
  if (row.status === "disagreed") {
    const delta = row.differences.reduce((s, d) => s + (d.deltaCents ?? 0), 0);
    for (const clause of row.citations) {
      const c = (summary.byClause[clause] ??= { disagreed: 0, deltaCents: 0 });
      c.disagreed++;
      c.deltaCents += delta;
    }
  }
}

/**
 * Streams `cases` (an iterable or async iterable) through the rules and
 * compares each `billed` path with the policy's value. Returns a summary by
 * rule and by clause and one row per case; a malformed case is an `invalid`
 * row with its line and the error, and the audit goes on.
 *
 * @example
 * ```ts
 * const { summary } = await auditCases([{ rule: "overtimeCharge", input: { mode: "onsite", minutes: 125 }, billed: { "fee.amount": "45.00" } }]);
 * summary.disagreed; //=> 1
 * ```
 */
export async function auditCases(
  cases: Iterable<unknown> | AsyncIterable<unknown>,
  options: AuditOptions = {},
): Promise<{ summary: AuditSummary; rows: AuditRow[] }> {
  if (cases === null || typeof cases !== "object" || (!(Symbol.iterator in cases) && !(Symbol.asyncIterator in cases)))
    throw new PolicyInputError([{ path: ["cases"], message: "expected an iterable or async iterable of cases" }], "auditCases");
  const opts: AuditOptions = options.edition ? { edition: toEdition(options.edition, ["options", "edition"], "auditCases") } : {};
  const summary = emptySummary();
  const rows: AuditRow[] = [];
  let position = 0;
  for await (const c of cases as AsyncIterable<unknown>) {
    const row = auditCase(c, ++position, opts);
    addToSummary(summary, row);
    rows.push(row);
  }
  return { summary, rows };
}
