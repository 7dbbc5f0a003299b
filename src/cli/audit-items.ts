/**
 * Auditing a chunk of read cases: the same code runs in the main thread
 * (`--jobs 1`) and in every worker thread (`--jobs N`), so both give the same
 * report. A chunk's result is its summary and its non-agreed rows only
 * (agreed rows are counted, not kept: memory stays flat on long files).
 */
import { addToSummary, auditCase, emptySummary, type AuditOptions, type AuditRow, type AuditSummary } from "../audit/index.js";
import type { Item } from "./cases.js";
import { oneLine } from "./errors.js";

export interface ChunkResult {
  readonly summary: AuditSummary;
  /** The rows that are not `agreed`, in line order. */
  readonly rows: AuditRow[];
}

function invalidRow(line: number, error: string): AuditRow {
  return { line, id: null, rule: null, status: "invalid", differences: [], citations: [], error };
}

/** The row of one read case. */
export function auditItem(item: Item, options: AuditOptions): AuditRow {
  if ("error" in item) return invalidRow(item.line, item.error);
  let value: unknown;
  if ("text" in item) {
    try {
      value = JSON.parse(item.text) as unknown;
    } catch (e) {
      return invalidRow(item.line, `not valid JSON: ${oneLine(e instanceof Error ? e.message : String(e), 200)}`);
    }
  } else value = item.value;
  // The CLI sets each case's line (its line in the file).
  const raw = value !== null && typeof value === "object" && !Array.isArray(value) ? { ...(value as object), line: item.line } : value;
  return auditCase(raw, item.line, options);
}

/** Audits a chunk of cases. */
export function auditItems(items: readonly Item[], options: AuditOptions): ChunkResult {
  const summary = emptySummary();
  const rows: AuditRow[] = [];
  for (const item of items) {
    const row = auditItem(item, options);
    addToSummary(summary, row);
    if (row.status !== "agreed") rows.push(row);
  }
  return { summary, rows };
}

/** Adds the counts of `part` to `into`. */
export function mergeSummary(into: AuditSummary, part: AuditSummary): void {
  into.cases += part.cases;
  into.agreed += part.agreed;
  into.disagreed += part.disagreed;
  into.invalid += part.invalid;
  for (const [rule, r] of Object.entries(part.byRule)) {
    const t = (into.byRule[rule] ??= { cases: 0, disagreed: 0 });
    t.cases += r.cases;
    t.disagreed += r.disagreed;
  }
  for (const [clause, c] of Object.entries(part.byClause)) {
    const t = (into.byClause[clause] ??= { disagreed: 0, deltaCents: 0 });
    t.disagreed += c.disagreed;
    t.deltaCents += c.deltaCents;
  }
}

/** The summary with its `byRule` and `byClause` keys sorted (the same report whatever the number of jobs). */
export function sortedSummary(s: AuditSummary): AuditSummary {
  const sort = <T>(o: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { cases: s.cases, agreed: s.agreed, disagreed: s.disagreed, invalid: s.invalid, byRule: sort(s.byRule), byClause: sort(s.byClause) };
}
