/**
 * Overrides of generated inputs: `quoteServiceInputArbitrary({ mode: "remote" })`
 * fixes `mode`; `{ minutes: fc.integer({ min: 61, max: 90 }) }` draws it from the
 * given arbitrary. The arbitraries read overridden fields before they build the
 * fields that depend on them, so every input generated stays valid.
 */
import type { Arbitrary } from "fast-check";
import type { FastCheckModule } from "./fast-check.js";

/** Every key of every member of a union of input types. */
export type InputKey<T> = T extends unknown ? keyof T & string : never;
/** The type of `K` in the members of `T` that have it. */
export type InputValue<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? T[K] : never) : never;

/**
 * Overrides of an input type `T`: for any of its fields, a value or a fast-check
 * arbitrary of values. `undefined` (for an optional field) leaves the field out.
 * Keys must be keys of `T`.
 */
export type Overrides<T> = { readonly [K in InputKey<T>]?: InputValue<T, K> | Arbitrary<InputValue<T, K>> };

/** True for a fast-check arbitrary (of this or of another copy of fast-check: duck-typed). */
export function isArbitrary(value: unknown): value is Arbitrary<unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { generate?: unknown }).generate === "function" &&
    typeof (value as { canShrinkWithoutContext?: unknown }).canShrinkWithoutContext === "function"
  );
}

/** The override arbitraries by key; throws a `TypeError` unless `overrides` is a plain object (or absent). */
export function overrideArbitraries(fc: FastCheckModule, overrides: unknown, name: string): Record<string, Arbitrary<unknown>> {
  if (overrides === undefined) return {};
  if (typeof overrides !== "object" || overrides === null || Array.isArray(overrides))
    throw new TypeError(`${name}: overrides must be an object of input fields, got ${overrides === null ? "null" : Array.isArray(overrides) ? "an array" : typeof overrides}`);
  const out: Record<string, Arbitrary<unknown>> = {};
  for (const [key, value] of Object.entries(overrides)) out[key] = isArbitrary(value) ? value : fc.constant(value);
  return out;
}

/** A generated raw record, and which of its keys were overridden. */
export interface Drawn {
  readonly raw: Record<string, unknown>;
  /** True when the input field `key` was overridden (its value is `raw[key]`). */
  readonly has: (key: string) => boolean;
}

/**
 * Draws `fields`, with every overridden input field drawn from its override
 * instead (under the same key), builds the input with `build`, and then sets
 * every overridden field to its drawn value (leaving it out when `undefined`).
 * Internal field names that are also input keys must mean that input field.
 */
export function withOverrides<T>(
  fc: FastCheckModule,
  name: string,
  fields: Record<string, Arbitrary<unknown>>,
  overrides: unknown,
  build: (drawn: Drawn) => Record<string, unknown>,
): Arbitrary<T> {
  const forced = overrideArbitraries(fc, overrides, name);
  const keys = Object.keys(forced);
  const has = (key: string) => keys.includes(key);
  return fc.record({ ...fields, ...forced }).map((raw) => {
    const input: Record<string, unknown> = { ...build({ raw, has }) };
    for (const key of keys) {
      if (raw[key] === undefined) delete input[key];
      else input[key] = raw[key];
    }
    return input as T;
  });
}

/**
 * A record whose `optional` fields are present or absent; overridden fields are always
 * drawn from their override (and left out when it gives `undefined`).
 */
export function recordWithOverrides<T>(
  fc: FastCheckModule,
  name: string,
  fields: Record<string, Arbitrary<unknown>>,
  optional: readonly string[],
  overrides: unknown,
): Arbitrary<T> {
  const drawn: Record<string, Arbitrary<unknown>> = {};
  for (const [key, arb] of Object.entries(fields)) drawn[key] = optional.includes(key) ? fc.option(arb, { nil: undefined }) : arb;
  return withOverrides<T>(fc, name, drawn, overrides, ({ raw }) => {
    const input: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(raw)) if (value !== undefined) input[key] = value;
    return input;
  });
}
