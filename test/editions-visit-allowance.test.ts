/**
 * `visitAllowance` under editions of the Terms (issue 12; POLICY-SPEC T17 b,
 * "Settled details … Ledgers across editions"): with `editions`, the accrual
 * period starting on day D and the rollovers into the bank on day D follow the
 * edition governing the billing period containing D; a yearly bonus follows
 * the edition bound at its membership year's billing date; the result names
 * the edition governing the period containing `asOf`.
 *
 * Expected values are worked out by hand from the spec and written as
 * literals; the comments show the arithmetic.
 */
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { visitAllowance, type VisitAllowanceInput, type VisitAllowanceResult } from "../src/terms/visit-allowance.js";
import { baseEdition, type Edition } from "../src/editions/edition.js";
import { defineEdition } from "../src/editions/define.js";
import { editionFor } from "../src/editions/edition-for.js";
import { TARIFF_KEYS, type TariffKey } from "../src/editions/base-tariff.js";
import { visitAllowanceInputArbitrary } from "../src/testing/index.js";
import { addDays } from "../src/core/calendar.js";
import { policyErrorOf } from "./policy-error.js";

const BASE = "relument-terms@base";
const visit = (date: string) => ({ type: "visit" as const, date });

/** Bank cap 2 → 3, announced 2026-06-01, in force 2026-06-15 (T17: binds a member from the first billing date ≥ 2026-06-15 and ≥ 2026-07-01). */
const cap3 = defineEdition({ id: "relument-terms@2026-06", announcedOn: "2026-06-01", effectiveOn: "2026-06-15", changes: { bankCap: 3 } });

/** The ledger of each period: [start, end, granted, rolledToBank, forfeited, edition]. */
const rows = (r: VisitAllowanceResult) => r.periods.map((p) => [p.start, p.end, p.granted, p.rolledToBank, p.forfeited, p.edition]);
/** The headline numbers of a result. */
const numbers = (r: VisitAllowanceResult) => ({
  available: r.available,
  bank: r.bank,
  currentPeriod: r.currentPeriod,
  bonusRemaining: r.bonusRemaining,
  forfeited: r.forfeited,
  granted: r.granted,
  used: r.used,
  status: r.status,
  forfeitures: r.forfeitures,
  visits: r.visits,
});

