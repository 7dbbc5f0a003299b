/**
 * Assertion helpers for host test suites. They throw a plain `Error` with a
 * readable message, so they work with vitest, jest, node:test, mocha or any
 * runner, and do not make a test framework a dependency.
 */
import type { Money } from "../core/money.js";

/** The error thrown by the helpers, recognisable by its `name`. */
export class PolicyAssertionError extends Error {
  override readonly name = "PolicyAssertionError" as const;
}

function isDecision(v: unknown): v is { citations: unknown; explanation: unknown } {
  return typeof v === "object" && v !== null && "citations" in v && "explanation" in v;
}

/**
 * Asserts that a decision cites every given clause id.
 *
 * @example
 * ```ts
 * expectCites(overtimeCharge({ mode: "remote", minutes: 61 }), "terms.5.overtime"); // passes
 * expectCites(overtimeCharge({ mode: "remote", minutes: 61 }), "terms.4.no-show"); // throws PolicyAssertionError
 * ```
 */
export function expectCites(decision: unknown, ...clauseIds: string[]): void {
  if (!isDecision(decision) || !Array.isArray(decision.citations))
    throw new PolicyAssertionError("expected a policy decision with a `citations` array");
  const cited = decision.citations as unknown[];
  const missing = clauseIds.filter((id) => !cited.includes(id));
  if (missing.length > 0)
    throw new PolicyAssertionError(`expected the decision to cite ${missing.join(", ")}; it cites ${cited.join(", ") || "nothing"}`);
}

/**
 * Asserts that a `Money` value equals an amount given as a decimal string
 * (`"134.00"` or `"134"`) or as integer cents, and is consistent in itself.
 *
 * @example
 * ```ts
 * expectMoney(quoteService({ mode: "remote", minutes: 75, customer: "non-member" }).total, "134.00"); // passes
 * expectMoney({ amount: "45.00", cents: 4500, currency: "USD" }, 4500); // passes (cents)
 * ```
 */
export function expectMoney(actual: unknown, expected: string | number): void {
  const m = actual as Partial<Money> | null;
  if (!m || typeof m.amount !== "string" || typeof m.cents !== "number" || m.currency !== "USD")
    throw new PolicyAssertionError(`expected Money { amount, cents, currency: "USD" }, got ${JSON.stringify(actual)}`);
  if (!/^\d+\.\d{2}$/.test(m.amount)) throw new PolicyAssertionError(`Money.amount ${JSON.stringify(m.amount)} is not a two-decimal string`);
  const [whole, frac] = m.amount.split(".") as [string, string];
  if (Number(whole) * 100 + Number(frac) !== m.cents)
    throw new PolicyAssertionError(`Money is inconsistent: amount ${m.amount} but cents ${m.cents}`);
  let expectedCents: number;
  if (typeof expected === "number") {
    if (!Number.isSafeInteger(expected)) throw new PolicyAssertionError(`expected cents must be an integer, got ${expected}`);
    expectedCents = expected;
  } else {
    const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(expected);
    if (!match) throw new PolicyAssertionError(`expected amount ${JSON.stringify(expected)} is not a decimal string`);
    expectedCents = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  }
  if (m.cents !== expectedCents)
    throw new PolicyAssertionError(`expected $${Math.floor(expectedCents / 100)}.${String(expectedCents % 100).padStart(2, "0")} (${expectedCents} cents), got $${m.amount}`);
}

/**
 * Asserts that a decision is well formed: plain JSON data with non-empty
 * `citations` and `explanation`.
 *
 * @example
 * ```ts
 * expectDecision(noShowCharge({ appointmentAt: "2026-06-10T10:00:00-07:00" })); // passes
 * ```
 */
export function expectDecision(decision: unknown): void {
  if (!isDecision(decision)) throw new PolicyAssertionError("expected a policy decision with citations and explanation");
  const { citations, explanation } = decision;
  if (!Array.isArray(citations) || citations.length === 0 || !citations.every((c) => typeof c === "string"))
    throw new PolicyAssertionError("expected a non-empty array of clause ids in `citations`");
  if (!Array.isArray(explanation) || explanation.length === 0 || !explanation.every((c) => typeof c === "string"))
    throw new PolicyAssertionError("expected a non-empty array of steps in `explanation`");
  assertPlainJson(decision, "decision");
}

/**
 * Throws unless `value` is plain JSON data: no `undefined`, NaN, Infinity,
 * `Date`, function or class instance anywhere inside.
 *
 * @example
 * ```ts
 * assertPlainJson({ a: [1, "x", null] }); // passes
 * assertPlainJson({ a: undefined }); // throws PolicyAssertionError: decision.a is undefined
 * ```
 */
export function assertPlainJson(value: unknown, path = "value"): void {
  if (value === null || typeof value === "string" || typeof value === "boolean") return;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new PolicyAssertionError(`${path} is ${value}`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => assertPlainJson(v, `${path}[${i}]`));
    return;
  }
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value)) assertPlainJson(v, `${path}.${k}`);
    return;
  }
  throw new PolicyAssertionError(`${path} is ${value === undefined ? "undefined" : `not plain JSON data (${typeof value})`}`);
}
