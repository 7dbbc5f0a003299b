/**
 * The membership-lifecycle rules under editions of the Terms (issue 12, T17):
 * `billingPeriod`, `monthlyCancellation`, `yearlyRefund`, `priceInForce` and
 * `liabilityCap` read every number from the edition they are given (default
 * `baseEdition`), say which one in `edition`, mark a what-if `hypothetical`,
 * and name a non-base edition in the explanation's first step.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { billingPeriod } from "../src/terms/billing-period.js";
import { monthlyCancellation } from "../src/terms/monthly-cancellation.js";
import { yearlyRefund } from "../src/terms/yearly-refund.js";
import { priceInForce } from "../src/terms/price-in-force.js";
import { liabilityCap } from "../src/terms/liability-cap.js";
import { quoteService } from "../src/terms/quote-service.js";
import { BASE_TARIFF, TARIFF_KEYS, type TariffKey } from "../src/editions/base-tariff.js";
import { baseEdition, type Edition } from "../src/editions/edition.js";
import { defineEdition } from "../src/editions/define.js";
import { editionFor } from "../src/editions/edition-for.js";
import {
  billingPeriodInputArbitrary,
  liabilityCapInputArbitrary,
  monthlyCancellationInputArbitrary,
  priceInForceInputArbitrary,
  yearlyRefundInputArbitrary,
} from "../src/testing/index.js";
import { policyErrorOf } from "./policy-error.js";

const BASE = "relument-terms@base";

/** A small edition of the Terms changing only `changes`. */
const edition = (id: string, changes: Partial<Record<TariffKey, string | number | readonly string[]>>, hypothetical = false): Edition =>
  defineEdition({ id, announcedOn: "2026-11-01", effectiveOn: "2027-01-01", changes, hypothetical });

/** One of the five rules, with its arbitrary and the tariff keys it reads. */
interface RuleCase {
  readonly name: string;
  readonly run: (input: object) => object;
  readonly arb: fc.Arbitrary<object>;
  readonly reads: readonly TariffKey[];
}

const rules: readonly RuleCase[] = [
  { name: "billingPeriod", run: billingPeriod as (i: object) => object, arb: billingPeriodInputArbitrary() as fc.Arbitrary<object>, reads: ["monthlyPeriodMonths", "yearlyPeriodMonths"] },
  { name: "monthlyCancellation", run: monthlyCancellation as (i: object) => object, arb: monthlyCancellationInputArbitrary() as fc.Arbitrary<object>, reads: ["monthlyPeriodMonths"] },
  { name: "yearlyRefund", run: yearlyRefund as (i: object) => object, arb: yearlyRefundInputArbitrary() as fc.Arbitrary<object>, reads: ["refundWindowDays", "addOnMonthly"] },
  { name: "priceInForce", run: priceInForce as (i: object) => object, arb: priceInForceInputArbitrary() as fc.Arbitrary<object>, reads: ["priceChangeNoticeDays"] },
  { name: "liabilityCap", run: liabilityCap as (i: object) => object, arb: liabilityCapInputArbitrary() as fc.Arbitrary<object>, reads: ["liabilityMonths"] },
];

/** A new value of the same kind, different from the base one (`step` makes distinct values). */
function otherValue(key: TariffKey, step: number): string | number | readonly string[] {
  const spec = BASE_TARIFF[key];
  if (spec.kind === "money") return (Number(spec.value) + step + 0.37).toFixed(2);
  if (spec.kind === "zips") return ["90210"];
  return (spec.value as number) + step;
}

/** An edition that changes every number of the Terms except `keep`. */
function editionChangingAllBut(id: string, keep: readonly TariffKey[]): Edition {
  const changes = Object.fromEntries(TARIFF_KEYS.filter((k) => !keep.includes(k)).map((k, i) => [k, otherValue(k, i + 3)]));
  return edition(id, changes);
}

/** A result under a non-base edition read as if under the base one: its naming step (the first) dropped, `edition` the base id. */
function asIfBase(r: object): object {
  const { edition: _e, hypothetical: _h, explanation, ...rest } = r as { edition: string; hypothetical?: true; explanation: string[] };
  return { ...rest, explanation: explanation.slice(1), edition: BASE };
}