describe("terms.2.2.rollover under editions: the bank cap of a rollover follows the edition governing its day", () => {
  it("terms.2.2.rollover / terms.16.changes: Home monthly from 2026-01-15, bank cap 2 → 3 binds at the billing date 2026-07-15; the 2026-10-15 rollover fills the bank to 3", () => {
    // Billing dates: the 15th of each month. The edition is in force 2026-06-15, but its notice runs only on
    // 2026-07-01 (2026-06-01 + 30): the first billing date on or after both is 2026-07-15.
    expect(editionFor({ editions: [cap3], customer: "member", on: "2026-07-15", membership: { plan: "home-monthly", startDate: "2026-01-15" } }).bindsFrom).toBe("2026-07-15");
    const input = { plan: "home-monthly", startDate: "2026-01-15", asOf: "2027-01-15" } as const;
    const r = visitAllowance({ ...input, editions: [cap3] });
    // 04-15: period 1 rolls, bank 1 (base). 07-15: period 2 rolls under the new edition, bank 2.
    // 10-15: period 3 rolls, bank 3 (cap 3). 2027-01-15: bank full at 3, period 4's visit is forfeited.
    expect(rows(r)).toEqual([
      ["2026-01-15", "2026-04-14", 1, 1, 0, BASE],
      ["2026-04-15", "2026-07-14", 1, 1, 0, BASE],
      ["2026-07-15", "2026-10-14", 1, 1, 0, "relument-terms@2026-06"],
      ["2026-10-15", "2027-01-14", 1, 0, 1, "relument-terms@2026-06"],
      ["2027-01-15", "2027-04-14", 1, 0, 0, "relument-terms@2026-06"],
    ]);
    expect(r.forfeitures).toEqual([{ date: "2027-01-15", count: 1, source: "period", reason: "bank-cap", clause: "terms.2.2.rollover" }]);
    expect([r.bank, r.available, r.forfeited, r.edition]).toEqual([3, 4, 1, "relument-terms@2026-06"]);
    expect(r).not.toHaveProperty("hypothetical");
    expect(r.explanation).toContain(
      "From the billing date 2026-07-15, relument-terms@2026-06 governs this membership (announced 2026-06-01, in force from 2026-06-15; " +
        "it binds from the first billing date on or after its effective date and at least 30 days after its announcement): accrual periods and " +
        "membership years starting, and rollovers into the bank, on or after that day follow its numbers (bank cap 2 → 3).",
    );
    expect(r.explanation.find((s) => s.startsWith("2026-10-15:"))).toContain("rolled to the bank (bank 3)");
    expect(r.explanation.find((s) => s.startsWith("2027-01-15:"))).toContain("forfeited because the bank is capped at 3");
    expect(r.citations).toEqual(expect.arrayContaining(["terms.5.price-changes", "terms.16.changes", "terms.2.2.rollover"]));
    // The Terms as shipped: the 2026-10-15 and 2027-01-15 rollovers are both forfeited at cap 2.
    const base = visitAllowance(input);
    expect([base.bank, base.available, base.forfeited, base.edition]).toEqual([2, 3, 2, BASE]);
  });

  it("terms.2.2.rollover / terms.5.price-changes: a rollover before the binding billing date is capped at 2, the first one after it at 3 (Home monthly from 2025-07-15)", () => {
    // Same billing day (the 15th), so the edition binds on 2026-07-15 too. Rollovers: 2025-10-15 bank 1,
    // 2026-01-15 bank 2, 2026-04-15 bank full at 2 → 1 forfeited, 2026-07-15 bank 3 (cap 3), 2026-10-15 full at 3 → 1 forfeited.
    const r = visitAllowance({ plan: "home-monthly", startDate: "2025-07-15", asOf: "2026-10-15", editions: [cap3] });
    expect(r.forfeitures).toEqual([
      { date: "2026-04-15", count: 1, source: "period", reason: "bank-cap", clause: "terms.2.2.rollover" },
      { date: "2026-10-15", count: 1, source: "period", reason: "bank-cap", clause: "terms.2.2.rollover" },
    ]);
    expect(rows(r).map((p) => [p[0], p[3], p[4], p[5]])).toEqual([
      ["2025-07-15", 1, 0, BASE],
      ["2025-10-15", 1, 0, BASE],
      ["2026-01-15", 0, 1, BASE],
      ["2026-04-15", 1, 0, BASE],
      ["2026-07-15", 0, 1, "relument-terms@2026-06"],
      ["2026-10-15", 0, 0, "relument-terms@2026-06"],
    ]);
    expect(r.explanation.find((s) => s.startsWith("2026-04-15:"))).toContain("capped at 2 (bank 2)");
    expect(r.explanation.find((s) => s.startsWith("2026-07-15:"))).toContain("rolled to the bank (bank 3)");
    expect(r.explanation.find((s) => s.startsWith("2026-10-15:"))).toContain("capped at 3 (bank 3)");
    // The take-over step comes right before the first day it governs.
    const takeOver = r.explanation.findIndex((s) => s.startsWith("From the billing date 2026-07-15, relument-terms@2026-06"));
    expect(r.explanation[takeOver + 1]?.startsWith("2026-07-15:")).toBe(true);
    expect([r.bank, r.currentPeriod.remaining, r.available, r.forfeited]).toEqual([3, 1, 4, 2]);
  });

  it("terms.16.changes: a rollover on the effective date itself, before the 30 days' notice has run, is still capped at 2 (Home monthly from 2025-09-15)", () => {
    // Periods 2025-09-15, 12-15, 2026-03-15, 06-15, 09-15. Rollovers: 12-15 bank 1, 03-15 bank 2,
    // 06-15 (in force, but notice runs 07-01: the member is bound from 07-15) full at 2 → 1 forfeited, 09-15 bank 3.
    const r = visitAllowance({ plan: "home-monthly", startDate: "2025-09-15", asOf: "2026-09-15", editions: [cap3] });
    expect(r.forfeitures).toEqual([{ date: "2026-06-15", count: 1, source: "period", reason: "bank-cap", clause: "terms.2.2.rollover" }]);
    expect(r.periods.map((p) => p.edition)).toEqual([BASE, BASE, BASE, BASE, "relument-terms@2026-06"]);
    expect([r.bank, r.available, r.edition]).toEqual([3, 4, "relument-terms@2026-06"]);
  });

  it("T17.bank-cap-lowered: a lower cap keeps what is already banked and takes nothing more", () => {
    const cap1 = defineEdition({ id: "relument-terms@cap1", announcedOn: "2026-06-01", effectiveOn: "2026-06-15", changes: { bankCap: 1 } });
    // Home monthly from 2025-10-15: 2026-01-15 bank 1, 04-15 bank 2; 07-15 under cap 1: the bank keeps 2, the period's visit is forfeited.
    const r = visitAllowance({ plan: "home-monthly", startDate: "2025-10-15", asOf: "2026-07-15", editions: [cap1] });
    expect(r.forfeitures).toEqual([{ date: "2026-07-15", count: 1, source: "period", reason: "bank-cap", clause: "terms.2.2.rollover" }]);
    expect([r.bank, r.available, r.forfeited]).toEqual([2, 3, 1]);
    expect(r.explanation).toContain(
      "From the billing date 2026-07-15, relument-terms@cap1 governs this membership (announced 2026-06-01, in force from 2026-06-15; " +
        "it binds from the first billing date on or after its effective date and at least 30 days after its announcement): accrual periods and " +
        "membership years starting, and rollovers into the bank, on or after that day follow its numbers (bank cap 2 → 1).",
    );
  });
});

