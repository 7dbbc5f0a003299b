/**
 * The fixed bench inputs of the full-output floors (`full-floors.ts`), one
 * varied set per rule: every branch the floors implement, with the realistic
 * cases (a member's on-site visit in Roseville, a late cancellation, a CCPA
 * request before the holidays, an ad-pixel check with GPC) in proportion.
 * Deterministic: no randomness, so every run times the same work.
 */
import type {
  CheckConsentInput,
  NoShowInput,
  OvertimeInput,
  QuoteServiceInput,
  RightsRequestInput,
  VisitAllowanceEvent,
  VisitAllowanceInput,
  YearlyRefundInput,
} from "../src/index.js";
import { PRIVACY_ACTIONS } from "../src/privacy/schema.js";
import { OVERTIME_INPUTS, QUOTE_INPUTS } from "./floors.js";

/** `overtimeCharge`: minutes 0..300 both modes, plus the options (full rounding, grace) and fractional minutes. */
export const FULL_OVERTIME_INPUTS: readonly OvertimeInput[] = [
  ...OVERTIME_INPUTS,
  ...Array.from({ length: 40 }, (_, i): OvertimeInput => ({
    mode: i % 2 === 0 ? "onsite" : "remote",
    minutes: 55 + i * 4.5,
    ...(i % 3 === 0 ? { rounding: "full" as const } : {}),
    ...(i % 4 === 1 ? { graceMinutes: 5 } : {}),
  })),
];

/** Prior-approval situations (T18) on top of the 12 situations of `QUOTE_INPUTS`. */
const APPROVAL_PROFILES: readonly Omit<QuoteServiceInput, "minutes">[] = [
  { mode: "remote", customer: "non-member", zip: "95814", outsideAreaApproved: true },
  { mode: "remote", customer: "member", zip: "95814" },
  { mode: "remote", customer: "member", zip: "95814", outsideAreaApproved: false },
  { mode: "onsite", customer: "member", includedVisit: true, zip: "95814", outsideAreaApproved: true, tripFee: "35.00" },
  { mode: "onsite", customer: "non-member", zip: "95661", outsideAreaApproved: true },
  { mode: "remote", customer: "member", zip: "95747-0001" },
  { mode: "onsite", customer: "non-member", includedVisit: true },
];

/** `quoteService`: the 3,612 inputs of `QUOTE_INPUTS` and 7 approval situations × minutes 0..300 step 7. */
export const FULL_QUOTE_INPUTS: readonly QuoteServiceInput[] = [
  ...QUOTE_INPUTS,
  ...Array.from({ length: 7 * 43 }, (_, i) => ({ ...(APPROVAL_PROFILES[i % 7] as Omit<QuoteServiceInput, "minutes">), minutes: (i * 7) % 301 })),
];

/** Appointments across the year, both DST switches, `Z` and other offsets, and a `Date`. */
const APPOINTMENTS: readonly string[] = [
  "2026-03-09T10:00:00-07:00",
  "2026-03-08T09:00:00-07:00",
  "2026-11-01T09:00:00-08:00",
  "2026-11-02T14:30:00-08:00",
  "2026-06-15T08:00:00-07:00",
  "2026-01-05T17:00:00Z",
  "2027-07-04T11:15:00+02:00",
  "2026-12-24T13:45:30.250-08:00",
  "2030-02-28T09:00:00-08:00",
  "2026-10-31T16:00-07:00",
];
const HOUR = 3_600_000;

/** `noShowCharge`: each appointment × cancellations from 48 h ahead to after the start, missed, no access, resolutions. */
export const NO_SHOW_INPUTS: readonly NoShowInput[] = APPOINTMENTS.flatMap((at, k): NoShowInput[] => {
  const start = Date.parse(at);
  const before = (h: number) => new Date(start - h * HOUR).toISOString();
  return [
    { appointmentAt: at, canceledAt: before(48) },
    { appointmentAt: at, canceledAt: before(24) },
    { appointmentAt: at, canceledAt: before(23.5) },
    { appointmentAt: at, canceledAt: before(2), resolution: "fee" },
    { appointmentAt: at, canceledAt: before(-1) },
    { appointmentAt: at },
    { appointmentAt: at, resolution: "count-visit", includedVisitAvailable: true },
    { appointmentAt: at, resolution: "count-visit", includedVisitAvailable: false },
    { appointmentAt: at, resolution: "count-visit" },
    { appointmentAt: at, noAccessOnArrival: true },
    { appointmentAt: at, canceledAt: before(12), noAccessOnArrival: true, resolution: "count-visit", includedVisitAvailable: true },
    { appointmentAt: k % 2 === 0 ? new Date(start) : at, canceledAt: k % 2 === 0 ? new Date(start - 30 * HOUR) : before(30), noAccessOnArrival: false },
  ];
});

