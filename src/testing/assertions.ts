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
 * An expected amount of money, read as every rule input reads money: a number
 * is dollars (`35`, `35.5`, `0.07`), a string is dollars (`"35.00"`, `"35"`,
 * `"35.5"`), and cents only through `{ cents: 3500 }` (a `Money` value is
 * read by its `cents` too). Amounts are non-negative and exact to the cent:
 * `35.005`, `NaN`, `Infinity`, `-1`, `"35.001"` are refused, not rounded.
 */
export type MoneyExpectation = number | string | { readonly cents: number };

const HOW = 'give dollars as a number (35 or 35.5) or a string ("35.00"), or cents as { cents: 3500 }';

/** Formats integer cents as `$35.00`. */
export function formatCents(cents: number): string {
  return `$${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}

/**
 * The integer cents of an expected amount (see {@link MoneyExpectation});
 * throws a `PolicyAssertionError` saying why an expectation is ambiguous or invalid.
 */
export function expectedCents(expected: unknown): number {
  if (typeof expected === "number") {
    if (!Number.isFinite(expected)) throw new PolicyAssertionError(`expected amount ${expected} is not an amount of dollars: ${HOW}`);
    if (expected < 0) throw new PolicyAssertionError(`expected amount ${expected} is negative: policy amounts are never below $0.00`);
    const cents = Math.round(expected * 100);
    // Exact to the cent: 35.1 is 3510 cents; 35.005 is between two cents and ambiguous.
    if (cents / 100 !== expected)
      throw new PolicyAssertionError(`expected amount ${expected} is not a whole number of cents: a number is read as dollars with at most two decimals; ${HOW}`);
    if (!Number.isSafeInteger(cents)) throw new PolicyAssertionError(`expected amount ${expected} is too large to compare exactly to the cent`);
    return cents;
  }
  if (typeof expected === "string") {
    const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(expected);
    if (!match) throw new PolicyAssertionError(`expected amount ${JSON.stringify(expected)} is not a decimal string of dollars ("35.00", "35" or "35.5")`);
    const cents = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
    if (!Number.isSafeInteger(cents)) throw new PolicyAssertionError(`expected amount ${JSON.stringify(expected)} is too large to compare exactly to the cent`);
    return cents;
  }
  if (typeof expected === "object" && expected !== null && !Array.isArray(expected) && "cents" in expected) {
    const { cents } = expected as { cents: unknown };
    if (typeof cents !== "number" || !Number.isSafeInteger(cents) || cents < 0)
      throw new PolicyAssertionError(`expected { cents } must be a non-negative integer number of cents, got ${describe(cents)}`);
    return cents;
  }
  throw new PolicyAssertionError(`expected amount ${describe(expected)} is not an amount: ${HOW}`);
}

function describe(v: unknown): string {
  if (typeof v === "bigint") return `${v}n`;
  if (typeof v === "number" || v === undefined) return String(v);
  try {
    return JSON.stringify(v) ?? typeof v;
  } catch {
    return typeof v;
  }
}

/** The cents of a well-formed, self-consistent USD `Money`; throws a `PolicyAssertionError` naming what is wrong. */
export function moneyCents(actual: unknown): number {
  const m = actual as Partial<Money> | null;
  if (!m || typeof m.amount !== "string" || typeof m.cents !== "number" || m.currency !== "USD")
    throw new PolicyAssertionError(`expected Money { amount, cents, currency: "USD" }, got ${describe(actual)}`);
  if (!/^\d+\.\d{2}$/.test(m.amount)) throw new PolicyAssertionError(`Money.amount ${JSON.stringify(m.amount)} is not a two-decimal string`);
  const [whole, frac] = m.amount.split(".") as [string, string];
  if (Number(whole) * 100 + Number(frac) !== m.cents)
    throw new PolicyAssertionError(`Money is inconsistent: amount ${m.amount} but cents ${m.cents}`);
  return m.cents;
}

/** The message of a money mismatch, with a hint when a number looks like cents given as dollars. */
export function moneyMismatch(expected: unknown, expectedC: number, actualCents: number): string {
  const hint =
    typeof expected === "number" && expected === actualCents && expected !== 0
      ? ` (a number is read as dollars, as every rule input reads it; for cents write { cents: ${expected} })`
      : "";
  return `expected ${formatCents(expectedC)} (${expectedC} cents), got ${formatCents(actualCents)}${hint}`;
}

/**
 * Asserts that a `Money` value is well formed and equals an expected amount,
 * read as every rule input reads money: a number or a string is dollars
 * (`35`, `"35.00"`), cents only through `{ cents: 3500 }`. An ambiguous or
 * invalid expectation (`35.005`, `NaN`, `-1`, `"35.001"`) throws, as does a mismatch.
 *
 * @example
 * ```ts
 * expectMoney(quoteService({ mode: "remote", minutes: 75, customer: "non-member" }).total, "134.00"); // passes
 * expectMoney(overtimeCharge({ mode: "remote", minutes: 61 }).fee, 35); // passes: $35.00
 * expectMoney({ amount: "45.00", cents: 4500, currency: "USD" }, { cents: 4500 }); // passes (cents)
 * expectMoney(overtimeCharge({ mode: "remote", minutes: 61 }).fee, 3500); // throws: expected $3500.00 …
 * ```
 */
export function expectMoney(actual: unknown, expected: MoneyExpectation): void {
  const want = expectedCents(expected);
  const got = moneyCents(actual);
  if (got !== want) throw new PolicyAssertionError(moneyMismatch(expected, want, got));
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
