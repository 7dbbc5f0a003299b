import { describe, expect, it } from "vitest";
import { test, fc } from "@fast-check/vitest";
import { Dec, MAX_MONEY, money, subMoney, sumMoney, times, zero } from "./money.js";

describe("money", () => {
  it("rounds half-up once, to cents, without float error (1.005 → 1.01)", () => {
    expect(money("1.005")).toEqual({ amount: "1.01", cents: 101, currency: "USD" });
    expect(money("2.675")).toEqual({ amount: "2.68", cents: 268, currency: "USD" });
    expect(money(new Dec("0.1").plus("0.2")).amount).toBe("0.30");
    expect(money("0.004").amount).toBe("0.00");
  });

  it("formats from exact integer cents, up to the largest accepted amount", () => {
    expect(money("999999999999.99")).toEqual({ amount: "999999999999.99", cents: 99999999999999, currency: "USD" });
    expect(money("0.05").amount).toBe("0.05");
    expect(money("-12.3").amount).toBe("-12.30");
  });

  it("never prints negative zero", () => {
    expect(money("-0.001")).toEqual({ amount: "0.00", cents: 0, currency: "USD" });
  });

  test.prop([fc.array(fc.integer({ min: 0, max: 10_000_000 }), { maxLength: 20 })])("a total is the sum of its lines' cents", (cents) => {
    const lines = cents.map((c) => money(new Dec(c).dividedBy(100)));
    expect(sumMoney(lines).cents).toBe(cents.reduce((a, c) => a + c, 0));
  });

  /** The reference: decimal.js half-up to cents, formatted by decimal.js itself. */
  const reference = (v: string | number) => new Dec(v).toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2);

  it("reads whole dollars and 2-decimal strings exactly (\"45\", \"45.5\", \"045.05\", -7, \"-0.00\")", () => {
    expect(money("45")).toEqual({ amount: "45.00", cents: 4500, currency: "USD" });
    expect(money("45.5")).toEqual({ amount: "45.50", cents: 4550, currency: "USD" });
    expect(money("045.05")).toEqual({ amount: "45.05", cents: 4505, currency: "USD" });
    expect(money(-7)).toEqual({ amount: "-7.00", cents: -700, currency: "USD" });
    expect(money(-0)).toEqual({ amount: "0.00", cents: 0, currency: "USD" });
    expect(money("-0.00")).toEqual({ amount: "0.00", cents: 0, currency: "USD" });
    expect(money("-0.07")).toEqual({ amount: "-0.07", cents: -7, currency: "USD" });
    expect(money(1.1)).toEqual({ amount: "1.10", cents: 110, currency: "USD" });
    expect(money("1.")).toEqual({ amount: "1.00", cents: 100, currency: "USD" });
  });

  test.prop([fc.boolean(), fc.integer({ min: 0, max: 999_999_999_999 }), fc.stringMatching(/^\d{0,4}$/)])(
    "every decimal string up to the largest amount (0 to 4 fraction digits) rounds exactly as decimal.js half-up does",
    (neg, dollars, fraction) => {
      const text = `${neg ? "-" : ""}${dollars}${fraction === "" ? "" : `.${fraction}`}`;
      const m = money(text);
      expect(m.amount).toBe(reference(text).replace(/^-0\.00$/, "0.00"));
      expect(m.cents).toBe(Number(m.amount.replace(".", "")));
    },
  );

  test.prop([fc.double({ min: -1e9, max: 1e9, noNaN: true })])("a number rounds as its decimal value does (no float error)", (x) => {
    expect(money(x).amount).toBe(reference(x).replace(/^-0\.00$/, "0.00"));
  });

  it("times multiplies a rate by a count as one exact line", () => {
    expect(times("45.00", 2)).toEqual({ amount: "90.00", cents: 9000, currency: "USD" });
    expect(times("35", 0)).toEqual({ amount: "0.00", cents: 0, currency: "USD" });
    expect(times(0.1, 3).amount).toBe("0.30");
    expect(times("10.005", 1).amount).toBe("10.01");
    expect(times("10.00", 0.5).amount).toBe("5.00");
    expect(times("0.01", 3).amount).toBe("0.03");
  });

  test.prop([fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 0, max: 10_000 })])("times equals the decimal product, rounded once", (cents, n) => {
    const rate = new Dec(cents).dividedBy(100).toFixed(2);
    expect(times(rate, n).amount).toBe(new Dec(rate).times(n).toFixed(2));
  });

  it("subMoney subtracts rounded amounts exactly", () => {
    expect(subMoney(money("1188.00"), money("225.40"))).toEqual({ amount: "962.60", cents: 96260, currency: "USD" });
    expect(subMoney(money("0.10"), money("0.30")).amount).toBe("-0.20");
  });

  it("refuses totals beyond exact integer cents instead of rounding them", () => {
    const max = money(MAX_MONEY);
    expect(sumMoney(Array.from({ length: 90 }, () => max)).cents).toBe(90 * 99999999999999);
    expect(() => sumMoney(Array.from({ length: 91 }, () => max))).toThrow(RangeError);
    expect(() => subMoney({ ...max, cents: -Number.MAX_SAFE_INTEGER }, max)).toThrow(RangeError);
    expect(() => times(MAX_MONEY, 100)).toThrow(RangeError);
    expect(() => times(MAX_MONEY, 100)).toThrow("money: 9999999999999900 cents is beyond exact integer arithmetic");
  });

  it("text that is not a number is refused, never read as zero (\"\", \"-\", \".\", \" 1\")", () => {
    for (const v of ["", "-", ".", " 1", "1 ", "abc"]) expect(() => money(v), JSON.stringify(v)).toThrow();
  });

  it("times with a fractional count rounds the product once, half-up (0.01 × 0.5 → 0.01, 0.05 × 1.5 → 0.08)", () => {
    expect(times("0.01", 0.5)).toEqual({ amount: "0.01", cents: 1, currency: "USD" });
    expect(times("0.05", 1.5)).toEqual({ amount: "0.08", cents: 8, currency: "USD" });
    expect(times(12, 3)).toEqual({ amount: "36.00", cents: 3600, currency: "USD" });
    expect(times("12.5", 2)).toEqual({ amount: "25.00", cents: 2500, currency: "USD" });
  });

  it("zero is 0.00 and a sum of nothing is zero", () => {
    expect(zero()).toEqual({ amount: "0.00", cents: 0, currency: "USD" });
    expect(sumMoney([])).toEqual({ amount: "0.00", cents: 0, currency: "USD" });
    expect(sumMoney([money("0.99"), money("0.01"), money("100")])).toEqual({ amount: "101.00", cents: 10100, currency: "USD" });
  });
});
