import { describe, expect, it } from "vitest";
import { test, fc } from "@fast-check/vitest";
import { noShowCharge } from "./no-show.js";
import { PolicyInputError } from "../core/errors.js";
import { defineEdition } from "../editions/define.js";
import { policyErrorOf } from "../../test/policy-error.js";
import { noShowInputArbitrary } from "../testing/arbitraries.js";

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

  it("terms.4.no-show: count-visit asked without saying whether a visit is available falls back to the fee, and says why", () => {
    const r = noShowCharge({
      appointmentAt: "2026-06-10T10:00:00-07:00",
      canceledAt: "2026-06-10T08:00:00-07:00",
      resolution: "count-visit",
    });
    expect(r).toMatchObject({ noShow: true, outcome: "fee", fee: { amount: "45.00" }, noticeHours: 2 });
    expect(r.explanation).toEqual([
      "Appointment starts 2026-06-10T10:00:00-07:00; free cancellation needs 24 hours' notice, so it was free until 2026-06-09T10:00:00-07:00.",
      "Cancelled 2026-06-10T08:00:00-07:00: 2 hours of elapsed notice.",
      "Notice is under 24 hours: a no-show.",
      'Resolution "count-visit" was asked, but no included visit is available (includedVisitAvailable not given): the fee applies instead.',
      "No-show fee: $45.00.",
    ]);
    expect(r.citations).toEqual(["terms.4.no-show"]);
  });

  it("terms.4.no-show: count-visit with includedVisitAvailable false names no missing field", () => {
    const r = noShowCharge({
      appointmentAt: "2026-06-10T10:00:00-07:00",
      resolution: "count-visit",
      includedVisitAvailable: false,
    });
    expect(r.explanation).toContain(
      'Resolution "count-visit" was asked, but no included visit is available: the fee applies instead.',
    );
  });

  it("terms.4.no-show: the default resolution is stated; an explicit \"fee\" is not called a default", () => {
    const base = { appointmentAt: "2026-06-10T10:00:00-07:00", canceledAt: "2026-06-10T08:00:00-07:00" } as const;
    const byDefault = noShowCharge(base);
    expect(byDefault.explanation).toContain("No resolution given: the default is the no-show fee.");
    const explicit = noShowCharge({ ...base, resolution: "fee" });
    expect(explicit.fee.amount).toBe("45.00");
    expect(explicit.explanation.join(" ")).not.toContain("No resolution given");
    expect(explicit.explanation.at(-1)).toBe("No-show fee: $45.00.");
  });

  it("terms.4.no-show: an available included visit is counted and cites the rollover clause", () => {
    const r = noShowCharge({ appointmentAt: "2026-06-10T10:00:00-07:00", noAccessOnArrival: true, resolution: "count-visit", includedVisitAvailable: true });
    expect(r.explanation.slice(1)).toEqual([
      "No cancellation was given: the appointment was missed.",
      "No access on arrival counts as a no-show.",
      "Resolution chosen: the no-show counts as one included visit; no fee.",
    ]);
    expect(r.citations).toEqual(["terms.4.no-show", "terms.2.2.rollover"]);
  });

  it("terms.4.no-show: exactly 24 h of notice explains the free cancellation", () => {
    const r = noShowCharge({ appointmentAt: "2026-06-10T10:00:00-07:00", canceledAt: "2026-06-09T10:00:00-07:00" });
    expect(r.explanation.slice(1)).toEqual([
      "Cancelled 2026-06-09T10:00:00-07:00: 24 hours of elapsed notice.",
      "Notice is at least 24 hours: no charge.",
    ]);
  });

  it("rejects bad input naming the rule: Invalid input to noShowCharge", () => {
    expect(() => noShowCharge({ appointmentAt: "2026-03-07T12:00:00" })).toThrow(/^Invalid input to noShowCharge/);
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

describe("noShowCharge: contradictory no-access input (T19, §4)", () => {
  const appointmentAt = "2026-06-10T10:00:00-07:00";

  it("terms.4.no-show (T19): no access on arrival after a cancellation exactly 24 h ahead is an input error naming both fields, never a fee", () => {
    const { message, issues } = policyErrorOf(
      () => noShowCharge({ appointmentAt, canceledAt: "2026-06-09T10:00:00-07:00", noAccessOnArrival: true, resolution: "fee" }),
      "noShowCharge",
    );
    expect(issues).toEqual([
      {
        path: ["noAccessOnArrival"],
        message:
          "`noAccessOnArrival: true` contradicts `canceledAt`: the appointment was cancelled 24 hours before its start, at least the 24 hours' notice that makes cancelling free, so nobody should have arrived",
      },
      { path: ["canceledAt"], message: "a cancellation 24 hours ahead (at least 24) contradicts `noAccessOnArrival: true`" },
    ]);
    expect(message).toMatch(/^Invalid input to noShowCharge: noAccessOnArrival: .*; canceledAt: /);
  });

  it("terms.4.no-show (T19): nine days' notice with no access on arrival is contradictory too, whatever the resolution", () => {
    for (const resolution of [undefined, "fee", "count-visit"] as const) {
      const input = { appointmentAt, canceledAt: "2026-06-01T10:00:00-07:00", noAccessOnArrival: true, includedVisitAvailable: true, ...(resolution ? { resolution } : {}) };
      expect(policyErrorOf(() => noShowCharge(input), "noShowCharge").issues.map((i) => i.path)).toEqual([["noAccessOnArrival"], ["canceledAt"]]);
    }
  });

  it("terms.4.no-show (T19): one second under 24 h, a cancellation after the start, or no cancellation: no access on arrival is a no-show fee", () => {
    for (const canceledAt of ["2026-06-09T10:00:01-07:00", "2026-06-10T10:30:00-07:00", undefined]) {
      const r = noShowCharge({ appointmentAt, noAccessOnArrival: true, ...(canceledAt ? { canceledAt } : {}) });
      expect(r, String(canceledAt)).toMatchObject({ noShow: true, outcome: "fee", fee: { amount: "45.00" } });
      expect(r.explanation).toContain("No access on arrival counts as a no-show.");
    }
  });

  it("terms.4.no-show (T19): `noAccessOnArrival: false` with 24 h or more of notice is consistent: no charge", () => {
    expect(noShowCharge({ appointmentAt, canceledAt: "2026-06-09T10:00:00-07:00", noAccessOnArrival: false })).toMatchObject({ noShow: false, outcome: "no-charge" });
  });

  it("terms.4.no-show (T19): the edition's notice hours draw the line: 30 h ahead is contradictory under 12 h' notice, a no-show under 48 h'", () => {
    const at = "2027-03-10T10:00:00-08:00";
    const canceledAt = "2027-03-09T04:00:00-08:00";
    const edition = (hours: number) =>
      defineEdition({ id: `t19@${hours}h`, announcedOn: "2026-11-01", effectiveOn: "2027-01-01", changes: { cancellationNoticeHours: hours } });
    const { issues } = policyErrorOf(() => noShowCharge({ appointmentAt: at, canceledAt, noAccessOnArrival: true, edition: edition(12) }), "noShowCharge");
    expect(issues[0]?.message).toContain("cancelled 30 hours before its start, at least the 12 hours' notice");
    expect(noShowCharge({ appointmentAt: at, canceledAt, noAccessOnArrival: true, edition: edition(48) })).toMatchObject({ noShow: true, outcome: "fee" });
  });

  const ms = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) });
  test.prop([ms, fc.integer({ min: -48 * 3600, max: 96 * 3600 }), fc.constantFrom(undefined, "fee", "count-visit" as const), fc.boolean()])(
    "terms.4.no-show (T19): with no access on arrival, an input error exactly when cancelled at or before freeCancellationUntil, else a no-show",
    (start, noticeSeconds, resolution, includedVisitAvailable) => {
      const input = {
        appointmentAt: new Date(start),
        canceledAt: new Date(start - noticeSeconds * 1000),
        noAccessOnArrival: true,
        includedVisitAvailable,
        ...(resolution ? { resolution } : {}),
      };
      const free = noShowCharge({ appointmentAt: input.appointmentAt }).freeCancellationUntil;
      if (input.canceledAt.getTime() <= Date.parse(free)) {
        expect(() => noShowCharge(input)).toThrow(PolicyInputError);
      } else {
        const r = noShowCharge(input);
        expect(r.noShow).toBe(true);
        expect(r.outcome).not.toBe("no-charge");
      }
    },
  );

  test.prop([noShowInputArbitrary()])("the testing kit's noShowInputArbitrary never generates the contradictory combination", (input) => {
    expect(() => noShowCharge(input)).not.toThrow();
  });
});
