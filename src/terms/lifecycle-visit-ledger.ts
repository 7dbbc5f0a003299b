/**
 * The fold behind `visitAllowance` (§2.2, §6, §15; POLICY-SPEC T4, T13).
 * Internal: it takes already validated, date-filtered values.
 *
 * Each day that matters (a period start, a membership-year start, a visit,
 * the end of the membership) is processed once, in date order, and within the
 * day always in this order (register `T4.same-day-order`):
 *   1. roll over what just ended: the closing accrual period's unused visit
 *      first, then the closing membership year's unused bonus;
 *   2. a lapse or termination dated that day forfeits everything left;
 *   3. the new accrual period, then the new membership year, grant their visit
 *      (nothing if suspended that day or the membership has ended);
 *   4. the day's visits are drawn, then the day's no-shows (register
 *      `T4.no-show-same-day`): a no-show the host resolves by counting an
 *      included visit (§4) draws like a visit, or is left to the no-show fee.
 *
 * Editions (T17 b, "Ledgers across editions"): every number comes from the
 * edition governing the billing period that contains the day it is read on:
 * an accrual period's length and grant from its first day, a membership
 * year's bonus from its first day (a yearly billing date), the bank cap of a
 * rollover from the rollover's day. The fold never reads a module-level
 * tariff; the governing editions are a parameter.
 */
import { addDays, addMonths, type CalendarDate } from "../core/calendar.js";
import type { Trace } from "../core/decision.js";
import { agree } from "../core/plural.js";
import type { CompiledTariff } from "../editions/compiled.js";
import type { Edition } from "../editions/edition.js";

/** One accrual period (or membership year, for the bonus) in the ledger history. */
export interface AllowancePeriod {
  /** First day of the period (the day its visit is granted). */
  readonly start: CalendarDate;
  /** Last day of the period, inclusive: the day before the next period starts. */
  readonly end: CalendarDate;
  /** Visits granted at the start (0 when the period started during a suspension or after the end). */
  granted: number;
  /** Visits drawn from this period's own grant. */
  used: number;
  /** Unused visits moved to the bank when the period ended. */
  rolledToBank: number;
  /** Unused visits forfeited (bank full, lapse, termination). */
  forfeited: number;
  /** Visits of this grant still usable as of `asOf` (0 once the period is over). */
  remaining: number;
  /** True when the period started while the membership was suspended (so it granted nothing). */
  readonly suspendedAtStart: boolean;
  /**
   * The id of the edition whose numbers this period (or membership year) follows: the one governing the
   * billing period containing its first day. Present only when `visitAllowance` is given `editions` that
   * list an edition other than the base.
   */
  readonly edition?: string;
}

/** Why visits were forfeited. */
export type ForfeitReason = "bank-cap" | "suspended-at-rollover" | "lapsed" | "terminated";

/** One forfeiture: what was lost, when, from where and why. */
export interface Forfeiture {
  readonly date: CalendarDate;
  readonly count: number;
  /** Where the visits were: the accrual period's grant, the yearly bonus, or the bank. */
  readonly source: "period" | "bonus" | "bank";
  readonly reason: ForfeitReason;
  readonly clause: string;
}

/** What happened to one visit event. */
export interface VisitOutcome {
  readonly date: CalendarDate;
  /** Never present on a visit's entry (only a no-show's entry has a `type`: register `T4.no-show-entry`); lets `entry.type === "no-show"` tell the two apart. */
  readonly type?: never;
  /** Where the visit was drawn from, or `rejected`. */
  readonly outcome: "period" | "bonus" | "bank" | "rejected";
  /** Why a visit was rejected: the membership was suspended or had ended that day, or no included visit was left. */
  readonly reason?: "suspended" | "membership-ended" | "none-available";
}

/**
 * What happened to one no-show event (§4: "count as an included visit"): the
 * host resolves the no-show by counting an included visit, drawn like a visit.
 */
export interface NoShowVisitOutcome {
  readonly date: CalendarDate;
  readonly type: "no-show";
  /** `included`: an included visit was counted (no fee); `fee`: none could be, so the no-show fee applies (see `noShowCharge`). */
  readonly outcome: "included" | "fee";
  /** Where the counted visit was drawn from (only when `included`). */
  readonly source?: "period" | "bonus" | "bank";
  /** Why no visit could be counted (only when `fee`): the membership was suspended or had ended that day, or no included visit was left. */
  readonly reason?: "suspended" | "membership-ended" | "none-available";
}

