import { describe, expect, it } from "vitest";
import { overtimeCharge } from "../terms/overtime.js";
import { PolicyInputError } from "./errors.js";

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
    expect(issuesOf({ mode: "remote" })).toEqual([{ path: ["minutes"], message: "required: expected number" }]);
    expect(issuesOf({ mode: "remote", minutes: "61" })).toEqual([{ path: ["minutes"], message: "expected number, received a string" }]);
    expect(issuesOf({ mode: "remote", minutes: Number.NaN })).toEqual([{ path: ["minutes"], message: "expected number, received NaN" }]);
    expect(issuesOf({ mode: "remote", minutes: -1 })).toEqual([{ path: ["minutes"], message: "expected at least 0" }]);
    expect(issuesOf({ mode: "phone", minutes: 1 })).toEqual([{ path: ["mode"], message: 'expected one of "remote", "onsite"' }]);
    expect(issuesOf(null)).toEqual([{ path: [], message: "expected object, received null" }]);
  });

  it("the error carries a stable name, code and a message listing every issue", () => {
    try {
      overtimeCharge({ mode: "phone", minutes: -1 } as never);
    } catch (e) {
      const err = e as PolicyInputError;
      expect(err.name).toBe("PolicyInputError");
      expect(err.code).toBe("POLICY_INPUT");
      expect(err.message).toBe('Invalid input to overtimeCharge: mode: expected one of "remote", "onsite"; minutes: expected at least 0');
    }
  });
});
