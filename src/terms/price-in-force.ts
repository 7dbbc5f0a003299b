/**
 * §5 and §16 Price changes (POLICY-SPEC T11): "Prices may change with 30 days'
 * notice (subscriptions) or immediately for one-time services not yet booked."
 */
import * as z from "zod/mini";
import { addDays, type CalendarDate } from "../core/calendar.js";
import { Trace, type Decision } from "../core/decision.js";
import { inputError } from "../core/errors.js";
import { agree, plural } from "../core/plural.js";
import { money, type Money, type MoneyInput } from "../core/money.js";
import { calendarDateSchema, moneyInputSchema, parseInput } from "../core/schema.js";
import { MAX_PRICE_CHANGES } from "../core/limits.js";
import { deepFreeze } from "../core/freeze.js";
import { editionField, ruleEdition, stamp, type EditionStamp } from "../editions/compiled.js";
import type { Edition } from "../editions/edition.js";

/** One announced price change. */
export interface PriceChange {
  /** The new price. */
  readonly price: MoneyInput;
  /** The day the change was announced (notice given), Pacific. */
  readonly announcedOn: CalendarDate;
}

/** Input of {@link priceInForce}. */
export interface PriceInForceInput {
  /** `subscription` (a plan fee, charged at renewals) or `one-time` (a single service). */
  readonly kind: "subscription" | "one-time";
  /** The price before any of `changes`. */
  readonly basePrice: MoneyInput;
  /** Announced changes, in any order. Two changes announced on one day must agree on the price. */
  readonly changes: readonly PriceChange[];
  /**
   * Subscriptions (required): the renewal date whose charge is wanted.
   * One-time services not yet booked: the day the price is asked for.
   */
  readonly on?: CalendarDate;
  /** One-time services already booked: the booking day, whose price is kept. Not allowed for subscriptions. */
  readonly bookedOn?: CalendarDate;
  /**
   * The edition of the Terms whose notice period for subscription changes
   * applies (default `baseEdition`); the result names it. `changes` stay
   * dated plan-price changes, given here whatever the edition.
   */
  readonly edition?: Edition;
}

/**
 * Strict zod/mini schema of {@link PriceInForceInput}. Unknown keys are errors.
 *
 * @example
 * ```ts
 * z.safeParse(priceInForceInputSchema, { kind: "subscription", basePrice: "49.00", changes: [], on: "2025-04-15" }).success; //=> true
 * z.safeParse(priceInForceInputSchema, { kind: "subscription", basePrice: 49.999, changes: [], on: "2025-04-15" }).success; //=> false
 * ```
 */
export const priceInForceInputSchema = /* @__PURE__ */ deepFreeze(z.strictObject({
  kind: z.enum(["subscription", "one-time"]),
  basePrice: moneyInputSchema,
  changes: z.array(z.strictObject({ price: moneyInputSchema, announcedOn: calendarDateSchema })).check(z.maxLength(MAX_PRICE_CHANGES)),
  on: z.optional(calendarDateSchema),
  bookedOn: z.optional(calendarDateSchema),
  edition: editionField,
}));

/** Result of {@link priceInForce}. */
export interface PriceInForceResult extends Decision, EditionStamp {
  /** The price charged. */
  readonly price: Money;
  /** `base` when no change applies yet, else `change`. */
  readonly source: "base" | "change";
  /** Index in `changes` of the change applied (absent for `base`). */
  readonly changeIndex?: number;
  /** For a subscription change: the first day a renewal may carry it (announcedOn + the notice days: 30 in the base edition). */
  readonly effectiveFrom?: CalendarDate;
  /** Changes announced but not yet applicable on the date asked about. */
  readonly pending: number;
}

/**
 * Internal (not re-exported by the package): refuses two changes announced on
 * the same day with different prices (their order would be a guess), naming
 * the input field `field` in the error path.
 */
export function refuseSameDayConflicts(changes: readonly { readonly price: MoneyInput; readonly announcedOn: CalendarDate }[], field: string, rule: string): void {
  const byDay = new Map<string, Money>();
  changes.forEach((c, i) => {
    const price = money(c.price);
    const other = byDay.get(c.announcedOn);
    if (other && other.cents !== price.cents) {
      inputError([field, i], `two changes announced on ${c.announcedOn} with different prices`, rule);
    }
    byDay.set(c.announcedOn, price);
  });
}

/**
 * Internal (not re-exported by the package): among already validated
 * `changes`, the index of the latest-announced one that applies on `date`
 * (`appliesFrom(announcedOn) ≤ date`; -1 when none does), and how many do not
 * apply yet.
 *
 * @example
 * ```ts
 * latestApplicableChange([{ announcedOn: "2025-03-01" }, { announcedOn: "2025-04-01" }], (a) => addDays(a, 30), "2025-04-15");
 * //=> { best: 0, pending: 1 }
 * ```
 */
