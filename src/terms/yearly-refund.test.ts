import { describe, expect, it } from "vitest";
import { centsToAmount } from "../../test/cents.js";
import { fc, test } from "@fast-check/vitest";
import { yearlyRefund, type YearlyRefundInput } from "./yearly-refund.js";
import { PolicyInputError } from "../core/errors.js";
import { policyErrorOf } from "../../test/policy-error.js";

const base: YearlyRefundInput = {
  purchasedOn: "2025-01-01",
  requestedOn: "2025-01-05",
  amountPaid: "1200.00",
  monthlyRate: "120.00",
  servicesRendered: 0,
};

describe("yearlyRefund", () => {
  it("terms.6.yearly-refund: day 0 (request on the purchase day), nothing rendered, full refund", () => {
    const r = yearlyRefund({ ...base, requestedOn: "2025-01-01" });
    expect(r.day).toBe(0);
    expect(r.eligible).toBe(true);
    expect(r.refund.amount).toBe("1200.00");
    expect(r.retained.amount).toBe("0.00");
    expect(r.deductions.map((d) => [d.code, d.amount.amount])).toEqual([
      ["services-rendered", "0.00"],
      ["license-costs", "0.00"],
      ["discounts", "0.00"],
    ]);
  });

  it("terms.6.yearly-refund: day 14 is still refundable; (i) = monthly fee + $15 per add-on device, (ii), (iii) itemised", () => {
    const r = yearlyRefund({
      ...base,
      requestedOn: "2025-01-15",
      servicesRendered: 2,
      addOnDevices: 2,
      licenseCosts: "30.00",
      discounts: 50,
    });
    expect(r.day).toBe(14);
    expect(r.eligible).toBe(true);
    // 1200 − (120 + 2 × 15) − 30 − 50 = 970
    expect(r.deductions.map((d) => [d.code, d.amount.amount, d.clause])).toEqual([
      ["services-rendered", "150.00", "terms.6.yearly-refund"],
      ["license-costs", "30.00", "terms.6.yearly-refund"],
      ["discounts", "50.00", "terms.6.yearly-refund"],
    ]);
    expect(r.refund).toEqual({ amount: "970.00", cents: 97000, currency: "USD" });
    expect(r.retained).toEqual({ amount: "230.00", cents: 23000, currency: "USD" });
    expect(r.citations).toEqual(["terms.6.yearly-refund", "terms.2.4.add-ons"]);
  });

  it("terms.6.yearly-refund: day 15 is non-refundable, retained = paid", () => {
    const r = yearlyRefund({ ...base, requestedOn: "2025-01-16", servicesRendered: 1 });
    expect(r.day).toBe(15);
    expect(r.eligible).toBe(false);
    expect(r.refund.amount).toBe("0.00");
    expect(r.retained.amount).toBe("1200.00");
    expect(r.deductions).toEqual([]);
  });

  it("terms.6.yearly-refund: the window counts calendar days across a month end and a leap day", () => {
    expect(yearlyRefund({ ...base, purchasedOn: "2024-02-20", requestedOn: "2024-03-05" }).day).toBe(14);
    expect(yearlyRefund({ ...base, purchasedOn: "2024-02-20", requestedOn: "2024-03-06" }).eligible).toBe(false);
  });

  it("terms.6.yearly-refund: the refund never goes below $0.00", () => {
    const r = yearlyRefund({ ...base, amountPaid: "100.00", servicesRendered: 1, discounts: "20.00" });
    expect(r.refund.amount).toBe("0.00");
    expect(r.retained.amount).toBe("100.00");
  });

  it("terms.6.yearly-refund: with no service rendered, add-on devices do not create a deduction", () => {
    const r = yearlyRefund({ ...base, addOnDevices: 3 });
    expect(r.deductions[0]?.amount.amount).toBe("0.00");
    expect(r.refund.amount).toBe("1200.00");
  });

  it("terms.6.yearly-refund: option per-rendered-service prices each rendered service instead", () => {
    const r = yearlyRefund({
      ...base,
      servicesRendered: 2,
      addOnDevices: 1,
      valuation: "per-rendered-service",
      renderedServices: [
        { service: "remote session", price: "99.00" },
        { service: "on-site visit", price: 189 },
      ],
    });
    expect(r.valuation).toBe("per-rendered-service");
    expect(r.deductions[0]?.amount.amount).toBe("288.00");
    expect(r.refund.amount).toBe("912.00");
  });

  it("terms.6.yearly-refund: the default valuation is one monthly fee (register default pinned)", () => {
    const r = yearlyRefund({ ...base, servicesRendered: 5 });
    expect(r.valuation).toBe("monthly-fee");
    expect(r.deductions[0]?.amount.amount).toBe("120.00");
    expect(r.refund.amount).toBe("1080.00");
    expect(r.explanation.join(" ")).toContain("add-on devices not given: 0");
  });

  it("rejects bad input with PolicyInputError", () => {
    const bad: unknown[] = [
      { ...base, requestedOn: "2024-12-31" },
      { ...base, amountPaid: "-1.00" },
      { ...base, amountPaid: 10.005 },
      { ...base, amountPaid: Number.NaN },
      { ...base, servicesRendered: -1 },
      { ...base, servicesRendered: 1.5 },
      { ...base, addOnDevices: -2 },
      { ...base, refundDays: 30 },
      { ...base, valuation: "per-rendered-service" },
      { ...base, servicesRendered: 2, valuation: "per-rendered-service", renderedServices: [{ service: "x", price: "1.00" }] },
      { ...base, renderedServices: [] },
      { ...base, purchasedOn: "2025-02-29" },
    ];
    for (const b of bad) expect(() => yearlyRefund(b as never), JSON.stringify(b)).toThrow(PolicyInputError);
  });

  it("terms.6.yearly-refund: per-rendered-service with a yes/no servicesRendered needs a list that agrees with it", () => {
    const visit = { service: "in-home visit", price: "189.00" };
    const yes = yearlyRefund({ ...base, servicesRendered: true, valuation: "per-rendered-service", renderedServices: [visit] });
    expect(yes.deductions[0]?.amount.amount).toBe("189.00");
    expect(yes.refund.amount).toBe("1011.00");
    for (const bad of [
      { servicesRendered: true, renderedServices: [] },
      { servicesRendered: false, renderedServices: [visit] },
    ])
      expect(() => yearlyRefund({ ...base, valuation: "per-rendered-service", ...bad }), JSON.stringify(bad)).toThrow(PolicyInputError);
  });

  it("terms.6.yearly-refund: per-rendered-service with nothing rendered deducts $0.00 and says so", () => {
    const r = yearlyRefund({ ...base, servicesRendered: false, valuation: "per-rendered-service", renderedServices: [] });
    expect(r.deductions[0]).toMatchObject({ code: "services-rendered", amount: { amount: "0.00" } });
    expect(r.refund.amount).toBe("1200.00");
    expect(r.explanation.join(" ")).toContain("no service rendered since the purchase/renewal: $0.00");
  });

  it("terms.6.yearly-refund: the day-14 worked example, every sentence and detail an auditor reads", () => {
    const r = yearlyRefund({ ...base, requestedOn: "2025-01-15", servicesRendered: 2, addOnDevices: 2, licenseCosts: "30.00", discounts: 50 });
    expect(r.explanation).toEqual([
      "The request of 2025-01-15 is day 14 after the purchase/renewal of 2025-01-01 (that day is day 0, Pacific dates); yearly plans are refundable through day 14.",
      "(i) Services already rendered at prevailing monthly rates: 2 services rendered: one prevailing monthly plan fee $120.00 + 2 add-on devices × $15.00 = $150.00.",
      "(ii) Non-recoverable AV/license costs: $30.00.",
      "(iii) Discounts/credits applied: $50.00.",
      "Refund = paid $1200.00 − deductions $230.00 = $970.00; retained = $1200.00 − $970.00 = $230.00.",
    ]);
    expect(r.deductions.map((d) => d.detail)).toEqual([
      "2 services rendered: one prevailing monthly plan fee $120.00 + 2 add-on devices × $15.00 = $150.00",
      "non-recoverable AV/license costs $30.00",
      "discounts/credits applied $50.00",
    ]);
    expect(r.lastRefundableDay).toBe(14);
  });

  it("terms.6.yearly-refund: day 15 explains why nothing is refunded", () => {
    const r = yearlyRefund({ ...base, requestedOn: "2025-01-16", servicesRendered: 1 });
    expect(r.explanation).toEqual([
      "The request of 2025-01-16 is day 15 after the purchase/renewal of 2025-01-01 (that day is day 0, Pacific dates); yearly plans are refundable through day 14.",
      "Day 15 is after day 14: non-refundable. Refund $0.00, retained $1200.00.",
    ]);
    expect(r).toMatchObject({ lastRefundableDay: 14, valuation: "monthly-fee" });
    expect(r.citations).toEqual(["terms.6.yearly-refund"]);
  });

  it("terms.6.yearly-refund: every default (devices, (ii), (iii)) is stated in the explanation and the details", () => {
    const r = yearlyRefund(base);
    expect(r.explanation.slice(1)).toEqual([
      "(i) Services already rendered at prevailing monthly rates (add-on devices not given: 0): no service rendered since the purchase/renewal: $0.00.",
      "(ii) Non-recoverable AV/license costs: $0.00 (not given, so $0.00).",
      "(iii) Discounts/credits applied: $0.00 (not given, so $0.00).",
      "Refund = paid $1200.00 − deductions $0.00 = $1200.00; retained = $1200.00 − $1200.00 = $0.00.",
    ]);
    expect(r.deductions.map((d) => d.detail)).toEqual(["no service rendered since the purchase/renewal: $0.00", "not given: $0.00", "not given: $0.00"]);
    expect(r.citations).toEqual(["terms.6.yearly-refund"]);
  });

  it("terms.6.yearly-refund: deductions above the amount paid are said to go below zero; exactly equal does not", () => {
    // (i) 120 + (iii) 20 = 140 against 100 paid: −40, so $0.00.
    const below = yearlyRefund({ ...base, amountPaid: "100.00", servicesRendered: 1, discounts: "20.00" });
    expect(below.explanation.at(-1)).toBe(
      "Refund = paid $100.00 − deductions $140.00 = $-40.00, which is below zero, so $0.00; retained = $100.00 − $0.00 = $100.00.",
    );
    const equal = yearlyRefund({ ...base, amountPaid: "140.00", servicesRendered: 1, discounts: "20.00" });
    expect(equal.refund.amount).toBe("0.00");
    expect(equal.retained.amount).toBe("140.00");
    expect(equal.explanation.at(-1)).toBe("Refund = paid $140.00 − deductions $140.00 = $0.00; retained = $140.00 − $0.00 = $140.00.");
    // One cent less in deductions refunds one cent.
    expect(yearlyRefund({ ...base, amountPaid: "140.00", servicesRendered: 1, discounts: "19.99" }).refund.amount).toBe("0.01");
  });

  it("terms.2.4.add-ons: the add-on clause is cited only when rendered services price add-on devices", () => {
    const b = { ...base, monthlyRate: "89.00" };
    const yes = yearlyRefund({ ...b, servicesRendered: true, addOnDevices: 1 });
    expect(yes.explanation[1]).toBe(
      "(i) Services already rendered at prevailing monthly rates: services rendered: one prevailing monthly plan fee $89.00 + 1 add-on device × $15.00 = $104.00.",
    );
    expect(yes.citations).toEqual(["terms.6.yearly-refund", "terms.2.4.add-ons"]);
    expect(yearlyRefund({ ...b, servicesRendered: false, addOnDevices: 1 }).citations).toEqual(["terms.6.yearly-refund"]);
    expect(yearlyRefund({ ...b, servicesRendered: 1, addOnDevices: 0 }).citations).toEqual(["terms.6.yearly-refund"]);
  });

  it("terms.6.yearly-refund: the per-rendered-service option lists each service and its price", () => {
    const r = yearlyRefund({
      ...base,
      servicesRendered: 2,
      valuation: "per-rendered-service",
      renderedServices: [
        { service: "remote session", price: "99.00" },
        { service: "on-site visit", price: 189 },
      ],
    });
    expect(r.explanation[1]).toBe(
      "(i) Services rendered, valued per rendered service (option): each rendered service at its price: remote session $99.00, on-site visit $189.00 = $288.00.",
    );
    expect(r.deductions[0]).toEqual({
      code: "services-rendered",
      amount: { amount: "288.00", cents: 28800, currency: "USD" },
      clause: "terms.6.yearly-refund",
      detail: "each rendered service at its price: remote session $99.00, on-site visit $189.00 = $288.00",
    });
    const none = yearlyRefund({ ...base, servicesRendered: 0, valuation: "per-rendered-service", renderedServices: [] });
    expect(none.explanation[1]).toBe("(i) Services rendered, valued per rendered service (option): no service rendered since the purchase/renewal: $0.00.");
  });

  it("rejects inconsistent input naming the field and the reason (Invalid input to yearlyRefund)", () => {
    const issues = (input: unknown) => policyErrorOf(() => yearlyRefund(input as never), "yearlyRefund").issues;
    expect(issues({ ...base, requestedOn: "2024-12-31" })).toEqual([{ path: ["requestedOn"], message: "`requestedOn` is before `purchasedOn`" }]);
    expect(issues({ ...base, valuation: "per-rendered-service" })).toEqual([
      { path: ["renderedServices"], message: "valuation 'per-rendered-service' needs the list of rendered services" },
    ]);
    expect(issues({ ...base, servicesRendered: 2, valuation: "per-rendered-service", renderedServices: [{ service: "x", price: "1.00" }] })).toEqual([
      { path: ["renderedServices"], message: "`renderedServices` must list exactly the services counted by `servicesRendered`" },
    ]);
    expect(issues({ ...base, renderedServices: [] })).toEqual([
      { path: ["renderedServices"], message: "`renderedServices` only applies with valuation 'per-rendered-service'" },
    ]);
    expect(issues({ ...base, amountPaid: "-1.00" })[0]?.path).toEqual(["amountPaid"]);
  });

  it("terms.6.yearly-refund: a rendered service is named by 1 to 200 characters", () => {
    const withName = (service: string) => ({ ...base, servicesRendered: 1, valuation: "per-rendered-service" as const, renderedServices: [{ service, price: "10.00" }] });
    expect(yearlyRefund(withName("x")).refund.amount).toBe("1190.00");
    expect(yearlyRefund(withName("v".repeat(200))).refund.amount).toBe("1190.00");
    expect(() => yearlyRefund(withName(""))).toThrow(PolicyInputError);
    expect(() => yearlyRefund(withName("v".repeat(201)))).toThrow(PolicyInputError);
  });

  it("never mutates its input", () => {
    const input = {
      ...base,
      servicesRendered: 1,
      valuation: "per-rendered-service" as const,
      renderedServices: [{ service: "visit", price: "189.00" }],
    };
    const copy = structuredClone(input);
    yearlyRefund(input);
    expect(input).toEqual(copy);
  });
});

