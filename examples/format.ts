/** Prints a decision the way a person reads it: fields, lines, citations, explanation. */
import { clauseById } from "../src/index.js";

export function printDecision(title: string, decision: { citations: string[]; explanation: string[] }): void {
  const out: string[] = [];
  out.push("", `━━ ${title} ━━`);
  const { citations, explanation, ...fields } = decision as { citations: string[]; explanation: string[] } & Record<string, unknown>;
  for (const [key, value] of Object.entries(fields)) {
    if (key === "lines" && Array.isArray(value)) {
      out.push("  lines:");
      for (const l of value as { code: string; amount: { amount: string }; clause: string }[])
        out.push(`    ${l.code.padEnd(26)} $${l.amount.amount.padStart(9)}   [${l.clause}]`);
    } else out.push(`  ${key}: ${show(value)}`);
  }
  out.push("  explanation:");
  explanation.forEach((step, i) => out.push(`    ${i + 1}. ${step}`));
  out.push("  citations:");
  for (const id of citations) {
    const c = clauseById(id);
    out.push(`    ${id}${c ? ` — ${c.title} (§${c.section}): “${c.text.replace(/\s*\n-?\n?/g, " ").slice(0, 110)}${c.text.length > 110 ? "…" : ""}”` : ""}`);
  }
  console.log(out.join("\n"));
}

function show(v: unknown): string {
  if (v && typeof v === "object" && "amount" in v && "currency" in v) return `$${(v as { amount: string }).amount}`;
  return JSON.stringify(v);
}