/** One entry of the ledger's `visits`: a visit's outcome or a no-show's. */
export type VisitLedgerEntry = VisitOutcome | NoShowVisitOutcome;

/** From `from` (the start date, then a billing date at which it bound the member), `edition` governs, with its compiled `tariff`. */
export interface GoverningEdition {
  readonly edition: Edition;
  readonly from: CalendarDate;
  readonly tariff: CompiledTariff;
}

/** Validated input of the fold. */
export interface LedgerParams {
  readonly startDate: CalendarDate;
  readonly asOf: CalendarDate;
  /** The accrual period length that applies: Home or Office (§2.2). */
  readonly periodKey: "homePeriodMonths" | "officePeriodMonths";
  /** Yearly plans: a bonus at the start of each membership year (a yearly billing period, `yearlyPeriodMonths`). */
  readonly yearlyBonus: boolean;
  /**
   * The editions governing the membership, oldest first, with increasing `from`; the first one from
   * `startDate`. A single entry applies that edition throughout.
   */
  readonly governing: readonly GoverningEdition[];
  /** Write the governing edition's id on each period and membership-year entry. */
  readonly tagEditions?: boolean;
  /** Visit dates on or before `asOf`, any order. */
  readonly visits: readonly CalendarDate[];
  /** Dates of no-shows to resolve by counting an included visit, on or before `asOf`, any order (default none). */
  readonly noShows?: readonly CalendarDate[];
  /** Suspensions with inclusive `to`, clipped to `asOf`. */
  readonly suspensions: readonly { readonly from: CalendarDate; readonly to: CalendarDate }[];
  /** Lapse or termination on or before `asOf`. */
  readonly end?: { readonly date: CalendarDate; readonly reason: "lapsed" | "terminated" };
  readonly rolloverDuringSuspension: "roll" | "forfeit";
}

/** The folded ledger. */
export interface Ledger {
  periods: AllowancePeriod[];
  bonusYears: AllowancePeriod[];
  bank: number;
  forfeitures: Forfeiture[];
  visits: VisitLedgerEntry[];
  ended: boolean;
  rolledDuringSuspension: number;
  /** The accrual period containing `asOf` (`end` inclusive), listed or not (after a lapse it is not). */
  current: { start: CalendarDate; end: CalendarDate };
}

/** A period or membership year opening on a day: its index, its last day and the edition it follows. */
interface Opening {
  readonly index: number;
  readonly end: CalendarDate;
  readonly governing: GoverningEdition;
}

/** One draw of an included visit: where it came from, or why none could be drawn. */
type Draw = "period" | "bonus" | "bank" | "suspended" | "membership-ended" | "none-available";
/** Draws of one day, counted by outcome. */
interface Tally {
  period: number;
  bonus: number;
  bank: number;
  suspended: number;
  ended: number;
  none: number;
}

interface Day {
  period?: Opening;
  year?: Opening;
  visits: number;
  noShows: number;
  end?: "lapsed" | "terminated";
}

