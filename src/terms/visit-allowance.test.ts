import { describe, expect, it } from "vitest";
import { visitAllowance, type VisitAllowanceEvent, type VisitAllowanceInput } from "./visit-allowance.js";
import { PolicyInputError } from "../core/errors.js";
import { policyErrorOf } from "../../test/policy-error.js";

const visit = (date: string): VisitAllowanceEvent => ({ type: "visit", date });
const noShow = (date: string): VisitAllowanceEvent => ({ type: "no-show", date });

describe("visitAllowance: accrual and rollover", () => {
  it("terms.2.2.home: a year of quarters unused fills the bank to 2 and forfeits the third rollover", () => {
    const r = visitAllowance({ plan: "home-monthly", startDate: "2025-01-01", asOf: "2025-12-31" });
    // Periods start Jan 1, Apr 1, Jul 1, Oct 1; three roll over, the bank holds 2, one is forfeited.
    expect(r.periods.map((p) => [p.start, p.end, p.granted, p.rolledToBank, p.forfeited])).toEqual([
      ["2025-01-01", "2025-03-31", 1, 1, 0],
      ["2025-04-01", "2025-06-30", 1, 1, 0],
      ["2025-07-01", "2025-09-30", 1, 0, 1],
      ["2025-10-01", "2025-12-31", 1, 0, 0],
    ]);
    expect(r.bank).toBe(2);
    expect(r.forfeited).toBe(1);
    expect(r.forfeitures).toEqual([{ date: "2025-10-01", count: 1, source: "period", reason: "bank-cap", clause: "terms.2.2.rollover" }]);
    expect(r.currentPeriod).toEqual({ start: "2025-10-01", end: "2025-12-31", remaining: 1 });
    expect(r.available).toBe(3);
    expect(r.bonusRemaining).toBe(0);
    expect(r.citations).toEqual(["terms.2.2.home", "terms.2.2.rollover"]);
    expect(r.explanation.some((s) => s.includes("capped at 2"))).toBe(true);
    // The Terms as shipped: the result names the base edition, not hypothetical, and the periods carry no edition ids.
    expect(r.edition).toBe("relument-terms@base");
    expect(r).not.toHaveProperty("hypothetical");
    expect(r.periods.some((p) => "edition" in p)).toBe(false);
  });

  it("terms.2.2.office: every 2 months from a Jan 31 anchor, clamped with the anchor kept", () => {
    const r = visitAllowance({ plan: "office-monthly", startDate: "2025-01-31", asOf: "2025-10-15" });
    expect(r.periods.map((p) => p.start)).toEqual(["2025-01-31", "2025-03-31", "2025-05-31", "2025-07-31", "2025-09-30"]);
    expect(r.periods[0]?.end).toBe("2025-03-30");
    expect(r.currentPeriod).toEqual({ start: "2025-09-30", end: "2025-11-29", remaining: 1 });
    expect(r.bank).toBe(2);
    expect(r.forfeited).toBe(2);
    expect(r.available).toBe(3);
  });

  it("terms.2.2.yearly-bonus: a Feb 29 anchor starts membership year 2 on Feb 28 of the common year", () => {
    const r = visitAllowance({ plan: "home-yearly", startDate: "2024-02-29", asOf: "2025-03-01" });
    expect(r.bonusYears.map((y) => [y.start, y.end])).toEqual([
      ["2024-02-29", "2025-02-27"],
      ["2025-02-28", "2026-02-27"],
    ]);
    expect(r.periods.map((p) => p.start)).toEqual(["2024-02-29", "2024-05-29", "2024-08-29", "2024-11-29", "2025-02-28"]);
    expect(r.bonusRemaining).toBe(1);
  });

  it("terms.2.2.yearly-bonus: the bonus is granted at the start of the membership year; use order is period, then bonus, then bank", () => {
    const r = visitAllowance({
      plan: "home-yearly",
      startDate: "2025-01-01",
      asOf: "2025-07-15",
      events: [visit("2025-01-10"), visit("2025-01-20"), visit("2025-01-25"), visit("2025-07-05"), visit("2025-07-06"), visit("2025-07-07")],
    });
    // Jan: period visit, then bonus, then nothing left. Apr 1: period 2 unused → bank 1 on Jul 1.
    // Jul: period 3 visit, then (bonus used) the bank, then nothing.
    expect(r.visits.map((v) => v.outcome)).toEqual(["period", "bonus", "rejected", "period", "bank", "rejected"]);
    expect(r.visits[2]).toEqual({ date: "2025-01-25", outcome: "rejected", reason: "none-available" });
    expect(r.citations).toContain("terms.5.member-rate");
    expect([r.available, r.bank, r.bonusRemaining, r.used]).toEqual([0, 0, 0, 4]);
  });

  it("terms.2.2.rollover: at a membership-year end the period's visit rolls first, then the bonus (one bank slot left)", () => {
    const r = visitAllowance({
      plan: "home-yearly",
      startDate: "2025-01-01",
      asOf: "2026-01-01",
      events: [visit("2025-01-05"), visit("2025-04-10"), visit("2025-07-10")],
    });
    // Jan 5 uses period 1; the bonus stays unused all year. Apr 10 and Jul 10 use periods 2 and 3. Period 4 (Oct) unused.
    // 2026-01-01: bank 0 → period 4 rolls (bank 1)… then the bonus rolls (bank 2).
    expect(r.bank).toBe(2);
    expect(r.forfeited).toBe(0);
    const r2 = visitAllowance({ plan: "home-yearly", startDate: "2025-01-01", asOf: "2026-01-01", events: [visit("2025-01-05"), visit("2025-07-10")] });
    // Period 2 unused → bank 1 on Jul 1; at 2026-01-01 period 4 takes the last slot and the bonus is forfeited.
    expect(r2.periods[3]).toMatchObject({ start: "2025-10-01", rolledToBank: 1, forfeited: 0 });
    expect(r2.bonusYears[0]).toMatchObject({ start: "2025-01-01", rolledToBank: 0, forfeited: 1 });
    expect(r2.forfeitures).toEqual([{ date: "2026-01-01", count: 1, source: "bonus", reason: "bank-cap", clause: "terms.2.2.rollover" }]);
    expect(r2.available).toBe(1 + 1 + 2);
  });

  it("terms.2.2.home: a visit on a period's first day draws from the new period", () => {
    const r = visitAllowance({ plan: "home-monthly", startDate: "2025-01-01", asOf: "2025-04-01", events: [visit("2025-04-01")] });
    expect(r.visits[0]?.outcome).toBe("period");
    expect(r.bank).toBe(1);
    expect(r.currentPeriod.remaining).toBe(0);
  });
});

