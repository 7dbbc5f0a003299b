import { describe, expect, it } from "vitest";
import { test, fc } from "@fast-check/vitest";
import { Dec, money, splitMoney, sumMoney } from "./money.js";

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

  test.prop([fc.integer({ min: 0, max: 100_000_000 }), fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 })])(
    "a split keeps every cent and no part is negative",
    (cents, weights) => {
      const parts = splitMoney(money(new Dec(cents).dividedBy(100)), weights);
      expect(parts).toHaveLength(weights.length);
      expect(parts.reduce((a, p) => a + p.cents, 0)).toBe(cents);
      for (const p of parts) expect(p.cents).toBeGreaterThanOrEqual(0);
    },
  );

  it("splits $100 three ways as 33.34 / 33.33 / 33.33 (largest remainder, earlier part first)", () => {
    expect(splitMoney(money("100"), [1, 1, 1]).map((m) => m.amount)).toEqual(["33.34", "33.33", "33.33"]);
  });
});
