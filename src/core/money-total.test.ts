import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { MAX_MONEY } from "./money.js";
import { MONEY_TOTAL_MESSAGE, moneyTotalAtMost, moneyTotalWithinLimit } from "./money-total.js";

describe("the total of a list of amounts (issue 11)", () => {
  it("is at most MAX_MONEY, to the cent, strings and numbers alike", () => {
    expect(moneyTotalWithinLimit([MAX_MONEY])).toBe(true);
    expect(moneyTotalWithinLimit(["999999999999.98", 0.01])).toBe(true);
    expect(moneyTotalWithinLimit([MAX_MONEY, "0.01"])).toBe(false);
    expect(moneyTotalWithinLimit([MAX_MONEY, 0.01])).toBe(false);
    expect(moneyTotalWithinLimit(Array.from({ length: 91 }, () => MAX_MONEY))).toBe(false);
  });

  it("skips what the money schema refuses on its own", () => {
    expect(moneyTotalWithinLimit([MAX_MONEY, "1e3", "-5", "1.005", -5, Number.NaN, Infinity, 1e13, null, undefined, {}])).toBe(true);
  });

  it("the check names the limit, and ignores items that are not objects", () => {
    // The items' own schema does not refuse a non-object here, so the check meets one.
    const schema = z.array(z.unknown()).check(moneyTotalAtMost((item) => (item as { amount?: unknown }).amount));
    expect(MONEY_TOTAL_MESSAGE).toBe("the amounts sum to more than $999,999,999,999.99, the largest total computed exactly");
    expect(z.safeParse(schema, [null, 7, { amount: MAX_MONEY }]).success).toBe(true);
    const r = z.safeParse(schema, [null, { amount: MAX_MONEY }, { amount: "0.01" }]);
    expect(r.error?.issues.map((i) => i.message)).toEqual([MONEY_TOTAL_MESSAGE]);
  });
});
