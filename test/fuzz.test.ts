import { describe, expect } from "vitest";
import { test, fc } from "@fast-check/vitest";
import { PolicyInputError, clauses } from "../src/index.js";
import { assertPlainJson, publicRules } from "./public-functions.js";

const clauseIds = new Set(clauses.map((c) => c.id));

/** A rule either returns a valid decision or throws PolicyInputError: nothing else. */
function decisionOrInputError(fn: (input: never) => unknown, input: unknown): void {
  let result: unknown;
  try {
    result = fn(input as never);
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyInputError);
    const err = e as PolicyInputError;
    expect(err.name).toBe("PolicyInputError");
    expect(err.code).toBe("POLICY_INPUT");
    expect(err.issues.length).toBeGreaterThan(0);
    for (const i of err.issues) {
      expect(Array.isArray(i.path)).toBe(true);
      expect(typeof i.message).toBe("string");
    }
    return;
  }
  assertPlainJson(result);
  const d = result as { citations: string[]; explanation: string[] };
  expect(d.citations.length).toBeGreaterThan(0);
  expect(d.explanation.length).toBeGreaterThan(0);
  for (const id of d.citations) expect(clauseIds.has(id), id).toBe(true);
}

describe.each(publicRules)("$name given junk", ({ fn, valid }) => {
  test.prop([fc.anything({ withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true })], { numRuns: 200 })(
    "arbitrary values: a decision or PolicyInputError",
    (junk) => decisionOrInputError(fn, junk),
  );

  test.prop([valid, fc.anything(), fc.nat()], { numRuns: 200 })("a valid input with one field replaced by junk", (valid: object, junk, k) => {
    const input = valid as Record<string, unknown>;
    const keys = Object.keys(input);
    fc.pre(keys.length > 0);
    const key = keys[k % keys.length] as string;
    decisionOrInputError(fn, { ...input, [key]: junk });
  });

  test.prop([valid, fc.string({ minLength: 1, maxLength: 12 }), fc.anything()], { numRuns: 100 })("an unknown key is an input error", (valid: object, key, v) => {
    const input = valid as Record<string, unknown>;
    fc.pre(!(key in input) && !["__proto__", "constructor", "toString", "valueOf", "hasOwnProperty"].includes(key));
    expect(() => fn({ ...input, [key]: v } as never)).toThrow(PolicyInputError);
  });

  test.prop([valid], { numRuns: 200 })("valid input (the testing kit's arbitrary) gives a valid decision, never an error", (input) => {
    const result = fn(input as never);
    decisionOrInputError(() => result, undefined);
  });

  test.prop([valid], { numRuns: 100 })("the input is never mutated", (input) => {
    const snapshot = structuredClone(input);
    try {
      fn(input as never);
    } catch {
      // an input error is fine here; only mutation matters
    }
    expect(input).toEqual(snapshot);
  });
});
