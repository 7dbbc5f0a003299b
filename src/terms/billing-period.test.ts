import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { billingPeriod } from "./billing-period.js";
import { PolicyInputError } from "../core/errors.js";
import { PLANS } from "./tariff.js";

const day = (n: number) => String(n).padStart(2, "0");

describe("billingPeriod", () => {
  it("terms.6.billing-date: monthly Jan 31 anchor renews Feb 28 then Mar 31 (clamped, anchor kept)", () => {
    const feb = billingPeriod({ plan: "home-monthly", startDate: "2025-01-31", on: "2025-02-28" });
    expect([feb.start, feb.end, feb.nextRenewal]).toEqual(["2025-02-28", "2025-03-30", "2025-03-31"]);
    const jan = billingPeriod({ plan: "home-monthly", startDate: "2025-01-31", on: "2025-02-27" });
    expect([jan.start, jan.end, jan.nextRenewal]).toEqual(["2025-01-31", "2025-02-27", "2025-02-28"]);
    const apr = billingPeriod({ plan: "office-monthly", startDate: "2025-01-31", on: "2025-04-30" });
    expect([apr.start, apr.end, apr.nextRenewal, apr.periodIndex]).toEqual(["2025-04-30", "2025-05-30", "2025-05-31", 3]);
  });

  it("terms.6.billing-date: monthly Jan 30 anchor in a leap year renews on Feb 29", () => {
    const r = billingPeriod({ plan: "home-monthly", startDate: "2024-01-30", on: "2024-02-15" });
    expect([r.start, r.end, r.nextRenewal]).toEqual(["2024-01-30", "2024-02-28", "2024-02-29"]);
  });

  it("terms.6.auto-renewal: yearly Feb 29 anchor renews Feb 28 in common years and Feb 29 in 2028", () => {
    const y1 = billingPeriod({ plan: "home-yearly", startDate: "2024-02-29", on: "2025-02-27" });
    expect([y1.start, y1.end, y1.nextRenewal, y1.periodIndex]).toEqual(["2024-02-29", "2025-02-27", "2025-02-28", 0]);
    const y2 = billingPeriod({ plan: "home-yearly", startDate: "2024-02-29", on: "2025-02-28" });
    expect([y2.start, y2.end, y2.nextRenewal]).toEqual(["2025-02-28", "2026-02-27", "2026-02-28"]);
    const y4 = billingPeriod({ plan: "office-yearly", startDate: "2024-02-29", on: "2027-12-31" });
    expect([y4.start, y4.end, y4.nextRenewal, y4.periodMonths]).toEqual(["2027-02-28", "2028-02-28", "2028-02-29", 12]);
  });

  it("terms.6.billing-date: the signup day opens period 0 and the renewal day opens the next", () => {
    const r0 = billingPeriod({ plan: "office-monthly", startDate: "2025-05-15", on: "2025-05-15" });
    expect([r0.start, r0.end, r0.periodIndex]).toEqual(["2025-05-15", "2025-06-14", 0]);
    const r1 = billingPeriod({ plan: "office-monthly", startDate: "2025-05-15", on: "2025-06-15" });
    expect([r1.start, r1.periodIndex]).toEqual(["2025-06-15", 1]);
  });

  it("cites the renewal clauses and explains the dates", () => {
    const r = billingPeriod({ plan: "home-yearly", startDate: "2025-03-10", on: "2026-01-01" });
    expect(r.citations).toEqual(["terms.6.auto-renewal", "terms.6.billing-date"]);
    expect(r.explanation.join(" ")).toContain("2026-03-10");
  });

  it("terms.6.auto-renewal / terms.6.billing-date: every sentence of a yearly and a monthly period", () => {
    const y = billingPeriod({ plan: "home-yearly", startDate: "2025-03-10", on: "2026-01-01" });
    expect(y.explanation).toEqual([
      "home-yearly is a yearly plan: it auto-renews every 12 months until canceled.",
      "Renewal dates are counted from the signup date 2025-03-10 (day clamped to the month's end, the anchor day kept); 2026-01-01 falls in billing period #0, which started on 2025-03-10.",
      "The next renewal (and charge) is on 2026-03-10, so this period ends on 2026-03-09 (inclusive).",
    ]);
    const m = billingPeriod({ plan: "office-monthly", startDate: "2025-01-31", on: "2025-03-05" });
    expect(m).toMatchObject({ start: "2025-02-28", end: "2025-03-30", nextRenewal: "2025-03-31", periodIndex: 1, periodMonths: 1 });
    expect(m.explanation).toEqual([
      "office-monthly is a monthly plan: it auto-renews every month until canceled.",
      "Renewal dates are counted from the signup date 2025-01-31 (day clamped to the month's end, the anchor day kept); 2025-03-05 falls in billing period #1, which started on 2025-02-28.",
      "The next renewal (and charge) is on 2025-03-31, so this period ends on 2025-03-30 (inclusive).",
    ]);
  });

  it("rejects `on` before the start date with the field, the reason and the rule name", () => {
    try {
      billingPeriod({ plan: "home-monthly", startDate: "2025-02-01", on: "2025-01-31" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyInputError);
      expect((e as PolicyInputError).issues).toEqual([{ path: ["on"], message: "`on` is before the membership start date" }]);
      expect((e as Error).message).toMatch(/^Invalid input to billingPeriod: /);
    }
    expect(() => billingPeriod({ plan: "gold" } as never)).toThrow(/^Invalid input to billingPeriod/);
  });

  it("rejects bad input with PolicyInputError", () => {
    const bad: unknown[] = [
      { plan: "home-monthly", startDate: "2025-02-01", on: "2025-01-31" },
      { plan: "gold", startDate: "2025-02-01", on: "2025-03-01" },
      { plan: "home-monthly", startDate: "2025-02-30", on: "2025-03-01" },
      { plan: "home-monthly", startDate: "2025-02-01", on: "2025-03-01", extra: 1 },
      { plan: "home-monthly", startDate: "2025-02-01" },
    ];
    for (const b of bad) expect(() => billingPeriod(b as never)).toThrow(PolicyInputError);
  });

  it("never mutates its input", () => {
    const input = Object.freeze({ plan: "home-monthly" as const, startDate: "2025-01-31", on: "2025-06-01" });
    const copy = structuredClone(input);
    billingPeriod(input);
    expect(input).toEqual(copy);
  });

  it("terms.6.billing-date: for every anchor day 1–31, monthly and yearly periods tile 10 years exactly", () => {
    for (let d = 1; d <= 31; d++) {
      for (const plan of PLANS) {
        const startDate = `2024-01-${day(d)}`; // a leap year start, so Feb 29 is crossed
        let on = startDate;
        let count = 0;
        while (on < "2034-01-01") {
          const p = billingPeriod({ plan, startDate, on });
          expect(p.start).toBe(on);
          on = p.nextRenewal;
          count++;
        }
        expect(count).toBe(plan.endsWith("yearly") ? 10 : 120);
      }
    }
  });

  // Property: billing periods tile time with no gap and no overlap, for every anchor day 1–31, over 10 years.
  test.prop([fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2020, max: 2030 }), fc.constantFrom(...PLANS)], {
    numRuns: 120,
  })("periods tile 10 years with no gap or overlap, for any anchor day", (d, m, y, plan) => {
    fc.pre(d <= new Date(Date.UTC(y, m, 0)).getUTCDate());
    const startDate = `${y}-${day(m)}-${day(d)}`;
    const horizon = `${y + 10}-${day(m)}-01`;
    let on = startDate;
    let index = 0;
    while (on < horizon) {
      const p = billingPeriod({ plan, startDate, on });
      expect(p.start).toBe(on); // no gap, no overlap: each period starts the day after the last one ended
      expect(p.periodIndex).toBe(index);
      expect(p.end < p.nextRenewal).toBe(true);
      const mid = billingPeriod({ plan, startDate, on: p.end });
      expect(mid.start).toBe(p.start);
      // The renewal day is the anchor day clamped to the month.
      const [ry, rm, rd] = p.nextRenewal.split("-").map(Number) as [number, number, number];
      expect(rd).toBe(Math.min(d, new Date(Date.UTC(ry, rm, 0)).getUTCDate()));
      on = p.nextRenewal;
      index++;
    }
  });
});
