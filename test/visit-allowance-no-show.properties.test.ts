/**
 * Properties of the `no-show` event of `visitAllowance` (issue 13, spec "No-show events", Terms §4:
 * a no-show "may … count as an included visit"): it never makes `available` negative, never draws
 * from a suspended or ended membership, and with a visit available it has the same effect on the
 * ledger as a visit that day.
 */
import { describe, expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { visitAllowance, type VisitAllowanceEvent, type VisitAllowanceInput, type VisitAllowanceResult } from "../src/index.js";
import { visitAllowanceInputArbitrary } from "../src/testing/index.js";
import { addDays } from "../src/core/calendar.js";

/** Every day the membership cannot use a visit on: suspended (`to` absent: through asOf) or on/after the end. */
function blocked(input: VisitAllowanceInput, date: string): "suspended" | "membership-ended" | undefined {
  const events = input.events ?? [];
  if (events.some((e) => (e.type === "lapsed" || e.type === "terminated") && e.date <= date)) return "membership-ended";
  if (events.some((e) => e.type === "suspended" && e.from <= date && date <= (e.to ?? input.asOf))) return "suspended";
  return undefined;
}

/**
 * A member's history from the testing kit (which itself holds up to 3 no-shows), its lapse/termination, suspensions and
 * visits each kept half of the time (so that visits, banked ones too, are often left to draw), and a day in it, often a
 * suspended or ended one.
 */
const withDay = fc
  .tuple(visitAllowanceInputArbitrary({ maxYears: 3 }), fc.boolean(), fc.boolean(), fc.boolean())
  .map(([input, keepEnd, keepSuspensions, keepVisits]): VisitAllowanceInput => {
    const keep = { visit: keepVisits, suspended: keepSuspensions, lapsed: keepEnd, terminated: keepEnd, "no-show": true };
    return { ...input, events: (input.events ?? []).filter((e) => keep[e.type]) };
  })
  .chain((input) => {
    const span = Math.round((Date.parse(input.asOf) - Date.parse(input.startDate)) / 86_400_000);
    const notable = (input.events ?? []).flatMap((e) => (e.type === "suspended" ? [e.from, ...(e.to && e.to <= input.asOf ? [e.to] : [])] : [e.date]));
    const day = fc.oneof(fc.integer({ min: 0, max: span }).map((n) => addDays(input.startDate, n)), ...(notable.length ? [fc.constantFrom(...notable)] : []));
    // 1 to 3 events that day, so that a period, a bonus and a bank visit are drawn on one day too.
    return fc.tuple(day, fc.integer({ min: 1, max: 3 })).map(([date, count]) => [input, date, count] as const);
  });

/** `input` with `count` more events of `type` on `date`. */
const add = (input: VisitAllowanceInput, type: "visit" | "no-show", date: string, count: number): VisitAllowanceInput => ({
  ...input,
  events: [...(input.events ?? []), ...Array.from({ length: count }, (): VisitAllowanceEvent => ({ type, date }))],
});

/** Entries of `date` that drew an included visit (a visit from a period, bonus or bank, or a no-show counted). */
const drawnOn = (r: VisitAllowanceResult, date: string) => r.visits.filter((v) => v.date === date && v.outcome !== "rejected" && v.outcome !== "fee").length;

/** What the ledger holds, without the entries, the explanation and the citations. */
const numbers = (r: VisitAllowanceResult) => {
  const { visits: _v, explanation: _e, citations: _c, ...rest } = r;
  return rest;
};

describe("visitAllowance: no-show events (terms.4.no-show)", () => {
  test.prop([visitAllowanceInputArbitrary()], { numRuns: 300 })(
    "terms.4.no-show: available is never negative, balances, and used counts the visits and the counted no-shows",
    (input) => {
      const r = visitAllowance(input);
      expect(r.available).toBeGreaterThanOrEqual(0);
      expect(r.bank).toBeGreaterThanOrEqual(0);
      expect(r.available).toBe(r.currentPeriod.remaining + r.bonusRemaining + r.bank);
      expect(r.granted).toBe(r.used + r.forfeited + r.available);
      expect(r.used).toBe(r.visits.filter((v) => v.outcome === "period" || v.outcome === "bonus" || v.outcome === "bank" || v.outcome === "included").length);
      const noShows = (input.events ?? []).filter((e) => e.type === "no-show" && e.date <= input.asOf).length;
      expect(r.visits.filter((v) => v.type === "no-show")).toHaveLength(noShows);
      for (const v of r.visits) {
        if (v.type === "no-show") expect(v.outcome === "included" ? v.source !== undefined && v.reason === undefined : v.reason !== undefined && v.source === undefined).toBe(true);
      }
      if (noShows > 0) expect(r.citations).toContain("terms.4.no-show");
    },
  );

  test.prop([withDay], { numRuns: 400 })(
    "terms.6.failed-payments, terms.15.termination: a no-show never draws from a suspended or ended membership: the fee, and nothing else changes",
    ([input, date, count]) => {
      const reason = blocked(input, date);
      fc.pre(reason !== undefined);
      const before = visitAllowance(input);
      const after = visitAllowance(add(input, "no-show", date, count));
      expect(numbers(after)).toEqual(numbers(before));
      const entries = after.visits.filter((v) => v.date === date && v.type === "no-show");
      expect(entries.length).toBeGreaterThanOrEqual(count);
      for (const v of entries) expect(v).toEqual({ date, type: "no-show", outcome: "fee", reason });
    },
  );

  test.prop([withDay], { numRuns: 400 })(
    "terms.4.no-show: no-shows have the same effect on available (and on the whole ledger) as as many visits that day; as many are 'included' as those visits would draw",
    ([input, date, count]) => {
      const before = visitAllowance(input);
      const asVisits = visitAllowance(add(input, "visit", date, count));
      const asNoShows = visitAllowance(add(input, "no-show", date, count));
      expect(asNoShows.available).toBe(asVisits.available);
      expect(numbers(asNoShows)).toEqual(numbers(asVisits));
      // The day's no-shows draw after its visits: the added no-shows are the day's last entries, the included ones first.
      // How many of the added visits drew that day (later days may then draw less: `used` is not the measure).
      const drawn = drawnOn(asVisits, date) - drawnOn(before, date);
      const added = asNoShows.visits.filter((v) => v.date === date).slice(-count);
      expect(added.map((v) => [v.type, v.outcome === "included"])).toEqual(Array.from({ length: count }, (_, i) => ["no-show", i < drawn]));
      expect(drawnOn(asNoShows, date) - drawnOn(before, date)).toBe(drawn);
      expect(asNoShows.available).toBeLessThanOrEqual(before.available);
      expect(asNoShows.available).toBeGreaterThanOrEqual(before.available - count);
    },
  );

  test.prop(
    [
      visitAllowanceInputArbitrary().chain((input) =>
        fc.shuffledSubarray([...(input.events ?? [])], { minLength: input.events?.length ?? 0, maxLength: input.events?.length ?? 0 }).map((shuffled) => [input, shuffled] as const),
      ),
    ],
    { numRuns: 200 },
  )("terms.4.no-show: with no-shows, the ledger is the same whatever order the events are given in (register T4.no-show-same-day)", ([input, shuffled]) => {
    expect(visitAllowance({ ...input, events: shuffled })).toEqual(visitAllowance(input));
  });
});