describe("worked examples under an edition that changes a number the rule reads", () => {
  const twoYear = edition("relument-terms@2027-two-year", { yearlyPeriodMonths: 24 });

  it("terms.6.auto-renewal: billingPeriod of a yearly plan under yearlyPeriodMonths 12 → 24 runs two years; a monthly plan is unchanged", () => {
    const input = { plan: "home-yearly", startDate: "2025-03-10", on: "2026-05-01" } as const;
    const base = billingPeriod(input);
    expect(base).toMatchObject({ start: "2026-03-10", end: "2027-03-09", nextRenewal: "2027-03-10", periodIndex: 1, periodMonths: 12, edition: BASE });
    const r = billingPeriod({ ...input, edition: twoYear });
    expect(r).toMatchObject({ start: "2025-03-10", end: "2027-03-09", nextRenewal: "2027-03-10", periodIndex: 0, periodMonths: 24, edition: "relument-terms@2027-two-year" });
    expect(r).not.toHaveProperty("hypothetical");
    expect(r.explanation[0]).toBe(
      "Edition relument-terms@2027-two-year, announced 2026-11-01, in force from 2027-01-01; it changes yearlyPeriodMonths.",
    );
    expect(r.explanation[1]).toBe("home-yearly is a yearly plan: it auto-renews every 24 months until canceled.");
    expect(r.explanation).toHaveLength(base.explanation.length + 1);
    expect(r.citations).toEqual(base.citations);
    // monthlyPeriodMonths is unchanged in this edition: a monthly plan's period is the base one.
    const monthly = { plan: "office-monthly", startDate: "2025-01-31", on: "2025-03-05" } as const;
    const monthlyUnder = billingPeriod({ ...monthly, edition: twoYear });
    expect(monthlyUnder.edition).toBe("relument-terms@2027-two-year");
    expect(asIfBase(monthlyUnder)).toEqual(billingPeriod(monthly));
  });

  it("terms.6.monthly-cancel: monthlyCancellation under monthlyPeriodMonths 1 → 3 ends at the end of the quarter-long period", () => {
    const input = { startDate: "2025-01-31", requestedOn: "2025-03-05" };
    expect(monthlyCancellation(input)).toMatchObject({ effectiveOn: "2025-03-30", periodStart: "2025-02-28", nextRenewal: "2025-03-31", edition: BASE });
    const quarterly = edition("relument-terms@2027-quarterly", { monthlyPeriodMonths: 3 });
    const r = monthlyCancellation({ ...input, edition: quarterly });
    expect(r).toMatchObject({ effectiveOn: "2025-04-29", periodStart: "2025-01-31", nextRenewal: "2025-04-30", edition: "relument-terms@2027-quarterly" });
    expect(r.refund).toEqual({ amount: "0.00", cents: 0, currency: "USD" });
    expect(r.explanation[0]).toBe("Edition relument-terms@2027-quarterly, announced 2026-11-01, in force from 2027-01-01; it changes monthlyPeriodMonths.");
    expect(r.explanation[1]).toContain("A monthly plan renews every 3 months on the signup day");
    expect(r.citations).toContain("terms.6.auto-renewal");
  });

  it("terms.6.yearly-refund: under refundWindowDays 14 → 30 a request on day 20 is refundable (it is not under the base edition)", () => {
    const input = { purchasedOn: "2025-01-01", requestedOn: "2025-01-21", amountPaid: "1200.00", monthlyRate: "120.00", servicesRendered: 0 };
    const base = yearlyRefund(input);
    expect(base).toMatchObject({ eligible: false, day: 20, lastRefundableDay: 14, edition: BASE });
    expect(base.refund.amount).toBe("0.00");
    const window30 = edition("relument-terms@2027-window-30", { refundWindowDays: 30 });
    const r = yearlyRefund({ ...input, edition: window30 });
    expect(r).toMatchObject({ eligible: true, day: 20, lastRefundableDay: 30, edition: "relument-terms@2027-window-30" });
    expect(r.refund.amount).toBe("1200.00");
    expect(r.retained.amount).toBe("0.00");
    expect(r.explanation[0]).toBe("Edition relument-terms@2027-window-30, announced 2026-11-01, in force from 2027-01-01; it changes refundWindowDays.");
    expect(r.explanation[1]).toContain("yearly plans are refundable through day 30.");
    // Day 31 is past the new window.
    expect(yearlyRefund({ ...input, requestedOn: "2025-02-01", edition: window30 }).eligible).toBe(false);
  });

  it("terms.2.4.add-ons: yearlyRefund deducts the edition's monthly add-on fee (addOnMonthly 15.00 → 17.50) per add-on device", () => {
    const input = { purchasedOn: "2025-01-01", requestedOn: "2025-01-10", amountPaid: "1200.00", monthlyRate: "120.00", servicesRendered: 1, addOnDevices: 2 };
    const base = yearlyRefund(input);
    expect(base.deductions[0]?.amount.amount).toBe("150.00"); // 120 + 2 × 15
    const addOn = edition("relument-terms@2027-add-on", { addOnMonthly: "17.50" });
    const r = yearlyRefund({ ...input, edition: addOn });
    expect(r.edition).toBe("relument-terms@2027-add-on");
    expect(r.deductions[0]?.amount.amount).toBe("155.00"); // 120 + 2 × 17.50
    expect(r.deductions[0]?.detail).toContain("2 add-on devices × $17.50 = $155.00");
    expect(r.refund.amount).toBe("1045.00");
    expect(r.retained.amount).toBe("155.00");
    expect(r.explanation[0]).toBe("Edition relument-terms@2027-add-on, announced 2026-11-01, in force from 2027-01-01; it changes addOnMonthly.");
    expect(r.citations).toContain("terms.2.4.add-ons");
    // addOnYearly is a fee of yearly plans, not part of deduction (i) ("at prevailing monthly rates"): unchanged numbers.
    const yearlyFee = edition("relument-terms@2027-add-on-yearly", { addOnYearly: "175.00" });
    expect(yearlyRefund({ ...input, edition: yearlyFee }).deductions[0]?.amount.amount).toBe("150.00");
  });

  it("terms.5.price-changes: priceInForce under priceChangeNoticeDays 30 → 45: a change announced 40 days before a renewal is not yet due", () => {
    const input = { kind: "subscription", basePrice: "49.00", changes: [{ price: "59.00", announcedOn: "2025-03-01" }], on: "2025-04-10" } as const;
    expect(priceInForce(input)).toMatchObject({ source: "change", effectiveFrom: "2025-03-31", pending: 0, edition: BASE });
    const notice45 = edition("relument-terms@2027-notice-45", { priceChangeNoticeDays: 45 });
    const r = priceInForce({ ...input, edition: notice45 });
    expect(r).toMatchObject({ source: "base", pending: 1, edition: "relument-terms@2027-notice-45" });
    expect(r.price.amount).toBe("49.00");
    expect(r.explanation[0]).toBe("Edition relument-terms@2027-notice-45, announced 2026-11-01, in force from 2027-01-01; it changes priceChangeNoticeDays.");
    expect(r.explanation[1]).toContain("Subscription price changes need 45 days' notice: a change applies from the first renewal on or after its announcement + 45 days;");
    expect(r.explanation[1]).toContain("the latest change announced on or before 2025-02-24.");
    // The renewal 45 days after the announcement carries it.
    const due = priceInForce({ ...input, on: "2025-04-15", edition: notice45 });
    expect(due).toMatchObject({ source: "change", changeIndex: 0, effectiveFrom: "2025-04-15", pending: 0 });
    expect(due.price.amount).toBe("59.00");
    // One-time services take a change at once, whatever the notice days.
    const oneTime = { kind: "one-time", basePrice: "189.00", changes: [{ price: "199.00", announcedOn: "2025-03-01" }], bookedOn: "2025-03-01" } as const;
    expect(priceInForce({ ...oneTime, edition: notice45 }).price.amount).toBe(priceInForce(oneTime).price.amount);
  });

  it("terms.12.cap: liabilityCap under liabilityMonths 3 → 6 counts six months of fees", () => {
    const input = {
      eventDate: "2025-06-15",
      payments: [
        { date: "2024-12-14", amount: "49.00" }, // before both windows
        { date: "2024-12-15", amount: "49.00" }, // first day of the 6-month window
        { date: "2025-02-01", amount: "49.00" }, // in 6 months, not in 3
        { date: "2025-04-01", amount: "49.00" }, // in both
        { date: "2025-06-15", amount: "49.00" }, // the event day: never
      ],
    };
    expect(liabilityCap(input)).toMatchObject({ windowStart: "2025-03-15", counted: [3], cap: { amount: "49.00" }, edition: BASE });
    const six = edition("relument-terms@2027-cap-6", { liabilityMonths: 6 });
    const r = liabilityCap({ ...input, edition: six });
    expect(r).toMatchObject({ windowStart: "2024-12-15", windowEnd: "2025-06-15", counted: [1, 2, 3], edition: "relument-terms@2027-cap-6" });
    expect(r.cap).toEqual({ amount: "147.00", cents: 14700, currency: "USD" });
    expect(r.explanation[0]).toBe("Edition relument-terms@2027-cap-6, announced 2026-11-01, in force from 2027-01-01; it changes liabilityMonths.");
    expect(r.explanation[1]).toContain("capped at the fees paid in the 6 months prior to the event of 2025-06-15: payments dated from 2024-12-15");
    expect(r.citations).toEqual(["terms.12.cap"]);
  });
});

