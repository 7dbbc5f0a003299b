/**
 * Builds the auditor's handbook (`npm run docs`, step 1 of 3): the VitePress
 * pages under docs/handbook/ (one per policy section, the register, the
 * profile comparison, the coverage matrix, the editions, the CLI, one "Try it"
 * page per rule) and the data the site's config reads
 * (docs/handbook/.vitepress/generated/). typedoc then writes the API reference
 * into docs/handbook/api/ (step 2), handbook/api-links.ts links it to the
 * clauses (step 3), and `vitepress build docs/handbook` renders the site into
 * docs/site/. Every worked example is run through the library here, so the
 * numbers in the handbook are the library's own.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import * as api from "../src/index.js";
import { clauses, interpretations, policyFiles, type Clause, type PolicyDocument } from "../src/index.js";
import { coverage, type CoverageRow } from "./coverage.js";
import { allExamples, type WorkedExample } from "./all-examples.js";
import { COMMAND_HELP, PROGRAM_HELP } from "../src/cli/help.js";
import { code, escapeMd, selfContained, slug } from "./text.js";
import { LIBRARY } from "../src/version.js";

const out = new URL("../docs/handbook/", import.meta.url);
const generated = new URL(".vitepress/generated/", out);

export const DOCUMENT_TITLES: Record<PolicyDocument, string> = {
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

/** The result's fields (but citations and explanation), as HTML-safe Markdown list items. */
function resultFields(result: Record<string, unknown>): string[] {
  return Object.entries(result)
    .filter(([k]) => k !== "citations" && k !== "explanation")
    .map(([k, v]) => `**${k}** ${code(show(v))}`);
}

function sectionKey(c: Clause): string {
  return `${c.document}#${c.section}`;
}

/** The HTML id of a clause's anchor: its id as is (ids are [a-z0-9.-]). */
export const clauseAnchor = (id: string): string => id;

/** Rules whose examples belong under one clause, whatever they cite first (e.g. the block length of §2.1). */
const HOME_OF_RULE: Record<string, string> = { overtimeCharge: "terms.5.overtime" };

/** The clause a worked example illustrates: the first clause it cites that its rule implements. */
function homeClause(ex: RanExample, rows: Map<string, CoverageRow>): string | undefined {
  const registered = ex.result.citations.filter((id) => api.clauseById(id));
  const preferred = HOME_OF_RULE[ex.fn];
  if (preferred && registered.includes(preferred)) return preferred;
  return registered.find((id) => rows.get(id)?.functions?.includes(ex.fn)) ?? registered[0];
}

/** The rules that have an input JSON Schema (and so a Try it page). */
export const tryRules = Object.keys(api.inputJsonSchemas()).sort();

const apiPage = (fn: string): string => `/api/index/functions/${fn}`;
const tryPage = (fn: string): string => `/try/${fn}`;

/** Query string of a Try it link that reproduces an input. */
export function tryQuery(input: Record<string, unknown>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(input)) q.set(k, typeof v === "string" ? v : JSON.stringify(v));
  return q.toString();
}

function frontmatter(title: string, extra: Record<string, string> = {}): string[] {
  return ["---", `title: ${JSON.stringify(title)}`, ...Object.entries(extra).map(([k, v]) => `${k}: ${JSON.stringify(v)}`), "---", ""];
}

interface SidebarItem {
  text: string;
  link?: string;
  collapsed?: boolean;
  items?: SidebarItem[];
}