describe("terms.2.2.yearly-bonus under editions: a yearly member is bound only at the next anniversary", () => {
  // Home yearly from 2025-10-01: billing dates 2025-10-01, 2026-10-01. The edition is in force (and its notice has run)
  // by 2026-07-01, but no billing date falls before the anniversary 2026-10-01.
  const input = { plan: "home-yearly", startDate: "2025-10-01", editions: [cap3] } as const;

  it("terms.2.2.yearly-bonus / terms.16.changes: rollovers until the anniversary follow the base edition (cap 2); on the anniversary the period rolls to 3 and the bonus is forfeited", () => {
    // Periods 2025-10-01, 2026-01-01, 04-01, 07-01, 10-01. 01-01 bank 1, 04-01 bank 2, 07-01 full at 2 → 1 forfeited.
    // 2026-10-01, under the new edition (cap 3): period 4 rolls (bank 3), then the year-1 bonus: full at 3 → forfeited.
    const r = visitAllowance({ ...input, asOf: "2026-10-01" });
    expect(r.forfeitures).toEqual([
      { date: "2026-07-01", count: 1, source: "period", reason: "bank-cap", clause: "terms.2.2.rollover" },
      { date: "2026-10-01", count: 1, source: "bonus", reason: "bank-cap", clause: "terms.2.2.rollover" },
    ]);
    expect(r.periods.map((p) => p.edition)).toEqual([BASE, BASE, BASE, BASE, "relument-terms@2026-06"]);
    expect(r.bonusYears.map((y) => [y.start, y.end, y.granted, y.forfeited, y.edition])).toEqual([
      ["2025-10-01", "2026-09-30", 1, 1, BASE],
      ["2026-10-01", "2027-09-30", 1, 0, "relument-terms@2026-06"],
    ]);
    // available = period 1 + bonus 1 + bank 3.
    expect([r.bank, r.currentPeriod.remaining, r.bonusRemaining, r.available, r.forfeited, r.edition]).toEqual([3, 1, 1, 5, 2, "relument-terms@2026-06"]);
    expect(r.explanation.some((s) => s.startsWith("From the billing date 2026-10-01, relument-terms@2026-06 governs"))).toBe(true);
  });

  it("terms.2.2.yearly-bonus: a new bonus count applies from the membership year whose billing date the edition binds", () => {
    const bonus2 = defineEdition({ id: "relument-terms@bonus2", announcedOn: "2026-06-01", effectiveOn: "2026-06-15", changes: { yearlyBonusVisits: 2 } });
    // Year 1 (opened 2025-10-01, base): 1 bonus; year 2 (opened 2026-10-01, bound to the new edition): 2.
    // Bank: 01-01 1, 04-01 2, then full at 2. available = period 1 + bonus 2 + bank 2.
    const r = visitAllowance({ ...input, asOf: "2026-10-01", editions: [bonus2] });
    expect(r.bonusYears.map((y) => [y.start, y.granted, y.edition])).toEqual([
      ["2025-10-01", 1, BASE],
      ["2026-10-01", 2, "relument-terms@bonus2"],
    ]);
    expect([r.bonusRemaining, r.bank, r.available]).toEqual([2, 2, 5]);
    expect(r.explanation.find((s) => s.startsWith("From the billing date 2026-10-01"))).toContain("(bonus visits per membership year 1 → 2)");
  });

  it("T17.membership-year: a membership year is a yearly plan's billing period, so its length follows yearlyPeriodMonths", () => {
    const halfYear = defineEdition({ id: "what-if@half-year", announcedOn: "2026-06-01", effectiveOn: "2026-06-15", changes: { yearlyPeriodMonths: 6 }, hypothetical: true });
    // Billing dates: 2025-10-01 (12 months, base), 2026-10-01 (bound to the what-if: 6 months), 2027-04-01.
    const r = visitAllowance({ ...input, asOf: "2027-04-01", editions: [halfYear] });
    expect(r.bonusYears.map((y) => [y.start, y.end, y.edition])).toEqual([
      ["2025-10-01", "2026-09-30", BASE],
      ["2026-10-01", "2027-03-31", "what-if@half-year"],
      ["2027-04-01", "2027-09-30", "what-if@half-year"],
    ]);
    expect(editionFor({ editions: [halfYear], customer: "member", on: "2027-04-01", membership: { plan: "home-yearly", startDate: "2025-10-01" } }).bindsFrom).toBe("2026-10-01");
    expect([r.bonusRemaining, r.hypothetical]).toEqual([1, true]);
  });

  it("terms.16.changes: the day before the anniversary the member is still under the base edition", () => {
    const r = visitAllowance({ ...input, asOf: "2026-09-30" });
    expect(r.edition).toBe(BASE);
    expect([r.bank, r.forfeited]).toEqual([2, 1]);
    expect(r.periods.every((p) => p.edition === BASE)).toBe(true);
    expect(r.explanation.some((s) => s.startsWith("From the billing date"))).toBe(false);
  });
});

