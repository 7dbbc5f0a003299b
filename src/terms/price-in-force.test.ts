import { describe, expect, it } from "vitest";
import { centsToAmount } from "../../test/cents.js";
import { fc, test } from "@fast-check/vitest";
import { priceInForce, type PriceChange } from "./price-in-force.js";
import { PolicyInputError } from "../core/errors.js";
import { policyErrorOf } from "../../test/policy-error.js";

describe("priceInForce", () => {
  it("terms.5.price-changes: announced less than 30 days before a renewal, the renewal keeps the old price", () => {
    // Renewal 2025-04-15; announced 2025-03-20 is 26 days before.
    const r = priceInForce({ kind: "subscription", basePrice: "49.00", changes: [{ price: "59.00", announcedOn: "2025-03-20" }], on: "2025-04-15" });
    expect(r.price.amount).toBe("49.00");
    expect(r.source).toBe("base");
    expect(r.pending).toBe(1);
    // … and the next monthly renewal (2025-05-15 ≥ 2025-04-19) carries it.
    const next = priceInForce({ kind: "subscription", basePrice: "49.00", changes: [{ price: "59.00", announcedOn: "2025-03-20" }], on: "2025-05-15" });
    expect(next.price.amount).toBe("59.00");
    expect(next.effectiveFrom).toBe("2025-04-19");
  });

  it("terms.5.price-changes: announced more than 30 days before a renewal, the renewal carries the new price", () => {
    const r = priceInForce({ kind: "subscription", basePrice: "49.00", changes: [{ price: "59.00", announcedOn: "2025-03-10" }], on: "2025-04-15" });
    expect(r.price).toEqual({ amount: "59.00", cents: 5900, currency: "USD" });
    expect(r.source).toBe("change");
    expect(r.changeIndex).toBe(0);
    expect(r.citations).toEqual(["terms.5.price-changes", "terms.16.changes"]);
  });

  it("terms.16.changes: announced exactly 30 days before the renewal, the change applies on that renewal", () => {
    const changes = [{ price: "59.00", announcedOn: "2025-03-16" }];
    expect(priceInForce({ kind: "subscription", basePrice: "49.00", changes, on: "2025-04-15" }).price.amount).toBe("59.00");
    expect(priceInForce({ kind: "subscription", basePrice: "49.00", changes, on: "2025-04-14" }).price.amount).toBe("49.00");
  });

  it("terms.5.price-changes: with several changes the latest applicable one wins, in any input order", () => {
    const changes: PriceChange[] = [
      { price: "69.00", announcedOn: "2025-04-01" }, // applies from 2025-05-01
      { price: "55.00", announcedOn: "2025-01-01" },
      { price: "59.00", announcedOn: "2025-02-01" },
    ];
    const r = priceInForce({ kind: "subscription", basePrice: "49.00", changes, on: "2025-04-20" });
    expect(r.price.amount).toBe("59.00");
    expect(r.changeIndex).toBe(2);
    expect(r.pending).toBe(1);
  });

  it("terms.5.price-changes: a one-time service booked before the change keeps its booked price", () => {
    const changes = [{ price: "199.00", announcedOn: "2025-03-01" }];
    expect(priceInForce({ kind: "one-time", basePrice: "189.00", changes, bookedOn: "2025-02-28" }).price.amount).toBe("189.00");
  });

  it("terms.5.price-changes: a one-time service not yet booked takes the new price at once (booked on the announcement day)", () => {
    const changes = [{ price: "199.00", announcedOn: "2025-03-01" }];
    const r = priceInForce({ kind: "one-time", basePrice: "189.00", changes, bookedOn: "2025-03-01" });
    expect(r.price.amount).toBe("199.00");
    expect(r.effectiveFrom).toBeUndefined();
  });

  it("terms.5.price-changes: a one-time service not yet booked is priced on `on`; with a booking, the booked price governs", () => {
    const changes = [{ price: "199.00", announcedOn: "2025-03-01" }];
    expect(priceInForce({ kind: "one-time", basePrice: "189.00", changes, on: "2025-02-28" }).price.amount).toBe("189.00");
    expect(priceInForce({ kind: "one-time", basePrice: "189.00", changes, on: "2025-03-01" }).price.amount).toBe("199.00");
    expect(priceInForce({ kind: "one-time", basePrice: "189.00", changes, bookedOn: "2025-02-20", on: "2025-03-10" }).price.amount).toBe("189.00");
  });

  it("rejects missing or misplaced dates, same-day conflicts and bad money with PolicyInputError", () => {
    const bad: unknown[] = [
      { kind: "subscription", basePrice: "49.00", changes: [] },
      { kind: "subscription", basePrice: "49.00", changes: [], on: "2025-01-01", bookedOn: "2025-01-01" },
      { kind: "one-time", basePrice: "49.00", changes: [] },
      { kind: "subscription", basePrice: "-49.00", changes: [], on: "2025-01-01" },
      { kind: "subscription", basePrice: "49.00", changes: [{ price: "1.00", announcedOn: "2025-01-01", note: "x" }], on: "2025-01-01" },
      {
        kind: "subscription",
        basePrice: "49.00",
        changes: [
          { price: "59.00", announcedOn: "2025-01-01" },
          { price: "69.00", announcedOn: "2025-01-01" },
        ],
        on: "2025-06-01",
      },
      { kind: "lifetime", basePrice: "49.00", changes: [], on: "2025-01-01" },
    ];
    for (const b of bad) expect(() => priceInForce(b as never), JSON.stringify(b)).toThrow(PolicyInputError);
    // Duplicates that agree are fine.
    const dup = [
      { price: "59.00", announcedOn: "2025-01-01" },
      { price: 59, announcedOn: "2025-01-01" },
    ];
    expect(priceInForce({ kind: "subscription", basePrice: "49.00", changes: dup, on: "2025-06-01" }).price.amount).toBe("59.00");
  });

  it("terms.5.price-changes / terms.16.changes: a subscription renewal explains the notice cut-off and the base price", () => {
    const r = priceInForce({ kind: "subscription", basePrice: "49.00", changes: [{ price: "59.00", announcedOn: "2025-03-20" }], on: "2025-04-15" });
    expect(r.explanation).toEqual([
      "Subscription price changes need 30 days' notice: a change applies from the first renewal on or after its announcement + 30 days; the renewal of 2025-04-15 carries the latest change announced on or before 2025-03-16.",
      "No change applies yet (1 pending): the base price $49.00 is in force.",
    ]);
    expect(r.citations).toEqual(["terms.5.price-changes", "terms.16.changes"]);
    expect(r.changeIndex).toBeUndefined();
    expect(r.effectiveFrom).toBeUndefined();
  });

  it("terms.5.price-changes: the change applied is named with its price and first applicable day, and later ones are counted", () => {
    const changes: PriceChange[] = [
      { price: "69.00", announcedOn: "2025-04-01" },
      { price: "55.00", announcedOn: "2025-01-01" },
      { price: "59.00", announcedOn: "2025-02-01" },
    ];
    const r = priceInForce({ kind: "subscription", basePrice: "49.00", changes, on: "2025-04-20" });
    // 2025-02-01 + 30 days = 2025-03-03 (February 2025 has 28 days).
    expect(r.effectiveFrom).toBe("2025-03-03");
    expect(r.explanation).toEqual([
      "Subscription price changes need 30 days' notice: a change applies from the first renewal on or after its announcement + 30 days; the renewal of 2025-04-20 carries the latest change announced on or before 2025-03-21.",
      "The change announced on 2025-02-01 (price $59.00, applicable from 2025-03-03) is the latest that applies; 1 later change does not apply yet.",
    ]);
    const none = priceInForce({ kind: "subscription", basePrice: "49.00", changes: [{ price: "59.00", announcedOn: "2025-03-10" }], on: "2025-04-15" });
    expect(none.explanation[1]).toBe("The change announced on 2025-03-10 (price $59.00, applicable from 2025-04-09) is the latest that applies.");
    expect(none).toMatchObject({ effectiveFrom: "2025-04-09", pending: 0 });
  });

  it("terms.5.price-changes: the latest announcement wins even when listed first; agreeing same-day duplicates keep the first", () => {
    const r = priceInForce({
      kind: "subscription",
      basePrice: "49.00",
      changes: [
        { price: "59.00", announcedOn: "2025-02-01" },
        { price: "55.00", announcedOn: "2025-01-01" },
      ],
      on: "2025-06-01",
    });
    expect(r).toMatchObject({ changeIndex: 0, price: { amount: "59.00" }, pending: 0 });
    const dup = priceInForce({
      kind: "subscription",
      basePrice: "49.00",
      changes: [
        { price: "59.00", announcedOn: "2025-01-01" },
        { price: 59, announcedOn: "2025-01-01" },
      ],
      on: "2025-06-01",
    });
    expect(dup.changeIndex).toBe(0);
  });

  it("terms.5.price-changes: one-time services explain the booking rule, with and without a later `on`", () => {
    const changes = [{ price: "199.00", announcedOn: "2025-03-01" }];
    const both = priceInForce({ kind: "one-time", basePrice: "189.00", changes, bookedOn: "2025-02-20", on: "2025-03-10" });
    expect(both.explanation).toEqual([
      "One-time services take a new price at once if not yet booked; a service booked on 2025-02-20 keeps the latest price announced on or before that day (the booking governs, not 2025-03-10).",
      "No change applies yet (1 pending): the base price $189.00 is in force.",
    ]);
    expect(both.citations).toEqual(["terms.5.price-changes"]);
    const booked = priceInForce({ kind: "one-time", basePrice: "189.00", changes, bookedOn: "2025-03-01" });
    expect(booked.explanation).toEqual([
      "One-time services take a new price at once if not yet booked; a service booked on 2025-03-01 keeps the latest price announced on or before that day.",
      "The change announced on 2025-03-01 (price $199.00) is the latest that applies.",
    ]);
    expect(booked).toMatchObject({ source: "change", changeIndex: 0, pending: 0 });
    const open = priceInForce({ kind: "one-time", basePrice: "189.00", changes, on: "2025-02-28" });
    expect(open.explanation[0]).toBe(
      "One-time services not yet booked take a new price at once: the price on 2025-02-28 is the latest announced on or before that day.",
    );
  });

  it("rejects missing or misplaced dates and same-day conflicts naming the field, the reason and the rule", () => {
    const issues = (input: unknown) => policyErrorOf(() => priceInForce(input as never), "priceInForce").issues;
    expect(issues({ kind: "subscription", basePrice: "49.00", changes: [] })).toEqual([{ path: ["on"], message: "a subscription needs `on`, the renewal date" }]);
    expect(issues({ kind: "subscription", basePrice: "49.00", changes: [], on: "2025-01-01", bookedOn: "2025-01-01" })).toEqual([
      { path: ["bookedOn"], message: "`bookedOn` applies to one-time services only" },
    ]);
    expect(issues({ kind: "one-time", basePrice: "49.00", changes: [] })).toEqual([
      { path: ["bookedOn"], message: "a one-time service needs `bookedOn` (booked) or `on` (not yet booked)" },
    ]);
    expect(
      issues({
        kind: "subscription",
        basePrice: "49.00",
        changes: [
          { price: "59.00", announcedOn: "2025-01-01" },
          { price: "69.00", announcedOn: "2025-01-01" },
        ],
        on: "2025-06-01",
      }),
    ).toEqual([{ path: ["changes", 1], message: "two changes announced on 2025-01-01 with different prices" }]);
    expect(issues({ kind: "lifetime", basePrice: "49.00", changes: [], on: "2025-01-01" })[0]?.path).toEqual(["kind"]);
  });

  it("never mutates its input", () => {
    const input = { kind: "subscription" as const, basePrice: "49.00", changes: [{ price: "59.00", announcedOn: "2025-03-10" }, { price: "52.00", announcedOn: "2025-01-10" }], on: "2025-04-15" };
    const copy = structuredClone(input);
    priceInForce(input);
    expect(input).toEqual(copy);
  });
});

