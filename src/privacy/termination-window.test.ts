import { describe, expect, it } from "vitest";
import { PolicyInputError } from "../core/errors.js";
import { terminationWindow } from "./termination-window.js";

describe("terminationWindow (P7)", () => {
  it("relaso.changes.terminate: notice 2026-03-02: an email on 2026-04-01 (day 30) is in time, 2026-04-02 is not", () => {
    expect(terminationWindow({ profile: "relaso", noticeOn: "2026-03-02", requestedOn: "2026-04-01" })).toMatchObject({
      offered: true,
      withinWindow: true,
      windowStart: "2026-03-02",
      windowEnd: "2026-04-01",
    });
    expect(terminationWindow({ profile: "relaso", noticeOn: "2026-03-02", requestedOn: "2026-04-02" }).withinWindow).toBe(false);
  });

  it("relaso.changes.terminate: counted from the effective date when asked", () => {
    expect(terminationWindow({ profile: "relaso", noticeOn: "2026-03-02", effectiveOn: "2026-04-01", requestedOn: "2026-04-20", from: "effective" })).toMatchObject({
      withinWindow: true,
      windowEnd: "2026-05-01",
    });
  });

  it("privacy.13.changes: Relument gives no termination window", () => {
    const r = terminationWindow({ noticeOn: "2026-03-02", requestedOn: "2026-03-03" });
    expect(r).toMatchObject({ offered: false, withinWindow: false, windowStart: null, windowEnd: null });
    expect(r.citations).toContain("privacy.13.changes");
  });

  it("bad input throws PolicyInputError", () => {
    expect(() => terminationWindow({ profile: "relaso", noticeOn: "2026-03-02", requestedOn: "2026-03-03", from: "effective" })).toThrow(PolicyInputError);
    expect(() => terminationWindow({ profile: "relaso", noticeOn: "2026-03-02", effectiveOn: "2026-03-01", requestedOn: "2026-03-03" })).toThrow(PolicyInputError);
  });
});
