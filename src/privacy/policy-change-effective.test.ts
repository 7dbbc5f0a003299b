import { describe, expect, it } from "vitest";
import { PolicyInputError } from "../core/errors.js";
import { policyChangeEffective } from "./policy-change-effective.js";

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