describe("terms.16.changes: a signup binds the edition in force that day, whatever the notice", () => {
  it("terms.16.changes: signing up on 2026-06-20 (in force since 06-15, notice runs only 07-01) binds the new edition from the start", () => {
    // Periods 2026-06-20, 09-20, 12-20, 2027-03-20: rollovers bank 1, 2, 3 (cap 3 from the signup), nothing forfeited.
    const r = visitAllowance({ plan: "home-monthly", startDate: "2026-06-20", asOf: "2027-03-20", editions: [cap3] });
    expect(r.periods.map((p) => p.edition)).toEqual(Array(4).fill("relument-terms@2026-06"));
    expect([r.bank, r.available, r.forfeited, r.edition]).toEqual([3, 4, 0, "relument-terms@2026-06"]);
    expect(r.explanation[0]).toBe(
      "Editions (T17 b): the signup on 2026-06-20 binds the edition in force that day, whatever the notice: relument-terms@2026-06 " +
        "(announced 2026-06-01, in force from 2026-06-15). A later edition binds from the first billing date on or after its effective date " +
        "and at least the notice period after its announcement; each accrual period, membership year and rollover follows the edition governing " +
        "the billing period containing its day.",
    );
    expect(r.explanation[1]).toContain("Unused visits roll to a bank of at most 3");
    expect(r.explanation.some((s) => s.startsWith("From the billing date"))).toBe(false);
  });

  it("terms.16.changes: signing up on 2026-06-10, before the edition is in force, binds the base edition until the billing date 2026-07-10", () => {
    const r = visitAllowance({ plan: "home-monthly", startDate: "2026-06-10", asOf: "2026-12-10", editions: [cap3] });
    // Periods 06-10 (base), 09-10 and 12-10 (the new edition, bound since 07-10).
    expect(r.periods.map((p) => [p.start, p.edition])).toEqual([
      ["2026-06-10", BASE],
      ["2026-09-10", "relument-terms@2026-06"],
      ["2026-12-10", "relument-terms@2026-06"],
    ]);
    expect(r.explanation.some((s) => s.startsWith("From the billing date 2026-07-10, relument-terms@2026-06 governs"))).toBe(true);
  });
});

