/**
 * §2.2 Included on-site visits, with §6 suspension and §15 termination
 * (POLICY-SPEC T4, T13): the visit ledger of one membership.
 */
import * as z from "zod/mini";
import { addDays, type CalendarDate } from "../core/calendar.js";
import { Trace, type Decision } from "../core/decision.js";
import { inputError } from "../core/errors.js";
import { agree } from "../core/plural.js";
import { calendarDateSchema, parseInput } from "../core/schema.js";
import { MAX_EVENTS } from "../core/limits.js";
import { isYearlyPlan as isYearly, type Plan } from "./tariff.js";
import { planSchema } from "./common.js";
import { foldVisitLedger, plural, type AllowancePeriod, type Forfeiture, type GoverningEdition, type VisitLedgerEntry } from "./lifecycle-visit-ledger.js";
import { deepFreeze } from "../core/freeze.js";
import { compileEdition, editionField, ruleEdition, stamp, type EditionStamp } from "../editions/compiled.js";
import { BASE_EDITION_ID, baseEdition, type Edition } from "../editions/edition.js";
import { candidateEditions, MAX_EDITIONS, memberBindings } from "../editions/edition-for.js";

export type { AllowancePeriod, Forfeiture, ForfeitReason, NoShowVisitOutcome, VisitLedgerEntry, VisitOutcome } from "./lifecycle-visit-ledger.js";

/**
 * One dated membership event. `suspended.to` is the LAST suspended day
 * (inclusive); without `to` the suspension is still in force at `asOf`.
 * `lapsed` / `terminated` name the first day without membership. `no-show` is
 * a no-show (§4) the host resolves by counting an included visit: it draws
 * one like a visit, or is left to the no-show fee when none can be drawn.
 */
export type VisitAllowanceEvent =
  | { readonly type: "visit"; readonly date: CalendarDate }
  | { readonly type: "suspended"; readonly from: CalendarDate; readonly to?: CalendarDate }
  | { readonly type: "lapsed"; readonly date: CalendarDate }
  | { readonly type: "terminated"; readonly date: CalendarDate }
  | { readonly type: "no-show"; readonly date: CalendarDate };

/** Input of {@link visitAllowance}. */
export interface VisitAllowanceInput {
  /** The membership plan (§2): Home accrues every 3 months, Office every 2; yearly plans add a bonus. */
  readonly plan: Plan;
  /** Membership start date: the anchor of accrual periods and membership years. */
  readonly startDate: CalendarDate;
  /** The day the ledger is read at (end of that day); events after it are ignored. */
  readonly asOf: CalendarDate;
  /** Visits, no-shows counted as a visit, suspensions, a lapse or a termination, in any order (default: none). */
  readonly events?: readonly VisitAllowanceEvent[];
  /**
   * What happens to a period's unused visit when the next period starts during
   * a suspension: `"roll"` (default: it rolls to the bank as usual, the bank is
   * frozen, not emptied) or `"forfeit"`.
   */
  readonly rolloverDuringSuspension?: "roll" | "forfeit";
  /** The edition of the Terms whose numbers apply throughout (default `baseEdition`); not together with `editions`. */
  readonly edition?: Edition;
  /**
   * The editions of the Terms that exist (the base edition is always one): each accrual period, membership
   * year and rollover follows the edition bound at the billing date that opened the billing period
   * containing its day (T17 b). Not together with `edition`.
   */
  readonly editions?: readonly Edition[];
}

/**
 * Strict zod/mini schema of {@link VisitAllowanceInput}. Unknown keys are errors.
 *
 * @example
 * ```ts
 * z.safeParse(visitAllowanceInputSchema, { plan: "home-monthly", startDate: "2025-01-01", asOf: "2025-02-01", events: [{ type: "visit", date: "2025-01-10" }] }).success; //=> true
 * z.safeParse(visitAllowanceInputSchema, { plan: "home-monthly", startDate: "2025-01-01", asOf: "2025-02-01", bankCap: 3 }).success; //=> false
 * ```
 */
