/**
 * Golden decisions: every worked example of the auditor's handbook, run
 * through its rule, must give exactly the reviewed decision: every number,
 * every date, every citation and every sentence of the explanation an auditor
 * reads. The reviewed decisions are in `__snapshots__/golden-decisions.test.ts.snap`;
 * a change to any of them shows there as a diff to review (`vitest -u` after
 * checking it against the policy text), never silently.
 *
 * Each example is its own test, so mutation testing (Stryker, perTest
 * coverage) runs only the examples that reach a mutated line.
 */
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";
import { allExamples } from "../handbook/all-examples.js";

const rules = api as unknown as Record<string, (input: unknown) => unknown>;

describe("golden decisions of the handbook's worked examples", () => {
  it("covers every worked example", () => expect(allExamples.length).toBeGreaterThanOrEqual(80));
  it.each(allExamples.map((ex, i) => ({ ...ex, n: String(i + 1) })))("example $n, $fn: $title", ({ fn, input }) => {
    const rule = rules[fn];
    expect(rule, fn).toBeTypeOf("function");
    expect((rule as (i: unknown) => unknown)(input)).toMatchSnapshot();
  });
});