const RIGHTS = ["know", "delete", "correct", "opt-out-sale-sharing", "limit-spi"] as const;
const JURISDICTIONS = [undefined, "california", "eea", "us", "other", undefined] as const;
/** Receipt days: before Thanksgiving and Christmas, New Year, month ends (GDPR clamping), a weekend, a leap day. */
const RECEIVED = ["2026-11-25", "2026-12-24", "2026-12-31", "2027-01-29", "2028-01-31", "2026-07-03", "2026-05-23", "2028-02-29", "2026-06-18", "2026-09-04", "2031-10-10"];

/** `rightsRequestDeadlines` (default profile): 5 rights × 6 jurisdictions × 11 days, with extension and agent variants cycled. */
export const RIGHTS_INPUTS: readonly RightsRequestInput[] = Array.from({ length: 5 * 6 * 11 }, (_, i): RightsRequestInput => {
  const jurisdiction = JURISDICTIONS[Math.floor(i / 5) % 6];
  const v = i % 7;
  return {
    right: RIGHTS[i % 5] as (typeof RIGHTS)[number],
    receivedOn: RECEIVED[i % 11] as string,
    ...(jurisdiction === undefined ? {} : { jurisdiction }),
    ...(v === 1 ? { extended: true } : v === 2 ? { extended: false } : {}),
    ...(v === 3 ? { submittedBy: "agent" as const } : v === 4 ? { submittedBy: "agent" as const, signedPermission: true } : {}),
    ...(v === 5 ? { signedPermission: false } : v === 6 ? { submittedBy: "consumer" as const, signedPermission: true, extended: true } : {}),
  };
});

// Every action the library knows (its own list, so a new action is benched too).
const ACTIONS = PRIVACY_ACTIONS;

/** Situations of a consent check, each applied to every action. */
const CONSENT_SITUATIONS: readonly Omit<CheckConsentInput, "action">[] = [
  {},
  { granted: ["consent"], optedOut: false, gpc: false, pixelsEnabled: false },
  { granted: ["consent", "notice"], age: 34 },
  { granted: ["notice"], optedOut: true },
  { granted: [], gpc: true, pixelsEnabled: true, age: 15 },
  { granted: ["consent", "notice", "permission"], gpc: false, pixelsEnabled: true, age: 40 },
  { granted: ["consent"], age: 12 },
  { granted: ["consent"], on: "2026-05-01", membershipEndedOn: "2026-04-30" },
  { granted: ["consent"], on: "2026-05-01", membershipEndedOn: "2026-06-30", pixelsEnabled: true },
  { granted: ["permission"], integrationEnabled: true, optedOut: false },
  { pixelsEnabled: true, gpc: false, optedOut: false, granted: ["consent"], age: 16 },
  { integrationEnabled: false, on: "2026-05-01" },
];

/** `checkConsent` (default profile): 16 actions × 12 situations. */
export const CONSENT_INPUTS: readonly CheckConsentInput[] = CONSENT_SITUATIONS.flatMap((s) => ACTIONS.map((action) => ({ action, ...s })));

/** `yearlyRefund`: inside and after the window, every way of counting rendered services, the optional deductions, a refund below zero. */
export const REFUND_INPUTS: readonly YearlyRefundInput[] = [
  { purchasedOn: "2026-03-01", requestedOn: "2026-03-10", amountPaid: "1188.00", monthlyRate: "99.00", servicesRendered: 0 },
  { purchasedOn: "2026-03-01", requestedOn: "2026-03-15", amountPaid: "1188.00", monthlyRate: "99.00", servicesRendered: 2, addOnDevices: 3 },
  { purchasedOn: "2026-03-01", requestedOn: "2026-03-16", amountPaid: "1188.00", monthlyRate: "99.00", servicesRendered: true },
  { purchasedOn: "2026-02-20", requestedOn: "2026-03-05", amountPaid: 1490, monthlyRate: 149, servicesRendered: true, licenseCosts: "59.99", discounts: 100 },
  { purchasedOn: "2026-02-20", requestedOn: "2026-02-20", amountPaid: "1490.5", monthlyRate: "149.5", servicesRendered: false, addOnDevices: 0, discounts: "0" },
  { purchasedOn: "2026-12-25", requestedOn: "2027-01-08", amountPaid: "99.00", monthlyRate: "99.00", servicesRendered: 1, addOnDevices: 2, licenseCosts: "20.00" },
  {
    purchasedOn: "2026-01-10",
    requestedOn: "2026-01-20",
    amountPaid: "1788.00",
    monthlyRate: "149.00",
    servicesRendered: 2,
    valuation: "per-rendered-service",
    renderedServices: [
      { service: "on-site visit 2026-01-12", price: "189.00" },
      { service: "remote session 2026-01-15", price: 99 },
    ],
  },
  { purchasedOn: "2026-01-10", requestedOn: "2026-01-11", amountPaid: 1788, monthlyRate: 149, servicesRendered: false, valuation: "per-rendered-service", renderedServices: [] },
  { purchasedOn: "2026-01-10", requestedOn: "2026-01-12", amountPaid: 1788, monthlyRate: 149, servicesRendered: true, valuation: "monthly-fee", licenseCosts: 12.5 },
  { purchasedOn: "2025-05-31", requestedOn: "2026-05-31", amountPaid: "1188.00", monthlyRate: "99.00", servicesRendered: 4 },
  {
    purchasedOn: "2028-02-15",
    requestedOn: "2028-02-29",
    amountPaid: "300.00",
    monthlyRate: "149.00",
    servicesRendered: 3,
    valuation: "per-rendered-service",
    renderedServices: [
      { service: "visit A", price: "149.00" },
      { service: "visit B", price: "149.00" },
      { service: "visit C", price: "0.99" },
    ],
    discounts: "10.00",
  },
];