export const visitAllowanceInputSchema = /* @__PURE__ */ deepFreeze(z.strictObject({
  plan: planSchema,
  startDate: calendarDateSchema,
  asOf: calendarDateSchema,
  events: z.optional(
    z.array(
      z.discriminatedUnion("type", [
        z.strictObject({ type: z.literal("visit"), date: calendarDateSchema }),
        z.strictObject({ type: z.literal("suspended"), from: calendarDateSchema, to: z.optional(calendarDateSchema) }),
        z.strictObject({ type: z.literal("lapsed"), date: calendarDateSchema }),
        z.strictObject({ type: z.literal("terminated"), date: calendarDateSchema }),
        z.strictObject({ type: z.literal("no-show"), date: calendarDateSchema }),
      ]),
    ).check(z.maxLength(MAX_EVENTS)),
  ),
  rolloverDuringSuspension: z.optional(z.enum(["roll", "forfeit"])),
  edition: editionField,
  editions: z.optional(z.array(z.unknown()).check(z.maxLength(MAX_EDITIONS))),
}));

/** Result of {@link visitAllowance}. */
export interface VisitAllowanceResult extends Decision, EditionStamp {
  /** Included visits the member holds: current-period remaining + bonus remaining + bank (0 once ended). */
  readonly available: number;
  /** Banked (carried) visits, never more than the bank cap (2 in the base edition; after a cap is lowered, what was banked is kept). */
  readonly bank: number;
  /** The accrual period containing `asOf`; `end` is inclusive (the day before the next period starts). */
  readonly currentPeriod: { readonly start: CalendarDate; readonly end: CalendarDate; readonly remaining: number };
  /** Unused bonus visit of the current membership year (yearly plans; 0 otherwise). */
  readonly bonusRemaining: number;
  /** Visits forfeited so far (bank cap, lapse, termination), in total. */
  readonly forfeited: number;
  /** `active`, `suspended` (visits are kept but cannot be used), `lapsed` or `terminated`, as of `asOf`. */
  readonly status: "active" | "suspended" | "lapsed" | "terminated";
  /** Visits granted so far (periods and bonuses). */
  readonly granted: number;
  /** Visits used so far (drawn from a period, a bonus or the bank), by visits and by no-shows counted as an included visit. */
  readonly used: number;
  /** Accrual period history, oldest first (periods after a lapse/termination are not listed). */
  readonly periods: AllowancePeriod[];
  /** Membership-year bonus history, oldest first (yearly plans; empty otherwise). */
  readonly bonusYears: AllowancePeriod[];
  /** Every forfeiture, dated, with its source, reason and clause. */
  readonly forfeitures: Forfeiture[];
  /**
   * What happened to each visit and each no-show on or before `asOf`, in date order (within a day, visits
   * before no-shows). A visit's entry is `{ date, outcome, reason? }`; a no-show's is
   * `{ date, type: "no-show", outcome: "included" | "fee", source? | reason? }`.
   */
  readonly visits: VisitLedgerEntry[];
  /** Events dated after `asOf`, ignored. */
  readonly ignoredEvents: number;
  /** The id of the edition governing the billing period containing `asOf` (with `editions`: the one bound at its billing date). */
  readonly edition: string;
  /** Present (true) when a hypothetical edition governed any period of this ledger. */
  readonly hypothetical?: true;
}

/**
 * The included on-site visit ledger of one membership as of a day (§2.2, §6, §15).
 *
 * Accrual periods are anchored on `startDate` (Home every 3 months, Office
 * every 2, each boundary computed from the anchor with clamping) and each
 * grants 1 visit on its first day; a period's `end` is inclusive, the day
 * before the next period starts. Yearly plans also grant 1 bonus visit on the
 * first day of each membership year (anniversaries of `startDate`). When a
 * period (or membership year) ends, its unused visit (bonus) goes to the bank;
 * the bank never holds more than 2, the excess is forfeited and counted. A
 * visit draws from what expires first: the current period, then the bonus,
 * then the bank; a visit with nothing left is reported `none-available`.
 * A `no-show` event (§4, the host counts an included visit instead of the
 * fee) draws the same way after the day's visits: `included` when a visit was
 * drawn, `fee` when none was available, and always `fee` during a suspension
 * or once the membership has ended (it never draws then).
 * During a suspension no visit can be used (such a visit is recorded as
 * rejected), periods starting while suspended grant nothing, and the bank is
 * kept. A lapse or termination forfeits everything left; nothing accrues after.
 * Within one day: rollovers, then a lapse/termination, then new grants, then visits, then no-shows.
 *
 * The numbers (period lengths, visits per period, bonus, bank cap) come from
 * `edition` (default `baseEdition`), or, with `editions`, period by period
 * from the edition bound at the billing date that opened the billing period
 * containing the day (T17 b): an accrual period follows the edition of its
 * first day, a bonus that of its membership year's billing date, a rollover
 * that of its day. The explanation marks each billing date where an edition
 * took over, and each period names its edition.
 *
 * @throws PolicyInputError on a bad date, an unknown key or event type, an
 * event or `asOf` before `startDate`, a suspension ending before it starts,
 * more than one lapse/termination, an invalid edition, or both `edition` and
 * `editions`.
 *
 * @example
 * ```ts
 * visitAllowance({ plan: "home-yearly", startDate: "2025-01-15", asOf: "2025-05-01",
 *   events: [{ type: "visit", date: "2025-02-01" }] });
 * //=> { available: 2, bank: 0, currentPeriod: { start: "2025-04-15", end: "2025-07-14", remaining: 1 },
 * //     bonusRemaining: 1, forfeited: 0, status: "active", granted: 3, used: 1, ... }
 * ```
 */
