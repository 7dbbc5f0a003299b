import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { renewalCharge } from "./renewal-charge.js";
import { priceInForce } from "./price-in-force.js";
import { billingPeriod } from "./billing-period.js";
import { PolicyInputError } from "../core/errors.js";
import { defineEdition } from "../editions/define.js";
import { addDays } from "../core/calendar.js";
import { centsToAmount } from "../../test/cents.js";

const amounts = (r: ReturnType<typeof renewalCharge>) => r.lines.map((l) => [l.code, l.amount.amount]);

describe("renewalCharge", () => {
  it("terms.6.billing-date: the charge of the billing date on or before `on` (monthly, anchored on Jan 31)", () => {
    const r = renewalCharge({ plan: "home-monthly", startDate: "2025-01-31", on: "2025-03-05", planPrice: "49.00" });
    expect(r.renewalDate).toBe("2025-02-28");
    expect(r.periodIndex).toBe(1);
    expect(r.lines).toEqual([
      { code: "plan", amount: { amount: "49.00", cents: 4900, currency: "USD" }, clause: "terms.6.billing-date", clauses: ["terms.6.billing-date"], description: "Plan fee, $49.00" },
    ]);
    expect(r.total).toEqual({ amount: "49.00", cents: 4900, currency: "USD" });
    expect(r.citations).toEqual(["terms.6.billing-date", "terms.6.auto-renewal"]);
    expect(r).not.toHaveProperty("changeIndex");
    expect(r.explanation).toEqual([
      "home-monthly is charged on signup and then each renewal date (every 1 month, counted from 2025-01-31); the billing date on or before 2025-03-05 is 2025-02-28 (renewal #1).",
      "No price change given: the plan fee is $49.00.",
      "No add-on devices (addOnDevices not given: 0): no add-on line.",
      "Charged on 2025-02-28: $49.00 = $49.00.",
    ]);
  });

  it("terms.6.billing-date: the signup date is the first billing date; a renewal date is its own billing date", () => {
    expect(renewalCharge({ plan: "office-yearly", startDate: "2024-02-29", on: "2024-02-29", planPrice: 900 })).toMatchObject({ renewalDate: "2024-02-29", periodIndex: 0 });
    expect(renewalCharge({ plan: "office-yearly", startDate: "2024-02-29", on: "2025-02-28", planPrice: 900 })).toMatchObject({ renewalDate: "2025-02-28", periodIndex: 1 });
    expect(renewalCharge({ plan: "office-yearly", startDate: "2024-02-29", on: "2025-02-27", planPrice: 900 })).toMatchObject({ renewalDate: "2024-02-29", periodIndex: 0 });
  });

  it("terms.5.price-changes: at signup the latest change announced on or before the signup date applies (no notice)", () => {
    const priceChanges = [{ price: "59.00", announcedOn: "2025-03-10" }, { price: "69.00", announcedOn: "2025-03-11" }];
    const r = renewalCharge({ plan: "home-monthly", startDate: "2025-03-10", on: "2025-03-20", planPrice: "49.00", priceChanges });
    expect(amounts(r)).toEqual([["plan", "59.00"]]);
    expect(r.changeIndex).toBe(0);
    expect(r.lines[0]?.clauses).toEqual(["terms.6.billing-date", "terms.5.price-changes"]);
    expect(r.citations).toContain("terms.5.price-changes");
    expect(r.explanation[1]).toBe("At signup the customer accepts the price announced at that time: the latest change announced on or before 2025-03-10 applies.");
    expect(r.explanation[2]).toBe("The change announced on 2025-03-10 is the latest that applies (1 later change does not apply yet): plan fee $59.00.");
    // Announced the day after signup: the signup keeps the plan price.
    expect(renewalCharge({ plan: "home-monthly", startDate: "2025-03-09", on: "2025-03-20", planPrice: "49.00", priceChanges }).total.amount).toBe("49.00");
  });

  it("terms.5.price-changes: at a renewal a change applies from announcement + 30 days (T11)", () => {
    const priceChanges = [{ price: "59.00", announcedOn: "2025-03-01" }];
    const at = (on: string) => renewalCharge({ plan: "home-monthly", startDate: "2025-01-31", on, planPrice: "49.00", priceChanges });
    expect(at("2025-03-30")).toMatchObject({ renewalDate: "2025-02-28", total: { amount: "49.00" } });
    // 2025-03-31 is exactly 30 days after 2025-03-01.
    expect(at("2025-03-31")).toMatchObject({ renewalDate: "2025-03-31", total: { amount: "59.00" }, changeIndex: 0 });
    expect(at("2025-03-31").citations).toEqual(["terms.6.billing-date", "terms.6.auto-renewal", "terms.5.price-changes", "terms.16.changes"]);
    expect(at("2025-03-31").explanation[1]).toBe(
      "Subscription price changes need 30 days' notice: the renewal of 2025-03-31 carries the latest change announced on or before 2025-03-01.",
    );
    const early = renewalCharge({ plan: "home-monthly", startDate: "2025-01-15", on: "2025-03-15", planPrice: "49.00", priceChanges });
    expect(early.total.amount).toBe("49.00");
    expect(early.explanation[2]).toBe("No change applies yet (1 pending): the plan fee is $49.00.");
    expect(early.lines[0]?.clauses).toEqual(["terms.6.billing-date"]);
  });

  it("terms.5.price-changes: a renewal within 30 days of a change the signup carried does not carry it (T11 at renewals), and says so", () => {
    const priceChanges = [{ price: "59.00", announcedOn: "2025-02-01" }];
    const at = (on: string) => renewalCharge({ plan: "home-monthly", startDate: "2025-02-01", on, planPrice: "49.00", priceChanges });
    expect(at("2025-02-01").total.amount).toBe("59.00");
    const r = at("2025-03-01");
    expect(r.total.amount).toBe("49.00");
    expect(r.explanation).toContain("The change announced on 2025-02-01 applied at signup, but it reaches renewals only from 2025-03-03: this renewal does not carry it.");
    expect(at("2025-04-01").total.amount).toBe("59.00");
  });

  it("terms.2.4.add-ons: add-on devices are $15 each per month on monthly plans", () => {
    const r = renewalCharge({ plan: "office-monthly", startDate: "2025-01-10", on: "2025-06-12", planPrice: "129.00", addOnDevices: 2 });
    expect(amounts(r)).toEqual([["plan", "129.00"], ["add-on-devices", "30.00"]]);
    expect(r.lines[1]).toMatchObject({ clause: "terms.2.4.add-ons", clauses: ["terms.2.4.add-ons"], description: "Add-on devices, 2 × $15.00 per month" });
    expect(r.total.amount).toBe("159.00");
    expect(r.citations).toContain("terms.2.4.add-ons");
    expect(r.explanation.at(-1)).toBe("Charged on 2025-06-10: $129.00 + $30.00 = $159.00.");
  });

  it("terms.2.4.add-ons: add-on devices are $150 each per year on yearly plans", () => {
    const r = renewalCharge({ plan: "home-yearly", startDate: "2025-01-10", on: "2026-01-10", planPrice: "999.00", addOnDevices: 3 });
    expect(amounts(r)).toEqual([["plan", "999.00"], ["add-on-devices", "450.00"]]);
    expect(r.total.amount).toBe("1449.00");
    expect(r.explanation).toContain("Add-on devices, 3 × $150.00 per year (yearly plan) = $450.00.");
  });

  it("terms.2.4.add-ons: with no add-on devices there is no add-on line, and the clause is not cited", () => {
    const r = renewalCharge({ plan: "home-yearly", startDate: "2025-01-10", on: "2026-01-10", planPrice: "999.00", addOnDevices: 0 });
    expect(amounts(r)).toEqual([["plan", "999.00"]]);
    expect(r.citations).not.toContain("terms.2.4.add-ons");
    expect(r.explanation).toContain("No add-on devices: no add-on line.");
  });

  it("reads the edition's notice, add-on fees and period lengths, and names it", () => {
    const edition = defineEdition({ id: "terms@2027", announcedOn: "2026-11-01", effectiveOn: "2027-01-01", changes: { addOnMonthly: "20.00", priceChangeNoticeDays: 45 } });
    const priceChanges = [{ price: "59.00", announcedOn: "2027-02-01" }];
    const input = { plan: "home-monthly", startDate: "2027-01-10", planPrice: "49.00", priceChanges, addOnDevices: 1 } as const;
    const march = renewalCharge({ ...input, on: "2027-03-10", edition }); // 37 days after the announcement: not yet under 45 days' notice
    expect(amounts(march)).toEqual([["plan", "49.00"], ["add-on-devices", "20.00"]]);
    expect(march.edition).toBe("terms@2027");
    expect(renewalCharge({ ...input, on: "2027-04-10", edition }).total.amount).toBe("79.00");
    expect(renewalCharge({ ...input, on: "2027-03-10" }).total.amount).toBe("74.00");
  });

  it("rejects `on` before the start date, same-day conflicting changes and bad input with PolicyInputError", () => {
    const base = { plan: "home-monthly", startDate: "2025-03-10", on: "2025-04-10", planPrice: "49.00" };
    const issuePath = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as PolicyInputError).issues[0]?.path;
      }
      return undefined;
    };
    expect(issuePath(() => renewalCharge({ ...base, on: "2025-03-09" } as never))).toEqual(["on"]);
    expect(
      issuePath(() =>
        renewalCharge({ ...base, priceChanges: [{ price: "59.00", announcedOn: "2025-01-01" }, { price: "59.00", announcedOn: "2025-02-01" }, { price: "60.00", announcedOn: "2025-02-01" }] } as never),
      ),
    ).toEqual(["priceChanges", 2]);
    // Agreeing same-day changes are one change.
    expect(renewalCharge({ ...base, priceChanges: [{ price: "59.00", announcedOn: "2025-02-01" }, { price: 59, announcedOn: "2025-02-01" }] } as never).total.amount).toBe("59.00");
    const bad: unknown[] = [
      { ...base, on: "2025-03-09" },
      { ...base, plan: "home-weekly" },
      { ...base, planPrice: "-1.00" },
      { ...base, planPrice: 49.999 },
      { ...base, addOnDevices: -1 },
      { ...base, addOnDevices: 1.5 },
      { ...base, priceChanges: [{ price: "59.00" }] },
      { ...base, startDate: "2025-02-30" },
      { ...base, months: 1 },
      { plan: "home-monthly", startDate: "2025-03-10", on: "2025-04-10" },
    ];
    for (const b of bad) expect(() => renewalCharge(b as never), JSON.stringify(b)).toThrow(PolicyInputError);
    expect(() => renewalCharge({ ...base, on: "2025-03-09" } as never)).toThrow(/^Invalid input to renewalCharge/);
  });

  it("refuses an add-on line above LIMITS.money as an input error", () => {
    const edition = defineEdition({ id: "dear", announcedOn: "2026-01-01", effectiveOn: "2026-01-01", changes: { addOnYearly: "999999999999.99" } });
    const input = { plan: "home-yearly", startDate: "2026-01-10", on: "2026-01-10", planPrice: "1.00", edition } as const;
    expect(renewalCharge({ ...input, addOnDevices: 1 }).total.amount).toBe("1000000000000.99");
    expect(() => renewalCharge({ ...input, addOnDevices: 2 })).toThrow(PolicyInputError);
  });

  it("never mutates its input, and returns lines of its own", () => {
    const input = { plan: "home-monthly" as const, startDate: "2025-01-31", on: "2025-04-10", planPrice: "49.00", priceChanges: [{ price: "59.00", announcedOn: "2025-03-01" }], addOnDevices: 2 };
    const copy = structuredClone(input);
    const a = renewalCharge(input);
    expect(input).toEqual(copy);
    a.lines[0]?.clauses.push("x");
    expect(renewalCharge(input).lines[0]?.clauses).toEqual(["terms.6.billing-date", "terms.5.price-changes"]);
  });
});

