import { describe, expect, it } from "vitest";
import { PolicyInputError } from "../core/errors.js";
import { terminationWindow } from "./termination-window.js";
import { policyErrorOf } from "../../test/policy-error.js";

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

describe("terminationWindow (P7): boundaries, explanation and citations", () => {
  const text = (r: { explanation: string[] }) => r.explanation.join(" ");

  it("relaso.changes.terminate: notice 2026-03-02, from not given: day 0 (the notice day itself) is in time, the day before the notice is not", () => {
    const r = terminationWindow({ profile: "relaso", noticeOn: "2026-03-02", requestedOn: "2026-03-02" });
    expect(r).toMatchObject({ profile: "relaso", offered: true, withinWindow: true, windowStart: "2026-03-02", windowEnd: "2026-04-01" });
    expect(r.citations).toEqual(["relaso.changes.terminate"]);
    expect(r.explanation).toEqual([
      'Profile "relaso" (Relaso Sales CRM\'s privacy policy).',
      "from not given: the window counts from the notice (register P7.termination-from).",
      "The user may terminate by email within 30 days of the notice: 2026-03-02 (day 0) to 2026-04-01. Sent on 2026-03-02: within the window.",
    ]);
    const before = terminationWindow({ profile: "relaso", noticeOn: "2026-03-02", requestedOn: "2026-03-01" });
    expect(before.withinWindow).toBe(false);
    expect(text(before)).toContain("Sent on 2026-03-01: outside the window.");
  });

  it("relaso.changes.terminate: from \"notice\" given explicitly: no default sentence; day 31 (2026-04-02) is outside", () => {
    const r = terminationWindow({ profile: "relaso", noticeOn: "2026-03-02", requestedOn: "2026-04-02", from: "notice" });
    expect(r).toMatchObject({ withinWindow: false, windowStart: "2026-03-02", windowEnd: "2026-04-01" });
    expect(text(r)).not.toContain("from not given");
    expect(text(r)).toContain("within 30 days of the notice: 2026-03-02 (day 0) to 2026-04-01. Sent on 2026-04-02: outside the window.");
  });

  it("relaso.changes.terminate: from the effective date 2026-04-01: a termination sent after the notice but before the effective date is honoured; 2026-05-01 is the last day", () => {
    const early = terminationWindow({ profile: "relaso", noticeOn: "2026-03-02", effectiveOn: "2026-04-01", requestedOn: "2026-03-15", from: "effective" });
    expect(early).toMatchObject({ withinWindow: true, windowStart: "2026-04-01", windowEnd: "2026-05-01" });
    expect(text(early)).toContain(
      "The user may terminate by email within 30 days of the effective date: 2026-04-01 (day 0) to 2026-05-01; a termination sent after the notice of 2026-03-02 but before 2026-04-01 is also honoured (it comes before the window closes). Sent on 2026-03-15: within the window.",
    );
    expect(terminationWindow({ profile: "relaso", noticeOn: "2026-03-02", effectiveOn: "2026-04-01", requestedOn: "2026-05-01", from: "effective" }).withinWindow).toBe(true);
    expect(terminationWindow({ profile: "relaso", noticeOn: "2026-03-02", effectiveOn: "2026-04-01", requestedOn: "2026-05-02", from: "effective" }).withinWindow).toBe(false);
    expect(terminationWindow({ profile: "relaso", noticeOn: "2026-03-02", effectiveOn: "2026-04-01", requestedOn: "2026-03-01", from: "effective" }).withinWindow).toBe(false);
  });

  it("relaso.changes.terminate: effectiveOn given but from \"notice\": the window still counts from the notice", () => {
    const r = terminationWindow({ profile: "relaso", noticeOn: "2026-03-02", effectiveOn: "2026-04-01", requestedOn: "2026-04-20", from: "notice" });
    expect(r).toMatchObject({ withinWindow: false, windowStart: "2026-03-02", windowEnd: "2026-04-01" });
  });

  it("relaso.changes.terminate: effective on the notice day itself is allowed (window 2026-03-02 to 2026-04-01, no 'also honoured' sentence)", () => {
    const r = terminationWindow({ profile: "relaso", noticeOn: "2026-03-02", effectiveOn: "2026-03-02", requestedOn: "2026-04-01", from: "effective" });
    expect(r).toMatchObject({ withinWindow: true, windowStart: "2026-03-02", windowEnd: "2026-04-01" });
    expect(text(r)).toContain("within 30 days of the effective date: 2026-03-02 (day 0) to 2026-04-01. Sent on 2026-04-01: within the window.");
  });

  it("privacy.13.changes: Relument: no window, the explanation names the policy's note and cites the notice clause only", () => {
    const r = terminationWindow({ noticeOn: "2026-03-02", requestedOn: "2026-03-03" });
    expect(r.citations).toEqual(["privacy.13.changes"]);
    expect(r.explanation).toEqual([
      'No profile given: the default profile "relument" (Relument Solutions\' Privacy Policy) applies.',
      "The policy gives no right to terminate because of a change (No termination window).",
    ]);
  });

  it("bad input: the messages name the rule and the field", () => {
    const issue = (f: () => unknown) => policyErrorOf(f, "terminationWindow");
    const missing = issue(() => terminationWindow({ profile: "relaso", noticeOn: "2026-03-02", requestedOn: "2026-03-03", from: "effective" }));
    expect(missing.message).toMatch(/^Invalid input to terminationWindow/);
    expect(missing.issues).toEqual([{ path: ["effectiveOn"], message: 'effectiveOn is required when from is "effective"' }]);
    const early = issue(() => terminationWindow({ profile: "relaso", noticeOn: "2026-03-02", effectiveOn: "2026-03-01", requestedOn: "2026-03-03" }));
    expect(early.message).toMatch(/^Invalid input to terminationWindow/);
    expect(early.issues).toEqual([{ path: ["effectiveOn"], message: "effectiveOn is before noticeOn" }]);
    expect(issue(() => terminationWindow({ noticeOn: "2026-02-30", requestedOn: "2026-03-03" })).message).toMatch(/^Invalid input to terminationWindow/);
  });
});
