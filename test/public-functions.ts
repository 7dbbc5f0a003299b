/**
 * Every public rule with an arbitrary of its valid inputs: the cross-cutting
 * suites (fuzzing, immutability, host time zone) run over this list.
 */
import { fc } from "@fast-check/vitest";
import * as api from "../src/index.js";

export interface PublicRule {
  readonly name: string;
  readonly fn: (input: never) => unknown;
  readonly valid: fc.Arbitrary<Record<string, unknown>>;
}

const instant = fc
  .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) })
  .chain((ms) => fc.constantFrom(new Date(ms), new Date(ms).toISOString(), new Date(ms).toISOString().replace("Z", "+00:00")));
export const dateArb = fc
  .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));
const moneyArb = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }).map((c) => (c / 100).toFixed(2)),
  fc.integer({ min: 0, max: 100_000 }),
);
const plan = fc.constantFrom("home-monthly", "home-yearly", "office-monthly", "office-yearly");
const mode = fc.constantFrom("remote", "onsite");

export const termsRules: PublicRule[] = [
  {
    name: "checkEligibility",
    fn: api.checkEligibility as PublicRule["fn"],
    valid: fc.record({ age: fc.integer({ min: 0, max: 120 }), zip: fc.constantFrom("95661", "95678", "95747", "95814") }, { requiredKeys: ["age", "zip"] }).chain((r) =>
      fc.record({ outsideAreaApproved: fc.boolean() }, { requiredKeys: [] }).map((o) => ({ ...r, ...o })),
    ),
  },
  {
    name: "deviceCoverage",
    fn: api.deviceCoverage as PublicRule["fn"],
    valid: fc.record({
      plan,
      deviceLimit: fc.integer({ min: 0, max: 6 }),
      devices: fc.array(fc.record({ kind: fc.constantFrom("desktop", "laptop", "tablet", "printer", "iot"), addOn: fc.boolean() }, { requiredKeys: ["kind"] }), { maxLength: 8 }),
    }),
  },
  {
    name: "overtimeCharge",
    fn: api.overtimeCharge as PublicRule["fn"],
    valid: fc.record(
      { mode, minutes: fc.integer({ min: 0, max: 600 }), rounding: fc.constantFrom("started", "full"), graceMinutes: fc.integer({ min: 0, max: 30 }) },
      { requiredKeys: ["mode", "minutes"] },
    ),
  },
  {
    name: "quoteService",
    fn: api.quoteService as PublicRule["fn"],
    valid: fc.record({ mode, minutes: fc.integer({ min: 0, max: 600 }), customer: fc.constantFrom("member", "non-member") }),
  },
  {
    name: "noShowCharge",
    fn: api.noShowCharge as PublicRule["fn"],
    valid: fc.record(
      {
        appointmentAt: instant,
        canceledAt: instant,
        noAccessOnArrival: fc.boolean(),
        resolution: fc.constantFrom("fee", "count-visit"),
        includedVisitAvailable: fc.boolean(),
      },
      { requiredKeys: ["appointmentAt"] },
    ),
  },
  {
    name: "slaTarget",
    fn: api.slaTarget as PublicRule["fn"],
    valid: fc.record({ mode, customer: fc.constantFrom("member", "non-member"), requestedAt: instant }),
  },
  {
    name: "classifyRequest",
    fn: api.classifyRequest as PublicRule["fn"],
    valid: fc.record(
      {
        category: fc.constantFrom(...api.IN_SCOPE_CATEGORIES, ...api.EXCLUDED_CATEGORIES, ...api.PROJECT_CATEGORIES, ...api.FAIR_USE_CATEGORIES),
        minutes: fc.integer({ min: 0, max: 600 }),
        tiedToIncident: fc.boolean(),
        similarInLast30Days: fc.integer({ min: 0, max: 10 }),
      },
      { requiredKeys: ["category"] },
    ),
  },
];

export const publicRules: PublicRule[] = [...termsRules];

/** Throws unless `value` is plain JSON data: no undefined, NaN, Infinity, Date, function or class instance. */
export function assertPlainJson(value: unknown, path = "result"): void {
  if (value === null || typeof value === "string" || typeof value === "boolean") return;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => assertPlainJson(v, `${path}[${i}]`));
    return;
  }
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value)) assertPlainJson(v, `${path}.${k}`);
    return;
  }
  throw new Error(`${path} is not plain JSON data (${typeof value})`);
}
