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

  it("terms.5.overtime: a member remote session explains the 60-minute block (§2.1) and the started increment", () => {
    const r = overtimeCharge({ mode: "remote", minutes: 61 });
    expect(r.explanation).toEqual([
      "Remote time block: 60 min; 61 min used, 1 min beyond the block.",
      "Overtime: 1 × 30 min (each started 30 min billed) × $35.00 = $35.00.",
    ]);
    expect(r.citations).toEqual(["terms.2.1.session-length", "terms.5.overtime"]);
    expect(r).toMatchObject({ blockMinutes: 60, overtimeMinutes: 1, blocks: 1, rate: { amount: "35.00", cents: 3500 } });
  });

  it("terms.5.overtime: grace and full-rounding options are stated with their numbers", () => {
    const g = overtimeCharge({ mode: "onsite", minutes: 130, graceMinutes: 5 });
    // 130 - 90 = 40 min beyond; 5 forgiven leaves 35: two started increments.
    expect(g).toMatchObject({ overtimeMinutes: 40, blocks: 2, fee: { amount: "90.00" } });
    expect(g.explanation).toEqual([
      "On-site time block: 90 min; 130 min used, 40 min beyond the block.",
      "Grace option: the first 5 min beyond the block are not billed (35 min left).",
      "Overtime: 2 × 30 min (each started 30 min billed) × $45.00 = $90.00.",
    ]);
    expect(g.citations).toEqual(["terms.2.2.visit-length", "terms.5.overtime"]);
    const f = overtimeCharge({ mode: "onsite", minutes: 179, rounding: "full" });
    // 89 min beyond: only two full increments.
    expect(f.blocks).toBe(2);
    expect(f.explanation[1]).toBe("Overtime: 2 × 30 min (only full 30 min billed) × $45.00 = $90.00.");
    // An explicit grace of 0 is the default: no grace sentence.
    expect(overtimeCharge({ mode: "onsite", minutes: 130, graceMinutes: 0 }).explanation).toHaveLength(2);
  });

  it("terms.5.overtime: inputs up to one week (10 080 min) are accepted, beyond are rejected naming the rule", () => {
    // 10 080 - 60 = 10 020 min beyond the block = 334 increments × $35.
    expect(overtimeCharge({ mode: "remote", minutes: 10_080 }).fee.amount).toBe("11690.00");
    expect(overtimeCharge({ mode: "remote", minutes: 10_080, graceMinutes: 10_080 }).fee.amount).toBe("0.00");
    expect(() => overtimeCharge({ mode: "remote", minutes: 10_081 })).toThrow(/^Invalid input to overtimeCharge/);
    expect(() => overtimeCharge({ mode: "remote", minutes: 10, graceMinutes: 10_081 })).toThrow(PolicyInputError);
    expect(() => overtimeCharge({ mode: "remote", minutes: 10, graceMinutes: -1 })).toThrow(PolicyInputError);
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
