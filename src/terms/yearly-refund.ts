/**
 * §6 Yearly cancellation and refund (POLICY-SPEC T12): "refundable within 14
 * days of purchase/renewal, less (i) services already rendered at prevailing
 * monthly rates, (ii) non-recoverable AV/license costs, and (iii)
 * discounts/credits applied. After 14 days, non-refundable."
 */
import * as z from "zod/mini";
import { daysBetween, type CalendarDate } from "../core/calendar.js";
import { Trace, type Decision } from "../core/decision.js";
import { inputError } from "../core/errors.js";
import { plural } from "../core/plural.js";
import { subMoney, sumMoney, zero, type Money, type MoneyInput } from "../core/money.js";
import { calendarDateSchema, countSchema, moneyInputSchema, parseInput } from "../core/schema.js";
import { bool, calendarDate, either, fastSpec, intIn, moneyValue, oneOf, opt, serviceList, trustedEdition } from "../core/fast.js";
import { fromCents, inputMoney, safeCents } from "../core/cents.js";
import { MAX_RENDERED_SERVICES, MAX_SERVICE_LENGTH } from "../core/limits.js";
import { moneyTotalAtMost, moneyTotalWithinLimit } from "../core/money-total.js";
import { deepFreeze } from "../core/freeze.js";
import { editionField, ruleEdition, stamp, type EditionStamp } from "../editions/compiled.js";
import type { Edition } from "../editions/edition.js";

/** How deduction (i), "services already rendered at prevailing monthly rates", is valued. */
export type RenderedServicesValuation = "monthly-fee" | "per-rendered-service";

/** One service rendered since the purchase/renewal, priced for the `"per-rendered-service"` valuation. */
export interface RenderedService {
  /** What was rendered (free text shown in the explanation), e.g. `"on-site visit 2025-03-02"`. */
  readonly service: string;
  /** Its price at the prevailing rate. */
  readonly price: MoneyInput;
}

/** Input of {@link yearlyRefund}. */
export interface YearlyRefundInput {
  /** Date of the purchase or renewal being refunded (Pacific). */
  readonly purchasedOn: CalendarDate;
  /** Date the refund was requested (Pacific); not before `purchasedOn`. */
  readonly requestedOn: CalendarDate;
  /** What the member paid for the year. */
  readonly amountPaid: MoneyInput;
  /** The prevailing monthly plan fee (not in the Terms: an input). */
  readonly monthlyRate: MoneyInput;
  /** Services rendered since the purchase/renewal: a count, or `true`/`false` (whether any was). */
  readonly servicesRendered: number | boolean;
  /** Add-on devices on the plan (default 0, stated in the explanation). */
  readonly addOnDevices?: number;
  /** (ii) non-recoverable AV/license costs (default $0.00, stated). */
  readonly licenseCosts?: MoneyInput;
  /** (iii) discounts/credits applied (default $0.00, stated). */
  readonly discounts?: MoneyInput;
  /** Valuation of (i); default `"monthly-fee"`. */
  readonly valuation?: RenderedServicesValuation;
  /** Required with `valuation: "per-rendered-service"`, one entry per rendered service; not allowed otherwise. */
  readonly renderedServices?: readonly RenderedService[];
  /** The edition of the Terms whose refund window and add-on fee apply (default `baseEdition`); the result names it. */
  readonly edition?: Edition;
}

/**
 * Strict zod/mini schema of {@link YearlyRefundInput}. Unknown keys are errors.
 *
 * @example
 * ```ts
 * z.safeParse(yearlyRefundInputSchema, { purchasedOn: "2025-01-01", requestedOn: "2025-01-15", amountPaid: "1200.00", monthlyRate: "120.00", servicesRendered: 0 }).success; //=> true
 * z.safeParse(yearlyRefundInputSchema, { purchasedOn: "2025-01-01", requestedOn: "2025-01-15", amountPaid: "-1.00", monthlyRate: "120.00", servicesRendered: 0 }).success; //=> false
 * ```
 */
export const yearlyRefundInputSchema = /* @__PURE__ */ deepFreeze(z.strictObject({
  purchasedOn: calendarDateSchema,
  requestedOn: calendarDateSchema,
  amountPaid: moneyInputSchema,
  monthlyRate: moneyInputSchema,
  servicesRendered: z.union([z.boolean(), countSchema]),
  addOnDevices: z.optional(countSchema),
  licenseCosts: z.optional(moneyInputSchema),
  discounts: z.optional(moneyInputSchema),
  valuation: z.optional(z.enum(["monthly-fee", "per-rendered-service"])),
  /** At most `LIMITS.renderedServices`, whose prices add up to at most `LIMITS.money`. */
  renderedServices: z.optional(
    z
      .array(z.strictObject({ service: z.string().check(z.minLength(1), z.maxLength(MAX_SERVICE_LENGTH)), price: moneyInputSchema }))
      .check(z.maxLength(MAX_RENDERED_SERVICES), moneyTotalAtMost((s: { price: unknown }) => s.price)),
  ),
  edition: editionField,
}));

