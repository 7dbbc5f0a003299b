/**
 * Issue 17: clean wording in every sentence a host or an auditor reads.
 *
 * Scans every explanation (and every string of every decision) of the
 * handbook's worked examples (the golden set), and the messages of the input
 * errors those rules raise when each field of an example's input is replaced
 * by a wrong value, for:
 *
 * - "(s)" plurals ("1 line(s)"): write "1 line", "2 lines" (`plural` in src/core/plural.ts);
 * - a wrong indefinite article before a vowel ("a object", "a Int8Array");
 * - a doubled possessive ("Relument Solutions's");
 * - a count of 1 with a plural noun ("1 visits").
 *
 * Text the policies themselves say (clause texts quoted in an explanation,
 * such as "our payment processor(s)") and text echoed from the input are not
 * the library's wording and are exempt.
 */
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";
import { clauses } from "../src/index.js";
import { allExamples } from "../handbook/all-examples.js";
import { agree, plural, possessive, withArticle } from "../src/core/plural.js";
import fc from "fast-check";
import * as testing from "../src/testing/index.js";

const rules = api as unknown as Record<string, (input: unknown) => unknown>;

/** Words the library itself says after a count (a count of 1 must not take their plural). */
const COUNTED =
  "visits|lines|months|payments|services|devices|endpoints|events|no-shows|changes|requests|days|business days|items|characters|editions|minutes|hours|years|periods|issues|grants|keys";

interface Finding {
  readonly rule: string;
  readonly where: string;
  readonly text: string;
}

