import { describe, expect, it } from "vitest";
import { centsToAmount } from "../../test/cents.js";
import { fc, test } from "@fast-check/vitest";
import { liabilityCap } from "./liability-cap.js";
import { PolicyInputError } from "../core/errors.js";

describe("liabilityCap", () => {
  it("terms.12.cap: a payment on the window's first day counts, one on the event day does not", () => {
    const r = liabilityCap({
      eventDate: "2025-06-15",
      payments: [
        { date: "2025-03-14", amount: "49.00" }, // the day before the window: out
        { date: "2025-03-15", amount: "49.00" }, // the window's first day: in
        { date: "2025-04-15", amount: "49.00" },
        { date: "2025-05-15", amount: "49.00" },
        { date: "2025-06-14", amount: "10.50" }, // the day before the event: in
        { date: "2025-06-15", amount: "49.00" }, // the event day: out
        { date: "2025-07-15", amount: "49.00" }, // after: out
      ],
    });
    expect(r.windowStart).toBe("2025-03-15");
    expect(r.windowEnd).toBe("2025-06-15");
    expect(r.counted).toEqual([1, 2, 3, 4]);
    expect(r.cap).toEqual({ amount: "157.50", cents: 15750, currency: "USD" });
    expect(r.citations).toEqual(["terms.12.cap"]);
  });

  it("terms.12.cap: the window start clamps to the month's end (May 31 → Feb 28, leap year Feb 29)", () => {
    expect(liabilityCap({ eventDate: "2025-05-31", payments: [] }).windowStart).toBe("2025-02-28");
    expect(liabilityCap({ eventDate: "2024-05-31", payments: [] }).windowStart).toBe("2024-02-29");
    const r = liabilityCap({ eventDate: "2025-05-31", payments: [{ date: "2025-02-28", amount: 20 }, { date: "2025-02-27", amount: 20 }] });
    expect(r.cap.amount).toBe("20.00");
  });

  it("terms.12.cap: no payment in the window gives a $0.00 cap", () => {
    expect(liabilityCap({ eventDate: "2025-01-10", payments: [{ date: "2024-01-10", amount: "1200.00" }] }).cap.amount).toBe("0.00");
  });

  it("terms.12.cap: the explanation names the window, each counted payment and the cap", () => {
    const r = liabilityCap({
      eventDate: "2025-05-31",
      payments: [
        { date: "2025-02-27", amount: "20.00" },
        { date: "2025-02-28", amount: 49 },
        { date: "2025-03-31", amount: "10.5" },
        { date: "2025-05-31", amount: "49.00" },
      ],
    });
    expect(r.explanation).toEqual([
      "Liability is capped at the fees paid in the 3 months prior to the event of 2025-05-31: payments dated from 2025-02-28 (inclusive) to 2025-05-31 (exclusive).",
      "2 of 4 payments fall in the window: 2025-02-28 $49.00, 2025-03-31 $10.50; cap = $59.50.",
    ]);
  });

  it("terms.12.cap: with no payment in the window the explanation lists none", () => {
    const r = liabilityCap({ eventDate: "2025-01-10", payments: [{ date: "2024-01-10", amount: "1200.00" }] });
    expect(r.explanation[1]).toBe("0 of 1 payment fall in the window; cap = $0.00.");
    expect(r.citations).toEqual(["terms.12.cap"]);
  });

  it("rejects bad input naming the rule: Invalid input to liabilityCap", () => {
    expect(() => liabilityCap({ eventDate: "2025-02-01" } as never)).toThrow(/^Invalid input to liabilityCap/);
  });

  it("rejects bad input with PolicyInputError", () => {
    const bad: unknown[] = [
      { eventDate: "2025-02-30", payments: [] },
      { eventDate: "2025-02-01", payments: [{ date: "2025-01-01", amount: "-5.00" }] },
      { eventDate: "2025-02-01", payments: [{ date: "2025-01-01", amount: 5.001 }] },
      { eventDate: "2025-02-01", payments: [{ date: "2025-01-01T00:00:00Z", amount: 5 }] },
      { eventDate: "2025-02-01" },
      { eventDate: "2025-02-01", payments: [], months: 6 },
    ];
    for (const b of bad) expect(() => liabilityCap(b as never), JSON.stringify(b)).toThrow(PolicyInputError);
  });

  it("never mutates its input", () => {
    const input = { eventDate: "2025-06-15", payments: [{ date: "2025-05-01", amount: "49.00" }, { date: "2025-04-01", amount: 49 }] };
    const copy = structuredClone(input);
    liabilityCap(input);
    expect(input).toEqual(copy);
  });
});

