import { describe, expect, it } from "vitest";
import { test, fc } from "@fast-check/vitest";
import { overtimeCharge } from "./overtime.js";
import { PolicyInputError } from "../core/errors.js";

const fee = (mode: "remote" | "onsite", minutes: number, extra: object = {}) =>
  overtimeCharge({ mode, minutes, ...extra }).fee.amount;

describe("overtimeCharge (§5)", () => {
  it("terms.5.overtime: remote block edges 60/61/90/91 minutes", () => {
    expect(fee("remote", 60)).toBe("0.00");
    expect(fee("remote", 61)).toBe("35.00");
    expect(fee("remote", 90)).toBe("35.00");
    expect(fee("remote", 91)).toBe("70.00");
  });

  it("terms.5.overtime: on-site block edges 60/61/90/91/120/121 minutes", () => {
    expect(fee("onsite", 60)).toBe("0.00");
    expect(fee("onsite", 61)).toBe("0.00");
    expect(fee("onsite", 90)).toBe("0.00");
    expect(fee("onsite", 91)).toBe("45.00");
    expect(fee("onsite", 120)).toBe("45.00");
    expect(fee("onsite", 121)).toBe("90.00");
  });

  it("terms.5.overtime: reports blocks and overtime minutes and cites the clause", () => {
    const r = overtimeCharge({ mode: "onsite", minutes: 125 });
    expect(r).toMatchObject({ blockMinutes: 90, overtimeMinutes: 35, blocks: 2, fee: { amount: "90.00", cents: 9000, currency: "USD" } });
    expect(r.citations).toEqual(expect.arrayContaining(["terms.2.2.visit-length", "terms.5.overtime"]));
    expect(r.explanation.join(" ")).toContain("$45.00");
  });

  it("terms.5.overtime: \"full\" rounding and grace minutes are options, off by default", () => {
    expect(fee("remote", 89, { rounding: "full" })).toBe("0.00");
    expect(fee("remote", 90, { rounding: "full" })).toBe("35.00");
    expect(fee("remote", 65, { graceMinutes: 5 })).toBe("0.00");
    expect(fee("remote", 66, { graceMinutes: 5 })).toBe("35.00");
    expect(fee("remote", 65)).toBe("35.00");
  });

  it("rejects bad input with PolicyInputError", () => {
    for (const bad of [
      { mode: "remote", minutes: -1 },
      { mode: "remote", minutes: Number.NaN },
      { mode: "remote", minutes: Infinity },
      { mode: "phone", minutes: 10 },
      { mode: "remote" },
      { mode: "remote", minutes: 10, rounding: "up" },
      { mode: "remote", minutes: 10, minuts: 5 },
      { mode: "remote", minutes: 10, graceMinutes: 1.5 },
    ]) {
      expect(() => overtimeCharge(bad as never), JSON.stringify(bad)).toThrow(PolicyInputError);
    }
  });

  test.prop([fc.constantFrom("remote" as const, "onsite" as const), fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 })])(
    "the fee is monotone in minutes",
    (mode, a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      expect(overtimeCharge({ mode, minutes: lo }).fee.cents).toBeLessThanOrEqual(overtimeCharge({ mode, minutes: hi }).fee.cents);
    },
  );

  test.prop([fc.constantFrom("remote" as const, "onsite" as const), fc.double({ min: 0, max: 10_080, noNaN: true })])(
    "zero within the block; otherwise exactly the started 30-minute increments",
    (mode, minutes) => {
      const r = overtimeCharge({ mode, minutes });
      const block = mode === "remote" ? 60 : 90;
      const rate = mode === "remote" ? 3500 : 4500;
      if (minutes <= block) expect(r.fee.cents).toBe(0);
      else {
        expect(r.blocks).toBe(Math.ceil((minutes - block) / 30));
        expect(r.fee.cents).toBe(r.blocks * rate);
        expect(r.blocks * 30).toBeGreaterThanOrEqual(minutes - block);
        expect((r.blocks - 1) * 30).toBeLessThan(minutes - block);
      }
    },
  );

  test.prop([fc.constantFrom("remote" as const, "onsite" as const), fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 120 })])(
    "grace and full rounding never charge more than the default",
    (mode, minutes, graceMinutes) => {
      const base = overtimeCharge({ mode, minutes }).fee.cents;
      expect(overtimeCharge({ mode, minutes, graceMinutes }).fee.cents).toBeLessThanOrEqual(base);
      expect(overtimeCharge({ mode, minutes, rounding: "full" }).fee.cents).toBeLessThanOrEqual(base);
    },
  );
});
