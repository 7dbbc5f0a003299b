import { describe, expect, it } from "vitest";
import { test, fc } from "@fast-check/vitest";
import { deviceCoverage } from "./device-coverage.js";
import { PolicyInputError } from "../core/errors.js";

describe("deviceCoverage (§2.3, §2.4)", () => {
  it("terms.2.4.add-ons: monthly plans pay $15 per device over the limit, per month", () => {
    const r = deviceCoverage({ plan: "home-monthly", deviceLimit: 2, devices: [{ kind: "laptop" }, { kind: "desktop" }, { kind: "tablet" }, { kind: "laptop" }] });
    expect(r).toMatchObject({ covered: 2, addOns: 2, addOnFee: { amount: "30.00" }, addOnFeePer: "month", antivirusDevices: 0 });
    expect(r.statuses).toEqual(["covered", "covered", "add-on", "add-on"]);
  });

  it("terms.2.4.add-ons: yearly plans pay $150 per add-on device per year, antivirus included (terms.2.3.antivirus)", () => {
    const r = deviceCoverage({ plan: "office-yearly", deviceLimit: 5, devices: Array.from({ length: 6 }, () => ({ kind: "desktop" as const })) });
    expect(r).toMatchObject({ covered: 5, addOns: 1, addOnFee: { amount: "150.00" }, addOnFeePer: "year", antivirusDevices: 6 });
    expect(r.citations).toEqual(expect.arrayContaining(["terms.2.4.add-ons", "terms.2.3.antivirus"]));
  });

  it("terms.2.4.device: printers and IoT count only when bought as add-ons", () => {
    const r = deviceCoverage({ plan: "home-yearly", deviceLimit: 3, devices: [{ kind: "printer" }, { kind: "iot", addOn: true }, { kind: "laptop" }] });
    expect(r).toMatchObject({ covered: 1, addOns: 1, notCovered: 1, addOnFee: { amount: "150.00" }, antivirusDevices: 1 });
    expect(r.statuses).toEqual(["not-covered", "add-on", "covered"]);
  });

  it("terms.2.3.antivirus: monthly plans get no antivirus", () => {
    expect(deviceCoverage({ plan: "office-monthly", deviceLimit: 3, devices: [{ kind: "laptop" }] }).antivirusDevices).toBe(0);
  });

  it("terms.2.4.device-limit: an endpoint marked addOn inside the limit is covered, not billed (register T6.endpoint-limit-order)", () => {
    const r = deviceCoverage({ plan: "home-monthly", deviceLimit: 2, devices: [{ kind: "laptop", addOn: true }] });
    expect(r).toMatchObject({ covered: 1, addOns: 0, addOnFee: { amount: "0.00" } });
  });

  it("terms.2.4.device-limit / terms.2.4.add-ons / terms.2.3.antivirus: a yearly plan's decision, every sentence", () => {
    const r = deviceCoverage({
      plan: "home-yearly",
      deviceLimit: 2,
      devices: [{ kind: "laptop" }, { kind: "desktop" }, { kind: "tablet" }, { kind: "printer" }, { kind: "iot", addOn: true }],
    });
    expect(r.explanation).toEqual([
      "2 of 5 devices are covered endpoints (desktop, laptop or tablet) within the plan's limit of 2.",
      "1 endpoint over the limit is billed as an add-on.",
      "1 printer/IoT device bought as an add-on counts as a covered add-on.",
      "1 printer/IoT device not bought as an add-on is supported during a visit but not covered.",
      "Add-on fee: 2 × $150.00 per year (yearly plan) = $300.00.",
      "Antivirus is included on yearly plans for covered devices: 3 (covered endpoints and endpoint add-ons; printers/IoT do not run antivirus).",
    ]);
    expect(r.citations).toEqual(["terms.2.4.device-limit", "terms.2.4.device", "terms.2.4.add-ons", "terms.2.3.antivirus", "terms.8.antivirus"]);
    expect(r).toMatchObject({ covered: 2, addOns: 2, notCovered: 1, antivirusDevices: 3, addOnFeePer: "year", addOnFee: { amount: "300.00", cents: 30000 } });
    expect(r.statuses).toEqual(["covered", "covered", "add-on", "not-covered", "add-on"]);
  });

  it("terms.2.3.antivirus: a monthly plan within its limit states no add-on and no antivirus", () => {
    const r = deviceCoverage({ plan: "office-monthly", deviceLimit: 1, devices: [{ kind: "desktop" }] });
    expect(r.explanation).toEqual([
      "1 of 1 device is a covered endpoint (desktop, laptop or tablet) within the plan's limit of 1.",
      "Add-on fee: 0 × $15.00 per month (monthly plan) = $0.00.",
      "Antivirus is included only with yearly plans: 0 devices on this monthly plan.",
    ]);
    expect(r.citations).toEqual(["terms.2.4.device-limit", "terms.2.4.device", "terms.2.4.add-ons", "terms.2.3.antivirus"]);
    expect(r.addOnFeePer).toBe("month");
  });

  it("terms.2.4.device-limit: limits 0 to 10 000 and up to 10 000 devices are accepted; beyond, the rule is named", () => {
    expect(deviceCoverage({ plan: "home-monthly", deviceLimit: 0, devices: [{ kind: "laptop" }] }).statuses).toEqual(["add-on"]);
    expect(deviceCoverage({ plan: "home-monthly", deviceLimit: 10_000, devices: [] }).covered).toBe(0);
    const many = Array.from({ length: 10_000 }, () => ({ kind: "printer" as const }));
    expect(deviceCoverage({ plan: "home-monthly", deviceLimit: 2, devices: many }).notCovered).toBe(10_000);
    for (const bad of [
      { plan: "home-monthly", deviceLimit: 10_001, devices: [] },
      { plan: "home-monthly", deviceLimit: 1.5, devices: [] },
      { plan: "home-monthly", deviceLimit: 2, devices: [...many, { kind: "printer" }] },
    ])
      expect(() => deviceCoverage(bad as never)).toThrow(/^Invalid input to deviceCoverage/);
  });

  it("rejects bad input with PolicyInputError", () => {
    for (const bad of [
      { plan: "home-weekly", deviceLimit: 2, devices: [] },
      { plan: "home-monthly", deviceLimit: -1, devices: [] },
      { plan: "home-monthly", deviceLimit: 2, devices: [{ kind: "phone" }] },
      { plan: "home-monthly", deviceLimit: 2, devices: [{ kind: "laptop", color: "red" }] },
      { plan: "home-monthly", deviceLimit: 2 },
    ]) {
      expect(() => deviceCoverage(bad as never), JSON.stringify(bad)).toThrow(PolicyInputError);
    }
  });

  const devicesArb = fc.array(fc.record({ kind: fc.constantFrom("desktop" as const, "laptop" as const, "tablet" as const, "printer" as const, "iot" as const), addOn: fc.boolean() }), { maxLength: 30 });
  const planArb = fc.constantFrom("home-monthly" as const, "home-yearly" as const, "office-monthly" as const, "office-yearly" as const);

  test.prop([planArb, fc.integer({ min: 0, max: 10 }), devicesArb])("covered never exceeds the limit; every device has exactly one status; fee = add-ons × rate", (plan, deviceLimit, devices) => {
    const r = deviceCoverage({ plan, deviceLimit, devices });
    expect(r.covered).toBeLessThanOrEqual(deviceLimit);
    expect(r.covered + r.addOns + r.notCovered).toBe(devices.length);
    expect(r.addOnFee.cents).toBe(r.addOns * (plan.endsWith("yearly") ? 15000 : 1500));
    if (!plan.endsWith("yearly")) expect(r.antivirusDevices).toBe(0);
  });

  test.prop([planArb, fc.integer({ min: 0, max: 10 }), devicesArb, fc.constantFrom("desktop" as const, "printer" as const)])("adding a device never lowers the fee", (plan, deviceLimit, devices, kind) => {
    const before = deviceCoverage({ plan, deviceLimit, devices }).addOnFee.cents;
    expect(deviceCoverage({ plan, deviceLimit, devices: [...devices, { kind, addOn: true }] }).addOnFee.cents).toBeGreaterThanOrEqual(before);
  });
});
