/** One test per reading of the per-service Terms rules (src/core/interpretations/terms.ts), pinning the default. */
import { describe, expect, it } from "vitest";
import { termsInterpretations } from "../core/interpretations/terms.js";
import { checkEligibility } from "./eligibility.js";
import { deviceCoverage } from "./device-coverage.js";
import { overtimeCharge } from "./overtime.js";
import { quoteService } from "./quote-service.js";
import { noShowCharge } from "./no-show.js";
import { slaTarget } from "./sla.js";
import { classifyRequest } from "./classify-request.js";
import { PolicyInputError } from "../core/errors.js";

const pins: Record<string, () => void> = {
  "T1.outside-area": () => {
    expect(checkEligibility({ age: 30, zip: "95630" }).eligible).toBe(false);
    expect(checkEligibility({ age: 30, zip: "95630", outsideAreaApproved: true }).tripFeeRequired).toBe(true);
    expect(checkEligibility({ age: 30, zip: "95661-0001" }).inServiceArea).toBe(true);
    expect(checkEligibility({ age: 30, zip: "95630", outsideAreaApproved: true, mode: "remote" })).toMatchObject({ eligible: true, tripFeeRequired: false });
    expect(checkEligibility({ age: 30, zip: "95630", mode: "remote" }).eligible).toBe(false);
  },
  "T1.age": () => expect(checkEligibility({ age: 18, zip: "95661" }).eligible).toBe(true),
  "T6.endpoint-limit-order": () =>
    expect(deviceCoverage({ plan: "home-monthly", deviceLimit: 1, devices: [{ kind: "laptop", addOn: true }, { kind: "tablet" }] }).statuses).toEqual([
      "covered",
      "add-on",
    ]),
  "T6.antivirus-add-ons": () =>
    expect(deviceCoverage({ plan: "home-yearly", deviceLimit: 1, devices: [{ kind: "laptop" }, { kind: "desktop" }, { kind: "iot", addOn: true }] }).antivirusDevices).toBe(2),
  "T6.covered-count": () => expect(deviceCoverage({ plan: "home-yearly", deviceLimit: 1, devices: [{ kind: "laptop" }, { kind: "desktop" }] }).covered).toBe(1),
  "T10.grace": () => {
    expect(overtimeCharge({ mode: "onsite", minutes: 95 }).blocks).toBe(1);
    expect(overtimeCharge({ mode: "onsite", minutes: 95, graceMinutes: 5 }).blocks).toBe(0);
  },
  "T10.rounding": () => {
    expect(overtimeCharge({ mode: "remote", minutes: 91 }).fee.amount).toBe("70.00");
    expect(overtimeCharge({ mode: "remote", minutes: 91, rounding: "full" }).fee.amount).toBe("35.00");
  },
  "T10.member-remote": () =>
    expect(quoteService({ mode: "remote", minutes: 61, customer: "member" }).lines.map((l) => [l.code, l.amount.amount])).toEqual([
      ["remote-session-included", "0.00"],
      ["overtime", "35.00"],
    ]),
  "T10.included-visit-absent": () => expect(quoteService({ mode: "onsite", minutes: 60, customer: "member" }).lines[0]?.code).toBe("member-extra-onsite"),
  "T10.zip-absent": () => {
    expect(quoteService({ mode: "onsite", minutes: 60, customer: "non-member" }).total.amount).toBe("189.00");
    expect(quoteService({ mode: "onsite", minutes: 60, customer: "non-member", tripFee: "20" }).total.amount).toBe("209.00");
  },
  "T10.inapplicable-flags": () => {
    expect(quoteService({ mode: "remote", minutes: 30, customer: "non-member", tripFee: "25" }).total.amount).toBe("99.00");
    expect(quoteService({ mode: "onsite", minutes: 30, customer: "non-member", includedVisit: true }).total.amount).toBe("189.00");
  },
  "T18.shared-fields": () => {
    // On site, the quoted trip fee is the approval: eligible like checkEligibility with outsideAreaApproved: true.
    expect(quoteService({ mode: "onsite", minutes: 60, customer: "non-member", zip: "95630", tripFee: "30" }).eligible).toBe(true);
    expect(checkEligibility({ age: 30, zip: "95630", outsideAreaApproved: true, mode: "onsite" }).tripFeeRequired).toBe(true);
    // On a remote session it approves nothing.
    expect(quoteService({ mode: "remote", minutes: 60, customer: "non-member", zip: "95630", tripFee: "30" }).eligible).toBe(false);
    expect(checkEligibility({ age: 30, zip: "95630", outsideAreaApproved: true }).tripFeeRequired).toBe(true);
  },
  "T18.approval-inside-area": () => {
    const q = quoteService({ mode: "onsite", minutes: 60, customer: "non-member", zip: "95661", outsideAreaApproved: true });
    expect(q).toMatchObject({ eligible: true, total: { amount: "189.00" } });
    expect(q.explanation[0]).toMatch(/^outsideAreaApproved is ignored/);
    expect(() => quoteService({ mode: "onsite", minutes: 60, customer: "non-member", zip: "95630", outsideAreaApproved: true })).toThrow(PolicyInputError);
    expect(() => quoteService({ mode: "onsite", minutes: 60, customer: "non-member", outsideAreaApproved: true })).toThrow(PolicyInputError);
  },
  "T18.contradiction-scope": () => {
    expect(() => quoteService({ mode: "remote", minutes: 60, customer: "non-member", outsideAreaApproved: false, tripFee: "30" })).toThrow(PolicyInputError);
    expect(() => quoteService({ mode: "onsite", minutes: 60, customer: "non-member", zip: "95661", outsideAreaApproved: false, tripFee: "30" })).toThrow(PolicyInputError);
  },
  "T18.remote-zip-absent": () => {
    expect(quoteService({ mode: "remote", minutes: 60, customer: "non-member" }).eligible).toBe(true);
    expect(quoteService({ mode: "remote", minutes: 60, customer: "non-member", outsideAreaApproved: false }).eligible).toBe(true);
  },
  "T8.missed": () => expect(noShowCharge({ appointmentAt: "2026-06-10T10:00:00-07:00" })).toMatchObject({ noShow: true, noticeHours: null }),
  "T8.exactly-24h": () =>
    expect(noShowCharge({ appointmentAt: "2026-06-10T10:00:00-07:00", canceledAt: "2026-06-09T10:00:00-07:00" }).outcome).toBe("no-charge"),
  "T8.count-visit-unavailable": () =>
    expect(noShowCharge({ appointmentAt: "2026-06-10T10:00:00-07:00", resolution: "count-visit" }).outcome).toBe("fee"),
  "T8.no-access-precedence": () => {
    expect(
      noShowCharge({ appointmentAt: "2026-06-10T10:00:00-07:00", canceledAt: "2026-06-09T10:00:01-07:00", noAccessOnArrival: true }).noShow,
    ).toBe(true);
    // T19: with 24 hours' notice or more it is contradictory input, never a fee.
    expect(() => noShowCharge({ appointmentAt: "2026-06-10T10:00:00-07:00", canceledAt: "2026-06-09T10:00:00-07:00", noAccessOnArrival: true })).toThrow(
      /noAccessOnArrival.*canceledAt/,
    );
  },
  "T9.after-hours": () => {
    expect(slaTarget({ mode: "remote", customer: "member", requestedAt: "2026-11-23T08:00:00-08:00" }).dueDate).toBe("2026-11-23");
    expect(slaTarget({ mode: "remote", customer: "member", requestedAt: "2026-11-23T17:00:00-08:00" }).dueDate).toBe("2026-11-24");
  },
  "T9.holidays-override": () =>
    expect(slaTarget({ mode: "remote", customer: "member", requestedAt: "2026-11-26T10:00:00-08:00", holidays: ["2026-11-27"] }).dueDate).toBe("2026-11-26"),
  "T9.due-instant": () =>
    expect(slaTarget({ mode: "onsite", customer: "member", requestedAt: "2026-03-06T10:00:00-08:00" }).dueBy).toBe("2026-03-09T17:00:00-07:00"),
  "T14.repeated": () => {
    expect(classifyRequest({ category: "training", similarInLast30Days: 3 }).class).toBe("fair-use-review");
    expect(classifyRequest({ category: "training", similarInLast30Days: 2 }).class).toBe("in-scope");
  },
  "T14.multi-hour": () => {
    expect(classifyRequest({ category: "data-migration", minutes: 121 }).class).toBe("fair-use-review");
    expect(classifyRequest({ category: "data-migration" }).class).toBe("in-scope");
  },
  "T14.reinstall": () => expect(classifyRequest({ category: "reinstall" }).class).toBe("in-scope"),
  "core.optional-undefined": () =>
    expect(overtimeCharge({ mode: "remote", minutes: 61, rounding: undefined }).fee.amount).toBe("35.00"),
};

describe("interpretation register: per-service Terms readings", () => {
  it("every reading has a pin and every pin a reading", () => {
    expect(Object.keys(pins).sort()).toEqual(termsInterpretations.map((r) => r.id).sort());
  });
  it.each(termsInterpretations.map((r) => [r.id, r.reading] as const))("%s: %s", (id) => {
    (pins[id] as () => void)();
  });
});
