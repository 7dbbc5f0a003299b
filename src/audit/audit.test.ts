import { describe, expect, it } from "vitest";
import { test, fc } from "@fast-check/vitest";
import { PolicyInputError } from "../core/errors.js";
import { defineEdition } from "../editions/define.js";
import { LIBRARY } from "../version.js";
import { quoteServiceInputArbitrary } from "../testing/index.js";
import { auditCases, evaluate, recordDecision, replayDecision, ruleNames, hashOf, DECISION_RECORD_FORMAT } from "./index.js";

describe("evaluate and ruleNames", () => {
  it("every rule of the Terms and of privacy, dispatched by name", () => {
    expect(ruleNames).toContain("quoteService");
    expect(ruleNames).toContain("rightsRequestDeadlines");
    expect(evaluate("overtimeCharge", { mode: "onsite", minutes: 125 })).toMatchObject({ fee: { amount: "90.00" } });
  });

  it("an unknown rule is a PolicyInputError with path ['rule']", () => {
    try {
      evaluate("overtime", {});
      throw new Error("expected an error");
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyInputError);
      expect((e as PolicyInputError).issues[0]?.path).toEqual(["rule"]);
    }
  });
});

describe("decision records", () => {
  const input = { mode: "onsite", minutes: 125, customer: "member", includedVisit: true } as const;

  it("a record is self-describing: format, rule, input, output, library, edition, hashes of the canonical JSON", () => {
    const r = recordDecision("quoteService", input);
    expect(r).toMatchObject({ format: DECISION_RECORD_FORMAT, rule: "quoteService", input, library: { name: "@relument/policy", version: LIBRARY.version }, edition: "relument-terms@base" });
    expect(r.output.total).toEqual({ amount: "90.00", cents: 9000, currency: "USD" });
    expect(r.inputHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    // RFC 8785: key order does not change the hash.
    expect(hashOf({ b: 1, a: [1, "x"] })).toBe(hashOf({ a: [1, "x"], b: 1 }));
    // sha256 of the canonical text {"a":1}
    expect(hashOf({ a: 1 })).toBe("sha256:015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862");
  });

  it("records round-trip through JSON and replay as intact and the same", () => {
    const r = JSON.parse(JSON.stringify(recordDecision("noShowCharge", { appointmentAt: new Date("2026-03-08T17:00:00Z"), canceledAt: "2026-03-07T10:00:00-08:00" })));
    expect(r.input.appointmentAt).toBe("2026-03-08T17:00:00.000Z");
    expect(replayDecision(r)).toEqual({ intact: true, same: true, differences: [], tampered: [], library: { recorded: LIBRARY.version, now: LIBRARY.version } });
  });

  it("a tampered record is intact: false (input or output changed after hashing)", () => {
    const r = recordDecision("quoteService", input);
    const output = { ...r.output, total: { amount: "9.00", cents: 900, currency: "USD" } };
    const replay = replayDecision({ ...r, output });
    expect(replay.intact).toBe(false);
    expect(replay.tampered).toEqual(["output"]);
    expect(replay.same).toBe(false);
    expect(replayDecision({ ...r, input: { ...input, minutes: 126 } }).tampered).toEqual(["input"]);
  });

  it("a record from a changed tariff replays as same: false with the differing paths", () => {
    // Recorded under an edition with a $50 on-site rate, then replayed without it (today's base Terms).
    const fifty = defineEdition({ id: "t@50", announcedOn: "2026-01-01", effectiveOn: "2026-02-01", changes: { onsiteOvertimeRate: "50.00" } });
    const r = recordDecision("overtimeCharge", { mode: "onsite", minutes: 125, edition: fifty });
    expect(r.edition).toBe("t@50");
    // A record written by a library whose base on-site rate was $50: same input, the output hashed as it was.
    const output: Record<string, unknown> = { ...r.output, edition: "relument-terms@base" };
    output.explanation = (output.explanation as string[]).slice(1);
    const old = { ...r, input: { mode: "onsite", minutes: 125 }, output };
    const fixed = { ...old, inputHash: hashOf(old.input), outputHash: hashOf(old.output) };
    const replay = replayDecision(fixed);
    expect(replay.intact).toBe(true);
    expect(replay.same).toBe(false);
    expect(replay.differences.map((d) => d.path)).toEqual(expect.arrayContaining(["rate.amount", "rate.cents", "fee.amount", "fee.cents"]));
    expect(replay.differences.find((d) => d.path === "fee.amount")).toEqual({ path: "fee.amount", recorded: "100.00", now: "90.00" });
  });

  it("a malformed record is a PolicyInputError", () => {
    expect(() => replayDecision({ format: "x" } as never)).toThrow(PolicyInputError);
    expect(() => recordDecision("nope", {})).toThrow(PolicyInputError);
  });

  test.prop([quoteServiceInputArbitrary()], { numRuns: 100 })("every record of a valid decision replays intact and the same", (q) => {
    const r = JSON.parse(JSON.stringify(recordDecision("quoteService", q)));
    const replay = replayDecision(r);
    expect([replay.intact, replay.same]).toEqual([true, true]);
  });
});

describe("auditCases", () => {
  const good = { id: "inv-1", rule: "overtimeCharge", input: { mode: "onsite", minutes: 125 }, billed: { "fee.amount": "90.00" } };
  const wrong = { id: "inv-2", rule: "overtimeCharge", input: { mode: "onsite", minutes: 125 }, billed: { "fee.amount": "45.00", blocks: 2 } };

  it("terms.5.overtime: agreed and disagreed cases, with the difference in cents, by rule and by clause", async () => {
    const { summary, rows } = await auditCases([good, wrong]);
    expect(summary).toMatchObject({ cases: 2, agreed: 1, disagreed: 1, invalid: 0, byRule: { overtimeCharge: { cases: 2, disagreed: 1 } } });
    expect(summary.byClause["terms.5.overtime"]).toEqual({ disagreed: 1, deltaCents: -4500 });
    expect(rows[1]).toMatchObject({ line: 2, id: "inv-2", status: "disagreed", differences: [{ path: "fee.amount", billed: "45.00", policy: "90.00", deltaCents: -4500 }] });
    expect(rows[1]?.citations).toContain("terms.5.overtime");
  });

  it("malformed cases are invalid rows with their line and message; the counts add up to the cases read", async () => {
    const cases = [good, "not a case", { rule: "nope", input: {}, billed: { x: 1 } }, { rule: "overtimeCharge", input: { mode: "onsite", minutes: -1 }, billed: { "fee.amount": "0" } }, { rule: "overtimeCharge", input: { mode: "onsite", minutes: 100 }, billed: { "fee.nope": 1 } }, wrong];
    const { summary, rows } = await auditCases(cases);
    expect(rows.map((r) => r.status)).toEqual(["agreed", "invalid", "invalid", "invalid", "invalid", "disagreed"]);
    expect(summary.cases).toBe(6);
    expect(summary.agreed + summary.disagreed + summary.invalid).toBe(summary.cases);
    expect(rows[3]?.error).toMatch(/^Invalid input to overtimeCharge: minutes/);
    expect(rows[4]?.error).toMatch(/no result at this path/);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("reads async iterables, and an edition option prices Terms cases under it", async () => {
    async function* gen() {
      yield good;
    }
    const fifty = defineEdition({ id: "t@50", announcedOn: "2026-01-01", effectiveOn: "2026-02-01", changes: { onsiteOvertimeRate: "50.00" } });
    expect((await auditCases(gen())).summary.agreed).toBe(1);
    const under = await auditCases([good], { edition: fifty });
    expect(under.rows[0]?.differences).toEqual([{ path: "fee.amount", billed: "90.00", policy: "100.00", deltaCents: -1000 }]);
  });

  it("refuses what is not iterable", async () => {
    await expect(auditCases(5 as never)).rejects.toThrow(PolicyInputError);
  });

  test.prop([fc.array(fc.oneof(quoteServiceInputArbitrary().map((input) => ({ rule: "quoteService", input, billed: { "total.cents": 0 } })), fc.anything()), { maxLength: 20 })], {
    numRuns: 60,
  })("every case ends in exactly one row, and the counts add up", async (cases) => {
    const { summary, rows } = await auditCases(cases);
    expect(rows).toHaveLength(cases.length);
    expect(summary.agreed + summary.disagreed + summary.invalid).toBe(cases.length);
  });
});