/** Folds the membership's events into the ledger, writing one explanation step per day that changes it. */
export function foldVisitLedger(p: LedgerParams, t: Trace): Ledger {
  const suspended = suspensionIndex(p.suspensions);
  const last = p.end && p.end.date < p.asOf ? p.end.date : p.asOf;

  const days = new Map<CalendarDate, Day>();
  const at = (d: CalendarDate): Day => {
    let day = days.get(d);
    if (!day) days.set(d, (day = { visits: 0, noShows: 0 }));
    return day;
  };
  // Each period's length is that of the edition governing its first day; every boundary is counted from
  // the anchor (clamped, the anchor day kept). The walk goes on to `asOf` to find the current period.
  const periodGoverning = governingAt(p.governing);
  let current = { start: p.startDate, end: p.startDate };
  for (let k = 0, months = 0; ; k++) {
    const d = addMonths(p.startDate, months);
    if (d > p.asOf) break;
    const governing = periodGoverning(d);
    months += governing.tariff[p.periodKey].value;
    const end = addDays(addMonths(p.startDate, months), -1);
    current = { start: d, end };
    if (d <= last) at(d).period = { index: k, end, governing };
  }
  if (p.yearlyBonus) {
    const yearGoverning = governingAt(p.governing);
    for (let j = 0, months = 0; ; j++) {
      const d = addMonths(p.startDate, months);
      if (d > last) break;
      const governing = yearGoverning(d);
      months += governing.tariff.yearlyPeriodMonths.value;
      at(d).year = { index: j, end: addDays(addMonths(p.startDate, months), -1), governing };
    }
  }
  for (const v of p.visits) at(v).visits++;
  for (const v of p.noShows ?? []) at(v).noShows++;
  if (p.end) at(p.end.date).end = p.end.reason;

  const ledger: Ledger = { periods: [], bonusYears: [], bank: 0, forfeitures: [], visits: [], ended: false, rolledDuringSuspension: 0, current };
  // The edition governing the day being folded; an explanation step marks each take-over, in date order.
  let g = 0;
  let now = p.governing[0] as GoverningEdition;
  const takeOver = (date: CalendarDate) => {
    for (let next = p.governing[g + 1]; next !== undefined && next.from <= date; next = p.governing[++g + 1]) {
      t.explain(takeOverStep(now, next, p), "terms.5.price-changes", "terms.16.changes");
      now = next;
    }
  };
  let period: AllowancePeriod | undefined;
  let year: AllowancePeriod | undefined;

  const forfeit = (date: CalendarDate, count: number, source: Forfeiture["source"], reason: ForfeitReason, clause: string) => {
    if (count > 0) ledger.forfeitures.push({ date, count, source, reason, clause });
  };
  const rollOver = (rec: AllowancePeriod, date: CalendarDate, source: "period" | "bonus"): string | undefined => {
    const cap = now.tariff.bankCap;
    const rollClause = cap.clause;
    const left = rec.remaining;
    rec.remaining = 0;
    if (left === 0) return undefined;
    const what = source === "period" ? `the period ending ${rec.end}` : `the membership year ending ${rec.end} (bonus)`;
    if (suspended(date)) {
      if (p.rolloverDuringSuspension === "forfeit") {
        rec.forfeited += left;
        forfeit(date, left, source, "suspended-at-rollover", "terms.6.failed-payments");
        t.cite("terms.6.failed-payments");
        return `${left} unused ${agree(left, "visit", "visits")} of ${what} forfeited: the boundary fell during a suspension (option rolloverDuringSuspension "forfeit")`;
      }
      ledger.rolledDuringSuspension += left;
    }
    // A lower cap than the bank already holds keeps what was banked and takes nothing more (T17.bank-cap-lowered).
    const moved = Math.max(0, Math.min(cap.value - ledger.bank, left));
    ledger.bank += moved;
    rec.rolledToBank += moved;
    rec.forfeited += left - moved;
    forfeit(date, left - moved, source, "bank-cap", rollClause);
    t.cite(rollClause);
    return (
      `${left} unused ${agree(left, "visit", "visits")} of ${what} rolled to the bank` +
      (left > moved ? `, ${left - moved} forfeited because the bank is capped at ${cap.value}` : "") +
      ` (bank ${ledger.bank})`
    );
  };

  /** Draws one included visit on a day (period, then bonus, then bank: T4.use-order), or says why none can be drawn. */
  const draw = (isSuspended: boolean): Draw => {
    if (ledger.ended) return "membership-ended";
    if (isSuspended) return "suspended";
    if (period && period.remaining > 0) {
      period.remaining--;
      period.used++;
      return "period";
    }
    if (year && year.remaining > 0) {
      year.remaining--;
      year.used++;
      return "bonus";
    }
    if (ledger.bank > 0) {
      ledger.bank--;
      return "bank";
    }
    return "none-available";
  };
  const tally = (counts: Tally, d: Draw) => {
    if (d === "membership-ended") counts.ended++;
    else if (d === "none-available") counts.none++;
    else counts[d]++;
  };

  const ordered = [...days.keys()].sort();
  for (const date of ordered) {
    const day = days.get(date) as Day;
    const notes: string[] = [];
    takeOver(date);
    // 1. Roll over what ended yesterday: the accrual period first, then the membership year.
    if (day.period !== undefined && day.period.index > 0 && period && !ledger.ended) {
      const n = rollOver(period, date, "period");
      if (n) notes.push(n);
    }
    if (day.year !== undefined && day.year.index > 0 && year && !ledger.ended) {
      const n = rollOver(year, date, "bonus");
      if (n) notes.push(n);
    }
    // 2. Lapse or termination: everything left is forfeited.
    if (day.end && !ledger.ended) {
      const reason = day.end;
      const clause = reason === "lapsed" ? now.tariff.bankCap.clause : "terms.15.termination";
      const lost: string[] = [];
      if (period && period.remaining > 0) {
        forfeit(date, period.remaining, "period", reason, clause);
        lost.push(`${period.remaining} of the current period`);
        period.forfeited += period.remaining;
        period.remaining = 0;
      }
      if (year && year.remaining > 0) {
        forfeit(date, year.remaining, "bonus", reason, clause);
        lost.push(`${year.remaining} bonus`);
        year.forfeited += year.remaining;
        year.remaining = 0;
      }
      if (ledger.bank > 0) {
        forfeit(date, ledger.bank, "bank", reason, clause);
        lost.push(`${ledger.bank} banked`);
        ledger.bank = 0;
      }
      ledger.ended = true;
      t.cite(clause);
      notes.push(
        `membership ${reason === "lapsed" ? "lapsed" : "terminated"}: ` +
          (lost.length ? `forfeited the unused visits (${lost.join(", ")})` : "nothing left to forfeit") +
          "; nothing accrues after this day",
      );
    }
    // 3. Grants of the periods starting today.
    const isSuspended = suspended(date);
    if (day.period !== undefined && !ledger.ended) {
      const { index: k, end, governing } = day.period;
      period = openSpan(date, end, governing.tariff.visitsPerPeriod.value, isSuspended, p.tagEditions ? governing.edition.id : undefined);
      const granted = period.granted;
      ledger.periods.push(period);
      t.cite(governing.tariff[p.periodKey].clause);
      notes.push(
        `period ${k + 1} (${period.start} – ${period.end}) starts` +
          (isSuspended ? " during a suspension: no visit granted" : `: +${plural(granted, "included visit")}`),
      );
    }
    if (day.year !== undefined && !ledger.ended) {
      const { index: j, end, governing } = day.year;
      year = openSpan(date, end, governing.tariff.yearlyBonusVisits.value, isSuspended, p.tagEditions ? governing.edition.id : undefined);
      const granted = year.granted;
      ledger.bonusYears.push(year);
      t.cite(governing.tariff.yearlyBonusVisits.clause);
      notes.push(
        `membership year ${j + 1} (${year.start} – ${year.end}) starts` +
          (isSuspended ? " during a suspension: no bonus visit granted" : `: +${plural(granted, "bonus visit")}`),
      );
    }
    // 4. Visits, drawn from what expires first: current period, then bonus, then bank.
    const drawn: Tally = { period: 0, bonus: 0, bank: 0, suspended: 0, ended: 0, none: 0 };
    for (let i = 0; i < day.visits; i++) {
      const d = draw(isSuspended);
      tally(drawn, d);
      ledger.visits.push(d === "period" || d === "bonus" || d === "bank" ? { date, outcome: d } : { date, outcome: "rejected", reason: d });
    }
    if (day.visits > 0) {
      const parts: string[] = [];
      if (drawn.period) parts.push(`${drawn.period} from the current period`);
      if (drawn.bonus) parts.push(`${drawn.bonus} from the yearly bonus`);
      if (drawn.bank) parts.push(`${drawn.bank} from the bank (bank ${ledger.bank})`);
      if (drawn.suspended) parts.push(`${drawn.suspended} rejected: suspended, visits cannot be used`);
      if (drawn.ended) parts.push(`${drawn.ended} rejected: the membership has ended`);
      if (drawn.none) parts.push(`${drawn.none} not included: no included visit left (billed as an extra on-site visit)`);
      if (drawn.suspended) t.cite("terms.6.failed-payments");
      if (drawn.none) t.cite("terms.5.member-rate");
      notes.push(`${plural(day.visits, "visit")}: ${parts.join("; ")}`);
    }
    // 4b. No-shows counted as an included visit (§4), after the day's visits (register T4.no-show-same-day);
    //    never drawn while suspended or after the end: the no-show fee applies instead.
    if (day.noShows > 0) {
      const counted: Tally = { period: 0, bonus: 0, bank: 0, suspended: 0, ended: 0, none: 0 };
      for (let i = 0; i < day.noShows; i++) {
        const d = draw(isSuspended);
        tally(counted, d);
        ledger.visits.push(
          d === "period" || d === "bonus" || d === "bank"
            ? { date, type: "no-show", outcome: "included", source: d }
            : { date, type: "no-show", outcome: "fee", reason: d },
        );
      }
      const noShowClause = now.tariff.noShowFee.clause;
      const parts: string[] = [];
      if (counted.period) parts.push(`${counted.period} counted as an included visit from the current period`);
      if (counted.bonus) parts.push(`${counted.bonus} counted as an included visit from the yearly bonus`);
      if (counted.bank) parts.push(`${counted.bank} counted as an included visit from the bank (bank ${ledger.bank})`);
      if (counted.suspended) parts.push(`${counted.suspended} not counted: suspended, visits cannot be used; the no-show fee applies`);
      if (counted.ended) parts.push(`${counted.ended} not counted: the membership has ended; the no-show fee applies`);
      if (counted.none) parts.push(`${counted.none} not counted: no included visit left; the no-show fee applies`);
      t.cite(noShowClause);
      if (counted.period + counted.bonus + counted.bank > 0) t.cite(now.tariff.bankCap.clause);
      if (counted.suspended) t.cite("terms.6.failed-payments");
      notes.push(`${plural(day.noShows, "no-show")}: ${parts.join("; ")}`);
    }
    if (notes.length) t.explain(`${date}: ${notes.join("; ")}.`);
  }
  takeOver(p.asOf);
  return ledger;
}

