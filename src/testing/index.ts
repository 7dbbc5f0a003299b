/**
 * `@relument/policy/testing`: what host test suites import. fast-check
 * arbitraries of valid inputs for every rule (fast-check is loaded on first use),
 * runner-agnostic assertions, and matchers for `expect.extend` (vitest or jest;
 * `@relument/policy/testing/vitest` registers them with vitest).
 */
export * from "./arbitraries.js";
export {
  PolicyAssertionError,
  expectCites,
  expectDecision,
  expectMoney,
  expectedCents,
  assertPlainJson,
  type MoneyExpectation,
} from "./assertions.js";
export { policyMatchers, type MatcherContext, type PolicyMatcherResult, type PolicyMatchers } from "./matchers.js";
export type { InputKey, InputValue } from "./overrides.js";
export { FAST_CHECK_MISSING } from "./fast-check.js";
export * from "./privacy-arbitraries.js";