describe("renewalCharge properties", () => {
  const inputArb = fc
    .record({
      plan: fc.constantFrom("home-monthly", "home-yearly", "office-monthly", "office-yearly" as const),
      start: fc.integer({ min: 0, max: 3000 }),
      offset: fc.integer({ min: 0, max: 1500 }),
      planCents: fc.integer({ min: 0, max: 500_000 }),
      changes: fc.uniqueArray(fc.record({ day: fc.integer({ min: -100, max: 1600 }), cents: fc.integer({ min: 0, max: 500_000 }) }), { maxLength: 5, selector: (c) => c.day }),
      addOnDevices: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
    })
    .map(({ plan, start, offset, planCents, changes, addOnDevices }) => {
      const startDate = addDays("2020-01-01", start);
      return {
        plan,
        startDate,
        on: addDays(startDate, offset),
        planPrice: centsToAmount(planCents),
        priceChanges: changes.map((c) => ({ price: centsToAmount(c.cents), announcedOn: addDays(startDate, c.day) })),
        ...(addOnDevices === undefined ? {} : { addOnDevices }),
      };
    });

  test.prop([inputArb], { numRuns: 400 })("the total is the sum of its lines", (input) => {
    const r = renewalCharge(input);
    expect(r.total.cents).toBe(r.lines.reduce((a, l) => a + l.amount.cents, 0));
    expect(r.lines[0]?.code).toBe("plan");
  });

  test.prop([inputArb], { numRuns: 400 })(
    "at a renewal the plan line equals priceInForce for that renewal date and changes; the add-on line is count × the add-on fee",
    (input) => {
      const r = renewalCharge(input);
      expect(r.renewalDate).toBe(billingPeriod({ plan: input.plan, startDate: input.startDate, on: input.on }).start);
      const plan = r.lines.find((l) => l.code === "plan");
      if (r.periodIndex > 0) {
        const expected = priceInForce({ kind: "subscription", basePrice: input.planPrice, changes: input.priceChanges, on: r.renewalDate });
        expect(plan?.amount).toEqual(expected.price);
        expect(r.changeIndex).toBe(expected.changeIndex);
      } else {
        // Signup: the latest change announced on or before the signup date (a one-time price booked that day).
        const expected = priceInForce({ kind: "one-time", basePrice: input.planPrice, changes: input.priceChanges, bookedOn: input.startDate });
        expect(plan?.amount).toEqual(expected.price);
      }
      const devices = input.addOnDevices ?? 0;
      const fee = input.plan.endsWith("-yearly") ? 15_000 : 1_500;
      const addOn = r.lines.find((l) => l.code === "add-on-devices");
      if (devices === 0) expect(addOn).toBeUndefined();
      else expect(addOn?.amount.cents).toBe(devices * fee);
      expect(r.total.cents).toBe((plan?.amount.cents ?? NaN) + devices * fee);
    },
  );
});