/**
 * The edition governing the billing period that contains `d`: the last entry with `from ≤ d`. Each `from` is
 * a billing date (the one at which the edition bound the member), so this is the binding at the billing date
 * that opened the period containing `d`. Asked in non-decreasing date order only: a pointer moves forward.
 */
function governingAt(governing: readonly GoverningEdition[]): (d: CalendarDate) => GoverningEdition {
  let i = 0;
  return (d) => {
    for (let next = governing[i + 1]; next !== undefined && next.from <= d; next = governing[++i + 1]);
    return governing[i] as GoverningEdition;
  };
}

/** `n` and a noun, plural unless `n` is 1 (the base edition's counts read as before: "1 included visit", "3 months"). */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** What the ledger reads of an edition, named for the explanation. */
const LEDGER_NUMBERS = {
  homePeriodMonths: "Home accrual period (months)",
  officePeriodMonths: "Office accrual period (months)",
  visitsPerPeriod: "visits per accrual period",
  yearlyPeriodMonths: "membership year (months)",
  yearlyBonusVisits: "bonus visits per membership year",
  bankCap: "bank cap",
} as const;

/** The explanation step of a take-over: which edition, from which billing date, and what it changes in the ledger. */
function takeOverStep(prev: GoverningEdition, next: GoverningEdition, p: LedgerParams): string {
  const keys: (keyof typeof LEDGER_NUMBERS)[] = [p.periodKey, "visitsPerPeriod", ...(p.yearlyBonus ? (["yearlyPeriodMonths", "yearlyBonusVisits"] as const) : []), "bankCap"];
  const changed = keys.filter((k) => prev.tariff[k].value !== next.tariff[k].value).map((k) => `${LEDGER_NUMBERS[k]} ${prev.tariff[k].value} → ${next.tariff[k].value}`);
  const e = next.edition;
  return (
    `From the billing date ${next.from}, ${e.id}${e.hypothetical ? " (hypothetical: a what-if, never announced)" : ""} governs this membership ` +
    `(announced ${e.announcedOn}, in force from ${e.effectiveOn}; it binds from the first billing date on or after its effective date ` +
    `and at least ${prev.tariff.priceChangeNoticeDays.value} days after its announcement): accrual periods and membership years starting, ` +
    `and rollovers into the bank, on or after that day follow its numbers (${changed.length ? changed.join(", ") : "the visit allowance is unchanged"}).`
  );
}