describe("the base edition", () => {
  // A JSON round trip of baseEdition is the same edition given as data (validated, not trusted by reference).
  const baseAsData = JSON.parse(JSON.stringify(baseEdition)) as Edition;

  for (const rule of rules) {
    test.prop([rule.arb], { numRuns: 60 })(`${rule.name}: edition: baseEdition (or the same edition as JSON) is exactly the default`, (input) => {
      const implicit = rule.run(input);
      expect(implicit).toHaveProperty("edition", BASE);
      expect(implicit).not.toHaveProperty("hypothetical");
      expect(rule.run({ ...input, edition: baseEdition })).toEqual(implicit);
      expect(rule.run({ ...input, edition: baseAsData })).toEqual(implicit);
    });
  }
});

describe("numbers a rule does not read", () => {
  for (const rule of rules) {
    const others = editionChangingAllBut(`relument-terms@2027-not-${rule.name}`, rule.reads);
    test.prop([rule.arb], { numRuns: 60 })(
      `${rule.name}: an edition changing every number but ${rule.reads.join(", ")} gives identical numbers and steps`,
      (input) => {
        const base = rule.run(input);
        const r = rule.run({ ...input, edition: others });
        expect(r).toHaveProperty("edition", others.id);
        expect((r as { explanation: string[] }).explanation[0]).toMatch(/^Edition relument-terms@2027-not-\w+, announced 2026-11-01, in force from 2027-01-01; it changes /);
        expect(asIfBase(r)).toEqual(base);
      },
    );
  }

  it("each such edition does change numbers other rules read (so the test above can fail)", () => {
    const notRefund = editionChangingAllBut("x@not-refund", ["refundWindowDays", "addOnMonthly"]);
    expect(notRefund.changes.map((c) => c.key)).toEqual(expect.arrayContaining(["liabilityMonths", "priceChangeNoticeDays", "monthlyPeriodMonths", "yearlyPeriodMonths", "addOnYearly"]));
    expect(liabilityCap({ eventDate: "2025-06-15", payments: [], edition: notRefund }).windowStart).not.toBe("2025-03-15");
  });
});

