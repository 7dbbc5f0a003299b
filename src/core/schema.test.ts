/**
 * The shared boundary schemas (money, calendar dates, instants, counts) and
 * `parseInput`: exactly which values pass, which fail, and the message a host
 * reads for each failure.
 */
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { MAX_MONEY } from "./money.js";
import { ageSchema, calendarDateSchema, countSchema, instantMs, instantSchema, moneyInputSchema, parseInput } from "./schema.js";
import { PolicyInputError } from "./errors.js";

const MONEY = "expected money: a non-negative decimal string or number with at most 2 fraction digits";
/** The refusal of a string or number that is not money: what is accepted, the largest amount, and what was received. */
const moneyMessage = (shown: string) => `${MONEY} (at most 999999999999.99), received ${shown}`;

/** The messages of the issues `schema` reports for `value` ([] when it passes). */
function messages(schema: z.ZodMiniType, value: unknown): string[] {
  const r = z.safeParse(schema, value);
  return r.success ? [] : r.error.issues.map((i) => i.message);
}

describe("moneyInputSchema", () => {
  it("accepts 0 up to the largest amount, as a string of 1 to 12 digits with 0 to 2 decimals or as a number", () => {
    for (const v of ["0", "7", "7.5", "7.50", "999999999999.99", MAX_MONEY, 0, 7, 7.5, 0.01, 999999999999.99]) {
      expect(messages(moneyInputSchema, v), String(v)).toEqual([]);
    }
  });

  it("refuses negative, over-precise, over-large and malformed amounts with one plain message", () => {
    for (const v of ["-1", "-0.01", "1.234", "1000000000000", "1000000000000.00", ".5", "1.", " 1", "1 ", "1,000.00", "$5", "", "1e3", -0.01, -1, 1.005, 0.001, 1e12, 1000000000000.5]) {
      expect(messages(moneyInputSchema, v), String(v)).toEqual([moneyMessage(typeof v === "string" ? JSON.stringify(v) : String(v))]);
    }
  });

  it("Infinity and NaN never reach the money check: zod's number type already refuses them, and the message says so", () => {
    for (const v of [Number.POSITIVE_INFINITY, Number.NaN]) expect(messages(moneyInputSchema, v), String(v)).toEqual([`${MONEY}, received ${String(v)}`]);
    expect(messages(moneyInputSchema, undefined)).toEqual([`required: ${MONEY}`]);
  });
});

describe("calendarDateSchema and instantSchema", () => {
  it("a calendar date must be real; the message says which form is expected", () => {
    expect(messages(calendarDateSchema, "2024-02-29")).toEqual([]);
    expect(messages(calendarDateSchema, "2026-02-30")).toEqual(["expected a real calendar date YYYY-MM-DD (Pacific) of the years 1900–2999"]);
    expect(messages(calendarDateSchema, "1899-12-31")).toEqual(["expected a real calendar date YYYY-MM-DD (Pacific) of the years 1900–2999"]);
    expect(messages(calendarDateSchema, "1900-01-01")).toEqual([]);
    expect(messages(calendarDateSchema, "2999-12-31")).toEqual([]);
  });

  it("an instant is a valid Date or an ISO string with an offset; a local time is refused as ambiguous", () => {
    expect(messages(instantSchema, new Date(0))).toEqual([]);
    expect(messages(instantSchema, "2026-03-07T12:00:00-08:00")).toEqual([]);
    expect(messages(instantSchema, "2026-03-07T12:00:00")).toEqual(["expected an ISO-8601 instant with an offset or Z (a time without one is ambiguous)"]);
    expect(messages(instantSchema, new Date(Number.NaN))).toEqual(["expected a valid Date, received an Invalid Date (its time value is NaN)"]);
  });

  it("instantMs reads a validated string or Date as epoch milliseconds", () => {
    expect(instantMs("2026-03-07T12:00:00-08:00")).toBe(Date.UTC(2026, 2, 7, 20));
    expect(instantMs(new Date(Date.UTC(2026, 2, 7, 20)))).toBe(Date.UTC(2026, 2, 7, 20));
  });
});

describe("counts, ages and parseInput", () => {
  it("a count is a whole number from 0 to 1,000,000; an age from 0 to 150", () => {
    for (const v of [0, 1_000_000]) expect(messages(countSchema, v)).toEqual([]);
    for (const v of [-1, 1_000_001, 1.5]) expect(messages(countSchema, v).length, String(v)).toBe(1);
    for (const v of [0, 150]) expect(messages(ageSchema, v)).toEqual([]);
    for (const v of [-1, 151, 12.5]) expect(messages(ageSchema, v).length, String(v)).toBe(1);
  });

  it("parseInput returns the parsed value or throws PolicyInputError naming the rule and every issue", () => {
    const schema = z.strictObject({ amount: moneyInputSchema, on: calendarDateSchema });
    expect(parseInput(schema, { amount: "1.50", on: "2026-01-31" }, "someRule")).toEqual({ amount: "1.50", on: "2026-01-31" });
    let err: unknown;
    try {
      parseInput(schema, { amount: "-1", on: "2026-02-30", extra: 1 }, "someRule");
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PolicyInputError);
    expect((err as PolicyInputError).issues).toEqual([
      { path: ["amount"], message: moneyMessage('"-1"') },
      { path: ["on"], message: "expected a real calendar date YYYY-MM-DD (Pacific) of the years 1900–2999" },
      { path: ["extra"], message: 'unknown key "extra" (a typo must not silently change a result)' },
    ]);
    expect((err as Error).message).toMatch(/^Invalid input to someRule: amount: expected money/);
  });
});