/** A membership's events over `years` years: a visit a month, a three-week suspension every other year (the lifecycle scenario). */
export function visitScenario(years: number, plan: VisitAllowanceInput["plan"] = "home-yearly"): VisitAllowanceInput {
  const events: VisitAllowanceEvent[] = [];
  for (let m = 0; m < years * 12; m++) {
    const year = 2020 + Math.floor(m / 12);
    events.push({ type: "visit", date: `${year}-${String((m % 12) + 1).padStart(2, "0")}-20` });
  }
  for (let year = 2021; year < 2020 + years; year += 2) events.push({ type: "suspended", from: `${year}-06-01`, to: `${year}-06-21` });
  return { plan, startDate: "2020-01-15", asOf: `${2020 + years - 1}-12-31`, events };
}

/** Ledgers for the identity check and the per-call comparison: every plan, no-shows, lapses, terminations, both rollover options, future events. */
export const VISIT_INPUTS: readonly VisitAllowanceInput[] = [
  visitScenario(1),
  visitScenario(3, "home-monthly"),
  visitScenario(5, "office-yearly"),
  visitScenario(2, "office-monthly"),
  {
    plan: "home-yearly",
    startDate: "2024-01-31",
    asOf: "2026-03-01",
    events: [
      { type: "visit", date: "2024-02-01" },
      { type: "visit", date: "2024-02-01" },
      { type: "visit", date: "2024-02-01" },
      { type: "no-show", date: "2024-03-05" },
      { type: "suspended", from: "2024-04-20", to: "2024-05-10" },
      { type: "visit", date: "2024-05-01" },
      { type: "no-show", date: "2024-05-02" },
      { type: "visit", date: "2025-01-31" },
      { type: "suspended", from: "2025-07-01" },
      { type: "visit", date: "2026-04-01" },
    ],
  },
  {
    plan: "office-yearly",
    startDate: "2023-08-31",
    asOf: "2025-12-31",
    rolloverDuringSuspension: "forfeit",
    events: [
      { type: "suspended", from: "2023-10-25", to: "2023-11-05" },
      { type: "visit", date: "2024-02-29" },
      { type: "no-show", date: "2024-03-01" },
      { type: "no-show", date: "2024-03-01" },
      { type: "visit", date: "2024-03-01" },
      { type: "lapsed", date: "2024-09-15" },
      { type: "visit", date: "2024-09-20" },
      { type: "no-show", date: "2024-10-01" },
    ],
  },
  {
    plan: "home-monthly",
    startDate: "2022-05-15",
    asOf: "2023-05-15",
    events: [
      { type: "visit", date: "2022-05-15" },
      { type: "suspended", from: "2022-08-01", to: "2022-08-20" },
      { type: "terminated", date: "2023-01-10" },
      { type: "visit", date: "2023-03-01" },
    ],
  },
  { plan: "office-monthly", startDate: "2021-01-01", asOf: "2021-01-01" },
  {
    plan: "home-yearly",
    startDate: "2020-02-29",
    asOf: "2024-02-28",
    events: [
      { type: "suspended", from: "2021-02-20", to: "2021-03-10" },
      { type: "suspended", from: "2021-03-01", to: "2021-06-01" },
      { type: "no-show", date: "2022-02-28" },
      { type: "visit", date: "2023-02-28" },
      { type: "suspended", from: "2024-02-01" },
    ],
  },
];