describe("visitAllowance: suspension, lapse, termination", () => {
  it("terms.6.failed-payments: a suspension across a period boundary: no use, no grant, the unused visit rolls to the frozen bank", () => {
    const events: VisitAllowanceEvent[] = [
      { type: "suspended", from: "2025-03-15", to: "2025-04-20" },
      visit("2025-04-05"),
      visit("2025-04-20"),
    ];
    const during = visitAllowance({ plan: "home-monthly", startDate: "2025-01-01", asOf: "2025-04-10", events });
    expect(during.status).toBe("suspended");
    expect(during.periods[1]).toMatchObject({ start: "2025-04-01", granted: 0, suspendedAtStart: true });
    expect(during.periods[0]).toMatchObject({ rolledToBank: 1 });
    expect(during.visits).toEqual([{ date: "2025-04-05", outcome: "rejected", reason: "suspended" }]);
    expect(during.ignoredEvents).toBe(1);
    expect([during.available, during.bank]).toEqual([1, 1]);
    expect(during.citations).toContain("terms.6.failed-payments");

    const after = visitAllowance({ plan: "home-monthly", startDate: "2025-01-01", asOf: "2025-04-25", events: [...events, visit("2025-04-21")] });
    // The last suspended day (to, inclusive) rejects; the next day draws from the bank (period 2 granted nothing).
    expect(after.status).toBe("active");
    expect(after.visits.map((v) => v.outcome)).toEqual(["rejected", "rejected", "bank"]);
    expect([after.available, after.bank]).toEqual([0, 0]);
  });

  it("terms.6.failed-payments: option rolloverDuringSuspension 'forfeit' forfeits the unused visit instead", () => {
    const r = visitAllowance({
      plan: "home-monthly",
      startDate: "2025-01-01",
      asOf: "2025-04-10",
      events: [{ type: "suspended", from: "2025-03-15" }],
      rolloverDuringSuspension: "forfeit",
    });
    expect(r.bank).toBe(0);
    expect(r.forfeitures).toEqual([{ date: "2025-04-01", count: 1, source: "period", reason: "suspended-at-rollover", clause: "terms.6.failed-payments" }]);
  });

  it("terms.6.failed-payments: the bank is frozen (kept) during an open-ended suspension", () => {
    const r = visitAllowance({ plan: "home-monthly", startDate: "2025-01-01", asOf: "2025-12-01", events: [{ type: "suspended", from: "2025-06-15" }] });
    // Apr 1 bank 1; Jul 1 period 2 rolls → bank 2, period 3 grants nothing; Oct 1 nothing to roll, period 4 grants nothing.
    expect(r.periods.map((p) => p.granted)).toEqual([1, 1, 0, 0]);
    expect([r.bank, r.available, r.forfeited, r.status]).toEqual([2, 2, 0, "suspended"]);
  });

  it("terms.2.2.rollover: a lapse forfeits the period's visit and the bank; nothing accrues after", () => {
    const r = visitAllowance({
      plan: "home-monthly",
      startDate: "2025-01-01",
      asOf: "2025-12-31",
      events: [{ type: "lapsed", date: "2025-08-15" }, visit("2025-08-15"), visit("2025-09-01")],
    });
    expect(r.status).toBe("lapsed");
    expect(r.periods).toHaveLength(3);
    expect(r.forfeitures).toEqual([
      { date: "2025-08-15", count: 1, source: "period", reason: "lapsed", clause: "terms.2.2.rollover" },
      { date: "2025-08-15", count: 2, source: "bank", reason: "lapsed", clause: "terms.2.2.rollover" },
    ]);
    expect([r.available, r.bank, r.forfeited, r.granted]).toEqual([0, 0, 3, 3]);
    expect(r.visits.map((v) => v.reason)).toEqual(["membership-ended", "membership-ended"]);
    expect(r.currentPeriod).toEqual({ start: "2025-10-01", end: "2025-12-31", remaining: 0 });
  });

  it("terms.15.termination: termination on a period boundary forfeits the bank and the bonus, the new period grants nothing", () => {
    const r = visitAllowance({ plan: "office-yearly", startDate: "2025-01-01", asOf: "2025-06-01", events: [{ type: "terminated", date: "2025-05-01" }] });
    // Jan 1: period 1 + bonus. Mar 1: period 1 → bank 1. May 1: period 2 → bank 2, then terminated: bank 2 + bonus 1 forfeited.
    expect(r.periods.map((p) => p.start)).toEqual(["2025-01-01", "2025-03-01"]);
    expect(r.forfeitures.map((f) => [f.source, f.count, f.reason, f.clause])).toEqual([
      ["bonus", 1, "terminated", "terms.15.termination"],
      ["bank", 2, "terminated", "terms.15.termination"],
    ]);
    expect([r.status, r.available, r.forfeited, r.granted]).toEqual(["terminated", 0, 3, 3]);
    expect(r.citations).toContain("terms.15.termination");
  });
});

