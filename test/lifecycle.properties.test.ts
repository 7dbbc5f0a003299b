/**
 * Cross-cutting property tests of the membership-lifecycle rules (issue 3),
 * plus one test per reading of the interpretation register that pins its default.
 */
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import {
  billingPeriod,
  clauses,
  interpretations,
  liabilityCap,
  monthlyCancellation,
  priceInForce,
  renewalCharge,
  visitAllowance,
  yearlyRefund,
  type VisitAllowanceEvent,
  type VisitAllowanceInput,
} from "../src/index.js";
import { lifecycleInterpretations } from "../src/core/interpretations/lifecycle.js";

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const plusDays = (date: string, n: number) => iso(Date.parse(date) + n * DAY);
const PLAN_IDS = ["home-monthly", "home-yearly", "office-monthly", "office-yearly"] as const;

/** A membership with up to ~3.5 years of random events (some after asOf, some during suspensions). */
const ledgerArb = fc
  .record({
    plan: fc.constantFrom(...PLAN_IDS),
    start: fc.integer({ min: 0, max: 3000 }),
    horizon: fc.integer({ min: 0, max: 1300 }),
    visits: fc.array(fc.integer({ min: 0, max: 1400 }), { maxLength: 25 }),
    suspensions: fc.array(fc.record({ from: fc.integer({ min: 0, max: 1400 }), days: fc.option(fc.integer({ min: 0, max: 250 })) }), { maxLength: 3 }),
    end: fc.option(fc.record({ type: fc.constantFrom("lapsed" as const, "terminated" as const), at: fc.integer({ min: 0, max: 1400 }) })),
    rollover: fc.option(fc.constantFrom("roll" as const, "forfeit" as const)),
  })
  .map((c): VisitAllowanceInput => {
    const startDate = iso(Date.UTC(2020, 0, 1) + c.start * DAY);
    const events: VisitAllowanceEvent[] = [
      ...c.visits.map((v): VisitAllowanceEvent => ({ type: "visit", date: plusDays(startDate, v) })),
      ...c.suspensions.map((s): VisitAllowanceEvent =>
        s.days === null
          ? { type: "suspended", from: plusDays(startDate, s.from) }
          : { type: "suspended", from: plusDays(startDate, s.from), to: plusDays(startDate, s.from + s.days) },
      ),
      ...(c.end ? [{ type: c.end.type, date: plusDays(startDate, c.end.at) } as VisitAllowanceEvent] : []),
    ];
    return {
      plan: c.plan,
      startDate,
      asOf: plusDays(startDate, c.horizon),
      events,
      ...(c.rollover ? { rolloverDuringSuspension: c.rollover } : {}),
    };
  });

