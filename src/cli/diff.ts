/**
 * `relument-policy diff <a> <b> [--cases FILE]`: what differs between two
 * editions of the Terms (`compareEditions`) and, with `--cases`, each case's
 * result under both editions and the total difference per clause.
 */
import { evaluate, isRuleName, valueAtPath as at } from "../audit/index.js";
import { isPolicyInputError } from "../core/errors.js";
import { baseEdition, compareEditions, type Edition, type EditionComparison } from "../index.js";
import { toEdition } from "../editions/edition.js";
import { inputJsonSchemas } from "../json-schema.js";
import { openSource, formatOf, type Item } from "./cases.js";
import { UsageError, oneLine } from "./errors.js";
import { parseJson, readText } from "./io.js";
import { dollars } from "./report.js";

/** `base` or an edition JSON file (as `defineEdition` returns it), validated. */
export async function loadEdition(arg: string, what: string): Promise<Edition> {
  if (arg === "base") return baseEdition;
  const json = parseJson(await readText(arg), `${what} ${arg}`);
  try {
    return toEdition(json, [], what);
  } catch (e) {
    if (isPolicyInputError(e)) throw new UsageError(`${arg}: not an edition of the Terms: ${oneLine(e.message, 600)}`);
    throw e;
  }
}

let withEdition: Set<string> | undefined;
/** The rules whose input takes an `edition` (the Terms rules): their input JSON Schema has an `edition` property. */
function takesEdition(rule: string): boolean {
  withEdition ??= new Set(
    Object.entries(inputJsonSchemas())
      .filter(([, s]) => Object.prototype.hasOwnProperty.call((s.properties ?? {}) as object, "edition"))
      .map(([name]) => name),
  );
  return withEdition.has(rule);
}

export interface CaseDiff {
  readonly line: number;
  readonly id: string | number | null;
  readonly rule: string | null;
  /** The compared results: billed paths, else the money fields total/fee/refund. */
  readonly a?: Record<string, unknown>;
  readonly b?: Record<string, unknown>;
  /** b − a in cents over the money paths. */
  readonly deltaCents?: number;
  readonly citations?: string[];
  readonly error?: string;
}

export interface DiffReport {
  readonly a: string;
  readonly b: string;
  readonly comparison: EditionComparison;
  readonly cases?: CaseDiff[];
  readonly byClause?: Record<string, { cases: number; changed: number; deltaCents: number }>;
  readonly total?: { cases: number; changed: number; invalid: number; deltaCents: number };
}

const DEFAULT_PATHS = ["total.amount", "fee.amount", "refund.amount"];


function cents(v: unknown): number | null {
  if (typeof v === "string" && /^-?\d+(\.\d{1,2})?$/.test(v)) return Math.round(Number(v) * 100);
  if (typeof v === "number" && Number.isFinite(v)) return Math.round(v * 100);
  return null;
}

function diffCase(item: Item, a: Edition, b: Edition): CaseDiff {
  let value: unknown;
  if ("error" in item) return { line: item.line, id: null, rule: null, error: item.error };
  if ("text" in item) {
    try {
      value = JSON.parse(item.text) as unknown;
    } catch (e) {
      return { line: item.line, id: null, rule: null, error: `not valid JSON: ${oneLine(e instanceof Error ? e.message : String(e), 200)}` };
    }
  } else value = item.value;
  const c = (value ?? {}) as { id?: unknown; rule?: unknown; input?: unknown; billed?: unknown };
  const id = typeof c.id === "string" || typeof c.id === "number" ? c.id : null;
  const rule = typeof c.rule === "string" ? c.rule : null;
  const base = { line: item.line, id, rule };
  if (value === null || typeof value !== "object" || Array.isArray(value)) return { ...base, error: "expected an object { rule, input, billed? }" };
  if (rule === null || !isRuleName(rule)) return { ...base, error: `unknown rule ${JSON.stringify(c.rule)}` };
  if (!takesEdition(rule)) return { ...base, error: `${rule} does not depend on an edition of the Terms` };
  if (c.input === null || typeof c.input !== "object" || Array.isArray(c.input)) return { ...base, error: "input: expected an object" };
  try {
    const da = evaluate(rule, { ...(c.input as object), edition: a });
    const db = evaluate(rule, { ...(c.input as object), edition: b });
    const billed = c.billed !== null && typeof c.billed === "object" ? Object.keys(c.billed) : [];
    const paths = billed.length ? billed : DEFAULT_PATHS.filter((p) => at(da, p) !== undefined || at(db, p) !== undefined);
    const ra: Record<string, unknown> = {};
    const rb: Record<string, unknown> = {};
    let delta = 0;
    for (const p of paths) {
      ra[p] = at(da, p) ?? null;
      rb[p] = at(db, p) ?? null;
      const ca = cents(ra[p]);
      const cb = cents(rb[p]);
      if (/\.(amount|cents)$/.test(p) && ca !== null && cb !== null) delta += p.endsWith(".cents") ? (rb[p] as number) - (ra[p] as number) : cb - ca;
    }
    const citations = [...new Set([...da.citations, ...db.citations])];
    return { ...base, a: ra, b: rb, deltaCents: delta, citations };
  } catch (e) {
    if (isPolicyInputError(e)) return { ...base, error: e.message };
    throw e;
  }
}