describe("terms.5.price-changes: two editions in one year", () => {
  // The second one raises the grant to 2 and shortens Home periods to 2 months; announced 2026-09-01 (notice runs 10-01),
  // in force 2026-10-01: bound from the billing date 2026-10-15.
  const twoVisits = defineEdition({
    id: "relument-terms@2026-10",
    basedOn: cap3,
    announcedOn: "2026-09-01",
    effectiveOn: "2026-10-01",
    changes: { visitsPerPeriod: 2, homePeriodMonths: 2 },
  });

  it("terms.2.2.home / terms.16.changes: each period follows the edition of its first day; the cap 3 carries on", () => {
    const r = visitAllowance({
      plan: "home-monthly",
      startDate: "2026-01-15",
      asOf: "2026-12-31",
      editions: [twoVisits, cap3],
      events: [visit("2026-11-01")],
    });
    // 04-15 bank 1 (base); 07-15 bank 2 (cap3); 10-15 bank 3, period 4 opens under the second edition: 2 visits, 2 months.
    // 11-01 a visit from period 4; 12-15 period 4's other visit: bank full at 3 → forfeited; period 5 grants 2.
    expect(rows(r)).toEqual([
      ["2026-01-15", "2026-04-14", 1, 1, 0, BASE],
      ["2026-04-15", "2026-07-14", 1, 1, 0, BASE],
      ["2026-07-15", "2026-10-14", 1, 1, 0, "relument-terms@2026-06"],
      ["2026-10-15", "2026-12-14", 2, 0, 1, "relument-terms@2026-10"],
      ["2026-12-15", "2027-02-14", 2, 0, 0, "relument-terms@2026-10"],
    ]);
    expect(r.currentPeriod).toEqual({ start: "2026-12-15", end: "2027-02-14", remaining: 2 });
    expect([r.bank, r.available, r.granted, r.used, r.forfeited, r.edition]).toEqual([3, 5, 7, 1, 1, "relument-terms@2026-10"]);
    const steps = r.explanation.filter((s) => s.startsWith("From the billing date"));
    expect(steps).toHaveLength(2);
    expect(steps[0]).toMatch(/^From the billing date 2026-07-15, relument-terms@2026-06 .*\(bank cap 2 → 3\)\.$/);
    expect(steps[1]).toMatch(/^From the billing date 2026-10-15, relument-terms@2026-10 .*\(Home accrual period \(months\) 3 → 2, visits per accrual period 1 → 2\)\.$/);
  });

  it("terms.2.2.home: an accrual period running when a new period length binds keeps its own length", () => {
    // Home periods 3 → 2 months, announced 2026-03-01, in force 2026-05-01: bound from the billing date 2026-05-15,
    // inside the period 2026-04-15 – 2026-07-14, which keeps its 3 months; the next ones last 2.
    const shorter = defineEdition({ id: "relument-terms@2026-05", announcedOn: "2026-03-01", effectiveOn: "2026-05-01", changes: { homePeriodMonths: 2 } });
    const r = visitAllowance({ plan: "home-monthly", startDate: "2026-01-15", asOf: "2026-11-20", editions: [shorter] });
    expect(r.periods.map((p) => [p.start, p.end, p.edition])).toEqual([
      ["2026-01-15", "2026-04-14", BASE],
      ["2026-04-15", "2026-07-14", BASE],
      ["2026-07-15", "2026-09-14", "relument-terms@2026-05"],
      ["2026-09-15", "2026-11-14", "relument-terms@2026-05"],
      ["2026-11-15", "2027-01-14", "relument-terms@2026-05"],
    ]);
    expect(r.currentPeriod).toEqual({ start: "2026-11-15", end: "2027-01-14", remaining: 1 });
  });
});

