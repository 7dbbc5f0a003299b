/** One test per reading of the editions register (src/core/interpretations/editions.ts), pinning the default. */
import { describe, expect, it } from "vitest";
import { editionInterpretations } from "../core/interpretations/editions.js";
import { PolicyInputError } from "../core/errors.js";
import { baseEdition } from "./edition.js";
import { defineEdition } from "./define.js";
import { editionFor } from "./edition-for.js";
import { overtimeCharge } from "../terms/overtime.js";
import { visitAllowance } from "../terms/visit-allowance.js";
import { yearlyRefund } from "../terms/yearly-refund.js";
import { slaTarget } from "../terms/sla.js";
import { classifyRequest } from "../terms/classify-request.js";
import { rightsRequestDeadlines } from "../privacy/rights-request-deadlines.js";
import { relasoProfile } from "../privacy/profiles/relaso.js";

const fee = (id: string, announcedOn: string, effectiveOn: string, noShowFee = 60) => defineEdition({ id, announcedOn, effectiveOn, changes: { noShowFee } });

const pins: Record<string, () => void> = {
  "T17.billing-dates": () => {
    // Signed up on Jan 31: renewals Feb 28, Mar 31 (clamped, from the anchor).
    const e = fee("e", "2026-01-01", "2026-03-30");
    expect(editionFor({ editions: [e], customer: "member", on: "2026-03-31", membership: { plan: "home-monthly", startDate: "2026-01-31" } }).bindsFrom).toBe("2026-03-31");
  },
  "T17.notice-counting": () => {
    // Announced 2026-01-10: the notice runs out on 2026-02-09 (day 30), a billing date that day qualifies.
    const e = fee("e", "2026-01-10", "2026-01-10");
    expect(editionFor({ editions: [e], customer: "member", on: "2026-02-09", membership: { plan: "home-monthly", startDate: "2025-12-09" } }).bindsFrom).toBe("2026-02-09");
    // Billing on the 8th: 2026-02-08 is day 29 of the notice, so the edition binds from 2026-03-08.
    expect(editionFor({ editions: [e], customer: "member", on: "2026-02-08", membership: { plan: "home-monthly", startDate: "2025-12-08" } }).bindsFrom).toBe(null);
    expect(editionFor({ editions: [e], customer: "member", on: "2026-03-08", membership: { plan: "home-monthly", startDate: "2025-12-08" } }).bindsFrom).toBe("2026-03-08");
  },
  "T17.never-back": () => {
    const early = fee("early", "2026-01-25", "2026-02-01", 50);
    const later = fee("later", "2026-01-01", "2026-02-05", 55);
    expect(editionFor({ editions: [early, later], customer: "member", on: "2026-04-10", membership: { plan: "home-monthly", startDate: "2025-11-10" } }).edition.id).toBe("later");
  },
  "T17.non-member-notice": () => {
    const e = fee("e", "2026-03-01", "2026-03-01");
    expect(editionFor({ editions: [e], customer: "non-member", on: "2026-03-01" }).edition.id).toBe("e");
  },
  "T17.based-on": () => {
    const whatIf = defineEdition({ id: "w", announcedOn: "2026-01-01", effectiveOn: "2026-02-01", changes: { bankCap: 3 }, hypothetical: true });
    const next = defineEdition({ id: "w2", basedOn: whatIf, announcedOn: "2026-03-01", effectiveOn: "2026-04-01", changes: { bankCap: 4 } });
    expect(next.hypothetical).toBe(true);
    expect(() => defineEdition({ id: "w3", basedOn: whatIf, announcedOn: "2026-01-01", effectiveOn: "2026-02-01", changes: { bankCap: 4 } })).toThrow(PolicyInputError);
  },
  "T17.kinds": () => {
    expect(defineEdition({ id: "k", announcedOn: "2026-01-01", effectiveOn: "2026-02-01", changes: { noShowFee: 60 } }).tariff.noShowFee).toBe("60.00");
    expect(() => defineEdition({ id: "k", announcedOn: "2026-01-01", effectiveOn: "2026-02-01", changes: { homePeriodMonths: 0 } })).toThrow(PolicyInputError);
    expect(baseEdition.tariff.slaRemoteMemberDays).toBe(0); // a count may be 0 (same business day)
  },
  "T17.single-edition-rules": () => {
    expect(() => classifyRequest({ category: "training", edition: baseEdition } as never)).toThrow(PolicyInputError);
    const e = defineEdition({ id: "e", announcedOn: "2026-01-01", effectiveOn: "2026-02-01", changes: { refundWindowDays: 30 } });
    const input = { purchasedOn: "2026-03-01", requestedOn: "2026-03-21", amountPaid: "1200.00", monthlyRate: "120.00", servicesRendered: false } as const;
    expect(yearlyRefund(input).eligible).toBe(false);
    expect(yearlyRefund({ ...input, edition: e }).eligible).toBe(true);
  },
  "T17.refund-monthly-add-on": () => {
    const e = defineEdition({ id: "e", announcedOn: "2026-01-01", effectiveOn: "2026-02-01", changes: { addOnYearly: "175.00" } });
    const input = { purchasedOn: "2026-03-01", requestedOn: "2026-03-05", amountPaid: "1200.00", monthlyRate: "120.00", servicesRendered: true, addOnDevices: 2 } as const;
    expect(yearlyRefund({ ...input, edition: e }).refund).toEqual(yearlyRefund(input).refund);
  },
  "T17.explanation": () => {
    const e = defineEdition({ id: "e", announcedOn: "2026-01-01", effectiveOn: "2026-02-01", changes: { bankCap: 3 }, hypothetical: true });
    const r = overtimeCharge({ mode: "onsite", minutes: 125, edition: e });
    expect(r).toMatchObject({ edition: "e", hypothetical: true });
    expect(r.explanation[0]).toMatch(/^Edition e \(hypothetical/);
    expect(r.citations).toEqual(overtimeCharge({ mode: "onsite", minutes: 125 }).citations);
    const sla2 = defineEdition({ id: "s", announcedOn: "2026-01-01", effectiveOn: "2026-02-01", changes: { slaOnsiteDays: 2 } });
    expect(slaTarget({ mode: "onsite", customer: "member", requestedAt: "2026-03-02T10:00:00-08:00", edition: sla2 }).explanation.join(" ")).toContain("2 business days");
  },
  "T17.ledger-periods": () => {
    // Bank cap 2 → 3 announced 2026-06-01, in force 2026-06-15: a Home monthly member since 2026-01-15 is bound from 2026-07-15.
    const cap3 = defineEdition({ id: "cap3", announcedOn: "2026-06-01", effectiveOn: "2026-06-15", changes: { bankCap: 3 } });
    const r = visitAllowance({ plan: "home-monthly", startDate: "2026-01-15", asOf: "2027-01-15", editions: [cap3] });
    expect(r.periods.map((p) => p.edition)).toEqual(["relument-terms@base", "relument-terms@base", "cap3", "cap3", "cap3"]);
    expect(r.bank).toBe(3);
  },
  "T17.bank-cap-lowered": () => {
    const cap1 = defineEdition({ id: "cap1", announcedOn: "2026-06-01", effectiveOn: "2026-06-15", changes: { bankCap: 1 } });
    expect(visitAllowance({ plan: "home-monthly", startDate: "2025-10-15", asOf: "2026-07-15", editions: [cap1] }).bank).toBe(2);
  },
  "T17.ledger-result": () => {
    const whatIf = defineEdition({ id: "w", announcedOn: "2025-01-01", effectiveOn: "2025-01-01", changes: { bankCap: 3 }, hypothetical: true });
    const real = defineEdition({ id: "r", announcedOn: "2026-01-01", effectiveOn: "2026-02-01", changes: { noShowFee: 60 } });
    const r = visitAllowance({ plan: "home-monthly", startDate: "2025-06-15", asOf: "2026-12-01", editions: [whatIf, real] });
    expect(r.edition).toBe("r");
    expect(r.hypothetical).toBe(true);
  },
  "P9.change-clause-from-data": () => {
    // Relaso: announced 10 days before effectiveOn, so in force only from announcedOn + 30.
    const old = { ...relasoProfile, edition: { id: "relaso@1", effectiveOn: "2020-01-01" } };
    const next = { ...relasoProfile, edition: { id: "relaso@2", effectiveOn: "2026-03-01", announcedOn: "2026-02-19" } };
    const on = (receivedOn: string) => rightsRequestDeadlines({ profiles: [old, next], right: "access", receivedOn } as never).edition;
    expect(on("2026-03-01")).toBe("relaso@1");
    expect(on("2026-03-21")).toBe("relaso@2");
  },
  "P9.which-date": () => {
    const a = { ...relasoProfile, edition: { id: "a", effectiveOn: "2020-01-01" } };
    const b = { ...relasoProfile, edition: { id: "b", effectiveOn: "2020-01-01" } };
    expect(() => rightsRequestDeadlines({ profiles: [a, b], right: "access", receivedOn: "2026-01-01" } as never)).toThrow(PolicyInputError);
  },
  "P9.one-policy": () => {
    const a = { ...relasoProfile, edition: { id: "a", effectiveOn: "2020-01-01" } };
    const b = { ...relasoProfile, id: "relaso-2026", name: "Relaso 2026", edition: { id: "b", effectiveOn: "2021-01-01" } };
    expect(rightsRequestDeadlines({ profiles: [a, b], right: "access", receivedOn: "2026-01-01" } as never).edition).toBe("b");
  },
  "P9.notice-from-announcement": () => {
    // Relaso promises 30 days: announced 2027-02-26 for 2027-03-01, the edition is in force from 2027-03-28.
    const a = { ...relasoProfile, edition: { id: "a", effectiveOn: "2026-01-01" } };
    const b = { ...relasoProfile, edition: { id: "b", effectiveOn: "2027-03-01", announcedOn: "2027-02-26" } };
    const on = (receivedOn: string) => rightsRequestDeadlines({ profiles: [a, b], right: "access", receivedOn } as never).edition;
    expect([on("2027-03-01"), on("2027-03-27"), on("2027-03-28")]).toEqual(["a", "a", "b"]);
  },
  "P9.no-announcement": () => {
    const a = { ...relasoProfile, edition: { id: "a", effectiveOn: "2026-01-01" } };
    const b = { ...relasoProfile, edition: { id: "b", effectiveOn: "2027-03-01" } };
    const r = rightsRequestDeadlines({ profiles: [a, b], right: "access", receivedOn: "2027-03-01" } as never);
    expect(r.edition).toBe("b");
    expect(r.explanation.join("\n")).toContain("(register P9.no-announcement)");
  },
  "P9.no-change-clause": () => {
    const silent = { notice: { stated: false, note: "silent" }, advanceNoticeDays: { stated: false, note: "silent" }, terminationWithinDays: { stated: false, note: "silent" }, mayChangeAtAnyTime: { stated: false, note: "silent" } };
    const p = (edition: object) => ({ ...relasoProfile, changes: silent, edition });
    const r = rightsRequestDeadlines({ profiles: [p({ id: "s1", effectiveOn: "2026-01-01" }), p({ id: "s2", effectiveOn: "2027-03-01", announcedOn: "2027-02-28" })], right: "access", receivedOn: "2027-03-01" } as never);
    expect(r.edition).toBe("s2");
    expect(r.explanation.join("\n")).toContain("(register P9.no-change-clause)");
  },
  "P9.notice-under-replaced-edition": () => {
    // The new edition drops the 30 days' notice, but it is announced under the old edition's promise.
    const noNotice = { ...relasoProfile.changes, advanceNoticeDays: { stated: false, note: "dropped" }, mayChangeAtAnyTime: { stated: false, note: "dropped" } };
    const old = { ...relasoProfile, edition: { id: "old", effectiveOn: "2026-01-01" } };
    const dropping = { ...relasoProfile, changes: noNotice, edition: { id: "new", effectiveOn: "2027-03-01", announcedOn: "2027-02-26" } };
    const on = (receivedOn: string) => rightsRequestDeadlines({ profiles: [old, dropping], right: "access", receivedOn } as never).edition;
    expect([on("2027-03-27"), on("2027-03-28")]).toEqual(["old", "new"]);
  },
  "P9.single-profile-as-given": () => {
    const future = { ...relasoProfile, edition: { id: "relaso@2030", effectiveOn: "2030-01-01" } };
    const r = rightsRequestDeadlines({ profile: future, right: "access", receivedOn: "2027-03-01" } as never);
    expect(r.edition).toBe("relaso@2030");
    expect(r.explanation.join("\n")).toContain("(register P9.single-profile-as-given)");
  },
};

describe("editions interpretation register (T17)", () => {
  it("every reading has a pin and every pin a reading", () => {
    expect(Object.keys(pins).sort()).toEqual(editionInterpretations.map((r) => r.id).sort());
  });
  it.each(editionInterpretations.map((r) => [r.id, r] as const))("%s: the default reading holds", (id) => (pins[id] as () => void)());
});
