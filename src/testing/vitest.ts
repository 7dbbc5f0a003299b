/**
 * `@relument/policy/testing/vitest`: importing it registers the policy
 * matchers with vitest's `expect` and adds their types to vitest's assertions.
 *
 * ```ts
 * import "@relument/policy/testing/vitest"; // e.g. in a vitest setupFiles entry
 * expect(quoteService({ mode: "remote", minutes: 75, customer: "non-member" })).toCharge("134.00");
 * expect(quote).toCite("terms.3.remote", "terms.5.overtime");
 * expect(quote).toBeDecision();
 * expect(quote).toEqual(expect.objectContaining({ fee: expect.toCharge(35) })); // asymmetric
 * ```
 *
 * For jest, use the same matchers without this entry point:
 * `import { policyMatchers } from "@relument/policy/testing"; expect.extend(policyMatchers);`
 */
import { expect } from "vitest";
import { policyMatchers, type PolicyMatchers } from "./matchers.js";

expect.extend(policyMatchers);

declare module "vitest" {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unused-vars
  interface Assertion<T = any> extends PolicyMatchers<void> {}
  interface AsymmetricMatchersContaining extends PolicyMatchers<unknown> {}
}

export { policyMatchers, type PolicyMatchers } from "./matchers.js";
