/**
 * Issue 11: the fuzz suite. Adversarial values thrown at every exported
 * function of the package (rules, helpers, schema tools), as a hostile or
 * careless host would. Each call must:
 *
 * - return or throw `PolicyInputError`, nothing else (no TypeError, RangeError, stack overflow);
 * - finish within a second (no hang, no quadratic blow-up);
 * - return plain JSON data (no NaN, no `undefined`, no `-0`, no class instances) that
 *   shares nothing with a later call;
 * - leave `Object.prototype` untouched.
 *
 * The seed is fixed (`FUZZ_SEED`, default below) and the runs bounded (`FUZZ_RUNS`), so CI is
 * reproducible; set `FUZZ_SEED=random` locally to explore.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import * as api from "../src/index.js";
import { publicRules } from "./public-functions.js";

const SEED = process.env.FUZZ_SEED === "random" ? Date.now() % 2 ** 31 : Number(process.env.FUZZ_SEED ?? 20261202);
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

/** Values a careful type checker would never let through, built once (some are large). */
function hostileConstants(): unknown[] {
  const throwing = Object.defineProperty({}, "mode", {
    enumerable: true,
    get() {
      throw new Error("getter exploded");
    },
  });
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const trap = new Proxy(
    {},
    {
      ownKeys() {
        throw new RangeError("ownKeys trap");
      },
    },
  );
  let deep: unknown = { leaf: 1 };
  for (let i = 0; i < 200; i++) deep = { deep };
  let deepArray: unknown = [];
  for (let i = 0; i < 200; i++) deepArray = [deepArray];
  class Invoice {
    total = 5;
  }
  const sparse: unknown[] = [];
  sparse[9_999] = 1;
  const longArray = { length: 2 ** 32 - 1 };
  return [
    new Date(8.64e15),
    new Date(-8.64e15),
    new Date(Number.NaN),
    -0,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    2 ** 53,
    1e21,
    -1,
    0.1 + 0.2,
    1.005,
    10n,
    Symbol("s"),
    () => 1,
    "9999-12-31T23:59:59Z",
    "0050-01-01T00:00:00Z",
    "+100000-01-01T00:00:00Z",
    "1899-12-31",
    "3000-01-01",
    "2026-02-30",
    "x".repeat(20_000),
    "\u001b[31mred\r\nnext line\u0000",
    "__proto__",
    "constructor",
    "999999999999.99",
    throwing,
    revoked.proxy,
    trap,
    deep,
    deepArray,
    new Invoice(),
    new Map([["mode", "remote"]]),
    new Set([1]),
    new Uint8Array(4),
    Object.create({ mode: "remote", minutes: 61, customer: "member", includedVisit: true }),
    JSON.parse('{"__proto__":{"polluted":true},"mode":"remote","minutes":61}'),
    Array.from({ length: 10_001 }, () => 1),
    sparse,
    longArray,
    Object.freeze([Object.freeze({})]),
  ];
}

const HOSTILE = hostileConstants();

/**
 * A hostile value, drawn as a token and made real only inside the property:
 * fast-check itself must not touch a revoked Proxy or a throwing getter.
 */
type Token = { readonly constant: number } | { readonly any: unknown };
const hostileToken: fc.Arbitrary<Token> = fc.oneof(
  { weight: 3, arbitrary: fc.nat({ max: HOSTILE.length - 1 }).map((constant) => ({ constant })) },
  {
    weight: 2,
    arbitrary: fc
      .anything({
        withDate: true,
        withMap: true,
        withSet: true,
        withTypedArray: true,
        withNullPrototype: true,
        withBigInt: true,
        withSparseArray: true,
        withBoxedValues: true,
        withObjectString: true,
        maxDepth: 3,
      })
      .map((any) => ({ any })),
  },
);
const real = (t: Token): unknown => ("constant" in t ? HOSTILE[t.constant] : t.any);

const prototypeKeys = (): string[] => Object.getOwnPropertyNames(Object.prototype).sort();
const PROTOTYPE_KEYS = prototypeKeys();