/**
 * `d` is suspended when some suspension has `from ≤ d ≤ to`, that is when the
 * latest `to` among the suspensions starting on or before `d` is on or after
 * `d`. The fold asks about its days in date order, so the suspensions are
 * sorted once and a pointer moves with the days: one sort, then one pass over
 * suspensions and days (a scan of every suspension per day cost days ×
 * suspensions: issue 11).
 */
function suspensionIndex(suspensions: LedgerParams["suspensions"]): (d: CalendarDate) => boolean {
  const byStart = [...suspensions].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  let next = 0;
  let latestTo = "";
  // Only ever asked in non-decreasing date order (the fold's day loop).
  return (d) => {
    for (let s = byStart[next]; s !== undefined && s.from <= d; s = byStart[++next]) {
      if (s.to > latestTo) latestTo = s.to;
    }
    return latestTo >= d;
  };
}

/** A period or membership year opening on `start`: it grants `grant` visits unless it starts during a suspension (T4). */
function openSpan(start: CalendarDate, end: CalendarDate, grant: number, suspendedAtStart: boolean, edition: string | undefined): AllowancePeriod {
  const granted = suspendedAtStart ? 0 : grant;
  const span: AllowancePeriod = { start, end, granted, used: 0, rolledToBank: 0, forfeited: 0, remaining: granted, suspendedAtStart };
  return edition === undefined ? span : { ...span, edition };
}
