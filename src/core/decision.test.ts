/** The trace every rule builds its decision with: citations in first-use order, each once; steps in order. */
import { describe, expect, it } from "vitest";
import { Trace } from "./decision.js";
import { PolicyInputError, inputError } from "./errors.js";

describe("Trace", () => {
  it("cites each clause once, in the order first used, and keeps the steps in order", () => {
    const d = new Trace()
      .cite("terms.6.yearly-refund")
      .explain("Day 14 is inside the 14-day window.", "terms.6.yearly-refund", "terms.3.billing")
      .explain("No services were rendered.")
      .cite("terms.3.billing", "terms.5.overtime")
      .done({ refundable: true });
    expect(d).toEqual({
      refundable: true,
      citations: ["terms.6.yearly-refund", "terms.3.billing", "terms.5.overtime"],
      explanation: ["Day 14 is inside the 14-day window.", "No services were rendered."],
    });
  });

  it("a decision owns its lists: using the trace afterwards never changes a decision already made", () => {
    const t = new Trace().explain("first", "a");
    const first = t.done({});
    t.explain("second", "b");
    expect(first).toEqual({ citations: ["a"], explanation: ["first"] });
    expect(t.done({})).toEqual({ citations: ["a", "b"], explanation: ["first", "second"] });
  });
});

describe("inputError", () => {
  it("throws a PolicyInputError with the one issue and the rule's name", () => {
    expect(() => inputError(["requestedOn"], "`requestedOn` is before `purchasedOn`", "yearlyRefund")).toThrow(
      new PolicyInputError([{ path: ["requestedOn"], message: "`requestedOn` is before `purchasedOn`" }], "yearlyRefund"),
    );
    try {
      inputError(["on"], "bad");
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyInputError);
      expect((e as PolicyInputError).message).toBe("Invalid policy input: on: bad");
      expect((e as PolicyInputError).issues).toEqual([{ path: ["on"], message: "bad" }]);
      expect(e).toMatchObject({ name: "PolicyInputError", code: "POLICY_INPUT" });
    }
    expect.assertions(5);
  });
});