/** The fast path of {@link yearlyRefundInputSchema}: certainly valid input only (core/fast.ts). */
const yearlyRefundFast = /* @__PURE__ */ fastSpec({
  purchasedOn: calendarDate,
  requestedOn: calendarDate,
  amountPaid: moneyValue,
  monthlyRate: moneyValue,
  servicesRendered: /* @__PURE__ */ either(bool, /* @__PURE__ */ intIn(0, 1_000_000)),
  addOnDevices: /* @__PURE__ */ opt(/* @__PURE__ */ intIn(0, 1_000_000)),
  licenseCosts: /* @__PURE__ */ opt(moneyValue),
  discounts: /* @__PURE__ */ opt(moneyValue),
  valuation: /* @__PURE__ */ opt(/* @__PURE__ */ oneOf(["monthly-fee", "per-rendered-service"])),
  renderedServices: /* @__PURE__ */ opt(/* @__PURE__ */ serviceList(MAX_RENDERED_SERVICES, MAX_SERVICE_LENGTH, moneyTotalWithinLimit)),
  edition: trustedEdition,
});

/** One itemised deduction from a yearly refund. */
export interface RefundDeduction {
  /** (i) `services-rendered`, (ii) `license-costs`, (iii) `discounts`. */
  readonly code: "services-rendered" | "license-costs" | "discounts";
  readonly amount: Money;
  /** The clause the deduction comes from. */
  readonly clause: string;
  /** How the amount was found, in plain English. */
  readonly detail: string;
}

/** Result of {@link yearlyRefund}. */
export interface YearlyRefundResult extends Decision, EditionStamp {
  /** True when the request is within the refund window (day 0 to day 14 inclusive in the base edition). */
  readonly eligible: boolean;
  /** Calendar days from `purchasedOn` to `requestedOn` (the purchase day is day 0). */
  readonly day: number;
  /** Last day on which a refund could be requested. */
  readonly lastRefundableDay: number;
  /** The three deductions (i)–(iii), itemised; empty when not eligible. */
  readonly deductions: RefundDeduction[];
  /** Amount refunded, never below $0.00 nor above `amountPaid`. */
  readonly refund: Money;
  /** Amount kept: `amountPaid − refund`, to the cent. */
  readonly retained: Money;
  /** The valuation used for (i). */
  readonly valuation: RenderedServicesValuation;
}

/**
 * The refund of a yearly plan canceled after a purchase or renewal (§6).
 *
 * `day` counts calendar days on Pacific dates from `purchasedOn` (day 0); the
 * request is refundable through day 14 inclusive. The refund is
 * `amountPaid − (i) − (ii) − (iii)`, never below $0.00, and
 * `refund + retained = amountPaid` to the cent. By default (i) is, when at
 * least one service was rendered, one prevailing monthly plan fee plus the
 * monthly add-on fee ($15) per add-on device, else $0.00; with
 * `valuation: "per-rendered-service"` (i) is the sum of the listed
 * `renderedServices` prices instead. After day 14 the refund is $0.00. The
 * window (14 days) and the add-on fee ($15) come from `edition` (default
 * `baseEdition`), which the result names.
 *
 * @throws PolicyInputError on bad money, a negative count, an unknown key,
 * `requestedOn` before `purchasedOn`, or `renderedServices` inconsistent with
 * `valuation`/`servicesRendered`.
 *
 * @example
 * ```ts
 * yearlyRefund({ purchasedOn: "2025-01-01", requestedOn: "2025-01-15", amountPaid: "1200.00",
 *   monthlyRate: "120.00", servicesRendered: 1, addOnDevices: 2, licenseCosts: "30.00", discounts: "50.00" });
 * //=> { eligible: true, day: 14, refund: { amount: "970.00", ... }, retained: { amount: "230.00", ... },
 * //     deductions: [{ code: "services-rendered", amount: { amount: "150.00", ... } }, { code: "license-costs", ... "30.00" }, { code: "discounts", ... "50.00" }], ... }
 * ```
 */
