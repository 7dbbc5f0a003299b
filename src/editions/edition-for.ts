/**
 * Which edition of the Terms binds a charge (POLICY-SPEC T17): one small
 * module, on calendars alone. Ledgers ask it per billing date.
 */
import * as z from "zod/mini";
import { addDays, addMonths, type CalendarDate } from "../core/calendar.js";
import { calendarDateSchema } from "../core/date-schemas.js";
import { Trace, type Decision } from "../core/decision.js";
import { PolicyInputError } from "../core/errors.js";
import { parseInput } from "../core/schema.js";
import { baseEdition, toEdition, type Edition } from "./edition.js";
import { MAX_EDITIONS as MAX_EDITIONS_LIMIT } from "../core/limits.js";

const PLANS = ["home-monthly", "home-yearly", "office-monthly", "office-yearly"] as const;

/** Editions accepted in one list (`LIMITS.editions`). */
export const MAX_EDITIONS = MAX_EDITIONS_LIMIT;

/** Input of {@link editionFor}. */
export interface EditionForInput {
  /** The editions that exist (`baseEdition` is always a candidate, listed or not). */
  readonly editions: readonly Edition[];
  readonly customer: "member" | "non-member";
  /** The date of the charge: the service date (non-member) or the day whose billing period is wanted (member). */
  readonly on: CalendarDate;
  /** Non-members: the booking date of the service (≤ `on`); absent for a quote not yet booked. */
  readonly bookedOn?: CalendarDate;
  /** Members (required): the plan and the signup date. */
  readonly membership?: { readonly plan: (typeof PLANS)[number]; readonly startDate: CalendarDate };
}

const inputSchema = z.strictObject({
  editions: z.array(z.unknown()).check(z.maxLength(MAX_EDITIONS)),
  customer: z.enum(["member", "non-member"]),
  on: calendarDateSchema,
  bookedOn: z.optional(calendarDateSchema),
  membership: z.optional(z.strictObject({ plan: z.enum(PLANS), startDate: calendarDateSchema })),
});

/** Result of {@link editionFor}. */
export interface EditionForResult extends Decision {
  /** The edition that binds. */
  readonly edition: Edition;
  /** The billing date (member) or booking date (non-member) from which it binds; `null` for the base edition. */
  readonly bindsFrom: CalendarDate | null;
  /** Present (true) when the binding edition is a what-if. */
  readonly hypothetical?: true;
}

/** Validated, de-duplicated candidates sorted by `effectiveOn` (the base edition first). */
export function candidateEditions(editions: readonly unknown[], rule: string, path: string): Edition[] {
  const list = editions.map((e, i) => toEdition(e, [path, i], rule));
  const byId = new Map<string, Edition>();
  const byDate = new Map<string, Edition>();
  for (const [i, e] of list.entries()) {
    if (e.id === baseEdition.id) continue;
    if (byId.has(e.id)) throw new PolicyInputError([{ path: [path, i, "id"], message: `the edition id "${e.id}" is listed twice` }], rule);
    const other = byDate.get(e.effectiveOn as string);
    if (other)
      throw new PolicyInputError(
        [{ path: [path, i, "effectiveOn"], message: `"${e.id}" and "${other.id}" both take effect on ${e.effectiveOn}: which one binds is undecidable` }],
        rule,
      );
    byId.set(e.id, e);
    byDate.set(e.effectiveOn as string, e);
  }
  return [baseEdition, ...[...byId.values()].sort((a, b) => ((a.effectiveOn as string) < (b.effectiveOn as string) ? -1 : 1))];
}

/** The latest candidate with `effectiveOn` ≤ `date` (and, with `noticeFrom`, announced at least the notice before it). */
function latestInForce(sorted: readonly Edition[], date: CalendarDate, notice: ((e: Edition) => boolean) | null): Edition {
  let found = sorted[0] as Edition;
  for (const e of sorted) {
    if (e.effectiveOn === null) continue;
    if (e.effectiveOn > date) break;
    if (notice === null || notice(e)) found = e;
  }
  return found;
}

/** One step of a member's edition history: from `bindsFrom` (a billing date), `edition` governs. */
export interface EditionBinding {
  readonly edition: Edition;
  readonly bindsFrom: CalendarDate;
}

/**
 * A member's edition history up to `until` (T17 b): the signup binds the
 * edition in force that day whatever the notice; each later billing date binds
 * the latest edition in force that day whose notice (`priceChangeNoticeDays` of the
 * edition then governing, 30 in the Terms) has run, if it is later than the current one.
 * A member never goes back to an earlier edition.
 */