describe("a hypothetical edition", () => {
  const whatIf = edition("what-if@refund-21", { refundWindowDays: 21, liabilityMonths: 4, priceChangeNoticeDays: 60, monthlyPeriodMonths: 2, yearlyPeriodMonths: 6 }, true);
  const real = edition("relument-terms@2027-real", { refundWindowDays: 21 });

  for (const rule of rules) {
    test.prop([rule.arb], { numRuns: 25 })(`${rule.name}: every result under a what-if says hypothetical: true and names it; a real edition's never does`, (input) => {
      const r = rule.run({ ...input, edition: whatIf }) as { edition: string; hypothetical?: true; explanation: string[] };
      expect(r.edition).toBe("what-if@refund-21");
      expect(r.hypothetical).toBe(true);
      expect(r.explanation[0]).toMatch(/^Edition what-if@refund-21 \(hypothetical: a what-if, never announced\), announced 2026-11-01/);
      expect(rule.run({ ...input, edition: real })).not.toHaveProperty("hypothetical");
    });
  }
});

describe("no rule reads the module-level tariff", () => {
  // Every number these rules read, changed to a distinct, unusual value.
  const odd = edition("relument-terms@2099-odd", {
    monthlyPeriodMonths: 7,
    yearlyPeriodMonths: 17,
    refundWindowDays: 23,
    addOnMonthly: "17.31",
    addOnYearly: "173.19",
    priceChangeNoticeDays: 41,
    liabilityMonths: 5,
  });
  const baseMoney = new Set(TARIFF_KEYS.filter((k) => BASE_TARIFF[k].kind === "money").map((k) => BASE_TARIFF[k].value as string));

  /** Every Money object ({ amount, cents, currency }) anywhere in a result. */
  function moneyFields(v: unknown, out: string[] = []): string[] {
    if (typeof v !== "object" || v === null) return out;
    if ("cents" in v && "currency" in v && "amount" in v) out.push((v as { amount: string }).amount);
    else for (const x of Object.values(v)) moneyFields(x, out);
    return out;
  }

  it("terms.6.auto-renewal, terms.6.yearly-refund, terms.2.4.add-ons, terms.5.price-changes, terms.12.cap: every number comes from the edition", () => {
    const results = [
      billingPeriod({ plan: "home-monthly", startDate: "2025-01-31", on: "2025-03-05", edition: odd }),
      billingPeriod({ plan: "office-yearly", startDate: "2024-02-29", on: "2025-03-01", edition: odd }),
      monthlyCancellation({ startDate: "2025-01-31", requestedOn: "2025-03-05", edition: odd }),
      yearlyRefund({ purchasedOn: "2025-01-01", requestedOn: "2025-01-21", amountPaid: "1000.00", monthlyRate: "0.00", servicesRendered: 1, addOnDevices: 1, edition: odd }),
      yearlyRefund({ purchasedOn: "2025-01-01", requestedOn: "2025-01-21", amountPaid: "1000.00", monthlyRate: "0.00", servicesRendered: 0, edition: odd }),
      priceInForce({ kind: "subscription", basePrice: "49.00", changes: [{ price: "59.00", announcedOn: "2025-03-01" }], on: "2025-04-11", edition: odd }),
      priceInForce({ kind: "one-time", basePrice: "189.01", changes: [{ price: "199.00", announcedOn: "2025-03-01" }], on: "2025-03-01", edition: odd }),
      liabilityCap({ eventDate: "2025-06-15", payments: [{ date: "2025-01-15", amount: "49.00" }, { date: "2025-01-14", amount: "1.00" }], edition: odd }),
    ] as const;
    for (const r of results) expect(r.edition).toBe("relument-terms@2099-odd");

    const [monthlyPeriod, yearlyPeriod, cancel, refund, refundNothingRendered, subscription, , cap] = results;
    expect(monthlyPeriod).toMatchObject({ periodMonths: 7, start: "2025-01-31", nextRenewal: "2025-08-31", periodIndex: 0 });
    expect(yearlyPeriod).toMatchObject({ periodMonths: 17, start: "2024-02-29", nextRenewal: "2025-07-29", periodIndex: 0 });
    expect(cancel).toMatchObject({ periodStart: "2025-01-31", nextRenewal: "2025-08-31", effectiveOn: "2025-08-30" });
    expect(refund).toMatchObject({ eligible: true, day: 20, lastRefundableDay: 23 });
    expect(refund.deductions[0]?.amount.amount).toBe("17.31");
    expect(refund.refund.amount).toBe("982.69");
    expect(refundNothingRendered.refund.amount).toBe("1000.00");
    expect(subscription).toMatchObject({ source: "change", effectiveFrom: "2025-04-11" }); // 2025-03-01 + 41 days
    expect(cap).toMatchObject({ windowStart: "2025-01-15", counted: [0] }); // 5 months back

    // No money field of any result is a money number of the base Terms.
    const amounts = results.flatMap((r) => moneyFields(r));
    expect(amounts.length).toBeGreaterThan(10);
    for (const a of amounts) expect(baseMoney.has(a), a).toBe(false);
    // Nor does any explanation state a base number these rules read.
    const text = results.flatMap((r) => r.explanation).join("\n");
    for (const base of ["$15.00", "every 1 month", "every 12 month", "through day 14", "30 days", "3 months"]) expect(text).not.toContain(base);
  });

  it("the rule modules do not import the module-level tariff", () => {
    for (const file of ["billing-period", "monthly-cancellation", "yearly-refund", "price-in-force", "liability-cap"]) {
      const source = readFileSync(fileURLToPath(new URL(`../src/terms/${file}.ts`, import.meta.url)), "utf8");
      const imports = source.match(/import\s*\{[^}]*\}\s*from\s*"\.\/tariff\.js"/g) ?? [];
      for (const line of imports) expect(line, file).not.toMatch(/[{,]\s*tariff\s*[,}]/);
    }
  });
});

