/**
 * Matchers for `expect`: `toCite`, `toCharge`, `toBeDecision`. They follow the
 * jest matcher protocol (a function of the received value and the expected
 * arguments returning `{ pass, message }`), so the same object works with
 * vitest and with jest:
 *
 * ```ts
 * // vitest: importing the entry point registers them (and their types)
 * import "@relument/policy/testing/vitest";
 * // jest (or vitest by hand): register them yourself
 * import { policyMatchers } from "@relument/policy/testing";
 * expect.extend(policyMatchers);
 * ```
 *
 * They decide exactly as `expectCites`, `expectMoney` and `expectDecision` do;
 * `.not` negates a valid comparison, and a received value that is not a
 * decision (or not `Money`) fails in both directions with the reason.
 */
import { PolicyAssertionError, expectDecision, expectedCents, formatCents, moneyCents, moneyMismatch, type MoneyExpectation } from "./assertions.js";

/** What a matcher returns: the jest/vitest matcher protocol. */
export interface PolicyMatcherResult {
  /** Whether the value matched (before the runner applies `.not`). */
  readonly pass: boolean;
  /** The failure message the runner prints. */
  readonly message: () => string;
}

/** The `this` a runner passes to a matcher (only `isNot` is read, and it may be absent). */
export interface MatcherContext {
  /** True under `.not`. */
  readonly isNot?: boolean;
}

const citationsOf = (received: unknown): unknown[] | undefined => {
  if (typeof received !== "object" || received === null) return undefined;
  const { citations } = received as { citations?: unknown };
  return Array.isArray(citations) ? citations : undefined;
};

/**
 * The `Money` a `toCharge` reads: the value itself when it is `Money`, else a
 * decision's `total` (quotes, renewals) or `fee` (overtime, no-shows).
 */
function chargedMoney(received: unknown): unknown {
  if (typeof received === "object" && received !== null && !("cents" in received)) {
    const r = received as { total?: unknown; fee?: unknown };
    if (r.total !== undefined) return r.total;
    if (r.fee !== undefined) return r.fee;
  }
  return received;
}

/** A failed match, whatever `.not` asks: the received value cannot be compared. */
const invalid = (message: string, ctx: MatcherContext | undefined): PolicyMatcherResult => ({
  // `.not` inverts `pass`: report the opposite of what the runner will invert, so the test fails.
  pass: ctx?.isNot === true,
  message: () => message,
});

/**
 * Passes when a decision cites every given clause id (like `expectCites`).
 *
 * @example
 * ```ts
 * expect(overtimeCharge({ mode: "remote", minutes: 61 })).toCite("terms.5.overtime");
 * expect(overtimeCharge({ mode: "remote", minutes: 30 })).not.toCite("terms.4.no-show");
 * ```
 */
function toCite(this: MatcherContext | undefined, received: unknown, ...clauseIds: string[]): PolicyMatcherResult {
  const cited = citationsOf(received);
  if (cited === undefined) return invalid("expected a policy decision with a `citations` array", this);
  const missing = clauseIds.filter((id) => !cited.includes(id));
  const list = cited.join(", ") || "nothing";
  return {
    pass: missing.length === 0,
    message: () =>
      missing.length === 0
        ? `expected the decision not to cite ${clauseIds.join(", ")}; it cites ${list}`
        : `expected the decision to cite ${missing.join(", ")}; it cites ${list}`,
  };
}

/**
 * Passes when `Money`, or a decision's `total` (else its `fee`), equals the
 * expected amount: a number or a string is dollars (`35`, `"35.00"`), cents
 * only through `{ cents: 3500 }` (like `expectMoney`). An ambiguous expectation
 * (`35.005`, `NaN`) throws.
 *
 * @example
 * ```ts
 * expect(quoteService({ mode: "remote", minutes: 75, customer: "non-member" })).toCharge("134.00");
 * expect(overtimeCharge({ mode: "remote", minutes: 61 }).fee).toCharge(35);
 * expect(overtimeCharge({ mode: "remote", minutes: 61 })).toCharge({ cents: 3500 });
 * ```
 */
function toCharge(this: MatcherContext | undefined, received: unknown, expected: MoneyExpectation): PolicyMatcherResult {
  const want = expectedCents(expected); // an invalid expectation is the test's error: it throws
  let got: number;
  try {
    got = moneyCents(chargedMoney(received));
  } catch (error) {
    if (error instanceof PolicyAssertionError) return invalid(`${error.message} (toCharge reads Money, or a decision's total or fee)`, this);
    throw error;
  }
  return {
    pass: got === want,
    message: () => (got === want ? `expected a charge other than ${formatCents(want)}, got ${formatCents(got)}` : moneyMismatch(expected, want, got)),
  };
}

/**
 * Passes when the value is a well-formed decision (like `expectDecision`):
 * non-empty `citations` of clause ids, non-empty `explanation` steps, plain JSON data.
 *
 * @example
 * ```ts
 * expect(noShowCharge({ appointmentAt: "2026-06-10T10:00:00-07:00" })).toBeDecision();
 * expect({ total: 5 }).not.toBeDecision();
 * ```
 */
function toBeDecision(this: MatcherContext | undefined, received: unknown): PolicyMatcherResult {
  let reason: string | undefined;
  try {
    expectDecision(received);
  } catch (error) {
    if (!(error instanceof PolicyAssertionError)) throw error;
    reason = error.message;
  }
  return {
    pass: reason === undefined,
    message: () => reason ?? "expected a value that is not a well-formed policy decision, got one",
  };
}

/**
 * The matchers, for `expect.extend(policyMatchers)` in vitest or jest (they
 * follow the jest matcher protocol: `(received, ...expected) => { pass, message }`).
 * `@relument/policy/testing/vitest` registers them with vitest's `expect` on import.
 */
export const policyMatchers: {
  /** Passes when the decision cites every given clause id. */
  readonly toCite: (this: MatcherContext | undefined, received: unknown, ...clauseIds: string[]) => PolicyMatcherResult;
  /** Passes when the `Money` (or the decision's `total`, else `fee`) equals the amount: dollars as a number or string, cents as `{ cents }`. */
  readonly toCharge: (this: MatcherContext | undefined, received: unknown, expected: MoneyExpectation) => PolicyMatcherResult;
  /** Passes when the value is a well-formed decision with citations and an explanation. */
  readonly toBeDecision: (this: MatcherContext | undefined, received: unknown) => PolicyMatcherResult;
} = Object.freeze({ toCite, toCharge, toBeDecision });

/**
 * The matchers' signatures on an assertion, for a runner's type augmentation
 * (`@relument/policy/testing/vitest` does it for vitest). For jest:
 * `declare module "expect" { interface Matchers<R> extends PolicyMatchers<R> {} }`.
 */
export interface PolicyMatchers<R = unknown> {
  /** Passes when the decision cites every given clause id. */
  toCite(...clauseIds: string[]): R;
  /** Passes when the `Money` (or the decision's `total`, else `fee`) equals the amount: dollars as a number or string, cents as `{ cents }`. */
  toCharge(expected: MoneyExpectation): R;
  /** Passes when the value is a well-formed decision with citations and an explanation. */
  toBeDecision(): R;
}
