import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { monthlyCancellation } from "./monthly-cancellation.js";
import { PolicyInputError } from "../core/errors.js";

describe("monthlyCancellation", () => {
  it("terms.6.monthly-cancel: effective the day before the next renewal, refund $0.00", () => {
    const r = monthlyCancellation({ startDate: "2025-03-15", requestedOn: "2025-05-02" });
    expect(r.effectiveOn).toBe("2025-05-14");
    expect(r.nextRenewal).toBe("2025-05-15");
    expect(r.periodStart).toBe("2025-04-15");
    expect(r.refund).toEqual({ amount: "0.00", cents: 0, currency: "USD" });
    expect(r.citations).toContain("terms.6.monthly-cancel");
  });

  it("terms.6.monthly-cancel: month-end anchor Jan 31, request in the Feb 28 period ends Mar 30", () => {
    const r = monthlyCancellation({ startDate: "2025-01-31", requestedOn: "2025-03-01" });
    expect([r.periodStart, r.effectiveOn, r.nextRenewal]).toEqual(["2025-02-28", "2025-03-30", "2025-03-31"]);
  });

  it("terms.6.monthly-cancel: a request on a renewal day falls in the period that renewal opened", () => {
    const r = monthlyCancellation({ startDate: "2025-03-15", requestedOn: "2025-04-15" });
    expect(r.effectiveOn).toBe("2025-05-14");
    const last = monthlyCancellation({ startDate: "2025-03-15", requestedOn: "2025-04-14" });
    expect(last.effectiveOn).toBe("2025-04-14");
  });

  it("terms.6.monthly-cancel: leap-year Feb 29 anchor renews Mar 29", () => {
    const r = monthlyCancellation({ startDate: "2024-02-29", requestedOn: "2024-03-01" });
    expect(r.effectiveOn).toBe("2024-03-28");
  });

  it("terms.6.monthly-cancel: every sentence of the Jan 31 anchor example, with its clauses in order", () => {
    const r = monthlyCancellation({ startDate: "2025-01-31", requestedOn: "2025-03-05" });
    expect(r.explanation).toEqual([
      "A monthly plan renews every 1 month on the signup day (2025-01-31, clamped to the month's end); the request of 2025-03-05 falls in the billing period 2025-02-28 – 2025-03-30.",
      "Monthly cancellation is effective at the end of the current billing period: 2025-03-30, the day before the renewal of 2025-03-31, which is not charged.",
      "No refunds for partial periods: refund $0.00.",
    ]);
    expect(r.citations).toEqual(["terms.6.auto-renewal", "terms.6.billing-date", "terms.6.monthly-cancel"]);
  });

  it("rejects a request before the start date with the field, the reason and the rule name", () => {
    try {
      monthlyCancellation({ startDate: "2025-02-01", requestedOn: "2025-01-31" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyInputError);
      expect((e as PolicyInputError).issues).toEqual([{ path: ["requestedOn"], message: "`requestedOn` is before the membership start date" }]);
      expect((e as Error).message).toMatch(/^Invalid input to monthlyCancellation: /);
    }
    expect(() => monthlyCancellation({ startDate: "2025-02-01" } as never)).toThrow(/^Invalid input to monthlyCancellation/);
    // The start day itself is a valid request day.
    expect(monthlyCancellation({ startDate: "2025-02-01", requestedOn: "2025-02-01" }).effectiveOn).toBe("2025-02-28");
  });

  it("rejects bad input with PolicyInputError", () => {
    expect(() => monthlyCancellation({ startDate: "2025-03-15", requestedOn: "2025-03-14" })).toThrow(PolicyInputError);
    expect(() => monthlyCancellation({ startDate: "2025-03-15" } as never)).toThrow(PolicyInputError);
    expect(() => monthlyCancellation({ startDate: "2025-03-15", requestedOn: "2025-04-01", plan: "home-monthly" } as never)).toThrow(
      PolicyInputError,
    );
    expect(() => monthlyCancellation({ startDate: "2025-13-01", requestedOn: "2026-04-01" })).toThrow(PolicyInputError);
  });

  it("never mutates its input", () => {
    const input = Object.freeze({ startDate: "2025-01-31", requestedOn: "2025-06-01" });
    monthlyCancellation(input);
    expect(input).toEqual({ startDate: "2025-01-31", requestedOn: "2025-06-01" });
  });

  test.prop([fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true }), fc.integer({ min: 0, max: 3650 })])(
    "the effective date is on or after the request, less than a month later, and the refund is always $0.00",
    (d, offset) => {
      const startDate = d.toISOString().slice(0, 10);
      const requestedOn = new Date(d.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
      const r = monthlyCancellation({ startDate, requestedOn });
      expect(r.effectiveOn >= requestedOn).toBe(true);
      expect(r.periodStart <= requestedOn).toBe(true);
      expect((Date.parse(r.effectiveOn) - Date.parse(requestedOn)) / 86_400_000).toBeLessThan(31);
      expect(r.refund.cents).toBe(0);
    },
  );
});