describe("visitAllowance properties", () => {
  test.prop([ledgerArb], { numRuns: 400 })("the bank never exceeds 2, available is never negative, every record balances", (input) => {
    const r = visitAllowance(input);
    expect(r.bank).toBeGreaterThanOrEqual(0);
    expect(r.bank).toBeLessThanOrEqual(2);
    expect(r.available).toBeGreaterThanOrEqual(0);
    expect(r.available).toBe(r.currentPeriod.remaining + r.bonusRemaining + r.bank);
    for (const rec of [...r.periods, ...r.bonusYears]) {
      expect(rec.granted).toBe(rec.used + rec.rolledToBank + rec.forfeited + rec.remaining);
      expect(rec.granted).toBeLessThanOrEqual(1);
    }
    expect(r.forfeited).toBe(r.forfeitures.reduce((a, f) => a + f.count, 0));
    expect(r.currentPeriod.start <= input.asOf && input.asOf <= r.currentPeriod.end).toBe(true);
  });

  test.prop([ledgerArb], { numRuns: 400 })("every granted visit is accounted for: granted = used + forfeited + available", (input) => {
    const r = visitAllowance(input);
    expect(r.granted).toBe(r.used + r.forfeited + r.available);
    expect(r.used).toBe(r.visits.filter((v) => v.outcome !== "rejected").length);
  });

  test.prop([ledgerArb], { numRuns: 300 })("with no visits used, forfeited + bank + current-period remaining + bonus remaining = granted", (input) => {
    const r = visitAllowance({ ...input, events: (input.events ?? []).filter((e) => e.type !== "visit") });
    expect(r.used).toBe(0);
    expect(r.forfeited + r.bank + r.currentPeriod.remaining + r.bonusRemaining).toBe(r.granted);
    // Without any use, the granted total is exactly one per period plus one per membership year that started active.
    expect(r.granted).toBe(r.periods.filter((p) => !p.suspendedAtStart).length + r.bonusYears.filter((y) => !y.suspendedAtStart).length);
  });

  test.prop([ledgerArb, fc.integer({ min: 0, max: 1300 })], { numRuns: 300 })("using a visit never increases what is available", (input, at) => {
    const date = plusDays(input.startDate, at);
    fc.pre(date <= input.asOf);
    const before = visitAllowance(input);
    const after = visitAllowance({ ...input, events: [...(input.events ?? []), { type: "visit", date }] });
    expect(after.available).toBeLessThanOrEqual(before.available);
    expect(after.available).toBeGreaterThanOrEqual(before.available - 1);
  });

  test.prop(
    [ledgerArb.chain((input) => fc.shuffledSubarray([...(input.events ?? [])], { minLength: input.events?.length ?? 0, maxLength: input.events?.length ?? 0 }).map((shuffled) => [input, shuffled] as const))],
    { numRuns: 300 },
  )("the ledger is the same whatever order the events are given in", ([input, shuffled]) => {
    expect(visitAllowance({ ...input, events: shuffled })).toEqual(visitAllowance(input));
  });

  test.prop([ledgerArb], { numRuns: 200 })("periods tile time from the start date, each ending the day before the next starts", (input) => {
    const r = visitAllowance(input);
    const endedAtStart = (input.events ?? []).some((e) => (e.type === "lapsed" || e.type === "terminated") && e.date === input.startDate);
    // A membership that ends on its first day never opens a period (T4.end-date).
    expect(r.periods[0]?.start).toBe(endedAtStart ? undefined : input.startDate);
    r.periods.forEach((p, i) => {
      const next = r.periods[i + 1];
      if (next) expect(plusDays(p.end, 1)).toBe(next.start);
    });
    if (r.status !== "lapsed" && r.status !== "terminated") expect(r.periods[r.periods.length - 1]?.start).toBe(r.currentPeriod.start);
  });

  test.prop([ledgerArb, fc.integer({ min: 0, max: 1300 })], { numRuns: 200 })(
    "reading as of an earlier day gives the same ledger as dropping the later events",
    (input, cut) => {
      const asOf = plusDays(input.startDate, cut);
      fc.pre(asOf <= input.asOf);
      const early = visitAllowance({ ...input, asOf });
      const onlyEarlier = (input.events ?? []).filter((e) => (e.type === "suspended" ? e.from : e.date) <= asOf);
      const dropped = visitAllowance({ ...input, asOf, events: onlyEarlier });
      expect({ ...early, ignoredEvents: 0, explanation: [] }).toEqual({ ...dropped, explanation: [] });
    },
  );
});

describe("cross-rule properties", () => {
  test.prop([ledgerArb], { numRuns: 100 })("every clause the ledger cites exists in the clause registry", (input) => {
    const known = new Set(clauses.map((c) => c.id));
    const r = visitAllowance(input);
    for (const id of [...r.citations, ...r.forfeitures.map((f) => f.clause)]) expect(known.has(id), id).toBe(true);
    expect(r.explanation.length).toBeGreaterThan(0);
  });

  test.prop([fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 0, max: 800 })])(
    "terms.6.monthly-cancel: a monthly cancellation takes effect at the end of the billing period of the request",
    (s, off) => {
      const startDate = iso(Date.UTC(2020, 0, 1) + s * DAY);
      const requestedOn = plusDays(startDate, off);
      const c = monthlyCancellation({ startDate, requestedOn });
      const b = billingPeriod({ plan: "home-monthly", startDate, on: requestedOn });
      expect(c.effectiveOn).toBe(b.end);
      expect(c.nextRenewal).toBe(b.nextRenewal);
    },
  );

  test.prop([fc.array(fc.integer({ min: 0, max: 100_000 }), { maxLength: 12 })])(
    "terms.12.cap: a monthly plan paid on each renewal has a cap of the (at most 3) fees paid before the event",
    (fees) => {
      const startDate = "2025-01-31";
      const payments = fees.map((c, i) => ({ date: billingPeriod({ plan: "home-monthly", startDate, on: plusDays("2025-01-31", 31 * i) }).start, amount: (c / 100).toFixed(2) }));
      const eventDate = "2025-09-15"; // window 2025-06-15 ≤ d < 2025-09-15: renewals Jun 30, Jul 31, Aug 31
      const expected = payments.reduce((a, p, i) => (p.date >= "2025-06-15" && p.date < eventDate ? a + (fees[i] ?? 0) : a), 0);
      expect(liabilityCap({ eventDate, payments }).cap.cents).toBe(expected);
    },
  );
});

