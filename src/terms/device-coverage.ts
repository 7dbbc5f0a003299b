import * as z from "zod/mini";
import { Trace, type Decision } from "../core/decision.js";
import { Dec, money, type Money } from "../core/money.js";
import { parseInput } from "../core/schema.js";
import { agree, plural } from "../core/plural.js";
import { MAX_DEVICES } from "../core/limits.js";
import { isYearlyPlan as isYearly, type Plan } from "./tariff.js";
import { editionField, ruleEdition, stamp, type EditionStamp } from "../editions/compiled.js";
import { planSchema } from "./common.js";
import { deepFreeze } from "../core/freeze.js";

const ENDPOINTS = ["desktop", "laptop", "tablet"] as const;

/** Input of {@link deviceCoverage}. */
export const deviceCoverageInputSchema = /* @__PURE__ */ deepFreeze(z.strictObject({
  plan: planSchema,
  /** The plan's maximum number of covered devices: not in the Terms text, so an input (§2.4 "e.g., 2, 3, or 5"). */
  deviceLimit: z.int().check(z.gte(0), z.lte(10_000)),
  devices: z
    .array(
      z.strictObject({
        kind: z.enum(["desktop", "laptop", "tablet", "printer", "iot"]),
        /** Purchased as an add-on (§2.4). Only matters for printers and IoT; see the register. */
        addOn: z.optional(z.boolean()),
      }),
    )
    .check(z.maxLength(MAX_DEVICES)),
  /** The edition of the Terms whose numbers apply (default `baseEdition`, the Terms as shipped). */
  edition: editionField,
}));
/** Input of {@link deviceCoverage}. */
export type DeviceCoverageInput = z.input<typeof deviceCoverageInputSchema>;

/** How one device (by its index in the input) is treated. */
export type DeviceStatus = "covered" | "add-on" | "not-covered";

/** Result of {@link deviceCoverage}. */
export interface DeviceCoverageResult extends Decision, EditionStamp {
  /** Endpoints (desktop, laptop, tablet) within the plan's device limit. */
  readonly covered: number;
  /** Devices billed as add-ons: endpoints over the limit, plus printers/IoT bought as add-ons. */
  readonly addOns: number;
  /** Add-on fee per billing period: $15/device a month (monthly plans) or $150/device a year (yearly plans) in the base edition. */
  readonly addOnFee: Money;
  /** The billing period the add-on fee is for. */
  readonly addOnFeePer: "month" | "year";
  /** Devices that get antivirus: covered endpoints and endpoint add-ons, on yearly plans only (§2.3). */
  readonly antivirusDevices: number;
  /** Printers/IoT not bought as add-ons: supported during a visit, not covered. */
  readonly notCovered: number;
  /** Status of each input device, in input order. */
  readonly statuses: DeviceStatus[];
}

/**
 * §2.3, §2.4 Device limits, add-ons and antivirus. Desktops, laptops and
 * tablets fill the plan's limit in input order; endpoints over the limit are
 * add-ons. Printers and IoT count only when bought as add-ons. Add-ons cost
 * $15/device a month on monthly plans and $150/device a year on yearly plans;
 * antivirus is included only on yearly plans, for covered devices. Under
 * another `edition`, its add-on fees apply.
 *
 * @example
 * ```ts
 * const r = deviceCoverage({
 *   plan: "home-yearly",
 *   deviceLimit: 2,
 *   devices: [{ kind: "laptop" }, { kind: "desktop" }, { kind: "tablet" }, { kind: "printer" }],
 * });
 * r.covered; //=> 2
 * r.addOns; //=> 1
 * r.addOnFee.amount; //=> "150.00"
 * r.antivirusDevices; //=> 3
 * ```
 */
export function deviceCoverage(input: DeviceCoverageInput): DeviceCoverageResult {
  const { plan, deviceLimit, devices, edition: editionInput } = parseInput(deviceCoverageInputSchema, input, "deviceCoverage");
  const t = new Trace();
  const { edition, tariff } = ruleEdition(editionInput, t, "deviceCoverage");
  const yearly = isYearly(plan as Plan);
  const statuses: DeviceStatus[] = [];
  let covered = 0;
  let endpointAddOns = 0;
  let otherAddOns = 0;
  for (const d of devices) {
    if ((ENDPOINTS as readonly string[]).includes(d.kind)) {
      if (covered < deviceLimit) {
        covered++;
        statuses.push("covered");
      } else {
        endpointAddOns++;
        statuses.push("add-on");
      }
    } else if (d.addOn === true) {
      otherAddOns++;
      statuses.push("add-on");
    } else {
      statuses.push("not-covered");
    }
  }
  const notCovered = statuses.filter((s) => s === "not-covered").length;
  const addOns = endpointAddOns + otherAddOns;
  t.explain(
    `${covered} of ${plural(devices.length, "device")} ${agree(covered, "is a covered endpoint", "are covered endpoints")} (desktop, laptop or tablet) within the plan's limit of ${deviceLimit}.`,
    "terms.2.4.device-limit",
    "terms.2.4.device",
  );
  if (endpointAddOns > 0) t.explain(`${plural(endpointAddOns, "endpoint")} over the limit ${agree(endpointAddOns, "is billed as an add-on", "are billed as add-ons")}.`, "terms.2.4.add-ons");
  if (otherAddOns > 0) t.explain(`${plural(otherAddOns, "printer/IoT device")} bought as ${agree(otherAddOns, "an add-on counts as a covered add-on", "add-ons count as covered add-ons")}.`, "terms.2.4.device");
  if (notCovered > 0)
    t.explain(`${plural(notCovered, "printer/IoT device")} not bought as ${agree(notCovered, "an add-on is", "add-ons are")} supported during a visit but not covered.`, "terms.2.4.device");
  const rate = yearly ? tariff.addOnYearly : tariff.addOnMonthly;
  const addOnFee = money(new Dec(rate.value).times(addOns));
  t.explain(
    `Add-on fee: ${addOns} × $${rate.value} per ${yearly ? "year (yearly plan)" : "month (monthly plan)"} = $${addOnFee.amount}.`,
    rate.clause,
  );
  const antivirusDevices = yearly ? covered + endpointAddOns : 0;
  t.explain(
    yearly
      ? `Antivirus is included on yearly plans for covered devices: ${antivirusDevices} (covered endpoints and endpoint add-ons; printers/IoT do not run antivirus).`
      : "Antivirus is included only with yearly plans: 0 devices on this monthly plan.",
    "terms.2.3.antivirus",
    ...(yearly ? ["terms.8.antivirus"] : []),
  );
  return stamp(t.done({ covered, addOns, addOnFee, addOnFeePer: yearly ? ("year" as const) : ("month" as const), antivirusDevices, notCovered, statuses }), edition);
}
