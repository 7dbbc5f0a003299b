/**
 * Prints a decision the way a person reads it: its fields, its priced lines,
 * the steps of its explanation and every clause it cites, quoted whole and
 * wrapped at word boundaries (never cut mid-word).
 */
import { clauseById } from "../src/index.js";

/** Width of the printed text (characters). */
const WIDTH = 100;

/** `text` wrapped at spaces to lines of at most `width` characters, each line after the first indented by `indent`. */
export function wrap(text: string, width: number, indent: string): string[] {
  const out: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length > width && line) {
      out.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) out.push(line);
  return out.map((l, i) => (i === 0 ? l : `${indent}${l}`));
}

/** Lines of `prefix` + `text`, wrapped to WIDTH with the continuation aligned under the text. */
function block(prefix: string, text: string): string[] {
  const pad = " ".repeat(prefix.length);
  const [first = "", ...rest] = wrap(text, WIDTH - prefix.length, "");
  return [`${prefix}${first}`, ...rest.map((l) => `${pad}${l}`)];
}

export function printDecision(title: string, decision: { citations: readonly string[]; explanation: readonly string[] }): void {
  const out: string[] = [];
  out.push("", `━━ ${title} ━━`);
  const { citations, explanation, ...fields } = decision as { citations: string[]; explanation: string[] } & Record<string, unknown>;
  for (const [key, value] of Object.entries(fields)) {
    if (key === "lines" && Array.isArray(value)) {
      out.push("  lines:");
      for (const l of value as { code: string; amount: { amount: string }; clause: string }[])
        out.push(`    ${l.code.padEnd(26)} $${l.amount.amount.padStart(9)}   [${l.clause}]`);
    } else out.push(...block(`  ${key}: `, show(value)));
  }
  out.push("  explanation:");
  explanation.forEach((step, i) => out.push(...block(`    ${String(i + 1).padStart(2)}. `, step)));
  out.push("  citations:");
  for (const id of citations) {
    const c = clauseById(id);
    if (!c) {
      out.push(`    ${id}`);
      continue;
    }
    out.push(`    ${id} — ${c.title} (§${c.section})`);
    // The clause's own words, whole: its paragraphs joined, wrapped at spaces.
    const text = c.text.replace(/\s*\n-?\n?/g, " ").trim();
    out.push(...block("      “", `${text}”`));
  }
  console.log(out.join("\n"));
}

function show(v: unknown): string {
  if (v && typeof v === "object" && "amount" in v && "currency" in v) return `$${(v as { amount: string }).amount}`;
  // Spaced JSON (newlines inside strings are escaped, so they survive), so long values wrap at spaces.
  return JSON.stringify(v, null, 1).replace(/\n\s*/g, " ");
}
