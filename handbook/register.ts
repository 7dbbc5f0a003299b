/**
 * Renders the interpretation register as Markdown: docs/interpretation-register.md
 * is generated from `interpretations` (`npm run docs:register`), and a test fails
 * when the committed file differs, so it cannot drift from the data.
 */
import { writeFileSync } from "node:fs";
import { clauseById, interpretations } from "../src/index.js";
import { mdCell } from "./markdown.js";
import { selfContained } from "./text.js";

/** The register as a Markdown document. */
export function renderRegister(): string {
  const esc = mdCell;
  const md = [
    "# Interpretation register",
    "",
    "Every reading the policy texts leave open, and the reading the library applies.",
    "Where two readings are plausible, the option that selects the other is named. Generated from",
    "`src/core/interpretations/` by `npm run docs:register`; do not edit by hand.",
    "",
  ];
  const groups: [string, (id: string) => boolean][] = [
    ["Terms: per service (T1–T3, T5–T10, T14)", (id) => /^(T(1|2|3|5|6|7|8|9|10|14)\.|core\.)/.test(id)],
    ["Terms: memberships over time (T4, T11–T13, T15)", (id) => /^T(4|11|12|13|15)\./.test(id)],
    ["Terms over time: editions (T17)", (id) => /^T17\./.test(id)],
    ["Terms: every computable clause (T18–T22)", (id) => /^T(18|19|20|21|22)\./.test(id)],
    ["Privacy (P1–P9)", (id) => /^P/.test(id)],
  ];
  for (const [title, match] of groups) {
    const rows = interpretations.filter((r) => match(r.id));
    if (!rows.length) continue;
    md.push(`## ${title}`, "", "| Id | Clauses | Question | Reading | Option |", "| --- | --- | --- | --- | --- |");
    for (const r of rows) {
      const cited = r.clauses.map((id) => `\`${id}\`${clauseById(id) ? ` (${clauseById(id)?.title})` : ""}`).join(", ");
      md.push(`| \`${r.id}\` | ${esc(cited)} | ${esc(selfContained(r.question))} | ${esc(selfContained(r.reading))} | ${r.option ? `\`${r.option}\`` : ""} |`);
    }
    md.push("");
  }
  const rest = interpretations.filter((r) => !groups.some(([, match]) => match(r.id)));
  if (rest.length) throw new Error(`register entries in no group: ${rest.map((r) => r.id).join(", ")}`);
  md.push("The same register, with links to each clause, is a page of the handbook (`npm run docs`).", "");
  return `${md.join("\n")}`;
}

if (process.argv[1]?.endsWith("register.ts")) {
  writeFileSync(new URL("../docs/interpretation-register.md", import.meta.url), renderRegister());
  console.log(`wrote docs/interpretation-register.md (${interpretations.length} readings)`);
}
