/**
 * The audit report as JSON, Markdown, HTML (one self-contained file: no
 * scripts, no external assets, every value escaped) or CSV (one row per case
 * that is not agreed).
 */
import type { AuditRow, AuditSummary } from "../audit/index.js";
import { clauseById } from "../index.js";
import { LIBRARY } from "../version.js";
import type { SourceStats } from "./cases.js";

export type ReportFormat = "json" | "md" | "html" | "csv";
export const REPORT_FORMATS: readonly ReportFormat[] = ["json", "md", "html", "csv"];

export interface Report {
  readonly source: SourceStats;
  /** The edition given with `--edition` (its id), or null (each case's own, else the base edition). */
  readonly edition: string | null;
  readonly summary: AuditSummary;
  readonly rows: readonly AuditRow[];
}

export function render(report: Report, format: ReportFormat): string {
  switch (format) {
    case "json":
      return `${JSON.stringify(jsonReport(report), null, 2)}\n`;
    case "md":
      return markdown(report);
    case "html":
      return html(report);
    case "csv":
      return csv(report);
  }
}

/** `{ library, edition, source, summary, rows }` (rows: the cases that are not agreed). */
export function jsonReport(r: Report): Record<string, unknown> {
  return { library: { name: LIBRARY.name, version: LIBRARY.version }, edition: r.edition, source: { ...r.source }, summary: r.summary, rows: r.rows };
}

// ── shared helpers ───────────────────────────────────────────────────────────

/** Cents as signed dollars: `+$5.00`, `−$45.00`, `$0.00`. */
export function dollars(cents: number): string {
  const abs = Math.abs(cents);
  const text = `$${Math.floor(abs / 100).toLocaleString("en-US")}.${String(abs % 100).padStart(2, "0")}`;
  return cents > 0 ? `+${text}` : cents < 0 ? `−${text}` : text;
}

/** A billed or policy value as text: a string as is, anything else as JSON. */
function shownValue(v: unknown): string {
  return typeof v === "string" ? v : v === undefined ? "" : JSON.stringify(v);
}

function rowDelta(row: AuditRow): number | null {
  const money = row.differences.filter((d) => d.deltaCents !== undefined);
  return money.length ? money.reduce((s, d) => s + (d.deltaCents ?? 0), 0) : null;
}

interface Totals {
  readonly disagreed: number;
  readonly deltaCents: number;
}
function totals(r: Report): Totals {
  const disagreed = r.rows.filter((row) => row.status === "disagreed");
  return { disagreed: disagreed.length, deltaCents: disagreed.reduce((s, row) => s + (rowDelta(row) ?? 0), 0) };
}

function clauseTitle(id: string): string {
  const c = clauseById(id);
  return c ? `${c.section} ${c.title}`.trim() : "";
}

function sourceLine(r: Report): string {
  const s = r.source;
  return `${s.file === "-" ? "stdin" : s.file} (${s.format}, ${s.lines} line${s.lines === 1 ? "" : "s"}, ${s.blankLines} blank)`;
}

// ── Markdown ─────────────────────────────────────────────────────────────────

/** Text safe in a Markdown table cell or paragraph: HTML and Markdown syntax escaped, one line. */
function md(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_[\]|~])/g, "\\$1")
    .replace(/\r?\n|\r/g, " ");
}