/** The wording faults of one sentence (empty when it reads cleanly). */
export function wordingFaults(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[A-Za-z][\w/-]*\(s\)/g)) out.push(`"(s)" plural: ${m[0]}`);
  // "a" before a vowel sound: a, e, i, o (u is often read "you": "a user", "a union"); "one"/"once" read "won".
  for (const m of text.matchAll(/(?<![\w.'’-])[Aa] (?!one\b|once\b)([AEIOaeio][\w-]*)/g)) {
    const word = m[1]!;
    if (/^[A-Z0-9]{2,}$/.test(word)) continue; // acronyms are read letter by letter
    out.push(`article: ${m[0]}`);
  }
  for (const m of text.matchAll(/(?<![\w.'’-])[Aa]n ([bcdfgjklmnpqrstvwxyzBCDFGJKLMNPQRSTVWXYZ][a-z][\w-]*)/g)) {
    if (/^h/i.test(m[1]!)) continue; // "an hour", "an honest"
    out.push(`article: ${m[0]}`);
  }
  for (const m of text.matchAll(/\b\w+s's\b/g)) out.push(`doubled possessive: ${m[0]}`);
  // A sentence's full stop inside parentheses and again after them: "(… period.)."
  for (const m of text.matchAll(/\w{2,}\.\)\./g)) out.push(`doubled full stop: ${m[0]}`);
  for (const m of text.matchAll(new RegExp(`(?<![\\d.,$-])\\b1 (${COUNTED})\\b`, "g"))) out.push(`plural after 1: ${m[0]}`);
  return out;
}

/** Every string inside a value, with its path. */
function strings(v: unknown, path: string, out: { where: string; text: string }[]): void {
  if (typeof v === "string") out.push({ where: path, text: v });
  else if (Array.isArray(v)) v.forEach((x, i) => strings(x, `${path}[${i}]`, out));
  else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) strings(x, path ? `${path}.${k}` : k, out);
}

/** Faults not found verbatim in a policy text or the input (quoted, not worded by the library). */
function libraryFaults(text: string, exempt: string): string[] {
  return wordingFaults(text).filter((f) => {
    const snippet = f.slice(f.indexOf(": ") + 2);
    return !exempt.includes(snippet);
  });
}

const policyText = clauses.map((c) => `${c.title}\n${c.text}`).join("\n");

/** Wrong values put in place of each field of an example's input, to reach the error messages. */
const WRONG: readonly unknown[] = [
  {},
  [],
  [1, "x"],
  "",
  "x".repeat(50),
  -1,
  1.5,
  Number.NaN,
  null,
  true,
  new Date(Number.NaN),
  new Int8Array(2),
  new Uint8Array(2),
  new Map(),
  new ArrayBuffer(2),
  new Error("x"),
  Object.create({ inherited: 1 }),
];

/** Copies of `input` with the field at each path (to depth 3) replaced by each wrong value. */
function* mutants(input: unknown): Generator<unknown> {
  yield undefined;
  yield {};
  for (const w of WRONG) yield w;
  function* at(v: unknown, depth: number): Generator<(w: unknown) => unknown> {
    if (depth > 3 || !v || typeof v !== "object") return;
    const entries = Array.isArray(v) ? v.slice(0, 2).map((x, i) => [i, x] as const) : Object.entries(v);
    for (const [k, child] of entries) {
      const set = (w: unknown): unknown => (Array.isArray(v) ? v.map((x, i) => (i === k ? w : x)) : { ...(v as object), [k]: w });
      yield set;
      for (const inner of at(child, depth + 1)) yield (w: unknown) => set(inner(w));
    }
  }
  for (const set of at(input, 0)) for (const w of WRONG) yield set(w);
  if (input && typeof input === "object" && !Array.isArray(input)) yield { ...input, unknownKey: 1 };
}

describe("wording helpers (src/core/plural.ts)", () => {
  it("counts, articles and possessives", () => {
    expect([plural(0, "visit"), plural(1, "visit"), plural(2, "visit"), plural(1, "no-show"), plural(3, "entry", "entries")]).toEqual([
      "0 visits",
      "1 visit",
      "2 visits",
      "1 no-show",
      "3 entries",
    ]);
    expect([agree(1, "is", "are"), agree(0, "is", "are"), agree("1", "falls", "fall")]).toEqual(["is", "are", "falls"]);
    expect(["object", "array", "integer", "Int8Array", "Error", "Map", "Uint8Array", "URL", "update"].map(withArticle)).toEqual([
      "an object",
      "an array",
      "an integer",
      "an Int8Array",
      "an Error",
      "a Map",
      "a Uint8Array",
      "a URL",
      "an update",
    ]);
    expect([possessive("Relument Solutions"), possessive("Relaso")]).toEqual(["Relument Solutions'", "Relaso's"]);
  });
});

describe("the wording check can fail", () => {
  it.each([
    ["Total = sum of 1 line(s) = $99.00.", '"(s)" plural'],
    ["expected a number, received a object", "article"],
    ["received a Int8Array", "article"],
    ["an Map was given", "article"],
    ["Profile (Relument Solutions's privacy policy).", "doubled possessive"],
    ["2025-02-01: 1 visits: 1 from the current period.", "plural after 1"],
    ["84 months after closure (library default: Tax and audit: 7 years.).", "doubled full stop"],
  ])("%s", (text, kind) => {
    expect(wordingFaults(text).join("; ")).toContain(kind);
  });

  it.each([
    "a user, a union, a one-time service, an hour, an SLA, an RMM install, a URL",
    "2 lines; 1 line; 1 of 3 devices is a covered endpoint; $1 visits nothing",
    "Relument Solutions' privacy policy; Relaso's privacy policy",
    "section 1.A Information we collect; a. item",
    "payment details (e.g.). Then (see §5.)",
  ])("no false positive: %s", (text) => {
    expect(wordingFaults(text)).toEqual([]);
  });

  it("quoted policy text is exempt, the library's own wording is not", () => {
    expect(policyText).toContain("processor(s)");
    expect(libraryFaults("handled by our payment processor(s)", policyText)).toEqual([]);
    expect(libraryFaults("Total = sum of 2 line(s)", policyText)).toHaveLength(1);
  });
});

describe("every decision of the golden set reads cleanly", () => {
  it("has examples to scan", () => expect(allExamples.length).toBeGreaterThanOrEqual(80));

  it("explanations and every other string of every decision", () => {
    const found: Finding[] = [];
    let scanned = 0;
    for (const ex of allExamples) {
      const decision = rules[ex.fn]!(ex.input);
      const texts: { where: string; text: string }[] = [];
      strings(decision, "", texts);
      const exempt = `${policyText}\n${JSON.stringify(ex.input)}`;
      for (const { where, text } of texts) {
        scanned++;
        for (const f of libraryFaults(text, exempt)) found.push({ rule: `${ex.fn} (${ex.title})`, where, text: f });
      }
    }
    expect(scanned).toBeGreaterThan(1000);
    expect(found).toEqual([]);
  });

  it("the input errors of every rule, with each field of its examples replaced by a wrong value", () => {
    const found: Finding[] = [];
    const seen = new Set<string>();
    const byRule = new Map<string, unknown[]>();
    for (const ex of allExamples) byRule.set(ex.fn, [...(byRule.get(ex.fn) ?? []), ex.input]);
    for (const [fn, inputs] of byRule) {
      for (const input of inputs.slice(0, 3)) {
        for (const bad of mutants(input)) {
          let message: string;
          try {
            rules[fn]!(bad);
            continue;
          } catch (e) {
            if (!api.PolicyInputError.is(e)) throw e;
            message = e.message;
          }
          if (seen.has(message)) continue;
          seen.add(message);
          const exempt = `${policyText}\n${JSON.stringify(bad) ?? ""}`;
          for (const f of libraryFaults(message, exempt)) found.push({ rule: fn, where: "message", text: `${f} in ${message.slice(0, 200)}` });
        }
      }
    }
    expect(seen.size).toBeGreaterThan(300);
    expect(found).toEqual([]);
  });

  it("decisions of generated valid inputs (the testing kit's arbitraries, fixed seed)", () => {
    const found: Finding[] = [];
    const ruleNames = Object.keys(api.inputSchemas);
    let decided = 0;
    for (const [name, arb] of Object.entries(testing)) {
      const m = /^(\w+)InputArbitrary$/.exec(name);
      if (!m || name === "moneyInputArbitrary") continue;
      const prefix = m[1]!;
      const cap = prefix[0]!.toUpperCase() + prefix.slice(1);
      const rule = ruleNames.find((r) => r.startsWith(prefix)) ?? ruleNames.find((r) => r.includes(cap));
      expect(rule, name).toBeDefined();
      for (const input of fc.sample((arb as () => fc.Arbitrary<unknown>)(), { seed: 20261202, numRuns: 40 })) {
        let decision: unknown;
        try {
          decision = rules[rule!]!(input);
        } catch (e) {
          if (!api.PolicyInputError.is(e)) throw e;
          decision = e.message;
        }
        decided++;
        const texts: { where: string; text: string }[] = [];
        strings(decision, "", texts);
        const exempt = `${policyText}\n${JSON.stringify(input)}`;
        for (const { where, text } of texts) for (const f of libraryFaults(text, exempt)) found.push({ rule: rule!, where, text: f });
      }
    }
    expect(decided).toBeGreaterThan(500);
    expect(found).toEqual([]);
  });
});
