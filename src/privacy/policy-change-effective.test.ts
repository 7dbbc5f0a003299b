import { describe, expect, it } from "vitest";
import { PolicyInputError } from "../core/errors.js";
import { policyChangeEffective } from "./policy-change-effective.js";
import { privacyProfiles } from "./profiles/index.js";

describe("policyChangeEffective (P7)", () => {
  it("relaso.changes: a significant change noticed 2026-03-02 takes effect 2026-04-01 at the earliest; termination window to 2026-04-01", () => {
    const r = policyChangeEffective({ profile: "relaso", noticeOn: "2026-03-02", change: "material" });
    expect(r).toMatchObject({ earliestEffectiveOn: "2026-04-01", advanceNoticeDays: 30, noticeRequired: true, terminationWindow: { from: "2026-03-02", until: "2026-04-01" } });
    expect(r.citations).toEqual(expect.arrayContaining(["relaso.changes", "relaso.changes.terminate"]));
  });

  it("relaso.changes: a minor change may take effect on notice", () => {
    expect(policyChangeEffective({ profile: "relaso", noticeOn: "2026-03-02", change: "minor" }).earliestEffectiveOn).toBe("2026-03-02");
  });

  it("relaso.changes.terminate: counted from the effective date on request: 2026-04-01 to 2026-05-01", () => {
    expect(policyChangeEffective({ profile: "relaso", noticeOn: "2026-03-02", change: "material", terminationFrom: "effective" }).terminationWindow).toEqual({
      from: "2026-04-01",
      until: "2026-05-01",
    });
  });

  it("privacy.13.changes: Relument announces material changes; no advance period; no termination window", () => {
    expect(policyChangeEffective({ noticeOn: "2026-03-02", change: "material" })).toMatchObject({
      profile: "relument",
      earliestEffectiveOn: "2026-03-02",
      advanceNoticeDays: null,
      noticeRequired: true,
      noticeChannels: ["website/portal", "email"],
      terminationWindow: null,
    });
    expect(policyChangeEffective({ noticeOn: "2026-03-02", change: "minor" }).noticeRequired).toBe(false);
  });

  it("reliom.10.changes: posted with a revised date, effective on posting", () => {
    expect(policyChangeEffective({ profile: "reliom", noticeOn: "2026-11-01", change: "material" }).earliestEffectiveOn).toBe("2026-11-01");
  });

  it("relenta.1.changes: may change at any time, no notice owed", () => {
    expect(policyChangeEffective({ profile: "relenta", noticeOn: "2026-11-01", change: "material" })).toMatchObject({ noticeRequired: false, earliestEffectiveOn: "2026-11-01" });
  });

  it("bad input throws PolicyInputError and input is not mutated", () => {
    expect(() => policyChangeEffective({ noticeOn: "2026-11-01", change: "huge" as never })).toThrow(PolicyInputError);
    expect(() => policyChangeEffective({ noticeOn: "2026-11-01" } as never)).toThrow(PolicyInputError);
    const input = Object.freeze({ profile: "relaso" as const, noticeOn: "2026-03-02", change: "material" as const });
    policyChangeEffective(input);
    expect(input).toEqual({ profile: "relaso", noticeOn: "2026-03-02", change: "material" });
  });
});