describe("visitAllowance: reading date and input", () => {
  it("events after asOf are ignored and counted (register T4.as-of)", () => {
    const base: VisitAllowanceInput = { plan: "office-monthly", startDate: "2025-01-01", asOf: "2025-02-01", events: [visit("2025-01-15")] };
    const withLater = visitAllowance({ ...base, events: [visit("2025-01-15"), visit("2025-03-01"), { type: "terminated", date: "2025-02-02" }] });
    const plain = visitAllowance(base);
    expect(withLater.ignoredEvents).toBe(2);
    expect(withLater.available).toBe(plain.available);
    expect(withLater.status).toBe("active");
  });

  it("rejects bad input with PolicyInputError", () => {
    const base = { plan: "home-monthly", startDate: "2025-01-01", asOf: "2025-06-01" };
    const bad: unknown[] = [
      { ...base, asOf: "2024-12-31" },
      { ...base, events: [visit("2024-12-31")] },
      { ...base, events: [{ type: "suspended", from: "2025-03-01", to: "2025-02-01" }] },
      { ...base, events: [{ type: "lapsed", date: "2025-03-01" }, { type: "terminated", date: "2025-04-01" }] },
      { ...base, events: [{ type: "refund", date: "2025-03-01" }] },
      { ...base, events: [{ type: "visit", from: "2025-03-01" }] },
      { ...base, events: [{ type: "visit", date: "2025-03-01", minutes: 90 }] },
      { ...base, bankCap: 3 },
      { ...base, plan: "home" },
      { ...base, rolloverDuringSuspension: "keep" },
    ];
    for (const b of bad) expect(() => visitAllowance(b as never), JSON.stringify(b)).toThrow(PolicyInputError);
    // Each rejection names the offending field.
    const pathOf = (events: unknown[]) => {
      try {
        visitAllowance({ ...base, events } as never);
      } catch (e) {
        return (e as PolicyInputError).issues.map((i) => i.path.join("."));
      }
      return [];
    };
    expect(pathOf([{ type: "suspended", from: "2024-12-01", to: "2025-01-10" }])).toEqual(["events.0.from"]);
    expect(pathOf([visit("2025-02-01"), visit("2024-12-31")])).toEqual(["events.1.date"]);
    expect(pathOf([{ type: "suspended", from: "2025-03-01", to: "2025-02-01" }])).toEqual(["events.0.to"]);
  });

  it("never mutates its input", () => {
    const input: VisitAllowanceInput = {
      plan: "home-yearly",
      startDate: "2025-01-01",
      asOf: "2026-06-01",
      events: [visit("2025-05-01"), { type: "suspended", from: "2025-07-01", to: "2025-08-01" }, visit("2025-02-01"), { type: "lapsed", date: "2026-03-01" }],
    };
    const copy = structuredClone(input);
    visitAllowance(input);
    expect(input).toEqual(copy);
  });
});

