/**
 * Builds the auditor's handbook pages (Markdown) into docs/handbook/, which
 * typedoc then renders into docs/site/ beside the API reference
 * (`npm run docs`). Every worked example is run through the library here, so
 * the numbers in the handbook are the library's own.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as api from "../src/index.js";
import { clauses, interpretations, policyFiles, type Clause, type PolicyDocument } from "../src/index.js";
import { coverage, type CoverageRow } from "./coverage.js";
import { mdCell } from "./markdown.js";
import { allExamples, type WorkedExample } from "./all-examples.js";
import { COMMAND_HELP, PROGRAM_HELP } from "../src/cli/help.js";

const out = new URL("../docs/handbook/", import.meta.url);

const DOCUMENT_TITLES: Record<string, string> = {
  "relument-terms": "Relument Terms & Conditions",
  "relument-privacy": "Relument Privacy Policy",
  "relaso-privacy": "Relaso Privacy Policy",
  "reliom-privacy": "Reliom Privacy Policy",
  "relenta-privacy": "Relenta Privacy Policy",
};

/** Section headings as the documents print them ("5. Fees, Overtime, Travel & Member Rates"). */
function sectionHeadings(document: PolicyDocument): Map<string, string> {
  const text = readFileSync(new URL(`../docs/policies/${policyFiles[document]}`, import.meta.url), "utf8");
  const headings = new Map<string, string>();
  for (const line of text.split("\n")) {
    const m = /^(?:### )?(\d+(?:\.\d+)?)(?:\\?\.|\))?\s+(.{3,80})$/.exec(line.trim());
    if (m && !headings.has(m[1] as string) && !/[.:;,]$/.test(m[2] as string)) headings.set(m[1] as string, (m[2] as string).trim());
  }
  return headings;
}

export interface RanExample extends WorkedExample {
  readonly result: Record<string, unknown> & { citations: string[]; explanation: string[] };
}

/** Runs every worked example through the library. */
export function runExamples(): RanExample[] {
  return allExamples.map((ex) => {
    const fn = (api as unknown as Record<string, (i: unknown) => RanExample["result"]>)[ex.fn];
    if (typeof fn !== "function") throw new Error(`worked example names unknown rule ${ex.fn}`);
    return { ...ex, result: fn(ex.input) };
  });
}

const esc = mdCell;

function show(v: unknown): string {
  if (v === null) return "null";
  if (typeof v !== "object") return JSON.stringify(v);
  if ("amount" in v && "currency" in v) return `$${(v as { amount: string }).amount}`;
  if (Array.isArray(v)) {
    if (v.length > 4) return `[${v.length} items]`;
    return `[${v.map(show).join(", ")}]`;
  }
  const o = v as Record<string, unknown>;
  if ("code" in o && "amount" in o) return `${String(o.code)} ${show(o.amount)}`;
  return `{ ${Object.entries(o).map(([k, x]) => `${k}: ${show(x)}`).join(", ")} }`;
}

/** One line summary of a result: every field but citations and explanation. */
export function summarise(result: Record<string, unknown>): string {
  return Object.entries(result)
    .filter(([k]) => k !== "citations" && k !== "explanation")
    .map(([k, v]) => `**${k}**: ${show(v)}`)
    .join("<br>");
}

function exampleTable(examples: RanExample[]): string[] {
  if (examples.length === 0) return [];
  const lines = ["| Example | Input | Result |", "| --- | --- | --- |"];
  for (const e of examples) lines.push(`| \`${e.fn}\`<br>${esc(e.title)} | ${esc(summarise(e.input))} | ${esc(summarise(e.result))} |`);
  return lines;
}

function sectionKey(c: Clause): string {
  return `${c.document}#${c.section}`;
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/** Writes the handbook pages; returns the file names written. */
export function buildHandbook(): string[] {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const ran = runExamples();
  const rows = new Map<string, CoverageRow>(coverage.map((r) => [r.clause, r]));
  const sections = new Map<string, Clause[]>();
  for (const c of clauses) {
    const key = sectionKey(c);
    sections.set(key, [...(sections.get(key) ?? []), c]);
  }
  const written: string[] = [];
  const pageOf = new Map<string, string>();
  for (const [key, list] of sections) {
    const first = list[0] as Clause;
    pageOf.set(key, `${slug(`${first.document}-${first.section}`)}.md`);
  }

  const headings = new Map<string, Map<string, string>>();
  for (const [key, list] of sections) {
    const first = list[0] as Clause;
    const docTitle = DOCUMENT_TITLES[first.document] ?? first.document;
    const isNumbered = /^\d/.test(first.section);
    if (!headings.has(first.document)) headings.set(first.document, sectionHeadings(first.document));
    const heading = headings.get(first.document)?.get(first.section);
    const name = heading ?? (list.length === 1 || !isNumbered ? first.title : "");
    const title = isNumbered
      ? `${docTitle} §${first.section}${name ? ` ${name}` : ""}`
      : `${docTitle}: ${first.section}${name && name !== first.section ? ` — ${name}` : ""}`;
    const md: string[] = ["---", `title: "${title.replace(/"/g, "'")}"`, `group: "${docTitle}"`, "---", "", `# ${title}`, ""];
    for (const c of list) {
      const row = rows.get(c.id);
      md.push(`## ${isNumbered ? `§${c.section} ` : ""}${c.title}`, "", `Clause id: \`${c.id}\``, "");
      // A lone "-" is a bullet marker of the source text: show it as a paragraph break (else Markdown reads a heading).
      md.push(...c.text.split("\n").map((l) => (l.trim() === "-" ? ">" : `> ${l.replace(/^([#*+>-])/, "\\$1")}`)), "");
      if (row?.status === "implemented") md.push(`**Implemented by:** ${(row.functions ?? []).map((f) => `\`${f}\``).join(", ")}`, "");
      else if (row) md.push(`**${row.status === "informational" ? "Informational" : "Not yet implemented"}:** ${row.note ?? ""}`, "");
      const readings = interpretations.filter((r) => r.clauses.includes(c.id));
      if (readings.length) {
        md.push("**Readings chosen** (interpretation register):", "");
        for (const r of readings) md.push(`- *${r.question}* ${r.reading}${r.option ? ` Option: \`${r.option}\`.` : ""} (\`${r.id}\`)`);
        md.push("");
      }
      const examples = ran.filter((e) => e.result.citations.includes(c.id));
      if (examples.length) md.push("**Worked examples** (computed by the library):", "", ...exampleTable(examples), "");
    }
    const file = pageOf.get(key) as string;
    writeFileSync(new URL(file, out), `${md.join("\n")}\n`);
    written.push(file);
  }

  // Editions of the Terms (T17): the base edition's numbers, and what a what-if edition changes.
  {
    const e: string[] = ["---", 'title: "Editions of the Terms"', "---", "", "# Editions of the Terms", ""];
    e.push(
      "The Terms change over time: an **edition** is the whole set of the Terms' numbers (and any changed clause texts) in force from its `effectiveOn`, announced on its `announcedOn`. The Terms as shipped are the base edition, `" +
        api.baseEdition.id +
        "`. Which edition binds a charge is decided by `editionFor` (T17): a single service takes the edition in force at booking; a member is bound from the first billing date on or after `effectiveOn` that is at least 30 days after `announcedOn` (the signup binds the edition in force that day). Every Terms rule takes `edition` and says which one it used.",
      "",
      `## The base edition (${api.baseEdition.id})`,
      "",
      "| Key | Clause | Value |",
      "| --- | --- | --- |",
    );
    for (const key of api.TARIFF_KEYS) {
      const v = api.baseEdition.tariff[key];
      e.push(`| \`${key}\` | [\`${api.BASE_TARIFF[key].clause}\`](${pageOf.get(sectionKey(api.clauseById(api.BASE_TARIFF[key].clause) as Clause))}) | ${esc(Array.isArray(v) ? v.join(", ") : typeof v === "string" ? `$${v}` : String(v))} |`);
    }
    const whatIf = api.defineEdition({
      id: "what-if@onsite-50",
      announcedOn: "2027-01-04",
      effectiveOn: "2027-02-05",
      changes: { onsiteOvertimeRate: "50.00", noShowFee: "60.00" },
      hypothetical: true,
    });
    const diff = api.compareEditions(api.baseEdition, whatIf);
    e.push("", "## A what-if edition and its differences", "", "`compareEditions(baseEdition, whatIf)` for a hypothetical edition raising the on-site overtime rate to $50.00 and the no-show fee to $60.00:", "", "| Key | Clause | From | To |", "| --- | --- | --- | --- |");
    for (const c of diff.changes) e.push(`| \`${c.key}\` | \`${c.clause}\` | ${esc(String(c.from))} | ${esc(String(c.to))} |`);
    const before = api.overtimeCharge({ mode: "onsite", minutes: 125 });
    const after = api.overtimeCharge({ mode: "onsite", minutes: 125, edition: whatIf });
    e.push(
      "",
      `Under it, a 125-minute on-site visit's overtime is $${after.fee.amount} instead of $${before.fee.amount}, and the result says \`edition: "${after.edition}"\`, \`hypothetical: ${String(after.hypothetical)}\`:`,
      "",
      ...after.explanation.map((step, i) => `${i + 1}. ${esc(step)}`),
      "",
      "## Which edition binds whom",
      "",
      "| Customer | Dates | Binding edition | From |",
      "| --- | --- | --- | --- |",
    );
    const real = api.defineEdition({ id: "relument-terms@2027-02", announcedOn: "2027-01-04", effectiveOn: "2027-02-05", changes: { noShowFee: "60.00" } });
    const cases: [string, Parameters<typeof api.editionFor>[0]][] = [
      ["member, monthly since 2026-05-15", { editions: [real], customer: "member", on: "2027-02-10", membership: { plan: "home-monthly", startDate: "2026-05-15" } }],
      ["member, monthly since 2026-05-15", { editions: [real], customer: "member", on: "2027-02-15", membership: { plan: "home-monthly", startDate: "2026-05-15" } }],
      ["member, yearly since 2026-09-01", { editions: [real], customer: "member", on: "2027-08-31", membership: { plan: "home-yearly", startDate: "2026-09-01" } }],
      ["member, signed up 2027-02-06", { editions: [real], customer: "member", on: "2027-02-06", membership: { plan: "office-monthly", startDate: "2027-02-06" } }],
      ["non-member, booked 2027-01-20", { editions: [real], customer: "non-member", on: "2027-02-10", bookedOn: "2027-01-20" }],
      ["non-member, not booked yet", { editions: [real], customer: "non-member", on: "2027-02-10" }],
    ];
    for (const [who, input] of cases) {
      const r = api.editionFor(input);
      e.push(`| ${who} | on ${input.on}${input.bookedOn ? `, booked ${input.bookedOn}` : ""} | \`${r.edition.id}\` | ${r.bindsFrom ?? "—"} |`);
    }
    e.push("", `(\`${real.id}\` raises the no-show fee to $60.00; announced 2027-01-04, effective 2027-02-05.)`);
    writeFileSync(new URL("editions.md", out), `${e.join("\n")}\n`);
    written.push("editions.md");
  }

  // The command line (issue 14): the CLI reference, from the CLI's own help texts.
  {
    const c: string[] = ["---", 'title: "Command line: relument-policy"', "---", "", "# Command line: relument-policy", ""];
    c.push(
      "Auditors re-check a month of invoices with the package's command line; billing services on other stacks call it instead of writing TypeScript. Every decision it prints is the library's own, with its citations and explanation. Exit codes of `audit`: 0 when every case agrees, 1 when any disagrees or is invalid, 2 on a usage error or an unreadable file.",
      "",
      "```text",
      PROGRAM_HELP.trimEnd(),
      "```",
      "",
    );
    for (const [name, help] of Object.entries(COMMAND_HELP)) c.push(`## ${name}`, "", "```text", help.trimEnd(), "```", "");
    writeFileSync(new URL("cli.md", out), `${c.join("\n")}\n`);
    written.push("cli.md");
  }

  // Overview: coverage matrix and interpretation register.
  const md: string[] = ["---", 'title: "Policy handbook"', "---", "", "# Policy handbook", ""];
  md.push(
    "For each clause of the Terms and of each privacy policy: the clause text, the rules that implement it, the reading chosen where the text is open, and worked examples computed by the library itself. How the Terms change over time, and which edition binds whom: [Editions of the Terms](editions.md). Auditing invoices in bulk from the command line: [relument-policy](cli.md).",
    "",
    "## Coverage matrix",
    "",
    "| Clause | Document | Section | Status | Rules / note |",
    "| --- | --- | --- | --- | --- |",
  );
  for (const c of clauses) {
    const row = rows.get(c.id);
    const status = row?.status ?? "missing";
    const detail = row?.status === "implemented" ? (row.functions ?? []).map((f) => `\`${f}\``).join(", ") : esc(row?.note ?? "");
    md.push(`| [\`${c.id}\`](${pageOf.get(sectionKey(c))}) | ${DOCUMENT_TITLES[c.document]} | ${c.section} | ${status} | ${detail} |`);
  }
  md.push("", "## Interpretation register", "", "| Id | Clauses | Question | Reading | Option |", "| --- | --- | --- | --- | --- |");
  for (const r of interpretations)
    md.push(`| \`${r.id}\` | ${r.clauses.map((c) => `\`${c}\``).join(", ")} | ${esc(r.question)} | ${esc(r.reading)} | ${r.option ? `\`${r.option}\`` : ""} |`);
  writeFileSync(new URL("index.md", out), `${md.join("\n")}\n`);
  written.push("index.md");
  return written;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/handbook\//, "/handbook/"))) {
  const files = buildHandbook();
  console.log(`handbook: wrote ${files.length} pages to docs/handbook/`);
}
