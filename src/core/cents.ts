/**
 * Exact money on integer cents, without decimal arithmetic (no decimal.js): a
 * rule whose amounts are all whole cents (the tariff's, validated money input)
 * reaches only this module, so a host bundle of such a rule carries no
 * decimal.js (issue 15). `money.ts` adds the decimal paths on top.
 */
import type { Money } from "./money.js";

/** Plain decimal with at most 2 fraction digits and at most 13 integer digits (so cents stay safe integers). */
const CENTS_PATTERN = /^(-?)(\d{1,13})(?:\.(\d{1,2}))?$/;

/** Exact integer cents of a whole-dollar number or a plain 2-decimal string; `null` for anything else. */
export function exactCents(value: unknown): number | null {
  if (typeof value === "number") return Number.isInteger(value) && Number.isSafeInteger(value * 100) ? value * 100 : null;
  if (typeof value !== "string") return null;
  let cents = centsByString.get(value);
  if (cents === undefined) {
    cents = parseCents(value);
    if (centsByString.size >= CENTS_CACHE_SIZE) centsByString.clear();
    centsByString.set(value, cents);
  }
  return cents;
}

/**
 * Cents of the money strings already read (tariff rates, fees): internal, bounded (cleared when full),
 * a pure function of the string, so the regex runs once per distinct string, not once per call.
 */
const centsByString = new Map<string, number | null>();
const CENTS_CACHE_SIZE = 1024;

function parseCents(value: string): number | null {
  const m = CENTS_PATTERN.exec(value);
  if (m === null) return null;
  const cents = Number(m[2]) * 100 + Number((m[3] ?? "").padEnd(2, "0"));
  return m[1] === "-" ? -cents : cents;
}

/** Money from an exact integer number of cents (`-0` becomes `0`). */
export function fromCents(cents: number): Money {
  const c = cents === 0 ? 0 : cents;
  const abs = Math.abs(c);
  const r = abs % 100;
  // `String(r).padStart(2, "0")`, without the call: a whole r below 10 gains its leading zero.
  return { amount: `${c < 0 ? "-" : ""}${Math.floor(abs / 100)}.${r < 10 && Number.isInteger(r) ? "0" : ""}${r}`, cents: c, currency: "USD" };
}

/** Guards exactness: beyond 2^53 cents integer arithmetic would round, so it is refused. */
export function safeCents(cents: number): number {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`money: ${cents} cents is beyond exact integer arithmetic`);
  return cents;
}

/**
 * The money of a validated money input (`moneyInputSchema`: a decimal string, or
 * a number, with at most 2 fraction digits): the same as `money(value)`, exactly.
 */
export function inputMoney(value: string | number): Money {
  return fromCents(inputCents(value));
}

/** The cents of a validated money input (`inputMoney(value).cents`, without building the Money). */
function inputCents(value: string | number): number {
  // A number with at most 2 fraction digits (as it prints): its cents are the nearest integer to value × 100.
  return exactCents(value) ?? Math.round((value as number) * 100);
}

/** `rate × count` for a validated money input `rate` and a whole `count`: the same as `times(rate, count)`, exactly. */
export function timesInput(rate: string | number, count: number): Money {
  return fromCents(safeCents(inputCents(rate) * count));
}
