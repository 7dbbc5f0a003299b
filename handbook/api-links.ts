/**
 * `npm run docs`, step 3: links the typedoc Markdown reference
 * (docs/handbook/api/) to the handbook. Each rule's page gets the clauses it
 * implements (links to their anchors on the section pages) and a link to its
 * Try it page; references to documents a reader cannot open are rewritten.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { selfContained } from "./text.js";

const root = fileURLToPath(new URL("../docs/handbook/", import.meta.url));
const apiDir = join(root, "api");
const site = JSON.parse(readFileSync(join(root, ".vitepress/generated/site.json"), "utf8")) as { implementedBy: Record<string, string[]> };
const clausePages = JSON.parse(readFileSync(join(root, ".vitepress/generated/clause-pages.json"), "utf8")) as Record<string, { href: string; title: string }>;
const tryRules = new Set(readdirSync(join(root, "try")).map((f) => f.replace(/\.md$/, "")));

const walk = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));

let linked = 0;
for (const file of walk(apiDir).filter((f) => f.endsWith(".md"))) {
  // No empty brackets in headings ("# Function: overtimeCharge()" reads "# Function: overtimeCharge").
  let text = selfContained(readFileSync(file, "utf8")).replace(/^(#+ .*?)\(\)[ \t]*$/gm, "$1");
  const fn = /\/functions\/(\w+)\.md$/.exec(file)?.[1];
  const clauses = fn ? (site.implementedBy[fn] ?? []) : [];
  if (fn && (clauses.length || tryRules.has(fn))) {
    const lines = ["", "## Clauses it implements", ""];
    for (const id of clauses) {
      const page = clausePages[id];
      if (page) lines.push(`- [\`${id}\`](${page.href}) ${page.title}`);
    }
    if (tryRules.has(fn)) lines.push("", `**[Try ${fn} in your browser](/try/${fn})**: a form generated from its input schema, running this library.`);
    // Right under the summary (before "## Parameters"), so a reader sees it first.
    const at = text.indexOf("\n## Parameters");
    text = at >= 0 ? `${text.slice(0, at)}\n${lines.join("\n")}\n${text.slice(at)}` : `${text}\n${lines.join("\n")}\n`;
    linked++;
  }
  // Module pages: "# index" is the package's main entry point.
  text = text.replace(/^# (index|terms|privacy|testing)[ \t]*$/m, (_m, name: string) => `# @relument/policy${name === "index" ? "" : `/${name}`}`);
  writeFileSync(file, text);
}
// The API landing page.
const index = join(apiDir, "index.md");
writeFileSync(
  index,
  `---\ntitle: API reference\n---\n\n# API reference\n\nEvery export of the package, by entry point. Each rule's page links to the clauses it implements and to its Try it form.\n\n${readFileSync(index, "utf8").replace(/^# .*\n/m, "").replace(/^- \[(index|terms|privacy|testing)\]/gm, (_m, name: string) => `- [@relument/policy${name === "index" ? "" : `/${name}`}]`)}`,
);
console.log(`api-links: linked ${linked} rule pages to their clauses`);