/** Writes the handbook pages; returns the file names written. */
export function buildHandbook(): string[] {
  // Keep .vitepress (committed config and theme); everything else here is generated.
  mkdirSync(out, { recursive: true });
  for (const f of readdirSync(out)) if (f !== ".vitepress") rmSync(new URL(f, out), { recursive: true, force: true });
  rmSync(generated, { recursive: true, force: true });
  mkdirSync(generated, { recursive: true });
  mkdirSync(new URL("try/", out), { recursive: true });

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
    pageOf.set(key, slug(`${first.document}-${first.section}`));
  }
  /** Link to a clause's anchor on its section page. */
  const clauseHref = (id: string): string => {
    const c = api.clauseById(id);
    if (!c) throw new Error(`unknown clause ${id}`);
    return `/${pageOf.get(sectionKey(c))}#${clauseAnchor(id)}`;
  };
  const clauseLink = (id: string): string => (api.clauseById(id) ? `[${code(id)}](${clauseHref(id)})` : code(id));
  const fnLinks = (fns: readonly string[]): string =>
    fns.map((f) => `[${code(f)}](${apiPage(f)})${tryRules.includes(f) ? ` ([try it](${tryPage(f)}))` : ""}`).join(", ");
  const write = (file: string, lines: string[]): void => {
    writeFileSync(new URL(file, out), `${lines.join("\n")}\n`);
    written.push(file);
  };

  // Each worked example once, under the clause it illustrates.
  const examplesOf = new Map<string, RanExample[]>();
  for (const ex of ran) {
    const home = homeClause(ex, rows);
    if (!home) throw new Error(`worked example "${ex.title}" cites no registered clause`);
    examplesOf.set(home, [...(examplesOf.get(home) ?? []), ex]);
  }

  const renderExample = (e: RanExample): string[] => [
    `#### Example: ${escapeMd(e.title)}`,
    "",
    `Input to [${code(e.fn)}](${apiPage(e.fn)}):`,
    "",
    "```json",
    JSON.stringify(e.input).length <= 90 ? JSON.stringify(e.input) : JSON.stringify(e.input, null, 2),
    "```",
    "",
    `Result: ${resultFields(e.result).join(" · ")}`,
    "",
    "Explanation:",
    "",
    ...e.result.explanation.map((step, i) => `${i + 1}. ${escapeMd(step)}`),
    "",
    `Citations: ${e.result.citations.map(clauseLink).join(", ")} · [Try this case](${tryPage(e.fn)}?${tryQuery(e.input)})`,
    "",
  ];

  const sidebar: SidebarItem[] = [];
  const groupOf = new Map<PolicyDocument, SidebarItem>();
  const headings = new Map<string, Map<string, string>>();
  const pageTitles = new Map<string, string>();
  for (const [key, list] of sections) {
    const first = list[0] as Clause;
    const docTitle = DOCUMENT_TITLES[first.document];
    const isNumbered = /^\d/.test(first.section);
    if (!headings.has(first.document)) headings.set(first.document, sectionHeadings(first.document));
    const heading = headings.get(first.document)?.get(first.section);
    let name: string;
    if (isNumbered) name = heading ?? first.title;
    else if (/^END OF/i.test(first.section)) name = "Questions and concerns (closing paragraph)";
    else name = first.section;
    const label = isNumbered ? `§${first.section} ${name}` : name;
    const title = isNumbered ? `${docTitle} §${first.section} ${name}` : `${docTitle}: ${name}`;
    const file = pageOf.get(key) as string;
    pageTitles.set(key, title);

    let group = groupOf.get(first.document);
    if (!group) {
      group = { text: docTitle, collapsed: first.document !== "relument-terms", items: [] };
      groupOf.set(first.document, group);
      sidebar.push(group);
    }
    // The Terms' preamble is the group's own page, so the list starts with §1.
    if (first.section === "Preamble") group.link = `/${file}`;
    else group.items?.push({ text: label, link: `/${file}` });

    const md: string[] = [...frontmatter(title), `# ${escapeMd(title)}`, ""];
    md.push(`*${docTitle}, section ${isNumbered ? `§${first.section}` : `“${first.section}”`}: ${list.length} clause${list.length === 1 ? "" : "s"}, quoted verbatim.*`, "");
    for (const c of list) {
      const row = rows.get(c.id);
      md.push(`## ${escapeMd(c.title)} <code class="clause-id">${c.id}</code> {#${clauseAnchor(c.id)}}`, "");
      // A lone "-" is a bullet marker of the source text: show it as a paragraph break (else Markdown reads a heading).
      md.push(...c.text.split("\n").map((l) => (l.trim() === "-" ? ">" : `> ${escapeMd(l).replace(/^([#*+-])/, "\\$1")}`)), "");
      if (row?.status === "implemented") md.push(`**Implemented by:** ${fnLinks(row.functions ?? [])}`, "");
      else if (row) md.push(`**${row.status === "informational" ? "Informational" : "Not yet implemented"}:** ${escapeMd(row.note ?? "")}`, "");
      const readings = interpretations.filter((r) => r.clauses.includes(c.id));
      if (readings.length) {
        md.push("**Readings chosen** (interpretation register):", "");
        for (const r of readings)
          md.push(`- [${code(r.id)}](/register#${r.id}) *${escapeMd(selfContained(r.question))}* ${escapeMd(selfContained(r.reading))}${r.option ? ` Option: ${code(r.option)}.` : ""}`);
        md.push("");
      }
      const examples = examplesOf.get(c.id) ?? [];
      if (examples.length) {
        md.push(`### Worked examples of ${c.id}`, "", "*Computed by the library when this handbook was built.*", "");
        for (const e of examples) md.push(...renderExample(e));
      }
    }
    write(`${file}.md`, md);
  }

  // Register, with one anchor per entry.
  {
    const md = [...frontmatter("Interpretation register"), "# Interpretation register", ""];
    md.push(
      "Every reading the policy texts leave open, and the reading the library applies. Where two readings are plausible, the option (an input field) that selects the other is named. Each entry lists the clauses it reads.",
      "",
    );
    for (const r of interpretations) {
      md.push(`### ${r.id} {#${r.id}}`, "");
      md.push(`**Question:** ${escapeMd(selfContained(r.question))}`, "");
      md.push(`**Reading:** ${escapeMd(selfContained(r.reading))}`, "");
      if (r.option) md.push(`**Option:** ${code(r.option)}`, "");
      md.push(`**Clauses:** ${r.clauses.map(clauseLink).join(", ")}`, "");
    }
    write("register.md", md);
  }

  // Privacy profiles compared: the committed table, with clause ids linked.
  {
    const text = readFileSync(new URL("../docs/privacy-profiles.md", import.meta.url), "utf8")
      .replace(/<!--[\s\S]*?-->\n*/g, "")
      .replace(/^# .*\n/, "");
    const body = selfContained(text).replace(/`([a-z]+\.[a-z0-9.-]+)`/g, (m, id: string) => (api.clauseById(id) ? `[${code(id)}](${clauseHref(id)})` : m));
    write("privacy-profiles.md", [...frontmatter("Privacy profiles compared"), "# Privacy profiles compared", "", body]);
  }

  // Mutation testing report (committed Markdown), rendered.
  {
    const text = readFileSync(new URL("../docs/mutation-testing.md", import.meta.url), "utf8");
    const title = /^# (.*)$/m.exec(text)?.[1] ?? "Mutation testing";
    write("mutation-testing.md", [...frontmatter(title), selfContained(text)]);
  }

  // Coverage matrix, with totals and a legend.
  {
    const md = [...frontmatter("Coverage matrix"), "# Coverage matrix", ""];
    md.push(
      "Every clause of the five documents, and whether the library computes it.",
      "",
      "**Legend.** **implemented**: at least one rule computes what the clause says and cites it (the rules are named). **informational**: the clause promises or describes something there is nothing to compute for (the reason is given). **not yet**: a computable clause no rule covers yet.",
      "",
      "## Totals",
      "",
      "| Document | Clauses | Implemented | Informational | Not yet |",
      "| --- | --- | --- | --- | --- |",
    );
    const docs = Object.keys(DOCUMENT_TITLES) as PolicyDocument[];
    const count = (doc: PolicyDocument | undefined, status?: string) =>
      clauses.filter((c) => (!doc || c.document === doc) && (!status || (rows.get(c.id)?.status ?? "not-yet") === status)).length;
    for (const d of [...docs, undefined])
      md.push(`| ${d ? DOCUMENT_TITLES[d] : "**All documents**"} | ${count(d)} | ${count(d, "implemented")} | ${count(d, "informational")} | ${count(d, "not-yet")} |`);
    for (const d of docs) {
      md.push("", `## ${DOCUMENT_TITLES[d]}`, "", "| Clause | Section | Status | Rules / note |", "| --- | --- | --- | --- |");
      for (const c of clauses.filter((x) => x.document === d)) {
        const row = rows.get(c.id);
        const status = row?.status ?? "not-yet";
        const detail = row?.status === "implemented" ? fnLinks(row.functions ?? []) : escapeMd(row?.note ?? "");
        md.push(`| ${clauseLink(c.id)} | ${escapeMd(c.section)} | ${status} | ${detail} |`);
      }
    }
    write("coverage.md", md);
  }

  // Editions of the Terms (T17): the base edition's numbers, and what a what-if edition changes.
  {
    const e: string[] = [...frontmatter("Editions of the Terms"), "# Editions of the Terms", ""];
    e.push(
      "The Terms change over time: an **edition** is the whole set of the Terms' numbers (and any changed clause texts) in force from its `effectiveOn`, announced on its `announcedOn`. The Terms as shipped are the base edition, `" +
        api.baseEdition.id +
        "`. Which edition binds a charge is decided by [`editionFor`](/api/index/functions/editionFor): a single service takes the edition in force at booking; a member is bound from the first billing date on or after `effectiveOn` that is at least 30 days after `announcedOn` (the signup binds the edition in force that day). Every Terms rule takes `edition` and says which one it used.",
      "",
      `## The base edition (${api.baseEdition.id})`,
      "",
      "| Key | Clause | Value |",
      "| --- | --- | --- |",
    );
    for (const key of api.TARIFF_KEYS) {
      const v = api.baseEdition.tariff[key];
      e.push(`| ${code(key)} | ${clauseLink(api.BASE_TARIFF[key].clause)} | ${escapeMd(Array.isArray(v) ? v.join(", ") : typeof v === "string" ? `$${v}` : String(v))} |`);
    }
    const whatIf = api.defineEdition({
      id: "what-if@onsite-50",
      announcedOn: "2027-01-04",
      effectiveOn: "2027-02-05",
      changes: { onsiteOvertimeRate: "50.00", noShowFee: "60.00" },
      hypothetical: true,
    });
    const diff = api.compareEditions(api.baseEdition, whatIf);
    e.push(
      "",
      "## Differences between editions",
      "",
      "[`compareEditions`](/api/index/functions/compareEditions)`(baseEdition, whatIf)` for a hypothetical edition raising the on-site overtime rate to $50.00 and the no-show fee to $60.00:",
      "",
      "| Key | Clause | From | To |",
      "| --- | --- | --- | --- |",
    );
    for (const c of diff.changes) e.push(`| ${code(c.key)} | ${clauseLink(c.clause)} | ${escapeMd(String(c.from))} | ${escapeMd(String(c.to))} |`);
    const before = api.overtimeCharge({ mode: "onsite", minutes: 125 });
    const after = api.overtimeCharge({ mode: "onsite", minutes: 125, edition: whatIf });
    e.push(
      "",
      `Under it, a 125-minute on-site visit's overtime is $${after.fee.amount} instead of $${before.fee.amount}, and the result says \`edition: "${after.edition}"\`, \`hypothetical: ${String(after.hypothetical)}\`:`,
      "",
      ...after.explanation.map((step, i) => `${i + 1}. ${escapeMd(step)}`),
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
      e.push(`| ${who} | on ${input.on}${input.bookedOn ? `, booked ${input.bookedOn}` : ""} | ${code(r.edition.id)} | ${r.bindsFrom ?? "—"} |`);
    }
    e.push("", `(${code(real.id)} raises the no-show fee to $60.00; announced 2027-01-04, effective 2027-02-05.)`);
    write("editions.md", e);
  }

  // The command line (issue 14): the CLI reference, from the CLI's own help texts.
  {
    const c: string[] = [...frontmatter("Command line: relument-policy"), "# Command line: relument-policy", ""];
    c.push(
      "Auditors re-check a month of invoices with the package's command line; billing services on other stacks call it instead of writing TypeScript. Every decision it prints is the library's own, with its citations and explanation. Exit codes of `audit`: 0 when every case agrees, 1 when any disagrees or is invalid, 2 on a usage error or an unreadable file.",
      "",
      "```text",
      PROGRAM_HELP.trimEnd(),
      "```",
      "",
    );
    for (const [name, help] of Object.entries(COMMAND_HELP)) c.push(`## ${name}`, "", "```text", help.trimEnd(), "```", "");
    write("cli.md", c);
  }

  // Try it: one page per rule.
  const implementedBy = new Map<string, string[]>();
  for (const r of coverage) for (const f of r.functions ?? []) implementedBy.set(f, [...(implementedBy.get(f) ?? []), r.clause]);
  for (const fn of tryRules) {
    const cited = implementedBy.get(fn) ?? [];
    const md = [...frontmatter(`Try it: ${fn}`), `# Try it: ${fn}`, ""];
    md.push(
      `Runs the library's own [${code(fn)}](${apiPage(fn)}) in your browser on the input below (a form generated from the rule's input JSON Schema). The inputs are kept in this page's address: copy it to share the case.`,
      "",
    );
    if (cited.length) md.push(`**Clauses it implements:** ${cited.map(clauseLink).join(", ")}`, "");
    md.push(`<TryIt rule="${fn}" />`, "");
    write(`try/${fn}.md`, md);
  }
  {
    const md = [...frontmatter("Try it"), "# Try it", "", "Run any rule of the library in your browser, on your own input:", ""];
    for (const fn of tryRules) md.push(`- [${code(fn)}](${tryPage(fn)})`);
    write("try/index.md", md);
  }

  // Home page.
  {
    const md = [...frontmatter("Policy handbook"), "# Policy handbook", ""];
    md.push(
      `This handbook describes **@relument/policy ${LIBRARY.version}** and the **Relument Terms edition ${code(api.baseEdition.id)}**. For each clause of the Relument Terms & Conditions and of the four privacy policies: the clause's text verbatim, the rules that implement it (linked to their API reference and to a **Try it** form running the library in your browser), the reading chosen where the text is open, and worked examples computed by the library itself, with their explanation and citations.`,
      "",
      "## The documents",
      "",
    );
    for (const g of sidebar) md.push(`- [${g.text}](${g.link ?? g.items?.[0]?.link}) (${(g.items?.length ?? 0) + (g.link ? 1 : 0)} sections)`);
    md.push(
      "",
      "## Reference",
      "",
      "- [Interpretation register](/register): every reading the texts leave open, with its id (e.g. `T10.rounding`).",
      "- [Privacy profiles compared](/privacy-profiles): the four privacy policies side by side.",
      "- [Coverage matrix](/coverage): every clause, and the rules that implement it, with totals.",
      "- [Editions of the Terms](/editions): which edition binds whom, and what differs between editions.",
      "- [Command line](/cli): auditing invoices in bulk.",
      "- [Try it](/try/): run any rule on your own input.",
      "- [Mutation testing](/mutation-testing): how strong the tests are.",
      "- [API reference](/api/): every exported function and type.",
    );
    write("index.md", md);
  }

  // Data for the VitePress config and the Try it component.
  sidebar.push({
    text: "Reference",
    items: [
      { text: "Interpretation register", link: "/register" },
      { text: "Privacy profiles compared", link: "/privacy-profiles" },
      { text: "Coverage matrix", link: "/coverage" },
      { text: "Editions of the Terms", link: "/editions" },
      { text: "Command line", link: "/cli" },
      { text: "Mutation testing", link: "/mutation-testing" },
    ],
  });
  sidebar.push({ text: "Try it", collapsed: true, link: "/try/", items: tryRules.map((fn) => ({ text: fn, link: tryPage(fn) })) });
  const clausePages = Object.fromEntries(clauses.map((c) => [c.id, { href: clauseHref(c.id), title: c.title }]));
  writeFileSync(new URL("sidebar.json", generated), `${JSON.stringify(sidebar, null, 1)}\n`);
  writeFileSync(new URL("clause-pages.json", generated), `${JSON.stringify(clausePages)}\n`);
  writeFileSync(
    new URL("site.json", generated),
    `${JSON.stringify({ version: LIBRARY.version, edition: api.baseEdition.id, implementedBy: Object.fromEntries(implementedBy) }, null, 1)}\n`,
  );
  void pageTitles;
  return written;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/handbook\//, "/handbook/"))) {
  const files = buildHandbook();
  console.log(`handbook: wrote ${files.length} pages to docs/handbook/`);
}
