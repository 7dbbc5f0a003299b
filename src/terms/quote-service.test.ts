import { describe, expect, it } from "vitest";
import { centsToAmount } from "../../test/cents.js";
import { test, fc } from "@fast-check/vitest";
import { quoteService } from "./quote-service.js";
import { PolicyInputError } from "../core/errors.js";

const lines = (q: ReturnType<typeof quoteService>) => q.lines.map((l) => [l.code, l.amount.amount]);

describe("quoteService (§2.1, §2.2, §3, §5)", () => {
  it("terms.3.remote: non-member remote $99 for up to 60 minutes, then $35 per started 30", () => {
    expect(quoteService({ mode: "remote", minutes: 60, customer: "non-member" }).total.amount).toBe("99.00");
    const q = quoteService({ mode: "remote", minutes: 75, customer: "non-member" });
    expect(lines(q)).toEqual([["remote-session", "99.00"], ["overtime", "35.00"]]);
    expect(q.total.amount).toBe("134.00");
  });

  it("terms.3.in-home: non-member in-home $189 for up to 90 minutes within Roseville", () => {
    const q = quoteService({ mode: "onsite", minutes: 90, customer: "non-member", zip: "95661" });
    expect(lines(q)).toEqual([["onsite-visit", "189.00"]]);
    expect(q.citations).toContain("terms.3.in-home");
  });

  it("terms.2.1.unlimited: a member remote session costs nothing within 60 minutes, overtime beyond", () => {
    expect(quoteService({ mode: "remote", minutes: 60, customer: "member" }).total.amount).toBe("0.00");
    expect(quoteService({ mode: "remote", minutes: 61, customer: "member" }).total.amount).toBe("35.00");
  });

  it("terms.2.2.visit-length: an included visit is $0 up to 90 minutes, $45 per started 30 after", () => {
    const q = quoteService({ mode: "onsite", minutes: 125, customer: "member", includedVisit: true });
    expect(lines(q)).toEqual([["included-visit", "0.00"], ["overtime", "90.00"]]);
    expect(q.total).toEqual({ amount: "90.00", cents: 9000, currency: "USD" });
  });

  it("terms.5.member-rate: a member extra visit is $149; absent includedVisit is priced so and said", () => {
    const q = quoteService({ mode: "onsite", minutes: 91, customer: "member", includedVisit: false });
    expect(lines(q)).toEqual([["member-extra-onsite", "149.00"], ["overtime", "45.00"]]);
    const q2 = quoteService({ mode: "onsite", minutes: 30, customer: "member" });
    expect(q2.total.amount).toBe("149.00");
    expect(q2.explanation.join(" ")).toMatch(/includedVisit not given/);
  });

  it("terms.5.trip-fee: outside the area an approved trip fee is added; without one nothing is sold", () => {
    const q = quoteService({ mode: "onsite", minutes: 100, customer: "non-member", zip: "95814", tripFee: "40.50" });
    expect(lines(q)).toEqual([["onsite-visit", "189.00"], ["overtime", "45.00"], ["trip-fee", "40.50"]]);
    expect(q.total.amount).toBe("274.50");
    expect(q.citations).toEqual(expect.arrayContaining(["terms.5.trip-fee", "terms.1.service-area"]));
    const no = quoteService({ mode: "onsite", minutes: 60, customer: "member", includedVisit: true, zip: "95814" });
    expect(no).toMatchObject({ eligible: false, lines: [], total: { amount: "0.00" } });
    // T18: a remote session outside the area needs approval too (no longer eligible without it).
    expect(quoteService({ mode: "remote", minutes: 30, customer: "non-member", zip: "10001" }).eligible).toBe(false);
  });

  it("terms.1.service-area (T18): a remote session outside the area without prior written approval is not eligible, nothing is priced", () => {
    const q = quoteService({ mode: "remote", minutes: 30, customer: "non-member", zip: "10001" });
    expect(q).toMatchObject({ eligible: false, lines: [], total: { amount: "0.00", cents: 0 } });
    expect(q.explanation).toEqual([
      "ZIP 10001 is outside the service area (95661, 95678, 95747) and no prior written approval was given (outsideAreaApproved not supplied: no approval assumed): any service outside Roseville, a remote session too, needs it; nothing is priced.",
    ]);
    expect(q.citations).toEqual(["terms.1.service-area"]);
    const refused = quoteService({ mode: "remote", minutes: 30, customer: "member", zip: "95630-1234", outsideAreaApproved: false });
    expect(refused).toMatchObject({ eligible: false, lines: [] });
    expect(refused.explanation[0]).toMatch(/^ZIP 95630-1234 is outside the service area \(95661, 95678, 95747\) and no prior written approval was given: /);
  });

  it("terms.1.service-area (T18): a tripFee does not approve a remote session outside the area", () => {
    const q = quoteService({ mode: "remote", minutes: 30, customer: "non-member", zip: "10001", tripFee: "25" });
    expect(q).toMatchObject({ eligible: false, lines: [] });
    expect(q.explanation[0]).toBe("tripFee is ignored: a remote session involves no travel.");
  });

  it("terms.5.trip-fee (T18): an approved remote session outside the area is priced with no trip fee: there is no trip", () => {
    const q = quoteService({ mode: "remote", minutes: 75, customer: "non-member", zip: "10001", outsideAreaApproved: true, tripFee: "25" });
    expect(lines(q)).toEqual([["remote-session", "99.00"], ["overtime", "35.00"]]);
    expect(q).toMatchObject({ eligible: true, total: { amount: "134.00" } });
    expect(q.explanation.slice(0, 2)).toEqual([
      "tripFee is ignored: a remote session involves no travel.",
      "ZIP 10001 is outside the service area (95661, 95678, 95747); prior written approval was given, so the remote session is allowed, with no trip fee: there is no trip.",
    ]);
    expect(q.citations).toEqual(["terms.5.trip-fee", "terms.1.service-area", "terms.3.remote", "terms.5.overtime"]);
    const member = quoteService({ mode: "remote", minutes: 30, customer: "member", zip: "95814", outsideAreaApproved: true });
    expect(lines(member)).toEqual([["remote-session-included", "0.00"]]);
  });

  it("terms.1.service-area (T18): a remote session inside the area says so; without a ZIP it is quoted as before", () => {
    const q = quoteService({ mode: "remote", minutes: 30, customer: "non-member", zip: "95747" });
    expect(q).toMatchObject({ eligible: true, total: { amount: "99.00" } });
    expect(q.explanation[0]).toBe("ZIP 95747 is in the service area.");
    const noZip = quoteService({ mode: "remote", minutes: 30, customer: "non-member", outsideAreaApproved: false });
    expect(noZip).toMatchObject({ eligible: true, total: { amount: "99.00" } });
    expect(noZip.explanation[0]).toBe("Single-service remote session: $99.00.");
  });

  it("terms.5.trip-fee (T18): on site, the quoted trip fee is the approval; outsideAreaApproved: true with it changes nothing", () => {
    const byFee = quoteService({ mode: "onsite", minutes: 90, customer: "non-member", zip: "95630", tripFee: "35.00" });
    const both = quoteService({ mode: "onsite", minutes: 90, customer: "non-member", zip: "95630", tripFee: "35.00", outsideAreaApproved: true });
    expect(both).toEqual(byFee);
    expect(lines(both)).toEqual([["onsite-visit", "189.00"], ["trip-fee", "35.00"]]);
    const refused = quoteService({ mode: "onsite", minutes: 60, customer: "non-member", zip: "95630", outsideAreaApproved: false });
    expect(refused).toMatchObject({ eligible: false, lines: [] });
  });

  it("terms.1.service-area (T18): outsideAreaApproved inside the area is ignored and the explanation says so", () => {
    const q = quoteService({ mode: "onsite", minutes: 60, customer: "non-member", zip: "95678", outsideAreaApproved: true });
    expect(lines(q)).toEqual([["onsite-visit", "189.00"]]);
    expect(q.explanation.slice(0, 2)).toEqual([
      "outsideAreaApproved is ignored: ZIP 95678 is inside the service area, where no approval is needed.",
      "ZIP 95678 is in the service area.",
    ]);
    const remote = quoteService({ mode: "remote", minutes: 60, customer: "non-member", zip: "95678", outsideAreaApproved: true });
    expect(remote.explanation.slice(0, 2)).toEqual([
      "outsideAreaApproved is ignored: ZIP 95678 is inside the service area, where no approval is needed.",
      "ZIP 95678 is in the service area.",
    ]);
  });

  it("terms.5.trip-fee (T18): outsideAreaApproved: true on site outside the area (or without a ZIP) needs the quoted trip fee: an input error", () => {
    for (const zip of ["95630", undefined]) {
      try {
        quoteService({ mode: "onsite", minutes: 60, customer: "member", includedVisit: true, outsideAreaApproved: true, ...(zip ? { zip } : {}) });
        expect.unreachable(String(zip));
      } catch (e) {
        expect(e).toBeInstanceOf(PolicyInputError);
        expect((e as Error).message).toMatch(/^Invalid input to quoteService/);
        expect((e as PolicyInputError).issues).toEqual([
          { path: ["tripFee"], message: "an approved on-site visit outside the service area needs its trip fee, quoted in advance: give `tripFee` with `outsideAreaApproved: true`" },
        ]);
      }
    }
  });

  it("terms.5.trip-fee (T18): outsideAreaApproved: false with a tripFee is contradictory in every mode: an input error", () => {
    for (const input of [
      { mode: "onsite" as const, zip: "95630" },
      { mode: "onsite" as const, zip: "95661" },
      { mode: "onsite" as const },
      { mode: "remote" as const, zip: "95630" },
      { mode: "remote" as const },
    ]) {
      try {
        quoteService({ ...input, minutes: 60, customer: "non-member", outsideAreaApproved: false, tripFee: "20" });
        expect.unreachable(JSON.stringify(input));
      } catch (e) {
        expect(e).toBeInstanceOf(PolicyInputError);
        expect((e as PolicyInputError).issues).toEqual([
          { path: ["tripFee"], message: "a trip fee is only quoted for an approved trip: it contradicts `outsideAreaApproved: false`" },
        ]);
      }
    }
    expect(() => quoteService({ mode: "onsite", minutes: 60, customer: "non-member", outsideAreaApproved: "yes" } as never)).toThrow(PolicyInputError);
  });

  it("terms.5.trip-fee: flags that cannot apply are ignored and the explanation says so", () => {
    const remote = quoteService({ mode: "remote", minutes: 30, customer: "member", includedVisit: true, tripFee: "10" });
    expect(lines(remote)).toEqual([["remote-session-included", "0.00"]]);
    expect(remote.explanation.join(" ")).toMatch(/includedVisit is ignored.*tripFee is ignored/);
    expect(quoteService({ mode: "onsite", minutes: 30, customer: "non-member", includedVisit: true }).total.amount).toBe("189.00");
    const inArea = quoteService({ mode: "onsite", minutes: 30, customer: "non-member", zip: "95661", tripFee: "10" });
    expect(lines(inArea)).toEqual([["onsite-visit", "189.00"]]);
    expect(inArea.explanation.join(" ")).toMatch(/inside the service area, where no trip fee applies/);
  });

  it("T10.inapplicable-flags (terms.2.1.unlimited): a remote member session explains both ignored flags, step by step", () => {
    const q = quoteService({ mode: "remote", minutes: 30, customer: "member", includedVisit: true, tripFee: "10" });
    expect(q.explanation).toEqual([
      "includedVisit is ignored: included visits are on-site visits; remote sessions are unlimited for members.",
      "tripFee is ignored: a remote session involves no travel.",
      "Member remote session (unlimited remote requests): $0.00.",
      "Remote time block: 60 min; 30 min used, 0 min beyond the block.",
      "Overtime: 0 × 30 min (each started 30 min billed) × $35.00 = $0.00.",
      "Total = sum of 1 line = $0.00.",
    ]);
    expect(q.citations).toEqual(["terms.2.1.unlimited", "terms.5.trip-fee", "terms.2.1.session-length", "terms.5.overtime"]);
  });

  it("T10.inapplicable-flags (terms.3.in-home): a non-member in-home visit without ZIP ignores includedVisit and is taken to be in the area", () => {
    const q = quoteService({ mode: "onsite", minutes: 30, customer: "non-member", includedVisit: true });
    expect(q.explanation).toEqual([
      "includedVisit is ignored: non-members have no included visits.",
      "No ZIP given: the address is taken to be inside the service area, so no trip fee applies.",
      "Single-service in-home visit: $189.00.",
      "On-site time block: 90 min; 30 min used, 0 min beyond the block.",
      "Overtime: 0 × 30 min (each started 30 min billed) × $45.00 = $0.00.",
      "Total = sum of 1 line = $189.00.",
    ]);
    expect(q.citations).toEqual(["terms.2.2.visit-length", "terms.1.service-area", "terms.3.in-home", "terms.5.member-rate", "terms.5.overtime"]);
  });

  it("terms.3.remote: a non-member remote session cites §3 for the $99 and the 60-minute block", () => {
    const q = quoteService({ mode: "remote", minutes: 61, customer: "non-member" });
    expect(q.explanation).toEqual([
      "Single-service remote session: $99.00.",
      "Remote time block: 60 min; 61 min used, 1 min beyond the block.",
      "Overtime: 1 × 30 min (each started 30 min billed) × $35.00 = $35.00.",
      "Total = sum of 2 lines = $134.00.",
    ]);
    expect(q.citations).toEqual(["terms.3.remote", "terms.5.overtime"]);
    expect(q.lines[1]).toEqual({ code: "overtime", amount: { amount: "35.00", cents: 3500, currency: "USD" }, clause: "terms.5.overtime", description: "Overtime, 1 × $35.00" });
  });

  it("terms.1.service-area: an in-area ZIP with a trip fee drops the fee and says the ZIP is in the area", () => {
    const q = quoteService({ mode: "onsite", minutes: 30, customer: "member", includedVisit: true, zip: "95661", tripFee: "10" });
    expect(lines(q)).toEqual([["included-visit", "0.00"]]);
    expect(q.explanation).toEqual([
      "tripFee is ignored: ZIP 95661 is inside the service area, where no trip fee applies.",
      "ZIP 95661 is in the service area.",
      "Included on-site visit: $0.00.",
      "On-site time block: 90 min; 30 min used, 0 min beyond the block.",
      "Overtime: 0 × 30 min (each started 30 min billed) × $45.00 = $0.00.",
      "Total = sum of 1 line = $0.00.",
    ]);
    expect(q.citations).toEqual(["terms.1.service-area", "terms.5.trip-fee", "terms.2.2.visit-length", "terms.5.overtime"]);
  });

  it("terms.1.service-area: outside the area without an approved trip fee nothing is priced, and the area is named", () => {
    const q = quoteService({ mode: "onsite", minutes: 60, customer: "member", includedVisit: true, zip: "95814" });
    expect(q.explanation).toEqual([
      "ZIP 95814 is outside the service area (95661, 95678, 95747) and no approved trip fee was given: the visit cannot be sold, nothing is priced.",
    ]);
    expect(q.citations).toEqual(["terms.1.service-area", "terms.5.trip-fee"]);
  });

  it("terms.5.trip-fee: outside the area the approved fee is its own line naming the ZIP, after overtime", () => {
    const q = quoteService({ mode: "onsite", minutes: 100, customer: "non-member", zip: "95814", tripFee: "40.50" });
    expect(q.explanation).toEqual([
      "Single-service in-home visit: $189.00.",
      "On-site time block: 90 min; 100 min used, 10 min beyond the block.",
      "Overtime: 1 × 30 min (each started 30 min billed) × $45.00 = $45.00.",
      "Approved trip fee outside Roseville (ZIP 95814): $40.50.",
      "Total = sum of 3 lines = $274.50.",
    ]);
    expect(q.citations).toEqual(["terms.3.in-home", "terms.5.member-rate", "terms.5.overtime", "terms.5.trip-fee", "terms.1.service-area"]);
  });

  it("terms.5.trip-fee: an approved trip fee without a ZIP is charged, no ZIP named and no in-area assumption stated", () => {
    const q = quoteService({ mode: "onsite", minutes: 90, customer: "member", includedVisit: false, tripFee: "25" });
    expect(lines(q)).toEqual([["member-extra-onsite", "149.00"], ["trip-fee", "25.00"]]);
    expect(q.total.amount).toBe("174.00");
    expect(q.explanation).toEqual([
      "Member extra on-site visit: $149.00.",
      "On-site time block: 90 min; 90 min used, 0 min beyond the block.",
      "Overtime: 0 × 30 min (each started 30 min billed) × $45.00 = $0.00.",
      "Approved trip fee outside Roseville: $25.00.",
      "Total = sum of 2 lines = $174.00.",
    ]);
    expect(q.citations).toEqual(["terms.5.member-rate", "terms.2.2.visit-length", "terms.5.overtime", "terms.5.trip-fee", "terms.1.service-area"]);
  });

  it("terms.5.member-rate: an absent includedVisit is stated before the $149 line", () => {
    const q = quoteService({ mode: "onsite", minutes: 30, customer: "member", zip: "95678" });
    expect(q.explanation.slice(0, 3)).toEqual([
      "ZIP 95678 is in the service area.",
      "includedVisit not given: the visit is priced as a member extra visit (no included visit used).",
      "Member extra on-site visit: $149.00.",
    ]);
    expect(q.citations.slice(0, 2)).toEqual(["terms.1.service-area", "terms.5.member-rate"]);
  });

  it("T10 options through quoteService: grace minutes and full rounding reach the overtime", () => {
    const g = quoteService({ mode: "onsite", minutes: 100, customer: "member", includedVisit: true, graceMinutes: 15 });
    expect(g.total.amount).toBe("0.00");
    expect(g.explanation).toContain("Grace option: the first 15 min beyond the block are not billed (0 min left).");
    const f = quoteService({ mode: "remote", minutes: 119, customer: "non-member", rounding: "full" });
    expect(lines(f)).toEqual([["remote-session", "99.00"], ["overtime", "35.00"]]);
    expect(f.explanation).toContain("Overtime: 1 × 30 min (only full 30 min billed) × $35.00 = $35.00.");
  });

  it("rejects bad input naming the rule: Invalid input to quoteService", () => {
    expect(() => quoteService({ mode: "onsite", minutes: 30, customer: "guest" } as never)).toThrow(/^Invalid input to quoteService/);
  });

  it("rejects bad input with PolicyInputError", () => {
    for (const bad of [
      { mode: "onsite", minutes: 30, customer: "non-member", zip: "9566", tripFee: "10" },
      { mode: "onsite", minutes: 30, customer: "non-member", zip: "95814", tripFee: "-10" },
      { mode: "onsite", minutes: 30, customer: "non-member", zip: "95814", tripFee: 10.005 },
      { mode: "onsite", minutes: 30, customer: "guest" },
      { mode: "onsite", minutes: 30, customer: "member", includedVisit: "yes" },
    ]) {
      expect(() => quoteService(bad as never), JSON.stringify(bad)).toThrow(PolicyInputError);
    }
  });

  const quoteArb = fc.record({
    mode: fc.constantFrom("remote" as const, "onsite" as const),
    minutes: fc.integer({ min: 0, max: 600 }),
    customer: fc.constantFrom("member" as const, "non-member" as const),
    zip: fc.constantFrom("95661", "95678", "95747", "95814", "10001"),
    tripFee: fc.integer({ min: 0, max: 100_000 }).map(centsToAmount),
    includedVisit: fc.boolean(),
  });

  test.prop([quoteArb])("the total equals the sum of its lines", (a) => {
    const input = {
      mode: a.mode,
      minutes: a.minutes,
      customer: a.customer,
      ...(a.mode === "onsite" && a.customer === "member" ? { includedVisit: a.includedVisit } : {}),
      ...(a.mode === "onsite" ? { zip: a.zip } : {}),
      ...(a.mode === "onsite" && !["95661", "95678", "95747"].includes(a.zip) ? { tripFee: a.tripFee } : {}),
    };
    const q = quoteService(input);
    expect(q.total.cents).toBe(q.lines.reduce((s, l) => s + l.amount.cents, 0));
    expect(q.eligible).toBe(true);
    for (const l of q.lines) expect(q.citations).toContain(l.clause);
  });

  test.prop([quoteArb, fc.integer({ min: 0, max: 600 })])("the total is monotone in minutes", (a, more) => {
    const base = { mode: a.mode, customer: a.customer };
    expect(quoteService({ ...base, minutes: a.minutes }).total.cents).toBeLessThanOrEqual(
      quoteService({ ...base, minutes: a.minutes + more }).total.cents,
    );
  });
});