const isoDay = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);

describe("liabilityCap properties", () => {
  test.prop(
    [
      fc.integer({ min: 0, max: 3650 }),
      fc.array(fc.record({ offset: fc.integer({ min: -150, max: 20 }), cents: fc.integer({ min: 0, max: 1_000_000 }) }), { maxLength: 15 }),
    ],
    { numRuns: 300 },
  )("the cap equals the sum of exactly the payments dated in [event − 3 months, event)", (eventOffset, pays) => {
    const event = new Date(Date.UTC(2020, 0, 1 + eventOffset));
    const eventDate = event.toISOString().slice(0, 10);
    // Independent "3 months prior": same day three months earlier, clamped to that month's length.
    const y = event.getUTCFullYear();
    const m = event.getUTCMonth() + 1 - 3;
    const ym = m < 1 ? { y: y - 1, m: m + 12 } : { y, m };
    const dim = new Date(Date.UTC(ym.y, ym.m, 0)).getUTCDate();
    const start = isoDay(ym.y, ym.m, Math.min(event.getUTCDate(), dim));
    const payments = pays.map((p) => ({ date: new Date(event.getTime() + p.offset * 86_400_000).toISOString().slice(0, 10), amount: centsToAmount(p.cents) }));
    const r = liabilityCap({ eventDate, payments });
    expect(r.windowStart).toBe(start);
    const expected = pays.filter((_, i) => (payments[i]?.date ?? "") >= start && (payments[i]?.date ?? "") < eventDate).reduce((a, p) => a + p.cents, 0);
    expect(r.cap.cents).toBe(expected);
    // Order of the payments does not matter.
    expect(liabilityCap({ eventDate, payments: [...payments].reverse() }).cap).toEqual(r.cap);
  });
});