export async function runDiff(aArg: string, bArg: string, casesFile: string | undefined, inputFormat: string | undefined): Promise<DiffReport> {
  const a = await loadEdition(aArg, "diff");
  const b = await loadEdition(bArg, "diff");
  const comparison = compareEditions(a, b);
  if (casesFile === undefined) return { a: a.id, b: b.id, comparison };
  const source = await openSource(casesFile, formatOf(casesFile, inputFormat));
  const cases: CaseDiff[] = [];
  const byClause: Record<string, { cases: number; changed: number; deltaCents: number }> = {};
  const total = { cases: 0, changed: 0, invalid: 0, deltaCents: 0 };
  for await (const item of source.items) {
    const d = diffCase(item, a, b);
    cases.push(d);
    total.cases++;
    if (d.error !== undefined) {
      total.invalid++;
      continue;
    }
    const changed = JSON.stringify(d.a) !== JSON.stringify(d.b);
    if (changed) total.changed++;
    total.deltaCents += d.deltaCents ?? 0;
    for (const clause of d.citations ?? []) {
      const c = (byClause[clause] ??= { cases: 0, changed: 0, deltaCents: 0 });
      c.cases++;
      if (changed) c.changed++;
      c.deltaCents += d.deltaCents ?? 0;
    }
  }
  const sorted = Object.fromEntries(Object.entries(byClause).sort(([x], [y]) => (x < y ? -1 : 1)));
  return { a: a.id, b: b.id, comparison, cases, byClause: sorted, total };
}

/** The diff as readable text. */
export function diffText(r: DiffReport): string {
  const out: string[] = [`${r.a} → ${r.b}`, ""];
  const show = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));
  if (r.comparison.changes.length === 0 && r.comparison.texts.length === 0) out.push("The two editions are the same.");
  if (r.comparison.changes.length) {
    out.push("Numbers that differ:");
    const w = Math.max(...r.comparison.changes.map((c) => c.key.length));
    for (const c of r.comparison.changes) out.push(`  ${c.key.padEnd(w)}  ${show(c.from)} → ${show(c.to)}  (${c.clause})`);
  }
  if (r.comparison.texts.length) {
    out.push("Clause texts that differ:");
    for (const t of r.comparison.texts) out.push(`  ${t.clause}`);
  }
  if (r.cases) {
    out.push("", "Cases:");
    for (const c of r.cases) {
      const head = `  line ${c.line}${c.id !== null ? ` ${c.id}` : ""}${c.rule ? ` ${c.rule}` : ""}:`;
      if (c.error !== undefined) {
        out.push(`${head} invalid: ${oneLine(c.error, 300)}`);
        continue;
      }
      const parts = Object.keys(c.a ?? {}).map((p) => `${p} ${show(c.a?.[p])} → ${show(c.b?.[p])}`);
      out.push(`${head} ${parts.join(", ")}${c.deltaCents ? ` (${dollars(c.deltaCents)})` : ""}`);
    }
    out.push("", "Difference by clause (b − a):");
    for (const [clause, c] of Object.entries(r.byClause ?? {})) out.push(`  ${clause}: ${c.changed} of ${c.cases} cases changed, ${dollars(c.deltaCents)}`);
    const t = r.total;
    if (t) out.push(`Total: ${t.changed} of ${t.cases} cases changed (${t.invalid} invalid), ${dollars(t.deltaCents)}`);
  }
  return `${out.join("\n")}\n`;
}
