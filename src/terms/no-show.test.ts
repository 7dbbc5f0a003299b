import { describe, expect, it } from "vitest";
import { test, fc } from "@fast-check/vitest";
import { noShowCharge } from "./no-show.js";
import { PolicyInputError } from "../core/errors.js";

describe("noShowCharge (§4)", () => {
  it("terms.4.no-show: 24 hours or more of notice costs nothing; exactly 24 h is free", () => {
    const r = noShowCharge({ appointmentAt: "2026-06-10T10:00:00-07:00", canceledAt: "2026-06-09T10:00:00-07:00" });
    expect(r).toMatchObject({ noShow: false, outcome: "no-charge", fee: { amount: "0.00" }, noticeHours: 24 });
    expect(r.freeCancellationUntil).toBe("2026-06-09T10:00:00-07:00");
  });

  it("terms.4.no-show: one second under 24 h is a no-show with the $45 fee", () => {
    const r = noShowCharge({ appointmentAt: "2026-06-10T10:00:00-07:00", canceledAt: "2026-06-09T10:00:01-07:00" });
    expect(r).toMatchObject({ noShow: true, outcome: "fee", fee: { amount: "45.00", cents: 4500 } });
    expect(r.citations).toContain("terms.4.no-show");
  });

  it("terms.4.no-show: spring forward — same wall-clock time a day earlier is only 23 elapsed hours", () => {
    const r = noShowCharge({ appointmentAt: "2026-03-08T10:00:00-07:00", canceledAt: "2026-03-07T10:00:00-08:00" });
    expect(r.noticeHours).toBe(23);
    expect(r.outcome).toBe("fee");
    expect(r.freeCancellationUntil).toBe("2026-03-07T09:00:00-08:00");
  });

  it("terms.4.no-show: fall back — 11:00 the day before a 10:00 appointment is a full 24 elapsed hours", () => {
    const r = noShowCharge({ appointmentAt: "2026-11-01T10:00:00-08:00", canceledAt: "2026-10-31T11:00:00-07:00" });
    expect(r.noticeHours).toBe(24);
    expect(r.outcome).toBe("no-charge");
    expect(r.freeCancellationUntil).toBe("2026-10-31T11:00:00-07:00");
  });

  it("terms.4.no-show: the same instant in any offset or as a Date gives the same answer", () => {
    const a = noShowCharge({ appointmentAt: "2026-11-02T18:00:00Z", canceledAt: "2026-11-01T12:00:00-08:00" });
    const b = noShowCharge({ appointmentAt: new Date("2026-11-02T18:00:00Z"), canceledAt: "2026-11-02T01:30:00+05:30" });
    expect(a.noticeHours).toBe(22);
    expect(b).toEqual(a);
  });

  it("terms.4.no-show: no access on arrival and a missed appointment are no-shows", () => {
    expect(noShowCharge({ appointmentAt: "2026-06-10T10:00:00-07:00", noAccessOnArrival: true }).outcome).toBe("fee");
    const missed = noShowCharge({ appointmentAt: "2026-06-10T10:00:00-07:00" });
    expect(missed).toMatchObject({ noShow: true, outcome: "fee", noticeHours: null });
  });

  it("terms.4.no-show: the host may count an available included visit instead of the fee", () => {
    const base = { appointmentAt: "2026-06-10T10:00:00-07:00", canceledAt: "2026-06-10T08:00:00-07:00" } as const;
    expect(noShowCharge({ ...base, resolution: "count-visit", includedVisitAvailable: true })).toMatchObject({
      outcome: "count-visit",
      fee: { amount: "0.00" },
    });
    const none = noShowCharge({ ...base, resolution: "count-visit", includedVisitAvailable: false });
    expect(none).toMatchObject({ outcome: "fee", fee: { amount: "45.00" } });
    expect(none.explanation.join(" ")).toMatch(/no included visit is available/);
  });

  it("rejects bad input with PolicyInputError (instant without offset, impossible date, unknown key)", () => {
    for (const bad of [
      { appointmentAt: "2026-03-07T12:00:00" },
      { appointmentAt: "2026-02-30T12:00:00Z" },
      { appointmentAt: new Date(Number.NaN) },
      { appointmentAt: "2026-03-07T12:00:00Z", canceledAt: "yesterday" },
      { appointmentAt: "2026-03-07T12:00:00Z", resolution: "waive" },
      { appointmentAt: "2026-03-07T12:00:00Z", cancelledAt: "2026-03-06T12:00:00Z" },
      { appointmentAt: 1772900000000 },
    ]) {
      expect(() => noShowCharge(bad as never), JSON.stringify(bad)).toThrow(PolicyInputError);
    }
  });

  const ms = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) });
  test.prop([ms, fc.integer({ min: -48 * 3600, max: 96 * 3600 })])(
    "free exactly when cancelled at or before freeCancellationUntil",
    (start, noticeSeconds) => {
      const appointmentAt = new Date(start);
      const canceledAt = new Date(start - noticeSeconds * 1000);
      const r = noShowCharge({ appointmentAt, canceledAt });
      const until = Date.parse(r.freeCancellationUntil);
      expect(until).toBe(start - 24 * 3_600_000);
      expect(r.outcome === "no-charge").toBe(canceledAt.getTime() <= until);
      expect(r.fee.cents).toBe(r.outcome === "fee" ? 4500 : 0);
    },
  );
});
