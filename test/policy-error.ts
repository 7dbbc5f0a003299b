import { expect } from "vitest";
import { PolicyInputError } from "../src/core/errors.js";

/**
 * Runs `f`, which must throw the `PolicyInputError` of rule `rule` (its message starts
 * "Invalid input to <rule>: "), and returns the error's message and issues for the test to read.
 */
export function policyErrorOf(f: () => unknown, rule: string): { message: string; issues: PolicyInputError["issues"] } {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyInputError);
    const { message, issues } = e as PolicyInputError;
    expect(message.startsWith(`Invalid input to ${rule}: `), message).toBe(true);
    return { message, issues };
  }
  throw new Error(`no PolicyInputError from ${rule}`);
}