describe("liabilityCap kinds of claim (T22)", () => {
  const payments = [
    { date: "2025-05-01", amount: "49.00" },
    { date: "2025-06-01", amount: "49.00" },
    { date: "2025-01-01", amount: "49.00" }, // outside the window
  ];
  const base = { eventDate: "2025-06-15", payments };

  it("terms.12.cap: a claim not named is direct, capped at the fees in the window", () => {
    const r = liabilityCap(base);
    expect(r).toMatchObject({ claim: "direct", excluded: false, cap: { amount: "98.00" }, feesInWindow: { amount: "98.00" } });
    expect(r.citations).toEqual(["terms.12.cap"]);
    expect(liabilityCap({ ...base, claim: "direct" })).toEqual(r);
  });

  it("terms.12.indirect: indirect damages are excluded ($0.00), the §12 window still reported", () => {
    const r = liabilityCap({ ...base, claim: "indirect" });
    expect(r).toMatchObject({ claim: "indirect", excluded: true, cap: { amount: "0.00", cents: 0 }, feesInWindow: { amount: "98.00" } });
    expect([r.windowStart, r.windowEnd, r.counted]).toEqual(["2025-03-15", "2025-06-15", [0, 1]]);
    expect(r.citations).toEqual(["terms.12.cap", "terms.12.indirect"]);
    expect(r.explanation.at(-1)).toMatch(/^Indirect, incidental, special, consequential.*lost data.*liability \$0\.00\.$/);
  });

  it("terms.10.backups: data loss with no functional backup and no backup add-on is excluded ($0.00)", () => {
    const r = liabilityCap({ ...base, claim: "data-loss", functionalBackup: false });
    expect(r).toMatchObject({ claim: "data-loss", excluded: true, cap: { amount: "0.00" }, feesInWindow: { amount: "98.00" }, windowStart: "2025-03-15" });
    expect(r.citations).toEqual(["terms.12.cap", "terms.10.backups"]);
  });

  it("terms.10.backups: backupAddOn defaults to false and the explanation says so", () => {
    const r = liabilityCap({ ...base, claim: "data-loss", functionalBackup: false });
    expect(r.explanation.at(-1)).toContain("the backup add-on was not bought (not given: false)");
    const given = liabilityCap({ ...base, claim: "data-loss", functionalBackup: false, backupAddOn: false });
    expect(given.cap).toEqual(r.cap);
    expect(given.explanation.at(-1)).not.toContain("not given");
  });

  it("terms.10.backups: data loss with a functional backup, or with the backup add-on, gets the §12 cap", () => {
    for (const flags of [{ functionalBackup: true }, { functionalBackup: false, backupAddOn: true }, { functionalBackup: true, backupAddOn: true }]) {
      const r = liabilityCap({ ...base, claim: "data-loss", ...flags });
      expect(r, JSON.stringify(flags)).toMatchObject({ claim: "data-loss", excluded: false, cap: { amount: "98.00" }, feesInWindow: { amount: "98.00" } });
      expect(r.citations).toEqual(["terms.12.cap", "terms.10.backups"]);
      expect(r.explanation.at(-1)).toContain("the backup exclusion does not apply: the claim is capped as above");
    }
  });

  it("terms.10.backups: a data-loss claim without functionalBackup is an input error naming the field", () => {
    expect(() => liabilityCap({ ...base, claim: "data-loss" })).toThrow(PolicyInputError);
    expect(() => liabilityCap({ ...base, claim: "data-loss", backupAddOn: true })).toThrow(/functionalBackup/);
    try {
      liabilityCap({ ...base, claim: "data-loss" });
    } catch (e) {
      expect((e as PolicyInputError).issues[0]?.path).toEqual(["functionalBackup"]);
    }
  });

  it("backup flags on a direct or indirect claim are ignored, and the explanation says so", () => {
    const direct = liabilityCap({ ...base, functionalBackup: false, backupAddOn: false });
    expect(direct.cap.amount).toBe("98.00");
    expect(direct.explanation.at(-1)).toBe("A direct claim is capped as above (`functionalBackup` and `backupAddOn` apply only to data-loss claims: ignored).");
    const indirect = liabilityCap({ ...base, claim: "indirect", functionalBackup: true });
    expect(indirect.cap.amount).toBe("0.00");
    expect(indirect.explanation.at(-1)).toContain("(`functionalBackup` applies only to data-loss claims: ignored)");
  });

  it("rejects an unknown claim kind and non-boolean flags", () => {
    for (const bad of [{ claim: "consequential" }, { claim: "data-loss", functionalBackup: "no" }, { claim: "data-loss", functionalBackup: true, backupAddOn: 1 }]) {
      expect(() => liabilityCap({ ...base, ...bad } as never), JSON.stringify(bad)).toThrow(PolicyInputError);
    }
  });

  test.prop(
    [
      fc.integer({ min: 0, max: 3650 }),
      fc.array(fc.record({ offset: fc.integer({ min: -150, max: 20 }), cents: fc.integer({ min: 0, max: 1_000_000 }) }), { maxLength: 12 }),
      fc.boolean(),
      fc.option(fc.boolean(), { nil: undefined }),
    ],
    { numRuns: 300 },
  )("a data-loss claim never exceeds the direct cap for the same payments and date (and is either $0.00 or equal to it)", (eventOffset, pays, functionalBackup, backupAddOn) => {
    const event = new Date(Date.UTC(2020, 0, 1 + eventOffset));
    const eventDate = event.toISOString().slice(0, 10);
    const payments = pays.map((p) => ({ date: new Date(event.getTime() + p.offset * 86_400_000).toISOString().slice(0, 10), amount: centsToAmount(p.cents) }));
    const direct = liabilityCap({ eventDate, payments });
    const loss = liabilityCap({ eventDate, payments, claim: "data-loss", functionalBackup, ...(backupAddOn === undefined ? {} : { backupAddOn }) });
    expect(loss.cap.cents).toBeLessThanOrEqual(direct.cap.cents);
    expect(loss.cap.cents).toBe(loss.excluded ? 0 : direct.cap.cents);
    expect(loss.excluded).toBe(!functionalBackup && backupAddOn !== true);
    expect([loss.windowStart, loss.windowEnd, loss.counted, loss.feesInWindow]).toEqual([direct.windowStart, direct.windowEnd, direct.counted, direct.cap]);
    expect(liabilityCap({ eventDate, payments, claim: "indirect" }).cap.cents).toBe(0);
  });
});