/** Plain JSON data: finite numbers (never -0), strings, booleans, null, arrays and Object-literal objects. */
function expectPlainJson(value: unknown, path: string): void {
  if (value === null || typeof value === "string" || typeof value === "boolean") return;
  if (typeof value === "number") {
    expect(Number.isFinite(value), `${path} is ${value}`).toBe(true);
    expect(Object.is(value, -0), `${path} is -0`).toBe(false);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => expectPlainJson(v, `${path}[${i}]`));
    return;
  }
  expect(typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype, `${path} is plain data`).toBe(true);
  for (const [k, v] of Object.entries(value as object)) expectPlainJson(v, `${path}.${k}`);
}

/** Calls `fn(...args)` and checks the rules above; returns the result (or undefined after an input error). */
function probe(name: string, fn: (...args: unknown[]) => unknown, args: unknown[]): unknown {
  const started = performance.now();
  let result: unknown;
  let threw: unknown = null;
  try {
    result = fn(...args);
  } catch (e) {
    threw = e;
  }
  const ms = performance.now() - started;
  expect(ms, `${name} took ${ms.toFixed(0)} ms`).toBeLessThan(1000);
  expect(prototypeKeys()).toEqual(PROTOTYPE_KEYS);
  expect(Object.keys(Object.prototype)).toEqual([]);
  if (threw !== null) {
    if (!api.isPolicyInputError(threw)) throw new Error(`${name} threw ${String(threw)} (not a PolicyInputError)`, { cause: threw });
    expect(threw).toBeInstanceOf(api.PolicyInputError);
    const err = threw as InstanceType<typeof api.PolicyInputError>;
    expect(err.issues.length).toBeGreaterThan(0);
    expect(err.issues.length).toBeLessThanOrEqual(101);
    // A message a host can log: no raw control characters, bounded size.
    expect(err.message).not.toMatch(/[\u0000-\u001f\u007f]/);
    expect(err.message.length).toBeLessThan(200_000);
    return undefined;
  }
  if (!(name === "clauseById" && result === undefined)) expectPlainJson(result, name);
  return result;
}

/** Every exported function, by name (classes and the testing kit excluded). */
const exportedFunctions = Object.entries(api).filter(
  ([name, v]) => typeof v === "function" && name !== "PolicyInputError" && !/^[A-Z]/.test(name),
) as [string, (...args: unknown[]) => unknown][];

describe("hostile fuzz: every export, adversarial values (fixed seed)", () => {
  it("the export list is complete: every rule of the public list is fuzzed", () => {
    const names = new Set(exportedFunctions.map(([n]) => n));
    for (const r of publicRules) expect(names.has(r.name), r.name).toBe(true);
    expect(names.size).toBeGreaterThan(publicRules.length);
  });

  it.each(exportedFunctions)("%s: one to three adversarial arguments", (name, fn) => {
    fc.assert(
      fc.property(fc.array(hostileToken, { minLength: 0, maxLength: 3 }), (tokens) => {
        probe(name, fn, tokens.map(real));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it.each(publicRules.map((r) => [r.name, r] as const))("%s: a valid input with one field made hostile", (name, rule) => {
    fc.assert(
      fc.property(rule.valid, hostileToken, fc.nat(), (valid, token, k) => {
        const input = { ...(valid as Record<string, unknown>) };
        const keys = Object.keys(input);
        const key = keys[k % keys.length] as string;
        input[key] = real(token);
        probe(name, rule.fn as (...args: unknown[]) => unknown, [input]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it.each(publicRules.map((r) => [r.name, r] as const))("%s: the same valid input twice gives equal results that share nothing", (name, rule) => {
    fc.assert(
      fc.property(rule.valid, (valid) => {
        const fn = rule.fn as (...args: unknown[]) => unknown;
        const first = probe(name, fn, [valid]) as Record<string, unknown>;
        const pristine = structuredClone(first);
        // Scribble over every array and object of the first result.
        const scribble = (v: unknown): void => {
          if (Array.isArray(v)) {
            v.forEach(scribble);
            v.push("scribbled");
          } else if (v !== null && typeof v === "object") {
            for (const x of Object.values(v)) scribble(x);
            (v as Record<string, unknown>).scribbled = true;
          }
        };
        scribble(first);
        expect(probe(name, fn, [valid])).toEqual(pristine);
      }),
      { seed: SEED, numRuns: Math.ceil(RUNS / 2) },
    );
  });
});