export function memberBindings(sorted: readonly Edition[], plan: (typeof PLANS)[number], startDate: CalendarDate, until: CalendarDate): EditionBinding[] {
  const yearly = plan.endsWith("-yearly");
  // `sorted[0]` is the base; `inForce` is the last index with effectiveOn ≤ the date (it only moves forward).
  let inForce = 0;
  const advance = (date: CalendarDate): void => {
    while (inForce + 1 < sorted.length && ((sorted[inForce + 1] as Edition).effectiveOn as string) <= date) inForce++;
  };
  advance(startDate);
  let currentIndex = inForce;
  let current = sorted[currentIndex] as Edition;
  const history: EditionBinding[] = [{ edition: current, bindsFrom: startDate }];
  let months = 0;
  for (;;) {
    const period = yearly ? current.tariff.yearlyPeriodMonths : current.tariff.monthlyPeriodMonths;
    months += period;
    const billing = addMonths(startDate, months);
    if (billing > until) break;
    advance(billing);
    const notice = current.tariff.priceChangeNoticeDays;
    // The latest edition in force whose notice has run, if later than the current one (a member never goes back).
    for (let i = inForce; i > currentIndex; i--) {
      const e = sorted[i] as Edition;
      if (addDays(e.announcedOn as string, notice) <= billing) {
        currentIndex = i;
        current = e;
        history.push({ edition: current, bindsFrom: billing });
        break;
      }
    }
  }
  return history;
}

/**
 * Which edition of the Terms binds a charge (T17): a non-member's service
 * takes the edition in force at booking (a quote not yet booked: on its
 * date); a member is bound from the first billing date (signup or renewal) on
 * or after `effectiveOn` that is at least 30 days after `announcedOn`, and the
 * signup binds the edition in force that day.
 *
 * @example
 * ```ts
 * const fee60 = defineEdition({ id: "terms@2027-02", announcedOn: "2027-01-10", effectiveOn: "2027-02-01", changes: { noShowFee: "60.00" } });
 * const r = editionFor({ editions: [fee60], customer: "member", on: "2027-03-20", membership: { plan: "home-monthly", startDate: "2026-05-15" } });
 * r.edition.id; //=> "terms@2027-02"
 * r.bindsFrom; //=> "2027-02-15"
 * ```
 */
export function editionFor(input: EditionForInput): EditionForResult {
  const rule = "editionFor";
  const p = parseInput(inputSchema, input, rule);
  const sorted = candidateEditions(p.editions, rule, "editions");
  const t = new Trace();
  t.explain(`Candidates: ${sorted.map((e) => e.id + (e.effectiveOn ? ` (announced ${e.announcedOn}, effective ${e.effectiveOn})` : " (the Terms as shipped)")).join("; ")}.`);
  let edition: Edition;
  let bindsFrom: CalendarDate | null;
  if (p.customer === "non-member") {
    if (p.membership !== undefined) throw new PolicyInputError([{ path: ["membership"], message: "a non-member has no membership" }], rule);
    if (p.bookedOn !== undefined && p.bookedOn > p.on) throw new PolicyInputError([{ path: ["bookedOn"], message: `bookedOn ${p.bookedOn} is after the service date ${p.on}` }], rule);
    const date = p.bookedOn ?? p.on;
    edition = latestInForce(sorted, date, null);
    bindsFrom = edition === baseEdition ? null : date;
    t.explain(
      `A single service takes the edition in force ${p.bookedOn ? `when it was booked (${p.bookedOn}); a booked service keeps its booking's prices` : `on ${p.on} (not booked yet)`}: ${edition.id}. One-time prices change immediately for services not yet booked.`,
      "terms.5.price-changes",
    );
  } else {
    if (p.membership === undefined) throw new PolicyInputError([{ path: ["membership"], message: "required for a member: { plan, startDate }" }], rule);
    if (p.bookedOn !== undefined) throw new PolicyInputError([{ path: ["bookedOn"], message: "a member's charges follow billing dates, not bookings" }], rule);
    const { plan, startDate } = p.membership;
    if (p.on < startDate) throw new PolicyInputError([{ path: ["on"], message: `on ${p.on} is before the membership start date ${startDate}` }], rule);
    const history = memberBindings(sorted, plan, startDate, p.on);
    const last = history[history.length - 1] as EditionBinding;
    edition = last.edition;
    bindsFrom = edition === baseEdition ? null : last.bindsFrom;
    t.explain(`Signup on ${startDate} binds the edition in force that day, whatever the notice: ${(history[0] as EditionBinding).edition.id}.`, "terms.16.changes");
    for (const b of history.slice(1))
      t.explain(
        `Billing date ${b.bindsFrom}: ${b.edition.id} is in force (effective ${b.edition.effectiveOn}) and was announced ${b.edition.announcedOn}, at least the notice period before: it binds from this billing date.`,
        "terms.5.price-changes",
        "terms.16.changes",
      );
    t.explain(`On ${p.on} the member is bound by ${edition.id}${bindsFrom ? ` (since the billing date ${bindsFrom})` : ""}. Subscription changes need 30 days' notice and bind from a billing date.`, "terms.5.price-changes", "terms.16.changes");
  }
  if (edition.hypothetical) t.explain(`${edition.id} is hypothetical (a what-if, never announced).`);
  const r = t.done({ edition, bindsFrom });
  return edition.hypothetical ? { ...r, hypothetical: true as const } : r;
}