describe("interpretation register: lifecycle readings pinned", () => {
  it("every lifecycle reading has a unique id, cites existing clauses, and is in the register", () => {
    const ids = lifecycleInterpretations.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of lifecycleInterpretations) expect(interpretations).toContain(r);
    const known = new Set(clauses.map((c) => c.id));
    for (const r of lifecycleInterpretations) for (const id of r.clauses) expect(known.has(id), `${r.id} cites ${id}`).toBe(true);
    expect(ids).toEqual(
      expect.arrayContaining(["T4.bonus-timing", "T4.use-order", "T4.same-day-order", "T4.suspension-boundary", "T4.end-date", "T11.notice", "T15.window"]),
    );
  });

  it("T4.period-bounds: a Home period from Jan 31 ends Apr 29 (the day before Apr 30)", () => {
    const r = visitAllowance({ plan: "home-monthly", startDate: "2025-01-31", asOf: "2025-02-01" });
    expect(r.currentPeriod).toEqual({ start: "2025-01-31", end: "2025-04-29", remaining: 1 });
  });

  it("T4.bonus-timing: the bonus is granted on the anniversary and an unused one rolls to the bank at year end", () => {
    const r = visitAllowance({ plan: "office-yearly", startDate: "2025-01-01", asOf: "2026-01-01", events: [
      { type: "visit", date: "2025-01-02" }, { type: "visit", date: "2025-03-02" }, { type: "visit", date: "2025-05-02" },
      { type: "visit", date: "2025-07-02" }, { type: "visit", date: "2025-09-02" }, { type: "visit", date: "2025-11-02" },
    ] });
    expect(r.bonusYears[0]).toMatchObject({ granted: 1, used: 0, rolledToBank: 1 });
    expect([r.bank, r.bonusRemaining, r.currentPeriod.remaining, r.available]).toEqual([1, 1, 1, 3]);
  });

  it("T4.use-order: a visit takes the current period before the bonus before the bank", () => {
    const r = visitAllowance({ plan: "home-yearly", startDate: "2025-01-01", asOf: "2025-04-02", events: [
      { type: "visit", date: "2025-04-02" }, { type: "visit", date: "2025-04-02" }, { type: "visit", date: "2025-04-02" },
    ] });
    expect(r.visits.map((v) => v.outcome)).toEqual(["period", "bonus", "bank"]);
  });

  it("T4.same-day-order: a lapse on a period start forfeits the rolled visit and grants nothing", () => {
    const r = visitAllowance({ plan: "home-monthly", startDate: "2025-01-01", asOf: "2025-04-01", events: [{ type: "lapsed", date: "2025-04-01" }] });
    expect(r.periods).toHaveLength(1);
    expect(r.periods[0]).toMatchObject({ rolledToBank: 1 });
    expect(r.forfeitures).toEqual([{ date: "2025-04-01", count: 1, source: "bank", reason: "lapsed", clause: "terms.2.2.rollover" }]);
  });

  it("T4.no-visit-left: a visit with nothing left is recorded as not included and changes nothing", () => {
    const r = visitAllowance({ plan: "office-monthly", startDate: "2025-01-01", asOf: "2025-01-03", events: [{ type: "visit", date: "2025-01-02" }, { type: "visit", date: "2025-01-03" }] });
    expect(r.visits[1]).toEqual({ date: "2025-01-03", outcome: "rejected", reason: "none-available" });
    expect([r.used, r.available]).toEqual([1, 0]);
  });

  it("T4.suspension-days: `to` is the last suspended day and a visit inside is recorded as rejected", () => {
    const ev = (date: string): VisitAllowanceEvent => ({ type: "visit", date });
    const r = visitAllowance({ plan: "home-monthly", startDate: "2025-01-01", asOf: "2025-02-11", events: [
      { type: "suspended", from: "2025-02-01", to: "2025-02-10" }, ev("2025-02-01"), ev("2025-02-10"), ev("2025-02-11"),
    ] });
    expect(r.visits.map((v) => v.reason ?? v.outcome)).toEqual(["suspended", "suspended", "period"]);
  });

  it("T4.suspension-boundary: by default the unused visit rolls to the bank at a boundary during a suspension", () => {
    const r = visitAllowance({ plan: "office-monthly", startDate: "2025-01-01", asOf: "2025-03-05", events: [{ type: "suspended", from: "2025-02-20" }] });
    expect([r.bank, r.forfeited, r.periods[1]?.granted]).toEqual([1, 0, 0]);
    expect(r.explanation.some((s) => s.includes('option rolloverDuringSuspension "forfeit"'))).toBe(true);
  });

  it("T4.suspension-bonus: a membership year starting while suspended grants no bonus", () => {
    const r = visitAllowance({ plan: "home-yearly", startDate: "2025-01-01", asOf: "2026-02-01", events: [{ type: "suspended", from: "2025-12-15", to: "2026-01-05" }] });
    expect(r.bonusYears[1]).toMatchObject({ start: "2026-01-01", granted: 0, suspendedAtStart: true });
    expect(r.bonusRemaining).toBe(0);
  });

  it("T4.available-while-suspended: available counts the kept visits, status says they cannot be used", () => {
    const r = visitAllowance({ plan: "home-monthly", startDate: "2025-01-01", asOf: "2025-02-01", events: [{ type: "suspended", from: "2025-01-20" }] });
    expect([r.available, r.status]).toEqual([1, "suspended"]);
  });

  it("T4.end-date: a visit on the termination day is rejected; nothing is available afterwards", () => {
    const r = visitAllowance({ plan: "home-monthly", startDate: "2025-01-01", asOf: "2025-03-01", events: [
      { type: "terminated", date: "2025-02-01" }, { type: "visit", date: "2025-02-01" },
    ] });
    expect(r.visits[0]?.reason).toBe("membership-ended");
    expect([r.available, r.forfeited]).toEqual([0, 1]);
  });

  it("T4.as-of: events after asOf are ignored, not rejected", () => {
    const r = visitAllowance({ plan: "home-monthly", startDate: "2025-01-01", asOf: "2025-01-31", events: [{ type: "visit", date: "2025-02-01" }] });
    expect([r.ignoredEvents, r.available, r.visits.length]).toEqual([1, 1, 0]);
  });

  it("T4.no-show-same-day: with one visit left, the day's visit draws it and the same day's no-show is charged the fee, in any event order", () => {
    const events: VisitAllowanceEvent[] = [{ type: "no-show", date: "2025-02-01" }, { type: "visit", date: "2025-02-01" }];
    const r = visitAllowance({ plan: "home-monthly", startDate: "2025-01-01", asOf: "2025-02-01", events });
    expect(r.visits).toEqual([
      { date: "2025-02-01", outcome: "period" },
      { date: "2025-02-01", type: "no-show", outcome: "fee", reason: "none-available" },
    ]);
    expect(visitAllowance({ plan: "home-monthly", startDate: "2025-01-01", asOf: "2025-02-01", events: [...events].reverse() })).toEqual(r);
  });

  it("T4.no-show-entry: a counted no-show names its source and adds to used; a visit's entry has no type", () => {
    const r = visitAllowance({ plan: "home-yearly", startDate: "2025-01-01", asOf: "2025-01-03", events: [
      { type: "visit", date: "2025-01-02" }, { type: "no-show", date: "2025-01-03" },
    ] });
    expect(r.visits).toEqual([
      { date: "2025-01-02", outcome: "period" },
      { date: "2025-01-03", type: "no-show", outcome: "included", source: "bonus" },
    ]);
    expect([r.used, r.available]).toEqual([2, 0]);
  });

  it("T12.renewal-day: a monthly cancellation on the renewal day runs to the day before the following renewal", () => {
    expect(monthlyCancellation({ startDate: "2025-01-10", requestedOn: "2025-02-10" }).effectiveOn).toBe("2025-03-09");
  });

  it("T12.refund-day-count: the purchase day is day 0 and day 14 is refundable", () => {
    const base = { purchasedOn: "2025-06-01", amountPaid: "100.00", monthlyRate: "10.00", servicesRendered: 0 };
    expect(yearlyRefund({ ...base, requestedOn: "2025-06-15" }).eligible).toBe(true);
    expect(yearlyRefund({ ...base, requestedOn: "2025-06-16" }).eligible).toBe(false);
  });

  it("T12.refund-valuation: the default (i) is one monthly fee plus $15 per add-on device", () => {
    const r = yearlyRefund({ purchasedOn: "2025-06-01", requestedOn: "2025-06-02", amountPaid: "500.00", monthlyRate: "40.00", servicesRendered: 3, addOnDevices: 1 });
    expect(r.deductions[0]?.amount.amount).toBe("55.00");
    expect(r.refund.amount).toBe("445.00");
  });

  it("T12.refund-defaults: unstated (ii) and (iii) are $0.00 lines and the explanation says so", () => {
    const r = yearlyRefund({ purchasedOn: "2025-06-01", requestedOn: "2025-06-02", amountPaid: "500.00", monthlyRate: "40.00", servicesRendered: 0 });
    expect(r.deductions.map((d) => d.amount.amount)).toEqual(["0.00", "0.00", "0.00"]);
    expect(r.explanation.find((s) => s.startsWith("(ii)"))).toContain("not given, so $0.00");
    expect(r.explanation.find((s) => s.startsWith("(iii)"))).toContain("not given, so $0.00");
  });

  it("T11.notice: a renewal exactly 30 days after the announcement carries the change", () => {
    const r = priceInForce({ kind: "subscription", basePrice: "30.00", changes: [{ price: "35.00", announcedOn: "2025-01-31" }], on: "2025-03-02" });
    expect(r.price.amount).toBe("35.00");
    expect(priceInForce({ kind: "subscription", basePrice: "30.00", changes: [{ price: "35.00", announcedOn: "2025-01-31" }], on: "2025-03-01" }).price.amount).toBe("30.00");
  });

  it("T11.same-day-changes: conflicting changes announced on one day are an input error", () => {
    expect(() =>
      priceInForce({ kind: "subscription", basePrice: "30.00", changes: [{ price: "35.00", announcedOn: "2025-01-31" }, { price: "36.00", announcedOn: "2025-01-31" }], on: "2025-03-02" }),
    ).toThrow(expect.objectContaining({ code: "POLICY_INPUT" }));
  });

  it("T11.one-time: a change announced on the booking day applies; the day before, it does not", () => {
    const changes = [{ price: "199.00", announcedOn: "2025-05-05" }];
    expect(priceInForce({ kind: "one-time", basePrice: "189.00", changes, bookedOn: "2025-05-05" }).price.amount).toBe("199.00");
    expect(priceInForce({ kind: "one-time", basePrice: "189.00", changes, bookedOn: "2025-05-04" }).price.amount).toBe("189.00");
  });

  it("T15.window: the window's first day counts and the event day does not", () => {
    const r = liabilityCap({ eventDate: "2025-08-31", payments: [{ date: "2025-05-31", amount: "1.00" }, { date: "2025-08-31", amount: "2.00" }] });
    expect([r.windowStart, r.cap.amount]).toEqual(["2025-05-31", "1.00"]);
  });

  it("T11.renewal-after-signup-change: a first renewal within 30 days of a change the signup carried does not carry it", () => {
    const input = { plan: "home-monthly", startDate: "2025-02-01", planPrice: "49.00", priceChanges: [{ price: "59.00", announcedOn: "2025-02-01" }] } as const;
    expect(["2025-02-01", "2025-03-01", "2025-04-01"].map((on) => renewalCharge({ ...input, on }).total.amount)).toEqual(["59.00", "49.00", "59.00"]);
  });

  it("T12.renewal-add-on-line: no add-on line without add-on devices", () => {
    const input = { plan: "home-yearly", startDate: "2025-02-01", on: "2025-02-01", planPrice: "499.00" } as const;
    expect(renewalCharge(input).lines.map((l) => l.code)).toEqual(["plan"]);
    expect(renewalCharge({ ...input, addOnDevices: 0 }).lines.map((l) => l.code)).toEqual(["plan"]);
    expect(renewalCharge({ ...input, addOnDevices: 1 }).lines.map((l) => l.code)).toEqual(["plan", "add-on-devices"]);
  });

  it("T22.inapplicable-flags: backup flags on a direct or indirect claim are ignored", () => {
    const base = { eventDate: "2025-08-31", payments: [{ date: "2025-07-31", amount: "10.00" }] };
    expect(liabilityCap({ ...base, functionalBackup: false }).cap.amount).toBe("10.00");
    expect(liabilityCap({ ...base, claim: "indirect", backupAddOn: true }).cap.amount).toBe("0.00");
  });

  it("T22.excluded-report: an excluded claim is $0.00 and still reports the window, the payments in it and their total", () => {
    const r = liabilityCap({ eventDate: "2025-08-31", payments: [{ date: "2025-07-31", amount: "10.00" }], claim: "indirect" });
    expect([r.cap.amount, r.excluded, r.windowStart, r.windowEnd, r.counted, r.feesInWindow.amount]).toEqual(["0.00", true, "2025-05-31", "2025-08-31", [0], "10.00"]);
  });
});
