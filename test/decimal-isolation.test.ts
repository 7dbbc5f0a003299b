import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { Dec, money } from "../src/core/money.js";

// The host's decimal.js is the global one: the library must neither change it nor depend on it.
describe("money arithmetic is isolated from the host's decimal.js", () => {
  it("uses a private Decimal clone: the host's global configuration is untouched", () => {
    const before = { precision: Decimal.precision, rounding: Decimal.rounding };
    money("1.005");
    expect({ precision: Decimal.precision, rounding: Decimal.rounding }).toEqual(before);
    expect(Dec).not.toBe(Decimal);
    Decimal.set({ rounding: Decimal.ROUND_DOWN });
    try {
      expect(money("1.005").amount).toBe("1.01");
    } finally {
      Decimal.set({ rounding: before.rounding as Decimal.Rounding });
    }
  });
});