describe("policyChangeEffective (P7): every branch's explanation and citations", () => {
  it("relaso.changes: material change noticed 2026-03-02: announced on both channels, 30 days' notice → 2026-04-01, window from the notice (default)", () => {
    const r = policyChangeEffective({ profile: "relaso", noticeOn: "2026-03-02", change: "material" });
    expect(r.noticeChannels).toEqual(["service announcement", "email"]);
    expect(r.citations).toEqual(["relaso.changes", "relaso.summary.material-change", "relaso.changes.terminate"]);
    expect(r.explanation).toEqual([
      'Profile "relaso" (Relaso Sales CRM\'s privacy policy).',
      "The policy announces every change (service announcement, email): this material change is announced.",
      "A significant change needs at least 30 days' advance notice: notice on 2026-03-02 (day 0) allows it to take effect on 2026-04-01 at the earliest.",
      "A user who thinks the change affects their rights may terminate by email within 30 days of the notice (default; register P7.termination-from): 2026-03-02 to 2026-04-01.",
    ]);
  });

  it("relaso.changes: a minor change is announced too (every change), takes effect on 2026-03-02, and its window counted from the effective date is the same 2026-03-02 to 2026-04-01", () => {
    const r = policyChangeEffective({ profile: "relaso", noticeOn: "2026-03-02", change: "minor", terminationFrom: "effective" });
    expect(r).toMatchObject({ earliestEffectiveOn: "2026-03-02", advanceNoticeDays: null, noticeRequired: true, noticeChannels: ["service announcement", "email"], terminationWindow: { from: "2026-03-02", until: "2026-04-01" } });
    expect(r.explanation.slice(1)).toEqual([
      "The policy announces every change (service announcement, email): this minor change is announced.",
      "The 30-day advance notice applies only to significant changes: this minor change may take effect on 2026-03-02.",
      "A user who thinks the change affects their rights may terminate by email within 30 days of the effective date: 2026-03-02 to 2026-04-01.",
    ]);
  });

  it("relaso.changes.terminate: material change counted from the effective date: window 2026-04-01 to 2026-05-01, and terminationFrom \"notice\" is the default window", () => {
    const r = policyChangeEffective({ profile: "relaso", noticeOn: "2026-03-02", change: "material", terminationFrom: "effective" });
    expect(r.explanation[3]).toBe("A user who thinks the change affects their rights may terminate by email within 30 days of the effective date: 2026-04-01 to 2026-05-01.");
    expect(policyChangeEffective({ profile: "relaso", noticeOn: "2026-03-02", change: "material", terminationFrom: "notice" }).terminationWindow).toEqual({ from: "2026-03-02", until: "2026-04-01" });
  });

  it("privacy.13.changes: Relument: a material change is announced on its channels and takes effect on the notice day; a minor one is not announced", () => {
    const m = policyChangeEffective({ noticeOn: "2026-03-02", change: "material" });
    expect(m.citations).toEqual(["privacy.13.changes"]);
    expect(m.explanation).toEqual([
      'No profile given: the default profile "relument" (Relument Solutions\' Privacy Policy) applies.',
      "The policy announces material changes (website/portal, email): this material change is announced.",
      "The policy states no advance-notice period (No advance-notice period: a change takes effect on its stated Effective Date.): the change may take effect on the notice day, 2026-03-02 (register P7.no-advance-period).",
    ]);
    const minor = policyChangeEffective({ noticeOn: "2026-03-02", change: "minor" });
    expect(minor).toMatchObject({ noticeRequired: false, noticeChannels: [], earliestEffectiveOn: "2026-03-02", terminationWindow: null });
    expect(minor.explanation[1]).toBe("The policy announces material changes: this minor change is not announced.");
  });

  it("relenta.1.changes: no notice is owed for any change, no channels", () => {
    const r = policyChangeEffective({ profile: "relenta", noticeOn: "2026-11-01", change: "material" });
    expect(r).toMatchObject({ noticeRequired: false, noticeChannels: [], advanceNoticeDays: null, terminationWindow: null });
    expect(r.citations).toEqual(["relenta.1.changes"]);
    expect(r.explanation[1]).toBe("The policy may change at any time and keeping up with it is the user's responsibility: no notice is owed.");
  });

  it("P7.notice-silent: a host policy silent on notice: a material change is announced (no channel), a minor one is not; the scope clause is cited", () => {
    const host = { ...privacyProfiles.reliom, id: "acme", name: "Acme", changes: { ...privacyProfiles.reliom.changes, notice: { stated: false as const, note: "Acme says nothing." } } };
    const m = policyChangeEffective({ profile: host, noticeOn: "2026-11-01", change: "material" });
    expect(m).toMatchObject({ noticeRequired: true, noticeChannels: [], earliestEffectiveOn: "2026-11-01" });
    expect(m.citations).toEqual(["reliom.1.information"]);
    expect(m.explanation[1]).toBe("The policy does not say how changes are announced (Acme says nothing.); a material change is announced (register P7.notice-silent).");
    expect(policyChangeEffective({ profile: host, noticeOn: "2026-11-01", change: "minor" }).noticeRequired).toBe(false);
  });

  it("bad input names the rule", () => {
    expect(() => policyChangeEffective({ noticeOn: "2026-11-01", change: "huge" as never })).toThrow(/^Invalid input to policyChangeEffective/);
  });
});