describe("editions: input errors, hypothetical editions, the end of the membership", () => {
  it("T17: `edition` and `editions` together are an input error", () => {
    const { issues } = policyErrorOf(
      () => visitAllowance({ plan: "home-monthly", startDate: "2026-01-15", asOf: "2026-03-01", edition: cap3, editions: [cap3] }),
      "visitAllowance",
    );
    expect(issues).toEqual([{ path: ["editions"], message: expect.stringContaining("not both") }]);
  });

  it("T17: two editions taking effect the same day are an input error", () => {
    const twin = defineEdition({ id: "relument-terms@twin", announcedOn: "2026-05-01", effectiveOn: "2026-06-15", changes: { bankCap: 4 } });
    const { issues } = policyErrorOf(() => visitAllowance({ plan: "home-monthly", startDate: "2026-01-15", asOf: "2026-03-01", editions: [cap3, twin] }), "visitAllowance");
    expect(issues[0]?.path).toEqual(["editions", 1, "effectiveOn"]);
  });

  it("T17: an edition that governed a period marks the result hypothetical even after a later edition takes over; one that never bound does not", () => {
    const whatIf = defineEdition({ id: "what-if@2026-03", announcedOn: "2026-01-01", effectiveOn: "2026-03-01", changes: { bankCap: 5 }, hypothetical: true });
    const real = defineEdition({ id: "relument-terms@2026-09", announcedOn: "2026-07-01", effectiveOn: "2026-09-01", changes: { noShowFee: "50.00" }, hypothetical: false });
    // Home monthly from 2026-01-15: the what-if binds 2026-03-15, the real one 2026-09-15.
    const r = visitAllowance({ plan: "home-monthly", startDate: "2026-01-15", asOf: "2026-10-01", editions: [whatIf, real] });
    expect([r.edition, r.hypothetical]).toEqual(["relument-terms@2026-09", true]);
    // Periods 01-15 (base), 04-15 and 07-15 (the what-if); asOf 10-01 lies in the billing period opened 09-15.
    expect(r.periods.map((p) => p.edition)).toEqual([BASE, "what-if@2026-03", "what-if@2026-03"]);
    expect(r.explanation.some((s) => s.includes("what-if@2026-03 (hypothetical: a what-if, never announced) governs"))).toBe(true);
    const before = visitAllowance({ plan: "home-monthly", startDate: "2026-01-15", asOf: "2026-03-14", editions: [whatIf] });
    expect(before.edition).toBe(BASE);
    expect(before).not.toHaveProperty("hypothetical");
  });

  it("terms.15.termination: no billing date falls on or after the end, so an edition in force by then never binds", () => {
    // The edition would bind on 2026-07-15; the membership is terminated that very day.
    const r = visitAllowance({ plan: "home-monthly", startDate: "2026-01-15", asOf: "2026-08-01", editions: [cap3], events: [{ type: "terminated", date: "2026-07-15" }] });
    expect(r.edition).toBe(BASE);
    expect(r.explanation.some((s) => s.startsWith("From the billing date"))).toBe(false);
    expect([r.status, r.available]).toEqual(["terminated", 0]);
  });

  it("terms.2.2.home / terms.2.2.yearly-bonus: under an edition changing every number the ledger reads, the ledger uses its numbers only", () => {
    const all = defineEdition({
      id: "what-if@all",
      announcedOn: "2025-11-01",
      effectiveOn: "2025-12-01",
      changes: { homePeriodMonths: 4, visitsPerPeriod: 2, yearlyBonusVisits: 3, bankCap: 5, yearlyPeriodMonths: 24 },
      hypothetical: true,
    });
    // Home yearly from 2026-01-01: periods of 4 months (01-01, 05-01, 09-01, 2027-01-01), 2 visits each;
    // rollovers: bank 2, 4, then 5 (cap 5) with 1 forfeited. One 24-month membership year: 3 bonus visits.
    const r = visitAllowance({ plan: "home-yearly", startDate: "2026-01-01", asOf: "2027-01-01", edition: all });
    expect(r.periods.map((p) => [p.start, p.end, p.granted])).toEqual([
      ["2026-01-01", "2026-04-30", 2],
      ["2026-05-01", "2026-08-31", 2],
      ["2026-09-01", "2026-12-31", 2],
      ["2027-01-01", "2027-04-30", 2],
    ]);
    expect(r.bonusYears.map((y) => [y.start, y.end, y.granted])).toEqual([["2026-01-01", "2027-12-31", 3]]);
    expect(r.explanation.find((s) => s.startsWith("2026-01-01:"))).toBe(
      "2026-01-01: period 1 (2026-01-01 – 2026-04-30) starts: +2 included visits; membership year 1 (2026-01-01 – 2027-12-31) starts: +3 bonus visits.",
    );
    expect(r.forfeitures).toEqual([{ date: "2027-01-01", count: 1, source: "period", reason: "bank-cap", clause: "terms.2.2.rollover" }]);
    expect([r.currentPeriod.remaining, r.bonusRemaining, r.bank, r.available, r.granted, r.forfeited]).toEqual([2, 3, 5, 10, 11, 1]);
    expect([r.edition, r.hypothetical]).toEqual(["what-if@all", true]);
    expect(r.explanation[1]).toBe(
      "home-yearly: an accrual period every 4 months from 2026-01-01, each granting 2 included visits on its first day; plus 3 bonus visits on the " +
        "first day of each membership year. Unused visits roll to a bank of at most 5; a visit uses the current period first, then the bonus, then the bank.",
    );
  });

  it("terms.2.2.rollover: a single `edition` applies throughout, without per-period ids", () => {
    const r = visitAllowance({ plan: "home-monthly", startDate: "2026-01-15", asOf: "2027-01-15", edition: cap3 });
    // Cap 3 from the signup: 04-15 bank 1, 07-15 bank 2, 10-15 bank 3, 2027-01-15 full → 1 forfeited.
    expect([r.bank, r.forfeited, r.edition]).toEqual([3, 1, "relument-terms@2026-06"]);
    expect(r.periods.some((p) => "edition" in p)).toBe(false);
    expect(r.explanation[0]).toBe("Edition relument-terms@2026-06, announced 2026-06-01, in force from 2026-06-15; it changes bankCap.");
  });
});