export function yearlyRefund(input: YearlyRefundInput): YearlyRefundResult {
  const p = parseInput(yearlyRefundInputSchema, input, "yearlyRefund", yearlyRefundFast);
  const rule = "yearlyRefund";
  const t = new Trace();
  const { edition, tariff } = ruleEdition(p.edition, t, rule);
  if (p.requestedOn < p.purchasedOn) inputError(["requestedOn"], "`requestedOn` is before `purchasedOn`", rule);
  const valuation: RenderedServicesValuation = p.valuation ?? "monthly-fee";
  if (valuation === "per-rendered-service") {
    if (p.renderedServices === undefined) {
      inputError(["renderedServices"], "valuation 'per-rendered-service' needs the list of rendered services", rule);
    }
    const listed = p.renderedServices.length;
    if (typeof p.servicesRendered === "number" ? listed !== p.servicesRendered : p.servicesRendered !== listed > 0) {
      inputError(["renderedServices"], "`renderedServices` must list exactly the services counted by `servicesRendered`", rule);
    }
  } else if (p.renderedServices !== undefined) {
    inputError(["renderedServices"], "`renderedServices` only applies with valuation 'per-rendered-service'", rule);
  }

  const window = tariff.refundWindowDays;
  const paid = inputMoney(p.amountPaid);
  const day = daysBetween(p.purchasedOn, p.requestedOn);
  const eligible = day <= window.value;
  t.explain(
    `The request of ${p.requestedOn} is day ${day} after the purchase/renewal of ${p.purchasedOn} (that day is day 0, Pacific dates); ` +
      `yearly plans are refundable through day ${window.value}.`,
    window.clause,
  );
  if (!eligible) {
    t.explain(`Day ${day} is after day ${window.value}: non-refundable. Refund $0.00, retained $${paid.amount}.`, window.clause);
    return stamp(t.done({ eligible, day, lastRefundableDay: window.value, deductions: [], refund: zero(), retained: paid, valuation }), edition);
  }

  const anyRendered = typeof p.servicesRendered === "boolean" ? p.servicesRendered : p.servicesRendered > 0;
  const deductions: RefundDeduction[] = [];
  // (i) services already rendered at prevailing monthly rates.
  if (valuation === "per-rendered-service") {
    const list = p.renderedServices as NonNullable<typeof p.renderedServices>; // required by this valuation (checked above)
    const amount = sumMoney(list.map((s) => inputMoney(s.price)));
    const detail =
      list.length === 0
        ? "no service rendered since the purchase/renewal: $0.00"
        : `each rendered service at its price: ${list.map((s) => `${s.service} $${inputMoney(s.price).amount}`).join(", ")} = $${amount.amount}`;
    deductions.push({ code: "services-rendered", amount, clause: window.clause, detail });
    t.explain(`(i) Services rendered, valued per rendered service (option): ${detail}.`, window.clause);
  } else {
    const devices = p.addOnDevices ?? 0;
    const addOn = tariff.addOnMonthly;
    let amount = zero();
    let detail = `no service rendered since the purchase/renewal: $0.00`;
    if (anyRendered) {
      // Whole cents (validated money and the tariff's add-on fee): exact integer arithmetic.
      amount = fromCents(safeCents(inputMoney(p.monthlyRate).cents + safeCents(inputMoney(addOn.value).cents * devices)));
      detail =
        `${p.servicesRendered === true ? "services" : plural(Number(p.servicesRendered), "service")} rendered: one prevailing monthly plan fee $${inputMoney(p.monthlyRate).amount}` +
        ` + ${plural(devices, "add-on device")} × $${addOn.value} = $${amount.amount}`;
    }
    deductions.push({ code: "services-rendered", amount, clause: window.clause, detail });
    t.explain(
      `(i) Services already rendered at prevailing monthly rates${p.addOnDevices === undefined ? " (add-on devices not given: 0)" : ""}: ${detail}.`,
      window.clause,
      ...(anyRendered && devices > 0 ? [addOn.clause] : []),
    );
  }
  const license = inputMoney(p.licenseCosts ?? 0);
  deductions.push({
    code: "license-costs",
    amount: license,
    clause: window.clause,
    detail: p.licenseCosts === undefined ? "not given: $0.00" : `non-recoverable AV/license costs $${license.amount}`,
  });
  t.explain(`(ii) Non-recoverable AV/license costs: $${license.amount}${p.licenseCosts === undefined ? " (not given, so $0.00)" : ""}.`, window.clause);
  const discounts = inputMoney(p.discounts ?? 0);
  deductions.push({
    code: "discounts",
    amount: discounts,
    clause: window.clause,
    detail: p.discounts === undefined ? "not given: $0.00" : `discounts/credits applied $${discounts.amount}`,
  });
  t.explain(`(iii) Discounts/credits applied: $${discounts.amount}${p.discounts === undefined ? " (not given, so $0.00)" : ""}.`, window.clause);

  const total = sumMoney(deductions.map((d) => d.amount));
  const raw = subMoney(paid, total);
  const refund = raw.cents > 0 ? raw : zero();
  const retained = subMoney(paid, refund);
  t.explain(
    `Refund = paid $${paid.amount} − deductions $${total.amount} = $${raw.amount}` +
      (raw.cents < 0 ? `, which is below zero, so $0.00` : "") +
      `; retained = $${paid.amount} − $${refund.amount} = $${retained.amount}.`,
    window.clause,
  );
  return stamp(t.done({ eligible, day, lastRefundableDay: window.value, deductions, refund, retained, valuation }), edition);
}