describe("visitAllowance: the ledger an auditor reads, sentence by sentence", () => {
  it("terms.2.2.rollover / terms.2.2.yearly-bonus: a yearly Home ledger fills the bank, forfeits at the cap, then draws period, bonus, bank", () => {
    const r = visitAllowance({
      plan: "home-yearly",
      startDate: "2025-01-01",
      asOf: "2026-02-15",
      events: [visit("2026-02-01"), visit("2026-02-01"), visit("2026-02-01"), visit("2026-02-01"), visit("2026-02-01")],
    });
    expect(r.explanation).toEqual([
      "home-yearly: an accrual period every 3 months from 2025-01-01, each granting 1 included visit on its first day; plus 1 bonus visit on the first day of each membership year. Unused visits roll to a bank of at most 2; a visit uses the current period first, then the bonus, then the bank.",
      "2025-01-01: period 1 (2025-01-01 – 2025-03-31) starts: +1 included visit; membership year 1 (2025-01-01 – 2025-12-31) starts: +1 bonus visit.",
      "2025-04-01: 1 unused visit of the period ending 2025-03-31 rolled to the bank (bank 1); period 2 (2025-04-01 – 2025-06-30) starts: +1 included visit.",
      "2025-07-01: 1 unused visit of the period ending 2025-06-30 rolled to the bank (bank 2); period 3 (2025-07-01 – 2025-09-30) starts: +1 included visit.",
      "2025-10-01: 1 unused visit of the period ending 2025-09-30 rolled to the bank, 1 forfeited because the bank is capped at 2 (bank 2); period 4 (2025-10-01 – 2025-12-31) starts: +1 included visit.",
      "2026-01-01: 1 unused visit of the period ending 2025-12-31 rolled to the bank, 1 forfeited because the bank is capped at 2 (bank 2); 1 unused visit of the membership year ending 2025-12-31 (bonus) rolled to the bank, 1 forfeited because the bank is capped at 2 (bank 2); period 5 (2026-01-01 – 2026-03-31) starts: +1 included visit; membership year 2 (2026-01-01 – 2026-12-31) starts: +1 bonus visit.",
      "2026-02-01: 5 visits: 1 from the current period; 1 from the yearly bonus; 2 from the bank (bank 0); 1 not included: no included visit left (billed as an extra on-site visit).",
      "As of 2026-02-15: available = current period (2026-01-01 – 2026-03-31) 0 + bonus 0 + bank 0 = 0; granted 7, used 4, forfeited 3.",
    ]);
    expect(r.citations).toEqual(["terms.2.2.home", "terms.2.2.yearly-bonus", "terms.2.2.rollover", "terms.5.member-rate"]);
    expect(r.forfeitures).toEqual([
      { date: "2025-10-01", count: 1, source: "period", reason: "bank-cap", clause: "terms.2.2.rollover" },
      { date: "2026-01-01", count: 1, source: "period", reason: "bank-cap", clause: "terms.2.2.rollover" },
      { date: "2026-01-01", count: 1, source: "bonus", reason: "bank-cap", clause: "terms.2.2.rollover" },
    ]);
    expect(r.visits.map((v) => [v.outcome, v.reason])).toEqual([
      ["period", undefined],
      ["bonus", undefined],
      ["bank", undefined],
      ["bank", undefined],
      ["rejected", "none-available"],
    ]);
    expect(r.bonusYears).toEqual([
      { start: "2025-01-01", end: "2025-12-31", granted: 1, used: 0, rolledToBank: 0, forfeited: 1, remaining: 0, suspendedAtStart: false },
      { start: "2026-01-01", end: "2026-12-31", granted: 1, used: 1, rolledToBank: 0, forfeited: 0, remaining: 0, suspendedAtStart: false },
    ]);
    expect(r).toMatchObject({ available: 0, bank: 0, bonusRemaining: 0, granted: 7, used: 4, forfeited: 3, status: "active", ignoredEvents: 0 });
  });

  it("terms.6.failed-payments: a boundary during a suspension rolls the visit to the frozen bank; the new period grants nothing", () => {
    const events: VisitAllowanceEvent[] = [{ type: "suspended", from: "2025-03-20", to: "2025-04-05" }, visit("2025-04-01"), visit("2025-04-10")];
    const r = visitAllowance({ plan: "office-monthly", startDate: "2025-01-31", asOf: "2025-06-10", events });
    expect(r.explanation).toEqual([
      "office-monthly: an accrual period every 2 months from 2025-01-31, each granting 1 included visit on its first day. Unused visits roll to a bank of at most 2; a visit uses the current period first, then the bank.",
      "2025-01-31: period 1 (2025-01-31 – 2025-03-30) starts: +1 included visit.",
      "2025-03-31: 1 unused visit of the period ending 2025-03-30 rolled to the bank (bank 1); period 2 (2025-03-31 – 2025-05-30) starts during a suspension: no visit granted.",
      "2025-04-01: 1 visit: 1 rejected: suspended, visits cannot be used.",
      "2025-04-10: 1 visit: 1 from the bank (bank 0).",
      "2025-05-31: period 3 (2025-05-31 – 2025-07-30) starts: +1 included visit.",
      '1 unused visit rolled to the bank at a period boundary during a suspension: the bank is frozen, not emptied (default; option rolloverDuringSuspension "forfeit").',
      "As of 2025-06-10: available = current period (2025-05-31 – 2025-07-30) 1 + bonus 0 + bank 0 = 1; granted 2, used 1, forfeited 0.",
    ]);
    expect(r.citations).toEqual(["terms.2.2.office", "terms.2.2.rollover", "terms.6.failed-payments"]);
    expect(r.periods[1]).toEqual({ start: "2025-03-31", end: "2025-05-30", granted: 0, used: 0, rolledToBank: 0, forfeited: 0, remaining: 0, suspendedAtStart: true });
    expect(r.visits).toEqual([
      { date: "2025-04-01", outcome: "rejected", reason: "suspended" },
      { date: "2025-04-10", outcome: "bank" },
    ]);
    expect(r).toMatchObject({ available: 1, granted: 2, used: 1, forfeited: 0, status: "active" });

    const f = visitAllowance({ plan: "office-monthly", startDate: "2025-01-31", asOf: "2025-06-10", events, rolloverDuringSuspension: "forfeit" });
    expect(f.explanation.slice(2, 5)).toEqual([
      '2025-03-31: 1 unused visit of the period ending 2025-03-30 forfeited: the boundary fell during a suspension (option rolloverDuringSuspension "forfeit"); period 2 (2025-03-31 – 2025-05-30) starts during a suspension: no visit granted.',
      "2025-04-01: 1 visit: 1 rejected: suspended, visits cannot be used.",
      "2025-04-10: 1 visit: 1 not included: no included visit left (billed as an extra on-site visit).",
    ]);
    expect(f.explanation.join(" ")).not.toContain("frozen");
    expect(f.forfeitures).toEqual([{ date: "2025-03-31", count: 1, source: "period", reason: "suspended-at-rollover", clause: "terms.6.failed-payments" }]);
    expect(f.periods[0]).toMatchObject({ rolledToBank: 0, forfeited: 1, remaining: 0 });
    expect(f.citations).toEqual(["terms.2.2.office", "terms.2.2.rollover", "terms.6.failed-payments", "terms.5.member-rate"]);
    expect(f).toMatchObject({ available: 1, granted: 2, used: 0, forfeited: 1 });
  });

  it("terms.6.failed-payments: a yearly bonus whose year ends during a suspension is forfeited under the forfeit option, rolled by default", () => {
    const events: VisitAllowanceEvent[] = [{ type: "suspended", from: "2025-12-20" }];
    const roll = visitAllowance({ plan: "home-yearly", startDate: "2025-01-01", asOf: "2026-01-05", events });
    expect(roll.explanation).toContain(
      "2026-01-01: 1 unused visit of the period ending 2025-12-31 rolled to the bank, 1 forfeited because the bank is capped at 2 (bank 2); 1 unused visit of the membership year ending 2025-12-31 (bonus) rolled to the bank, 1 forfeited because the bank is capped at 2 (bank 2); period 5 (2026-01-01 – 2026-03-31) starts during a suspension: no visit granted; membership year 2 (2026-01-01 – 2026-12-31) starts during a suspension: no bonus visit granted.",
    );
    expect(roll.explanation).toContain(
      '2 unused visits rolled to the bank at a period boundary during a suspension: the bank is frozen, not emptied (default; option rolloverDuringSuspension "forfeit").',
    );
    const lost = visitAllowance({ plan: "home-yearly", startDate: "2025-01-01", asOf: "2026-01-05", events, rolloverDuringSuspension: "forfeit" });
    expect(lost.forfeitures.slice(-2)).toEqual([
      { date: "2026-01-01", count: 1, source: "period", reason: "suspended-at-rollover", clause: "terms.6.failed-payments" },
      { date: "2026-01-01", count: 1, source: "bonus", reason: "suspended-at-rollover", clause: "terms.6.failed-payments" },
    ]);
    expect(lost.explanation).toContain(
      '2026-01-01: 1 unused visit of the period ending 2025-12-31 forfeited: the boundary fell during a suspension (option rolloverDuringSuspension "forfeit"); 1 unused visit of the membership year ending 2025-12-31 (bonus) forfeited: the boundary fell during a suspension (option rolloverDuringSuspension "forfeit"); period 5 (2026-01-01 – 2026-03-31) starts during a suspension: no visit granted; membership year 2 (2026-01-01 – 2026-12-31) starts during a suspension: no bonus visit granted.',
    );
    expect(lost).toMatchObject({ status: "suspended", bank: 2, available: 2 });
  });

  it("terms.15.termination: termination forfeits the bonus, later visits are rejected, later events ignored", () => {
    const r = visitAllowance({
      plan: "home-yearly",
      startDate: "2025-01-01",
      asOf: "2025-06-01",
      events: [visit("2025-01-05"), { type: "terminated", date: "2025-04-01" }, visit("2025-04-01"), visit("2025-05-01"), visit("2025-07-01")],
    });
    expect(r.explanation).toEqual([
      "home-yearly: an accrual period every 3 months from 2025-01-01, each granting 1 included visit on its first day; plus 1 bonus visit on the first day of each membership year. Unused visits roll to a bank of at most 2; a visit uses the current period first, then the bonus, then the bank.",
      "2025-01-01: period 1 (2025-01-01 – 2025-03-31) starts: +1 included visit; membership year 1 (2025-01-01 – 2025-12-31) starts: +1 bonus visit.",
      "2025-01-05: 1 visit: 1 from the current period.",
      "2025-04-01: membership terminated: forfeited the unused visits (1 bonus); nothing accrues after this day; 1 visit: 1 rejected: the membership has ended.",
      "2025-05-01: 1 visit: 1 rejected: the membership has ended.",
      "1 event dated after 2025-06-01 is ignored: the ledger is read as of 2025-06-01.",
      "As of 2025-06-01: available = current period (2025-04-01 – 2025-06-30) 0 + bonus 0 + bank 0 = 0; granted 2, used 1, forfeited 1.",
    ]);
    expect(r.citations).toEqual(["terms.2.2.home", "terms.2.2.yearly-bonus", "terms.2.2.rollover", "terms.15.termination"]);
    expect(r.forfeitures).toEqual([{ date: "2025-04-01", count: 1, source: "bonus", reason: "terminated", clause: "terms.15.termination" }]);
    expect(r.periods).toHaveLength(1);
    expect(r).toMatchObject({ status: "terminated", ignoredEvents: 1, used: 1, granted: 2, forfeited: 1, currentPeriod: { start: "2025-04-01", end: "2025-06-30", remaining: 0 } });
  });

  it("terms.2.2.rollover: a lapse with everything used forfeits nothing and says so; a lapse forfeits period, bonus and bank by source", () => {
    const r = visitAllowance({
      plan: "office-monthly",
      startDate: "2025-01-01",
      asOf: "2025-03-01",
      events: [visit("2025-01-02"), { type: "lapsed", date: "2025-02-15" }],
    });
    expect(r.explanation.slice(1)).toEqual([
      "2025-01-01: period 1 (2025-01-01 – 2025-02-28) starts: +1 included visit.",
      "2025-01-02: 1 visit: 1 from the current period.",
      "2025-02-15: membership lapsed: nothing left to forfeit; nothing accrues after this day.",
      "As of 2025-03-01: available = current period (2025-03-01 – 2025-04-30) 0 + bonus 0 + bank 0 = 0; granted 1, used 1, forfeited 0.",
    ]);
    expect(r.citations).toEqual(["terms.2.2.office", "terms.2.2.rollover"]);
    expect(r).toMatchObject({ status: "lapsed", forfeitures: [], periods: [{ start: "2025-01-01", remaining: 0 }] });

    // Home yearly, nothing used: on 2025-07-15 the period of Jul 1 (1), the bonus (1) and the bank (2) are left.
    const all = visitAllowance({ plan: "home-yearly", startDate: "2025-01-01", asOf: "2025-08-01", events: [{ type: "lapsed", date: "2025-07-15" }] });
    expect(all.explanation).toContain("2025-07-15: membership lapsed: forfeited the unused visits (1 of the current period, 1 bonus, 2 banked); nothing accrues after this day.");
    expect(all.forfeitures).toEqual([
      { date: "2025-07-15", count: 1, source: "period", reason: "lapsed", clause: "terms.2.2.rollover" },
      { date: "2025-07-15", count: 1, source: "bonus", reason: "lapsed", clause: "terms.2.2.rollover" },
      { date: "2025-07-15", count: 2, source: "bank", reason: "lapsed", clause: "terms.2.2.rollover" },
    ]);
    expect(all).toMatchObject({ available: 0, bank: 0, bonusRemaining: 0, forfeited: 4, status: "lapsed" });
    expect(all.periods.at(-1)).toMatchObject({ start: "2025-07-01", forfeited: 1, remaining: 0 });
    expect(all.bonusYears[0]).toMatchObject({ forfeited: 1, remaining: 0 });
  });

  it("terms.6.failed-payments: the status is suspended through the suspension's last day, active the day after", () => {
    const at = (to: string | undefined, asOf: string) =>
      visitAllowance({ plan: "office-monthly", startDate: "2025-01-01", asOf, events: [to === undefined ? { type: "suspended", from: "2025-02-01" } : { type: "suspended", from: "2025-02-01", to }] });
    const open = at(undefined, "2025-02-10");
    expect(open.status).toBe("suspended");
    expect(open.explanation.slice(-2)).toEqual([
      "As of 2025-02-10 the membership is suspended: the 1 visit is kept but cannot be used until it is reinstated.",
      "As of 2025-02-10: available = current period (2025-01-01 – 2025-02-28) 1 + bonus 0 + bank 0 = 1; granted 1, used 0, forfeited 0.",
    ]);
    expect(open.citations).toEqual(["terms.2.2.office", "terms.2.2.rollover", "terms.6.failed-payments"]);
    expect(at("2025-02-10", "2025-02-10").status).toBe("suspended");
    expect(at("2025-03-31", "2025-02-10").status).toBe("suspended");
    expect(at("2025-02-09", "2025-02-10").status).toBe("active");
    expect(at("2025-02-01", "2025-02-01").status).toBe("suspended");
  });

  it("terms.6.failed-payments: a one-day suspension on a period's first day blocks that period's grant; the unused visit rolls", () => {
    const r = visitAllowance({
      plan: "office-monthly",
      startDate: "2025-01-01",
      asOf: "2025-03-10",
      events: [{ type: "suspended", from: "2025-03-01", to: "2025-03-01" }],
    });
    expect(r.explanation[2]).toBe(
      "2025-03-01: 1 unused visit of the period ending 2025-02-28 rolled to the bank (bank 1); period 2 (2025-03-01 – 2025-04-30) starts during a suspension: no visit granted.",
    );
    expect(r).toMatchObject({ bank: 1, available: 1, granted: 1, status: "active", currentPeriod: { start: "2025-03-01", end: "2025-04-30", remaining: 0 } });
  });

  it("terms.6.failed-payments: a visit during a suspension that spans no boundary is rejected and cites the suspension clause", () => {
    const r = visitAllowance({
      plan: "office-monthly",
      startDate: "2025-01-01",
      asOf: "2025-02-01",
      events: [{ type: "suspended", from: "2025-01-10", to: "2025-01-20" }, visit("2025-01-15"), visit("2025-01-21")],
    });
    expect(r.explanation.slice(2, 4)).toEqual([
      "2025-01-15: 1 visit: 1 rejected: suspended, visits cannot be used.",
      "2025-01-21: 1 visit: 1 from the current period.",
    ]);
    expect(r.citations).toEqual(["terms.2.2.office", "terms.2.2.rollover", "terms.6.failed-payments"]);
    expect(r).toMatchObject({ status: "active", used: 1, available: 0 });
  });

  it("terms.2.2.rollover: a lapse after the period visit and the bonus were used forfeits nothing", () => {
    const r = visitAllowance({
      plan: "home-yearly",
      startDate: "2025-01-01",
      asOf: "2025-03-01",
      events: [visit("2025-01-02"), visit("2025-01-02"), { type: "lapsed", date: "2025-02-01" }],
    });
    expect(r.explanation.slice(2)).toEqual([
      "2025-01-02: 2 visits: 1 from the current period; 1 from the yearly bonus.",
      "2025-02-01: membership lapsed: nothing left to forfeit; nothing accrues after this day.",
      "As of 2025-03-01: available = current period (2025-01-01 – 2025-03-31) 0 + bonus 0 + bank 0 = 0; granted 2, used 2, forfeited 0.",
    ]);
    expect(r.forfeitures).toEqual([]);
  });

  it("terms.2.2.yearly-bonus: a membership year whose bonus was used rolls nothing and adds no empty step", () => {
    const r = visitAllowance({ plan: "home-yearly", startDate: "2025-01-01", asOf: "2026-01-01", events: [visit("2025-01-02"), visit("2025-01-02")] });
    expect(r.explanation.at(-2)).toBe(
      "2026-01-01: 1 unused visit of the period ending 2025-12-31 rolled to the bank, 1 forfeited because the bank is capped at 2 (bank 2); period 5 (2026-01-01 – 2026-03-31) starts: +1 included visit; membership year 2 (2026-01-01 – 2026-12-31) starts: +1 bonus visit.",
    );
    expect(r.bonusYears[0]).toMatchObject({ used: 1, rolledToBank: 0, forfeited: 0, remaining: 0 });
  });

  it("rejects input its schema refuses with the rule name (terms.2.2.rollover)", () => {
    for (const bad of [{ plan: "home-weekly", startDate: "2025-01-01", asOf: "2025-06-01" }, { plan: "home-monthly", startDate: "2025-01-01" }])
      expect(() => visitAllowance(bad as never), JSON.stringify(bad)).toThrow(/^Invalid input to visitAllowance: /);
  });

  it("rejects inconsistent events with the field, the reason and the rule name", () => {
    const base = { plan: "home-monthly", startDate: "2025-01-01", asOf: "2025-06-01" } as const;
    const issues = (input: unknown) => policyErrorOf(() => visitAllowance(input as never), "visitAllowance").issues;
    expect(issues({ ...base, asOf: "2024-12-31" })).toEqual([{ path: ["asOf"], message: "`asOf` is before the membership start date" }]);
    expect(issues({ ...base, events: [visit("2024-12-31")] })).toEqual([{ path: ["events", 0, "date"], message: "event before the membership start date" }]);
    expect(issues({ ...base, events: [{ type: "suspended", from: "2025-03-01", to: "2025-02-28" }] })).toEqual([
      { path: ["events", 0, "to"], message: "suspension ends before it starts" },
    ]);
    expect(issues({ ...base, events: [{ type: "lapsed", date: "2025-03-01" }, { type: "terminated", date: "2025-04-01" }] })).toEqual([
      { path: ["events", 1], message: "more than one lapse/termination: a membership ends once" },
    ]);
    // Boundaries that are allowed: asOf on the start day, a one-day suspension, events on the start day.
    expect(visitAllowance({ ...base, asOf: "2025-01-01", events: [visit("2025-01-01"), { type: "suspended", from: "2025-01-01", to: "2025-01-01" }] }).visits).toEqual([
      { date: "2025-01-01", outcome: "rejected", reason: "suspended" },
    ]);
  });
});

