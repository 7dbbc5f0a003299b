/**
 * `@relument/policy/testing`: what host test suites import. fast-check
 * arbitraries of valid inputs for every rule, and runner-agnostic assertions.
 */
export * from "./arbitraries.js";
export { PolicyAssertionError, expectCites, expectDecision, expectMoney, assertPlainJson } from "./assertions.js";
export * from "./privacy-arbitraries.js";