const dayArb = fc.integer({ min: 0, max: 400 });
const date = (n: number) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);
const changesArb = fc.uniqueArray(fc.record({ day: dayArb, cents: fc.integer({ min: 0, max: 100_000 }) }), { selector: (c) => c.day, maxLength: 6 });

describe("priceInForce properties", () => {
  test.prop([changesArb, dayArb, fc.constantFrom("subscription", "one-time" as const)], { numRuns: 300 })(
    "the price is the one announced last among those announced at least the notice earlier (0 days for one-time), whatever the order",
    (cs, at, kind) => {
      const changes = cs.map((c) => ({ price: centsToAmount(c.cents), announcedOn: date(c.day) }));
      const dateField = kind === "subscription" ? { on: date(at) } : { bookedOn: date(at) };
      const r = priceInForce({ kind, basePrice: "10.00", changes, ...dateField });
      const reversed = priceInForce({ kind, basePrice: "10.00", changes: [...changes].reverse(), ...dateField });
      expect(reversed.price).toEqual(r.price);
      const notice = kind === "subscription" ? 30 : 0;
      const applicable = cs.filter((c) => c.day + notice <= at).sort((a, b) => b.day - a.day);
      expect(r.price.cents).toBe(applicable[0] ? applicable[0].cents : 1000);
      expect(r.pending).toBe(cs.length - applicable.length);
    },
  );
});
