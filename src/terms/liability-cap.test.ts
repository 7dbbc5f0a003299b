import { describe, expect, it } from "vitest";
import { centsToAmount } from "../../test/cents.js";
import { fc, test } from "@fast-check/vitest";
import { liabilityCap } from "./liability-cap.js";
import { PolicyInputError } from "../core/errors.js";

describe("liabilityCap", () => {
  it("terms.12.cap: a payment on the window's first day counts, one on the event day does not", () => {
    const r = liabilityCap({
      eventDate: "2025-06-15",
      payments: [
        { date: "2025-03-14", amount: "49.00" }, // the day before the window: out
        { date: "2025-03-15", amount: "49.00" }, // the window's first day: in
        { date: "2025-04-15", amount: "49.00" },
        { date: "2025-05-15", amount: "49.00" },
        { date: "2025-06-14", amount: "10.50" }, // the day before the event: in
        { date: "2025-06-15", amount: "49.00" }, // the event day: out
        { date: "2025-07-15", amount: "49.00" }, // after: out
      ],
    });
    expect(r.windowStart).toBe("2025-03-15");
    expect(r.windowEnd).toBe("2025-06-15");
    expect(r.counted).toEqual([1, 2, 3, 4]);
    expect(r.cap).toEqual({ amount: "157.50", cents: 15750, currency: "USD" });
    expect(r.citations).toEqual(["terms.12.cap"]);
  });

  it("terms.12.cap: the window start clamps to the month's end (May 31 → Feb 28, leap year Feb 29)", () => {
    expect(liabilityCap({ eventDate: "2025-05-31", payments: [] }).windowStart).toBe("2025-02-28");
    expect(liabilityCap({ eventDate: "2024-05-31", payments: [] }).windowStart).toBe("2024-02-29");
    const r = liabilityCap({ eventDate: "2025-05-31", payments: [{ date: "2025-02-28", amount: 20 }, { date: "2025-02-27", amount: 20 }] });
    expect(r.cap.amount).toBe("20.00");
  });

  it("terms.12.cap: no payment in the window gives a $0.00 cap", () => {
    expect(liabilityCap({ eventDate: "2025-01-10", payments: [{ date: "2024-01-10", amount: "1200.00" }] }).cap.amount).toBe("0.00");
  });

  it("terms.12.cap: the explanation names the window, each counted payment and the cap", () => {
    const r = liabilityCap({
      eventDate: "2025-05-31",
      payments: [
        { date: "2025-02-27", amount: "20.00" },
        { date: "2025-02-28", amount: 49 },
        { date: "2025-03-31", amount: "10.5" },
        { date: "2025-05-31", amount: "49.00" },
      ],
    });
    expect(r.explanation).toEqual([
      "Liability is capped at the fees paid in the 3 months prior to the event of 2025-05-31: payments dated from 2025-02-28 (inclusive) to 2025-05-31 (exclusive).",
      "2 of 4 payment(s) fall in the window: 2025-02-28 $49.00, 2025-03-31 $10.50; cap = $59.50.",
    ]);
  });

  it("terms.12.cap: with no payment in the window the explanation lists none", () => {
    const r = liabilityCap({ eventDate: "2025-01-10", payments: [{ date: "2024-01-10", amount: "1200.00" }] });
    expect(r.explanation[1]).toBe("0 of 1 payment(s) fall in the window; cap = $0.00.");
    expect(r.citations).toEqual(["terms.12.cap"]);
  });

  it("rejects bad input naming the rule: Invalid input to liabilityCap", () => {
    expect(() => liabilityCap({ eventDate: "2025-02-01" } as never)).toThrow(/^Invalid input to liabilityCap/);
  });

  it("rejects bad input with PolicyInputError", () => {
    const bad: unknown[] = [
      { eventDate: "2025-02-30", payments: [] },
      { eventDate: "2025-02-01", payments: [{ date: "2025-01-01", amount: "-5.00" }] },
      { eventDate: "2025-02-01", payments: [{ date: "2025-01-01", amount: 5.001 }] },
      { eventDate: "2025-02-01", payments: [{ date: "2025-01-01T00:00:00Z", amount: 5 }] },
      { eventDate: "2025-02-01" },
      { eventDate: "2025-02-01", payments: [], months: 6 },
    ];
    for (const b of bad) expect(() => liabilityCap(b as never), JSON.stringify(b)).toThrow(PolicyInputError);
  });

  it("never mutates its input", () => {
    const input = { eventDate: "2025-06-15", payments: [{ date: "2025-05-01", amount: "49.00" }, { date: "2025-04-01", amount: 49 }] };
    const copy = structuredClone(input);
    liabilityCap(input);
    expect(input).toEqual(copy);
  });
});

const isoDay = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);

describe("liabilityCap properties", () => {
  test.prop(
    [
      fc.integer({ min: 0, max: 3650 }),
      fc.array(fc.record({ offset: fc.integer({ min: -150, max: 20 }), cents: fc.integer({ min: 0, max: 1_000_000 }) }), { maxLength: 15 }),
    ],
    { numRuns: 300 },
  )("the cap equals the sum of exactly the payments dated in [event − 3 months, event)", (eventOffset, pays) => {
    const event = new Date(Date.UTC(2020, 0, 1 + eventOffset));
    const eventDate = event.toISOString().slice(0, 10);
    // Independent "3 months prior": same day three months earlier, clamped to that month's length.
    const y = event.getUTCFullYear();
    const m = event.getUTCMonth() + 1 - 3;
    const ym = m < 1 ? { y: y - 1, m: m + 12 } : { y, m };
    const dim = new Date(Date.UTC(ym.y, ym.m, 0)).getUTCDate();
    const start = isoDay(ym.y, ym.m, Math.min(event.getUTCDate(), dim));
    const payments = pays.map((p) => ({ date: new Date(event.getTime() + p.offset * 86_400_000).toISOString().slice(0, 10), amount: centsToAmount(p.cents) }));
    const r = liabilityCap({ eventDate, payments });
    expect(r.windowStart).toBe(start);
    const expected = pays.filter((_, i) => (payments[i]?.date ?? "") >= start && (payments[i]?.date ?? "") < eventDate).reduce((a, p) => a + p.cents, 0);
    expect(r.cap.cents).toBe(expected);
    // Order of the payments does not matter.
    expect(liabilityCap({ eventDate, payments: [...payments].reverse() }).cap).toEqual(r.cap);
  });
});