/** Inputs every rule refuses, and so must its floor (checked before timing, not timed): the floors validate. */
export const INVALID_INPUTS: Readonly<Record<string, readonly unknown[]>> = {
  overtimeCharge: [
    { mode: "remote", minutes: -1 },
    { mode: "remote", minutes: Number.NaN },
    { mode: "hybrid", minutes: 10 },
    { mode: "onsite", minutes: 10_081 },
    { mode: "onsite", minutes: 30, graceMinutes: 1.5 },
    { mode: "onsite", minutes: 30, extra: true },
    null,
  ],
  quoteService: [
    { mode: "remote", minutes: 30 },
    { mode: "onsite", minutes: 30, customer: "member", zip: "9566" },
    { mode: "onsite", minutes: 30, customer: "member", zip: "95814", tripFee: "25.001" },
    { mode: "onsite", minutes: 30, customer: "member", zip: "95814", tripFee: -5 },
    { mode: "onsite", minutes: 30, customer: "member", zip: "95814", tripFee: "25.00", outsideAreaApproved: false },
    { mode: "onsite", minutes: 30, customer: "member", zip: "95814", outsideAreaApproved: true },
    { mode: "remote", minutes: 30, customer: "member", includedVisit: "yes" },
  ],
  noShowCharge: [
    { appointmentAt: "2026-03-09T10:00:00" },
    { appointmentAt: "2026-02-30T10:00:00-08:00" },
    { appointmentAt: "3000-01-02T10:00:00Z" },
    { appointmentAt: new Date(Number.NaN) },
    { appointmentAt: "2026-03-09T10:00:00-07:00", canceledAt: "2026-03-07T10:00:00-07:00", noAccessOnArrival: true },
    { appointmentAt: "2026-03-09T10:00:00-07:00", resolution: "waive" },
  ],
  rightsRequestDeadlines: [
    { right: "access", receivedOn: "2026-11-25" },
    { right: "know", receivedOn: "2026-11-31" },
    { right: "know", receivedOn: "2026-11-25", jurisdiction: "mars" },
    { right: "know", receivedOn: "2026-11-25", submittedBy: "lawyer" },
    { right: "know", receivedOn: "2026-11-25", extended: 1 },
    { right: "know" },
  ],
  checkConsent: [
    { action: "telepathy" },
    { action: "sale", granted: ["consent", "bribe"] },
    { action: "rmm-install", membershipEndedOn: "2026-01-01" },
    { action: "sale", age: 12.5 },
    { action: "sale", age: 151 },
    { action: "sale", on: "2026-13-01" },
  ],
  yearlyRefund: [
    { purchasedOn: "2026-03-10", requestedOn: "2026-03-01", amountPaid: "1", monthlyRate: "1", servicesRendered: 0 },
    { purchasedOn: "2026-03-01", requestedOn: "2026-03-02", amountPaid: "1.001", monthlyRate: "1", servicesRendered: 0 },
    { purchasedOn: "2026-03-01", requestedOn: "2026-03-02", amountPaid: "1", monthlyRate: "1", servicesRendered: -1 },
    { purchasedOn: "2026-03-01", requestedOn: "2026-03-02", amountPaid: "1", monthlyRate: "1", servicesRendered: 1, valuation: "per-rendered-service" },
    { purchasedOn: "2026-03-01", requestedOn: "2026-03-02", amountPaid: "1", monthlyRate: "1", servicesRendered: 1, renderedServices: [{ service: "x", price: 1 }] },
    {
      purchasedOn: "2026-03-01",
      requestedOn: "2026-03-02",
      amountPaid: "1",
      monthlyRate: "1",
      servicesRendered: 2,
      valuation: "per-rendered-service",
      renderedServices: [{ service: "x", price: 1 }],
    },
  ],
  visitAllowance: [
    { plan: "home-weekly", startDate: "2020-01-01", asOf: "2020-02-01" },
    { plan: "home-yearly", startDate: "2020-01-01", asOf: "2019-12-31" },
    { plan: "home-yearly", startDate: "2020-01-01", asOf: "2020-12-31", events: [{ type: "visit", date: "2019-12-31" }] },
    { plan: "home-yearly", startDate: "2020-01-01", asOf: "2020-12-31", events: [{ type: "suspended", from: "2020-03-01", to: "2020-02-01" }] },
    {
      plan: "home-yearly",
      startDate: "2020-01-01",
      asOf: "2020-12-31",
      events: [
        { type: "lapsed", date: "2020-03-01" },
        { type: "terminated", date: "2020-04-01" },
      ],
    },
    { plan: "home-yearly", startDate: "2020-01-01", asOf: "2020-12-31", events: [{ type: "visit", day: "2020-03-01" }] },
  ],
};