export function latestApplicableChange(
  changes: readonly { readonly announcedOn: CalendarDate }[],
  appliesFrom: (announcedOn: CalendarDate) => CalendarDate,
  date: CalendarDate,
): { best: number; pending: number } {
  let best = -1;
  let pending = 0;
  changes.forEach((c, i) => {
    if (appliesFrom(c.announcedOn) > date) {
      pending++;
      return;
    }
    const current = best >= 0 ? changes[best] : undefined;
    if (!current || c.announcedOn > current.announcedOn) best = i;
  });
  return { best, pending };
}

/**
 * The price in force for a subscription renewal or a one-time service (§5, §16).
 *
 * Subscriptions: a change applies from the first renewal on or after its
 * announcement + 30 days, so the renewal on `on` carries the latest-announced
 * change with `announcedOn + 30 ≤ on` (earlier changes are superseded).
 * One-time services: a change applies at once to services not yet booked, so
 * a service booked on `bookedOn` keeps the latest change with
 * `announcedOn ≤ bookedOn` (a change announced on the booking day applies),
 * and a service not yet booked is priced on `on` (when both are given, the
 * booking governs).
 * Two changes announced on the same day with different prices are an input
 * error (their order would be a guess). The notice (30 days) comes from
 * `edition` (default `baseEdition`), which the result names.
 *
 * @throws PolicyInputError when `on` is missing for a subscription, when a
 * one-time service has neither `bookedOn` nor `on`, on `bookedOn` for a subscription, on bad
 * money or dates, and on a same-day conflict.
 *
 * @example
 * ```ts
 * priceInForce({ kind: "subscription", basePrice: "49.00", changes: [{ price: "59.00", announcedOn: "2025-03-01" }], on: "2025-03-31" });
 * //=> { price: { amount: "59.00", cents: 5900, currency: "USD" }, source: "change", changeIndex: 0, effectiveFrom: "2025-03-31", pending: 0, ... }
 * priceInForce({ kind: "one-time", basePrice: "189.00", changes: [{ price: "199.00", announcedOn: "2025-03-01" }], bookedOn: "2025-02-28" });
 * //=> { price: { amount: "189.00", ... }, source: "base", pending: 1, ... }
 * ```
 */
export function priceInForce(input: PriceInForceInput): PriceInForceResult {
  const p = parseInput(priceInForceInputSchema, input, "priceInForce");
  const rule = "priceInForce";
  const t = new Trace();
  const { edition, tariff } = ruleEdition(p.edition, t, rule);
  const subscription = p.kind === "subscription";
  if (subscription) {
    if (p.on === undefined) inputError(["on"], "a subscription needs `on`, the renewal date", rule);
    if (p.bookedOn !== undefined) inputError(["bookedOn"], "`bookedOn` applies to one-time services only", rule);
  } else if (p.bookedOn === undefined && p.on === undefined) {
    inputError(["bookedOn"], "a one-time service needs `bookedOn` (booked) or `on` (not yet booked)", rule);
  }
  refuseSameDayConflicts(p.changes, "changes", rule);

  const notice = tariff.priceChangeNoticeDays;
  const booked = !subscription && p.bookedOn !== undefined;
  const date = (subscription ? p.on : (p.bookedOn ?? p.on)) as CalendarDate;
  const appliesFrom = (announcedOn: CalendarDate) => (subscription ? addDays(announcedOn, notice.value) : announcedOn);
  const { best, pending } = latestApplicableChange(p.changes, appliesFrom, date);

  if (subscription) {
    t.explain(
      `Subscription price changes need ${notice.value} ${notice.value === 1 ? "day's" : "days'"} notice: a change applies from the first renewal on or after its announcement + ${notice.value} day${notice.value === 1 ? "" : "s"}; ` +
        `the renewal of ${date} carries the latest change announced on or before ${addDays(date, -notice.value)}.`,
      notice.clause,
      "terms.16.changes",
    );
  } else {
    t.explain(
      booked
        ? `One-time services take a new price at once if not yet booked; a service booked on ${date} keeps the latest price announced on or before that day${p.on !== undefined ? ` (the booking governs, not ${p.on})` : ""}.`
        : `One-time services not yet booked take a new price at once: the price on ${date} is the latest announced on or before that day.`,
      notice.clause,
    );
  }
  const chosen = best >= 0 ? p.changes[best] : undefined;
  if (!chosen) {
    const price = money(p.basePrice);
    t.explain(`No change applies yet (${pending} pending): the base price $${price.amount} is in force.`, notice.clause);
    return stamp(t.done({ price, source: "base" as const, pending }), edition);
  }
  const price = money(chosen.price);
  const effectiveFrom = appliesFrom(chosen.announcedOn);
  t.explain(
    `The change announced on ${chosen.announcedOn} (price $${price.amount}${subscription ? `, applicable from ${effectiveFrom}` : ""}) is the latest that applies` +
      (pending > 0 ? `; ${plural(pending, "later change")} ${agree(pending, "does", "do")} not apply yet.` : "."),
    notice.clause,
  );
  return stamp(
    t.done(
      subscription
        ? { price, source: "change" as const, changeIndex: best, effectiveFrom, pending }
        : { price, source: "change" as const, changeIndex: best, pending },
    ),
    edition,
  );
}
