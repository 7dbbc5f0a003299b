/**
 * Decisions as records: a self-describing, JSON-serialisable record of one
 * decision (input, output, library version, edition, and SHA-256 hashes of
 * the RFC 8785 canonical JSON of input and output), and its replay.
 *
 * Canonical JSON: `json-canonicalize` (RFC 8785). Hashing: `@noble/hashes`
 * (synchronous, portable: Node, Bun, Deno and browsers alike).
 */
import { canonicalize } from "json-canonicalize";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import * as z from "zod/mini";
import { parseInput } from "../core/schema.js";
import { PolicyInputError, isPolicyInputError } from "../core/errors.js";
import { LIBRARY } from "../version.js";
import { evaluate, isRuleName, ruleNames, type RuleName } from "./evaluate.js";

/** The format id of a decision record. */
export const DECISION_RECORD_FORMAT = "relument-policy/decision@1";

/** A decision as a record (API-CONTRACT § Decisions as records). */
export interface DecisionRecord {
  readonly format: typeof DECISION_RECORD_FORMAT;
  readonly rule: RuleName;
  /** The input, as JSON (a `Date` became its ISO string). */
  readonly input: unknown;
  /** The decision, as JSON. */
  readonly output: Record<string, unknown>;
  readonly library: { readonly name: string; readonly version: string };
  /** The edition the decision used (`relument-terms@base`, a Terms edition id or a privacy profile edition id), or null when none applies. */
  readonly edition: string | null;
  /** `"sha256:" + hex` of the RFC 8785 canonical JSON of `input`. */
  readonly inputHash: string;
  /** `"sha256:" + hex` of the RFC 8785 canonical JSON of `output`. */
  readonly outputHash: string;
}

/** `"sha256:" + hex` of the RFC 8785 canonical JSON of `value`. */
export function hashOf(value: unknown): string {
  return `sha256:${bytesToHex(sha256(utf8ToBytes(canonicalize(value))))}`;
}

/** The JSON form of a value (what a record stores and what a replay feeds back). */
function asJson(value: unknown, what: string): unknown {
  try {
    const text = JSON.stringify(value);
    if (text === undefined) throw new TypeError("not JSON");
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new PolicyInputError([{ path: [what], message: "expected JSON-serialisable data" }], "recordDecision", { cause: e });
  }
}

/**
 * Runs `rule` on `input` and returns the decision as a record that can be
 * stored and replayed later (`replayDecision`).
 *
 * @example
 * ```ts
 * const r = recordDecision("overtimeCharge", { mode: "onsite", minutes: 125 });
 * r.output.fee; //=> { amount: "90.00", cents: 9000, currency: "USD" }
 * r.inputHash.startsWith("sha256:"); //=> true
 * ```
 */
export function recordDecision(rule: RuleName | (string & {}), input: unknown): DecisionRecord {
  if (!isRuleName(rule)) evaluate(rule, input); // throws the unknown-rule error
  const json = asJson(input, "input");
  const output = asJson(evaluate(rule, json), "output") as Record<string, unknown>;
  return {
    format: DECISION_RECORD_FORMAT,
    rule: rule as RuleName,
    input: json,
    output,
    library: { name: LIBRARY.name, version: LIBRARY.version },
    edition: typeof output.edition === "string" ? output.edition : null,
    inputHash: hashOf(json),
    outputHash: hashOf(output),
  };
}

const recordSchema = z.looseObject({
  format: z.literal(DECISION_RECORD_FORMAT),
  rule: z.enum(ruleNames as unknown as [RuleName, ...RuleName[]]),
  input: z.unknown(),
  output: z.record(z.string(), z.unknown()),
  library: z.looseObject({ name: z.string(), version: z.string() }),
  edition: z.nullable(z.string()),
  inputHash: z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/, { message: 'expected "sha256:" and 64 hex digits' })),
  outputHash: z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/, { message: 'expected "sha256:" and 64 hex digits' })),
});

/** One difference between a recorded value and today's. */
export interface RecordDifference {
  /** Dotted path into the output (`"fee.cents"`, `"lines.1.amount.amount"`; `""` for the whole output). */
  readonly path: string;
  readonly recorded: unknown;
  readonly now: unknown;
}

/** Result of {@link replayDecision}. */
export interface ReplayResult {
  /** The record's input and output still match their own hashes. */
  readonly intact: boolean;
  /** Today's library gives the recorded output. */
  readonly same: boolean;
  /** Every path where today's output differs from the recorded one. */
  readonly differences: RecordDifference[];
  /** Which hash no longer matches (when not intact). */
  readonly tampered: ("input" | "output")[];
  /** The library version that recorded the decision, and today's. */
  readonly library: { readonly recorded: string; readonly now: string };
}

/** Every leaf path where `a` and `b` differ. */
export function differences(a: unknown, b: unknown, path = ""): RecordDifference[] {
  if (a === b) return [];
  const bothArrays = Array.isArray(a) && Array.isArray(b);
  const bothObjects = !bothArrays && typeof a === "object" && typeof b === "object" && a !== null && b !== null && !Array.isArray(a) && !Array.isArray(b);
  if (bothArrays) {
    const out: RecordDifference[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) out.push(...differences(a[i], b[i], path ? `${path}.${i}` : String(i)));
    return out;
  }
  if (bothObjects) {
    const out: RecordDifference[] = [];
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) out.push(...differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k));
    return out;
  }
  return [{ path, recorded: a === undefined ? null : a, now: b === undefined ? null : b }];
}

/**
 * Checks a decision record: is it intact (its input and output still match
 * their hashes), and does today's library give the same output (every
 * differing path listed)?
 *
 * @example
 * ```ts
 * replayDecision(recordDecision("overtimeCharge", { mode: "onsite", minutes: 125 })).same; //=> true
 * ```
 */
export function replayDecision(record: DecisionRecord): ReplayResult {
  const r = parseInput(recordSchema, record, "replayDecision") as unknown as DecisionRecord;
  const tampered: ("input" | "output")[] = [];
  if (hashOf(r.input) !== r.inputHash) tampered.push("input");
  if (hashOf(r.output) !== r.outputHash) tampered.push("output");
  let now: unknown;
  try {
    now = JSON.parse(JSON.stringify(evaluate(r.rule, r.input))) as unknown;
  } catch (e) {
    if (!isPolicyInputError(e)) throw e;
    now = { error: e.message };
  }
  const diffs = differences(r.output, now);
  return {
    intact: tampered.length === 0,
    same: diffs.length === 0,
    differences: diffs,
    tampered,
    library: { recorded: r.library.version, now: LIBRARY.version },
  };
}