function markdown(r: Report): string {
  const s = r.summary;
  const t = totals(r);
  const out: string[] = [];
  out.push("# Invoice audit", "");
  out.push(`Audited with ${md(LIBRARY.name)} ${md(LIBRARY.version)}${r.edition ? `, edition ${md(r.edition)}` : ""}; source ${md(sourceLine(r))}.`, "");
  out.push("| cases | agreed | disagreed | invalid |", "| ---: | ---: | ---: | ---: |", `| ${s.cases} | ${s.agreed} | ${s.disagreed} | ${s.invalid} |`, "");
  out.push("## Disagreements by clause", "");
  const clauses = Object.entries(s.byClause);
  if (clauses.length === 0) out.push("No disagreement.", "");
  else {
    out.push("| clause | section | disagreeing cases | difference (billed − policy) |", "| --- | --- | ---: | ---: |");
    for (const [id, c] of clauses) out.push(`| ${md(id)} | ${md(clauseTitle(id))} | ${c.disagreed} | ${md(dollars(c.deltaCents))} |`);
    out.push(`| **total** | | ${t.disagreed} | ${md(dollars(t.deltaCents))} |`, "");
    out.push("A case counts under every clause its decision cites; the total counts each case once.", "");
  }
  out.push("## By rule", "", "| rule | cases | disagreed |", "| --- | ---: | ---: |");
  for (const [rule, c] of Object.entries(s.byRule)) out.push(`| ${md(rule)} | ${c.cases} | ${c.disagreed} |`);
  out.push("");
  const disagreed = r.rows.filter((row) => row.status === "disagreed");
  if (disagreed.length) {
    out.push("## Disagreements", "");
    for (const row of disagreed) {
      out.push(`### Line ${row.line}${row.id !== null ? ` · ${md(String(row.id))}` : ""} · ${md(row.rule ?? "")}`, "");
      out.push("| result | billed | policy | difference |", "| --- | ---: | ---: | ---: |");
      for (const d of row.differences)
        out.push(`| ${md(d.path)} | ${md(shownValue(d.billed))} | ${md(shownValue(d.policy))} | ${d.deltaCents !== undefined ? md(dollars(d.deltaCents)) : ""} |`);
      out.push("", `Citations: ${row.citations.map((c) => md(c)).join(", ")}`, "");
      (row.explanation ?? []).forEach((step, i) => out.push(`${i + 1}. ${md(step)}`));
      out.push("");
    }
  }
  const invalid = r.rows.filter((row) => row.status === "invalid");
  if (invalid.length) {
    out.push("## Invalid cases", "", "| line | id | rule | error |", "| ---: | --- | --- | --- |");
    for (const row of invalid) out.push(`| ${row.line} | ${md(row.id === null ? "" : String(row.id))} | ${md(row.rule ?? "")} | ${md(row.error ?? "")} |`);
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}

// ── HTML ─────────────────────────────────────────────────────────────────────

/** Text safe in HTML content and in quoted attributes. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);
}

const STYLE = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;max-width:1100px;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem}h3{font-size:1.05rem;margin:0 0 .5rem}
.meta{color:#57606a;margin-top:0}
table{border-collapse:collapse;margin:.5rem 0 1rem;width:100%}th,td{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}tfoot th,tfoot td{font-weight:600;background:#f6f8fa}
.counts td{font-size:1.3rem;text-align:center}.bad{color:#cf222e}.ok{color:#1a7f37}
.case{border:1px solid #d0d7de;border-radius:6px;padding:.8rem 1rem;margin:1rem 0}
.case table{width:auto;min-width:60%}code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.9em;background:#f6f8fa;padding:0 .2em;border-radius:3px}
ol.explanation{margin:.3rem 0 0;padding-left:1.4rem;color:#24292f}
@media print{.case{break-inside:avoid}}
`;

function html(r: Report): string {
  const s = r.summary;
  const t = totals(r);
  const h: string[] = [];
  h.push("<!doctype html>", '<html lang="en">', "<head>", '<meta charset="utf-8">');
  h.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
  h.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  h.push(`<title>Invoice audit: ${esc(r.source.file === "-" ? "stdin" : r.source.file)}</title>`, `<style>${STYLE}</style>`, "</head>", "<body>");
  h.push("<h1>Invoice audit</h1>");
  h.push(`<p class="meta">Audited with ${esc(LIBRARY.name)} ${esc(LIBRARY.version)}${r.edition ? `, edition <code>${esc(r.edition)}</code>` : ""}; source ${esc(sourceLine(r))}.</p>`);
  h.push('<table class="counts" id="counts"><thead><tr><th>Cases</th><th>Agreed</th><th>Disagreed</th><th>Invalid</th></tr></thead><tbody><tr>');
  h.push(`<td>${s.cases}</td><td class="ok">${s.agreed}</td><td class="${s.disagreed ? "bad" : ""}">${s.disagreed}</td><td class="${s.invalid ? "bad" : ""}">${s.invalid}</td>`);
  h.push("</tr></tbody></table>");

  h.push('<h2 id="by-clause">Disagreements by clause</h2>');
  const clauses = Object.entries(s.byClause);
  if (clauses.length === 0) h.push("<p>No disagreement.</p>");
  else {
    h.push('<table id="summary"><thead><tr><th>Clause</th><th>Section</th><th class="n">Disagreeing cases</th><th class="n">Difference (billed − policy)</th></tr></thead><tbody>');
    for (const [id, c] of clauses)
      h.push(`<tr><td><code>${esc(id)}</code></td><td>${esc(clauseTitle(id))}</td><td class="n">${c.disagreed}</td><td class="n">${esc(dollars(c.deltaCents))}</td></tr>`);
    h.push(`</tbody><tfoot><tr><th>Total</th><td></td><td class="n">${t.disagreed}</td><td class="n">${esc(dollars(t.deltaCents))}</td></tr></tfoot></table>`);
    h.push('<p class="meta">A case counts under every clause its decision cites; the total counts each case once.</p>');
  }

  h.push('<h2 id="by-rule">By rule</h2>', '<table><thead><tr><th>Rule</th><th class="n">Cases</th><th class="n">Disagreed</th></tr></thead><tbody>');
  for (const [rule, c] of Object.entries(s.byRule)) h.push(`<tr><td><code>${esc(rule)}</code></td><td class="n">${c.cases}</td><td class="n">${c.disagreed}</td></tr>`);
  h.push("</tbody></table>");

  const disagreed = r.rows.filter((row) => row.status === "disagreed");
  if (disagreed.length) {
    h.push('<h2 id="disagreements">Disagreements</h2>');
    for (const row of disagreed) {
      h.push(`<section class="case" id="line-${row.line}">`);
      h.push(`<h3>Line ${row.line}${row.id !== null ? ` · ${esc(String(row.id))}` : ""} · <code>${esc(row.rule ?? "")}</code></h3>`);
      h.push('<table><thead><tr><th>Result</th><th class="n">Billed</th><th class="n">Policy</th><th class="n">Difference</th></tr></thead><tbody>');
      for (const d of row.differences)
        h.push(
          `<tr><td><code>${esc(d.path)}</code></td><td class="n">${esc(shownValue(d.billed))}</td><td class="n">${esc(shownValue(d.policy))}</td><td class="n">${d.deltaCents !== undefined ? esc(dollars(d.deltaCents)) : ""}</td></tr>`,
        );
      h.push("</tbody></table>");
      h.push(`<p>Citations: ${row.citations.map((c) => `<code>${esc(c)}</code>${clauseById(c) ? ` (${esc(clauseTitle(c))})` : ""}`).join(", ")}</p>`);
      if (row.explanation?.length) h.push(`<ol class="explanation">${row.explanation.map((step) => `<li>${esc(step)}</li>`).join("")}</ol>`);
      h.push("</section>");
    }
  }
  const invalid = r.rows.filter((row) => row.status === "invalid");
  if (invalid.length) {
    h.push('<h2 id="invalid">Invalid cases</h2>', '<table><thead><tr><th class="n">Line</th><th>Id</th><th>Rule</th><th>Error</th></tr></thead><tbody>');
    for (const row of invalid)
      h.push(`<tr><td class="n">${row.line}</td><td>${esc(row.id === null ? "" : String(row.id))}</td><td>${esc(row.rule ?? "")}</td><td>${esc(row.error ?? "")}</td></tr>`);
    h.push("</tbody></table>");
  }
  h.push("</body>", "</html>");
  return `${h.join("\n")}\n`;
}

// ── CSV ──────────────────────────────────────────────────────────────────────

/** One CSV cell: quoted when needed; text a spreadsheet would run as a formula is prefixed with `'`. */
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text) && !/^[+-]?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const CSV_HEADER = ["line", "id", "rule", "status", "paths", "billed", "policy", "delta_cents", "citations", "error"];

function csv(r: Report): string {
  const lines = [CSV_HEADER.join(",")];
  for (const row of r.rows) {
    const cells: (string | number | null)[] = [
      row.line,
      row.id === null ? null : String(row.id),
      row.rule,
      row.status,
      row.differences.map((d) => d.path).join("; "),
      row.differences.map((d) => shownValue(d.billed)).join("; "),
      row.differences.map((d) => shownValue(d.policy)).join("; "),
      rowDelta(row),
      row.citations.join("; "),
      row.error ?? null,
    ];
    lines.push(cells.map(csvCell).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}