/** Editions changing ledger numbers (cap up or down, grants, period lengths), announced and in force at random dates. */
const LEDGER_KEYS = ["bankCap", "visitsPerPeriod", "yearlyBonusVisits", "homePeriodMonths", "officePeriodMonths", "yearlyPeriodMonths", "monthlyPeriodMonths"] as const;
const ledgerValue: Record<(typeof LEDGER_KEYS)[number], fc.Arbitrary<number>> = {
  bankCap: fc.integer({ min: 0, max: 5 }),
  visitsPerPeriod: fc.integer({ min: 0, max: 3 }),
  yearlyBonusVisits: fc.integer({ min: 0, max: 3 }),
  homePeriodMonths: fc.integer({ min: 1, max: 6 }),
  officePeriodMonths: fc.integer({ min: 1, max: 6 }),
  yearlyPeriodMonths: fc.integer({ min: 6, max: 24 }),
  monthlyPeriodMonths: fc.integer({ min: 1, max: 3 }),
};
/** Up to 3 editions taking effect from 200 days before `startDate` to 4 years after it. */
const editionsArb = (startDate: string): fc.Arbitrary<Edition[]> =>
  fc
    .array(
      fc.record({
        offset: fc.integer({ min: -200, max: 4 * 366 }),
        notice: fc.integer({ min: 0, max: 60 }),
        changes: fc.record(ledgerValue, { requiredKeys: [] }),
        hypothetical: fc.boolean(),
      }),
      { maxLength: 3 },
    )
    .map((specs) => {
      const seen = new Set<string>();
      const out: Edition[] = [];
      for (const [i, s] of specs.entries()) {
        const effectiveOn = addDays(startDate, s.offset);
        if (seen.has(effectiveOn)) continue;
        const changes = Object.fromEntries(Object.entries(s.changes).filter(([k, v]) => baseEdition.tariff[k as TariffKey] !== v));
        seen.add(effectiveOn);
        out.push(defineEdition({ id: `e${i}`, announcedOn: addDays(effectiveOn, -s.notice), effectiveOn, changes, hypothetical: s.hypothetical }));
      }
      return out;
    });
