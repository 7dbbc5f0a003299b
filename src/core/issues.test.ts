import { describe, expect, it } from "vitest";
import { overtimeCharge } from "../terms/overtime.js";
import * as z from "zod/mini";
import { PolicyInputError } from "./errors.js";
import { toPolicyIssues, type RawIssue } from "./issues.js";

/** The library's issues for `input` against an ad-hoc zod/mini schema, through zod's real issue objects. */
function zodIssues(schema: z.ZodMiniType, input: unknown) {
  const r = z.safeParse(schema, input, { reportInput: true });
  expect(r.success).toBe(false);
  return toPolicyIssues((r.error?.issues ?? []) as readonly RawIssue[]);
}

function issuesOf(input: unknown) {
  try {
    overtimeCharge(input as never);
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyInputError);
    return (e as PolicyInputError).issues;
  }
  throw new Error("expected a PolicyInputError");
}

describe("PolicyInputError issues", () => {
  it("an unknown key is named in the path and the message (a typo must not change a bill silently)", () => {
    expect(issuesOf({ mode: "remote", minutes: 61, minute: 61 })).toEqual([{ path: ["minute"], message: expect.stringContaining('unknown key "minute"') }]);
  });

  it("missing, wrong-type, NaN, out-of-range and unknown-enum fields each get a readable message with their path", () => {
    expect(issuesOf({ mode: "remote" })).toEqual([{ path: ["minutes"], message: "required: expected a number" }]);
    expect(issuesOf({ mode: "remote", minutes: "61" })).toEqual([{ path: ["minutes"], message: 'expected a number, received "61"' }]);
    expect(issuesOf({ mode: "remote", minutes: Number.NaN })).toEqual([{ path: ["minutes"], message: "expected a number, received NaN" }]);
    expect(issuesOf({ mode: "remote", minutes: -1 })).toEqual([{ path: ["minutes"], message: "expected at least 0, received -1" }]);
    expect(issuesOf({ mode: "phone", minutes: 1 })).toEqual([{ path: ["mode"], message: 'expected one of "remote", "onsite", received "phone"' }]);
    expect(issuesOf(null)).toEqual([{ path: [], message: "expected an object, received null" }]);
    expect(issuesOf({ mode: "remote", minutes: 61, graceMinutes: 1.5 })).toEqual([{ path: ["graceMinutes"], message: "expected a whole number, received 1.5" }]);
  });

  it("the error carries a stable name, code and a message listing every issue", () => {
    let err: unknown;
    try {
      overtimeCharge({ mode: "phone", minutes: -1 } as never);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PolicyInputError);
    expect(err).toMatchObject({ name: "PolicyInputError", code: "POLICY_INPUT" });
    expect((err as Error).message).toBe('Invalid input to overtimeCharge: mode: expected one of "remote", "onsite", received "phone"; minutes: expected at least 0, received -1');
  });

  it("without a rule name or issues the message still reads, and a root issue is labelled (root)", () => {
    expect(new PolicyInputError([]).message).toBe("Invalid policy input");
    expect(new PolicyInputError([], "liabilityCap").message).toBe("Invalid input to liabilityCap");
    expect(new PolicyInputError([{ path: [], message: "expected object, received null" }]).message).toBe(
      "Invalid policy input: (root): expected object, received null",
    );
    expect(new PolicyInputError([{ path: ["payments", 2, "amount"], message: "required" }]).message).toBe(
      "Invalid policy input: payments.2.amount: required",
    );
  });

  it("bounds on lists, text and exclusive numbers, unions, a Date and an array each read plainly", () => {
    expect(zodIssues(z.array(z.number()).check(z.maxLength(2)), [1, 2, 3])).toEqual([{ path: [], message: "expected at most 2 items (received 3 items)" }]);
    expect(zodIssues(z.string().check(z.minLength(3)), "ab")).toEqual([{ path: [], message: "expected at least 3 characters (received 2 characters)" }]);
    expect(zodIssues(z.number().check(z.gt(0)), 0)).toEqual([{ path: [], message: "expected at least 0 (exclusive), received 0" }]);
    expect(zodIssues(z.number().check(z.lt(5)), 5)).toEqual([{ path: [], message: "expected at most 5 (exclusive), received 5" }]);
    expect(zodIssues(z.union([z.string(), z.number()]), true)).toEqual([{ path: [], message: "expected a string or a number, received true" }]);
    expect(zodIssues(z.union([z.string(), z.number()], { error: "a ZIP code or a number" }), true)).toEqual([
      { path: [], message: "a ZIP code or a number" },
    ]);
    expect(zodIssues(z.strictObject({ a: z.number() }), { a: new Date(0) })).toEqual([{ path: ["a"], message: "expected a number, received a Date" }]);
    expect(zodIssues(z.strictObject({ a: z.number() }), { a: [1] })).toEqual([{ path: ["a"], message: "expected a number, received an array of 1 item" }]);
    expect(zodIssues(z.string().check(z.refine((s) => s.startsWith("9"), "must start with 9")), "1")).toEqual([{ path: [], message: "must start with 9" }]);
  });

  it("issue fields zod may omit fall back to empty lists, and a symbol key prints", () => {
    expect(toPolicyIssues([{ code: "unrecognized_keys", path: [], message: "" }])).toEqual([]);
    expect(toPolicyIssues([{ code: "invalid_value", path: ["mode"], message: "" }])).toEqual([{ path: ["mode"], message: "expected one of " }]);
    expect(toPolicyIssues([{ code: "custom", path: [Symbol("k"), 0], message: "bad" }])).toEqual([{ path: ["Symbol(k)", 0], message: "bad" }]);
  });

  it("a union without a message of its own, a missing value, a bound of another kind and an unusual type still read plainly", () => {
    expect(
      toPolicyIssues([
        { code: "invalid_union", path: [], message: "", input: 5 },
        { code: "invalid_union", path: ["a"], message: "Invalid input", input: undefined },
        { code: "too_small", path: [], message: "", minimum: 3, origin: "set" },
        { code: "too_big", path: [], message: "", maximum: 2, inclusive: true, origin: "string" },
        { code: "invalid_type", path: ["x"], message: "", expected: "string", input: 3n },
      ]),
    ).toEqual([
      { path: [], message: "expected one of the accepted forms, received 5" },
      { path: ["a"], message: "required: expected one of the accepted forms" },
      { path: [], message: "expected at least 3" },
      { path: [], message: "expected at most 2 characters" },
      { path: ["x"], message: "expected a string, received a bigint" },
    ]);
  });

  it("every unknown key is its own issue, after the path of the object that holds it", () => {
    expect(toPolicyIssues([{ code: "unrecognized_keys", path: ["calendar"], message: "", keys: ["closed", "open"] }])).toEqual([
      { path: ["calendar", "closed"], message: 'unknown key "closed" (a typo must not silently change a result)' },
      { path: ["calendar", "open"], message: 'unknown key "open" (a typo must not silently change a result)' },
    ]);
    expect(toPolicyIssues([{ code: "invalid_value", path: ["mode"], message: "", values: ["remote", 2] }])).toEqual([
      { path: ["mode"], message: 'expected one of "remote", 2' },
    ]);
  });
});