const cents = fc.integer({ min: 0, max: 500_000 });
const asMoney = centsToAmount;
const refundCase = fc.record({
  paid: cents,
  rate: fc.integer({ min: 0, max: 50_000 }),
  services: fc.integer({ min: 0, max: 5 }),
  devices: fc.integer({ min: 0, max: 10 }),
  license: cents,
  discounts: cents,
  day: fc.integer({ min: 0, max: 40 }),
});
const toInput = (c: { paid: number; rate: number; services: number; devices: number; license: number; discounts: number; day: number }): YearlyRefundInput => ({
  purchasedOn: "2025-12-20",
  requestedOn: new Date(Date.UTC(2025, 11, 20 + c.day)).toISOString().slice(0, 10),
  amountPaid: asMoney(c.paid),
  monthlyRate: asMoney(c.rate),
  servicesRendered: c.services,
  addOnDevices: c.devices,
  licenseCosts: asMoney(c.license),
  discounts: asMoney(c.discounts),
});

describe("yearlyRefund properties", () => {
  test.prop([refundCase], { numRuns: 300 })("refund + retained = paid to the cent and 0 ≤ refund ≤ paid", (c) => {
    const r = yearlyRefund(toInput(c));
    expect(r.refund.cents + r.retained.cents).toBe(c.paid);
    expect(r.refund.cents).toBeGreaterThanOrEqual(0);
    expect(r.refund.cents).toBeLessThanOrEqual(c.paid);
    expect(r.retained.cents).toBeGreaterThanOrEqual(0);
    expect(r.eligible).toBe(c.day <= 14);
    if (r.eligible) {
      // Independent arithmetic in cents: max(0, paid − (i) − (ii) − (iii)).
      const i = c.services > 0 ? c.rate + 1500 * c.devices : 0;
      expect(r.refund.cents).toBe(Math.max(0, c.paid - i - c.license - c.discounts));
    } else {
      expect(r.refund.cents).toBe(0);
    }
  });

  test.prop([refundCase, fc.constantFrom("rate", "devices", "license", "discounts", "services"), fc.integer({ min: 1, max: 100_000 })], {
    numRuns: 300,
  })("the refund never grows when a deduction grows", (c, which, bump) => {
    const before = yearlyRefund(toInput(c));
    const grown = { ...c, [which]: which === "devices" || which === "services" ? c[which] + Math.min(bump, 5) : c[which] + bump };
    const after = yearlyRefund(toInput(grown));
    expect(after.refund.cents).toBeLessThanOrEqual(before.refund.cents);
  });

  it("terms.6.yearly-refund: servicesRendered may be given as a boolean (whether any service was rendered)", () => {
    const base = { purchasedOn: "2026-03-01", requestedOn: "2026-03-10", amountPaid: "999.00", monthlyRate: "89.00" } as const;
    expect(yearlyRefund({ ...base, servicesRendered: true, addOnDevices: 1 }).refund.amount).toBe("895.00");
    expect(yearlyRefund({ ...base, servicesRendered: false, addOnDevices: 1 }).refund.amount).toBe("999.00");
    expect(yearlyRefund({ ...base, servicesRendered: true }).refund.amount).toBe(yearlyRefund({ ...base, servicesRendered: 3 }).refund.amount);
  });
});