export function visitAllowance(input: VisitAllowanceInput): VisitAllowanceResult {
  const p = parseInput(visitAllowanceInputSchema, input, "visitAllowance");
  const rule = "visitAllowance";
  if (p.edition !== undefined && p.editions !== undefined)
    inputError(["editions"], "give either `edition` (one edition throughout) or `editions` (bound billing period by billing period), not both", rule);
  const t = new Trace();
  const single = ruleEdition(p.edition, t, rule);
  const candidates = p.editions === undefined ? [single.edition] : candidateEditions(p.editions, rule, "editions");
  if (p.asOf < p.startDate) inputError(["asOf"], "`asOf` is before the membership start date", rule);
  const events = p.events ?? [];
  let endEvent: { date: CalendarDate; reason: "lapsed" | "terminated" } | undefined;
  let endCount = 0;
  const visits: CalendarDate[] = [];
  const noShows: CalendarDate[] = [];
  const suspensions: { from: CalendarDate; to: CalendarDate }[] = [];
  let ignoredEvents = 0;
  events.forEach((e, i) => {
    const first = e.type === "suspended" ? e.from : e.date;
    if (first < p.startDate) inputError(["events", i, e.type === "suspended" ? "from" : "date"], "event before the membership start date", rule);
    if (e.type === "suspended" && e.to !== undefined && e.to < e.from) inputError(["events", i, "to"], "suspension ends before it starts", rule);
    if (e.type === "lapsed" || e.type === "terminated") {
      if (++endCount > 1) inputError(["events", i], "more than one lapse/termination: a membership ends once", rule);
    }
    if (first > p.asOf) {
      ignoredEvents++;
      return;
    }
    if (e.type === "visit") visits.push(e.date);
    else if (e.type === "no-show") noShows.push(e.date);
    else if (e.type === "suspended") suspensions.push({ from: e.from, to: e.to !== undefined && e.to < p.asOf ? e.to : p.asOf });
    else endEvent = { date: e.date, reason: e.type };
  });

  const home = p.plan.startsWith("home");
  const periodKey = home ? "homePeriodMonths" : "officePeriodMonths";
  const yearly = isYearly(p.plan);
  const option = p.rolloverDuringSuspension ?? "roll";
  // No billing date falls on or after the end of the membership: no edition binds from then on.
  const until = endEvent ? addDays(endEvent.date, -1) : p.asOf;
  const governing: GoverningEdition[] =
    candidates.length === 1
      ? [{ edition: candidates[0] as Edition, from: p.startDate, tariff: compileEdition(candidates[0] as Edition) }]
      : memberBindings(candidates, p.plan, p.startDate, until).map((b) => ({ edition: b.edition, from: b.bindsFrom, tariff: compileEdition(b.edition) }));
  const byPeriod = p.editions !== undefined && candidates.length > 1;
  const signup = governing[0] as GoverningEdition;
  const tariff = signup.tariff;
  const months = tariff[periodKey];
  if (byPeriod) {
    t.explain(
      `Editions (T17 b): the signup on ${p.startDate} binds the edition in force that day, whatever the notice: ${signup.edition.id}` +
        (signup.edition.id === BASE_EDITION_ID ? " (the Terms as shipped)" : ` (announced ${signup.edition.announcedOn}, in force from ${signup.edition.effectiveOn})`) +
        `. A later edition binds from the first billing date on or after its effective date and at least the notice period after its announcement; ` +
        `each accrual period, membership year and rollover follows the edition governing the billing period containing its day.`,
      "terms.16.changes",
      "terms.5.price-changes",
    );
  }
  t.explain(
    `${p.plan}: an accrual period every ${plural(months.value, "month")} from ${p.startDate}, each granting ${plural(tariff.visitsPerPeriod.value, "included visit")} on its first day` +
      (yearly ? `; plus ${plural(tariff.yearlyBonusVisits.value, "bonus visit")} on the first day of each membership year` : "") +
      `. Unused visits roll to a bank of at most ${tariff.bankCap.value}; a visit uses the current period first, ${yearly ? "then the bonus, " : ""}then the bank.`,
    months.clause,
    ...(yearly ? [tariff.yearlyBonusVisits.clause] : []),
    tariff.bankCap.clause,
  );
  const ledger = foldVisitLedger(
    {
      startDate: p.startDate,
      asOf: p.asOf,
      periodKey,
      yearlyBonus: yearly,
      governing,
      tagEditions: byPeriod,
      visits,
      noShows,
      suspensions,
      ...(endEvent ? { end: endEvent } : {}),
      rolloverDuringSuspension: option,
    },
    t,
  );
  if (ledger.rolledDuringSuspension > 0) {
    t.explain(
      `${plural(ledger.rolledDuringSuspension, "unused visit")} rolled to the bank at a period boundary during a suspension: the bank is frozen, not emptied (default; option rolloverDuringSuspension "forfeit").`,
      "terms.6.failed-payments",
    );
  }

  const { start, end } = ledger.current;
  const ended = ledger.ended;
  const currentRecord = ledger.periods[ledger.periods.length - 1];
  const remaining = !ended && currentRecord && currentRecord.start === start ? currentRecord.remaining : 0;
  const currentYear = ledger.bonusYears[ledger.bonusYears.length - 1];
  const bonusRemaining = !ended && currentYear ? currentYear.remaining : 0;
  const bank = ledger.bank;
  const available = remaining + bonusRemaining + bank;
  const forfeited = ledger.forfeitures.reduce((a, f) => a + f.count, 0);
  const granted = [...ledger.periods, ...ledger.bonusYears].reduce((a, r) => a + r.granted, 0);
  // Drawn by a visit (not rejected) or by a no-show counted as an included visit (not left to the fee).
  const used = ledger.visits.filter((v) => v.outcome !== "rejected" && v.outcome !== "fee").length;
  const isSuspended = suspensions.some((s) => s.from <= p.asOf && p.asOf <= s.to);
  const status = endEvent ? endEvent.reason : isSuspended ? "suspended" : "active";

  if (noShows.length > 0) {
    const charged = ledger.visits.filter((v) => v.outcome === "fee").length;
    t.explain(
      `No-shows (§4) on or before ${p.asOf}: ${noShows.length - charged} counted as an included visit, ${charged} left to the no-show fee ` +
        `(no included visit left, or the membership suspended or ended that day; noShowCharge gives the amount).`,
      tariff.noShowFee.clause,
    );
  }
  if (ignoredEvents > 0) t.explain(`${plural(ignoredEvents, "event")} dated after ${p.asOf} ${agree(ignoredEvents, "is", "are")} ignored: the ledger is read as of ${p.asOf}.`);
  if (status === "suspended") {
    t.explain(`As of ${p.asOf} the membership is suspended: ${available === 1 ? "the 1 visit is kept" : `the ${available} visits are kept`} but cannot be used until it is reinstated.`, "terms.6.failed-payments");
  }
  t.explain(
    `As of ${p.asOf}: available = current period (${start} – ${end}) ${remaining} + bonus ${bonusRemaining} + bank ${bank} = ${available}; ` +
      `granted ${granted}, used ${used}, forfeited ${forfeited}.`,
  );
  const asOfEdition = (governing[governing.length - 1] as GoverningEdition).edition;
  const result: VisitAllowanceResult = stamp(t.done({
    available,
    bank,
    currentPeriod: { start, end, remaining },
    bonusRemaining,
    forfeited,
    status,
    granted,
    used,
    periods: ledger.periods.map((r) => ({ ...r })),
    bonusYears: ledger.bonusYears.map((r) => ({ ...r })),
    forfeitures: ledger.forfeitures,
    visits: ledger.visits,
    ignoredEvents,
  }), asOfEdition);
  // A hypothetical edition marks every result it produced, even when a later edition governs `asOf`.
  if (governing.some((g) => g.edition.hypothetical)) (result as { hypothetical?: true }).hypothetical = true;
  return result;
}