describe("a bad edition is an input error of the rule", () => {
  for (const rule of rules) {
    it(`${rule.name}: an edition that is not an edition is refused`, () => {
      const [input] = fc.sample(rule.arb, { seed: 7, numRuns: 1 }) as [object];
      const { issues } = policyErrorOf(() => rule.run({ ...input, edition: "relument-terms@2027" }), rule.name);
      expect(issues[0]?.path).toEqual(["edition"]);
      expect(issues[0]?.message).toContain("expected an edition of the Terms");
      // An edition as data is validated: a negative count is refused, with its path.
      const forged = { ...(JSON.parse(JSON.stringify(baseEdition)) as object), id: "forged", announcedOn: "2026-11-01", effectiveOn: "2027-01-01", tariff: { ...baseEdition.tariff, refundWindowDays: -1 } };
      expect(policyErrorOf(() => rule.run({ ...input, edition: forged }), rule.name).issues.map((i) => i.path)).toEqual([["edition", "tariff", "refundWindowDays"]]);
    });
  }
});

describe("terms.5.price-changes: a booked one-time service keeps its price (T17 a)", () => {
  const raise = defineEdition({
    id: "relument-terms@2027",
    announcedOn: "2026-11-01",
    effectiveOn: "2027-01-01",
    changes: { singleOnsitePrice: "209.00", singleRemotePrice: "109.00" },
  });

  it("booked before the new edition's effectiveOn, served after it: the booking's edition (base) binds and the quote is the old price", () => {
    const bound = editionFor({ editions: [raise], customer: "non-member", on: "2027-01-10", bookedOn: "2026-12-20" });
    expect(bound.edition).toBe(baseEdition);
    expect(bound.bindsFrom).toBeNull();
    expect(bound.citations).toContain("terms.5.price-changes");
    const q = quoteService({ mode: "onsite", minutes: 90, customer: "non-member", edition: bound.edition });
    expect(q.total.amount).toBe("189.00");
    expect(q.edition).toBe(BASE);
  });

  it("a quote not yet booked on the service date takes the new edition; booked on its effectiveOn, too", () => {
    const quote = editionFor({ editions: [raise], customer: "non-member", on: "2027-01-10" });
    expect(quote.edition.id).toBe("relument-terms@2027");
    expect(quote.bindsFrom).toBe("2027-01-10");
    const q = quoteService({ mode: "onsite", minutes: 90, customer: "non-member", edition: quote.edition });
    expect(q.total.amount).toBe("209.00");
    expect(q.edition).toBe("relument-terms@2027");
    expect(q.explanation[0]).toContain("Edition relument-terms@2027");
    expect(quoteService({ mode: "remote", minutes: 60, customer: "non-member", edition: quote.edition }).total.amount).toBe("109.00");

    const bookedOnTheDay = editionFor({ editions: [raise], customer: "non-member", on: "2027-01-10", bookedOn: "2027-01-01" });
    expect(bookedOnTheDay.edition.id).toBe("relument-terms@2027");
    expect(bookedOnTheDay.bindsFrom).toBe("2027-01-01");
    expect(editionFor({ editions: [raise], customer: "non-member", on: "2027-01-10", bookedOn: "2026-12-31" }).edition).toBe(baseEdition);
  });
});