const memberArb = visitAllowanceInputArbitrary({ maxYears: 4 });
const memberWithEditionsArb = memberArb.chain((input) => editionsArb(input.startDate).map((editions) => [input, editions] as const));

describe("visitAllowance under editions: properties", () => {
  test.prop([memberArb], { numRuns: 150 })("T17: `editions: []` and `editions: [baseEdition]` equal no editions", (input) => {
    const r = visitAllowance(input);
    expect(visitAllowance({ ...input, editions: [] })).toEqual(r);
    expect(visitAllowance({ ...input, editions: [baseEdition] })).toEqual(r);
    expect(visitAllowance({ ...input, edition: baseEdition })).toEqual(r);
    expect(r.edition).toBe(BASE);
  });

  test.prop([memberWithEditionsArb], { numRuns: 200 })("terms.2.2.rollover: available is never negative, and balances as period + bonus + bank", ([input, editions]) => {
    const r = visitAllowance({ ...input, editions });
    expect(r.available).toBeGreaterThanOrEqual(0);
    expect(r.bank).toBeGreaterThanOrEqual(0);
    expect(r.available).toBe(r.currentPeriod.remaining + r.bonusRemaining + r.bank);
    expect(r.bank).toBeLessThanOrEqual(Math.max(2, ...editions.map((e) => e.tariff.bankCap)));
    expect(r.currentPeriod.start <= input.asOf && input.asOf <= r.currentPeriod.end).toBe(true);
    for (const p of [...r.periods, ...r.bonusYears]) {
      expect(Math.min(p.used, p.rolledToBank, p.forfeited, p.remaining)).toBeGreaterThanOrEqual(0);
      expect(p.used + p.rolledToBank + p.forfeited + p.remaining).toBe(p.granted);
    }
  });

  test.prop([memberWithEditionsArb], { numRuns: 150 })("T17 b: each period follows the edition editionFor binds on its first day; the result names the one binding on asOf", ([input, editions]) => {
    const r = visitAllowance({ ...input, editions });
    const membership = { plan: input.plan, startDate: input.startDate };
    const bound = (on: string) => editionFor({ editions, customer: "member", on, membership }).edition.id;
    const tagged = editions.length > 0;
    for (const p of [...r.periods, ...r.bonusYears]) expect(p.edition).toBe(tagged ? bound(p.start) : undefined);
    if (!(input.events ?? []).some((e) => e.type === "lapsed" || e.type === "terminated")) expect(r.edition).toBe(bound(input.asOf));
  });

  test.prop([memberArb, fc.constantFrom(...TARIFF_KEYS.filter((k) => !(LEDGER_KEYS as readonly string[]).includes(k))), fc.integer({ min: 0, max: 3 * 366 })], { numRuns: 150 })(
    "T17: an edition that changes nothing the ledger reads gives identical numbers",
    (input, key, offset) => {
      const value = typeof baseEdition.tariff[key] === "string" ? "1.23" : Array.isArray(baseEdition.tariff[key]) ? ["90210"] : 7;
      const effectiveOn = addDays(input.startDate, offset - 366);
      const idle = defineEdition({ id: "relument-terms@idle", announcedOn: addDays(effectiveOn, -30), effectiveOn, changes: { [key]: value } });
      const none = defineEdition({ id: "relument-terms@none", announcedOn: addDays(effectiveOn, -30), effectiveOn: addDays(effectiveOn, 1), changes: {} });
      const base = numbers(visitAllowance(input));
      expect(numbers(visitAllowance({ ...input, editions: [idle, none] }))).toEqual(base);
      expect(numbers(visitAllowance({ ...input, edition: idle }))).toEqual(base);
    },
  );
});

it("T17: an input is never mutated by a ledger over editions", () => {
  const input: VisitAllowanceInput = { plan: "office-yearly", startDate: "2025-01-31", asOf: "2027-03-01", editions: [cap3], events: [visit("2026-02-01")] };
  const copy = structuredClone({ ...input, editions: undefined });
  visitAllowance(input);
  expect({ ...input, editions: undefined }).toEqual(copy);
  expect(input.editions?.[0]).toBe(cap3);
});