describe("visitAllowance: no-shows counted as an included visit (§4)", () => {
  it("terms.4.no-show / terms.2.2.yearly-bonus: a no-show draws like a visit, period then bonus then bank, and is left to the fee when none is left", () => {
    const r = visitAllowance({
      plan: "home-yearly",
      startDate: "2025-01-01",
      asOf: "2025-07-15",
      events: [noShow("2025-01-10"), noShow("2025-01-20"), noShow("2025-01-25"), noShow("2025-07-05"), noShow("2025-07-06"), noShow("2025-07-07")],
    });
    expect(r.visits).toEqual([
      { date: "2025-01-10", type: "no-show", outcome: "included", source: "period" },
      { date: "2025-01-20", type: "no-show", outcome: "included", source: "bonus" },
      { date: "2025-01-25", type: "no-show", outcome: "fee", reason: "none-available" },
      { date: "2025-07-05", type: "no-show", outcome: "included", source: "period" },
      { date: "2025-07-06", type: "no-show", outcome: "included", source: "bank" },
      { date: "2025-07-07", type: "no-show", outcome: "fee", reason: "none-available" },
    ]);
    expect([r.available, r.used, r.bank, r.granted, r.forfeited]).toEqual([0, 4, 0, 4, 0]);
    expect(r.citations).toEqual(["terms.2.2.home", "terms.2.2.yearly-bonus", "terms.2.2.rollover", "terms.4.no-show"]);
    expect(r.explanation.slice(2)).toEqual([
      "2025-01-10: 1 no-show: 1 counted as an included visit from the current period.",
      "2025-01-20: 1 no-show: 1 counted as an included visit from the yearly bonus.",
      "2025-01-25: 1 no-show: 1 not counted: no included visit left; the no-show fee applies.",
      "2025-04-01: period 2 (2025-04-01 – 2025-06-30) starts: +1 included visit.",
      "2025-07-01: 1 unused visit of the period ending 2025-06-30 rolled to the bank (bank 1); period 3 (2025-07-01 – 2025-09-30) starts: +1 included visit.",
      "2025-07-05: 1 no-show: 1 counted as an included visit from the current period.",
      "2025-07-06: 1 no-show: 1 counted as an included visit from the bank (bank 0).",
      "2025-07-07: 1 no-show: 1 not counted: no included visit left; the no-show fee applies.",
      "No-shows (§4) on or before 2025-07-15: 4 counted as an included visit, 2 left to the no-show fee (no included visit left, or the membership suspended or ended that day; noShowCharge gives the amount).",
      "As of 2025-07-15: available = current period (2025-07-01 – 2025-09-30) 0 + bonus 0 + bank 0 = 0; granted 4, used 4, forfeited 0.",
    ]);
  });

  it("terms.4.no-show: a counted no-show leaves the same ledger as a visit that day; only its entry differs", () => {
    const base = { plan: "home-monthly", startDate: "2025-01-01", asOf: "2025-08-01", events: [visit("2025-02-01")] } as const;
    const asVisit = visitAllowance({ ...base, events: [...base.events, visit("2025-07-02")] });
    const asNoShow = visitAllowance({ ...base, events: [...base.events, noShow("2025-07-02")] });
    const { visits: a, explanation: _a, citations: _ca, ...visitNumbers } = asVisit;
    const { visits: b, explanation: _b, citations: _cb, ...noShowNumbers } = asNoShow;
    expect(noShowNumbers).toEqual(visitNumbers);
    expect([a[1], b[1]]).toEqual([
      { date: "2025-07-02", outcome: "period" },
      { date: "2025-07-02", type: "no-show", outcome: "included", source: "period" },
    ]);
    expect([asNoShow.available, asNoShow.bank]).toEqual([1, 1]);
  });

  it("terms.6.failed-payments: a no-show during a suspension never draws: the fee applies and the frozen bank is kept", () => {
    const r = visitAllowance({
      plan: "home-monthly",
      startDate: "2025-01-01",
      asOf: "2025-05-01",
      events: [{ type: "suspended", from: "2025-03-20", to: "2025-04-05" }, noShow("2025-03-25"), noShow("2025-04-05"), noShow("2025-04-10")],
    });
    expect(r.visits).toEqual([
      { date: "2025-03-25", type: "no-show", outcome: "fee", reason: "suspended" },
      { date: "2025-04-05", type: "no-show", outcome: "fee", reason: "suspended" },
      { date: "2025-04-10", type: "no-show", outcome: "included", source: "bank" },
    ]);
    expect(r.citations).toContain("terms.6.failed-payments");
    expect(r.citations).toContain("terms.4.no-show");
    expect(r.explanation).toContain("2025-03-25: 1 no-show: 1 not counted: suspended, visits cannot be used; the no-show fee applies.");
    expect(r.periods[0]).toMatchObject({ used: 0, rolledToBank: 1 });
    expect([r.used, r.available]).toEqual([1, 0]);
  });

  it("terms.15.termination: a no-show on or after the termination day never draws: the fee applies", () => {
    const r = visitAllowance({
      plan: "office-yearly",
      startDate: "2025-01-01",
      asOf: "2025-05-01",
      events: [visit("2025-01-05"), { type: "terminated", date: "2025-02-01" }, noShow("2025-02-01"), noShow("2025-03-01")],
    });
    expect(r.visits).toEqual([
      { date: "2025-01-05", outcome: "period" },
      { date: "2025-02-01", type: "no-show", outcome: "fee", reason: "membership-ended" },
      { date: "2025-03-01", type: "no-show", outcome: "fee", reason: "membership-ended" },
    ]);
    expect(r.explanation).toContain(
      "2025-02-01: membership terminated: forfeited the unused visits (1 bonus); nothing accrues after this day; 1 no-show: 1 not counted: the membership has ended; the no-show fee applies.",
    );
    expect([r.status, r.used, r.forfeited, r.available]).toEqual(["terminated", 1, 1, 0]);
  });

  it("terms.2.2.rollover: a no-show the day before a lapse draws the bank; one on the lapse day is left to the fee", () => {
    const r = visitAllowance({
      plan: "home-monthly",
      startDate: "2025-01-01",
      asOf: "2025-09-01",
      events: [noShow("2025-07-31"), noShow("2025-08-01"), { type: "lapsed", date: "2025-08-01" }],
    });
    expect(r.visits.map((v) => [v.date, v.outcome, v.type === "no-show" ? (v.source ?? v.reason) : undefined])).toEqual([
      ["2025-07-31", "included", "period"],
      ["2025-08-01", "fee", "membership-ended"],
    ]);
    // The lapse forfeits the bank of 2 that the no-show did not draw from (the current period went first).
    expect(r.forfeitures).toEqual([{ date: "2025-08-01", count: 2, source: "bank", reason: "lapsed", clause: "terms.2.2.rollover" }]);
  });

  it("terms.4.no-show: a visit and a no-show on one day: the visit draws first (register T4.no-show-same-day), in either event order", () => {
    const input = { plan: "office-monthly", startDate: "2025-01-01", asOf: "2025-03-01", events: [noShow("2025-03-01"), visit("2025-03-01"), noShow("2025-03-01")] } as const;
    const r = visitAllowance(input);
    expect(r.visits).toEqual([
      { date: "2025-03-01", outcome: "period" },
      { date: "2025-03-01", type: "no-show", outcome: "included", source: "bank" },
      { date: "2025-03-01", type: "no-show", outcome: "fee", reason: "none-available" },
    ]);
    expect(r.explanation).toContain(
      "2025-03-01: 1 unused visit of the period ending 2025-02-28 rolled to the bank (bank 1); period 2 (2025-03-01 – 2025-04-30) starts: +1 included visit; 1 visit: 1 from the current period; 2 no-shows: 1 counted as an included visit from the bank (bank 0); 1 not counted: no included visit left; the no-show fee applies.",
    );
    expect(visitAllowance({ ...input, events: [visit("2025-03-01"), noShow("2025-03-01"), noShow("2025-03-01")] })).toEqual(r);
  });

  it("terms.4.no-show: no-shows after asOf are ignored and counted, like any event (register T4.as-of)", () => {
    const r = visitAllowance({ plan: "home-monthly", startDate: "2025-01-01", asOf: "2025-01-31", events: [noShow("2025-02-01")] });
    expect([r.ignoredEvents, r.available, r.visits.length, r.citations.includes("terms.4.no-show")]).toEqual([1, 1, 0, false]);
  });

  it("rejects a no-show before the start date, or with a misspelt type or key, naming the field (terms.4.no-show)", () => {
    const base = { plan: "home-monthly", startDate: "2025-01-01", asOf: "2025-06-01" } as const;
    const issues = (input: unknown) => policyErrorOf(() => visitAllowance(input as never), "visitAllowance").issues;
    expect(issues({ ...base, events: [visit("2025-02-01"), noShow("2024-12-31")] })).toEqual([{ path: ["events", 1, "date"], message: "event before the membership start date" }]);
    expect(issues({ ...base, events: [{ type: "noshow", date: "2025-02-01" }] })).toEqual([
      { path: ["events", 0, "type"], message: 'expected one of "visit", "suspended", "lapsed", "terminated", "no-show", received "noshow"' },
    ]);
    expect(issues({ ...base, events: [{ type: "no-show", date: "2025-02-01", fee: "45.00" }] }).map((i) => i.path)).toEqual([["events", 0, "fee"]]);
    expect(issues({ ...base, events: [{ type: "no-show", from: "2025-02-01" }] }).map((i) => i.path)).toContainEqual(["events", 0, "date"]);
  });
});
