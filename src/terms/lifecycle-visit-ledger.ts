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
 *   4. the day's visits are drawn.
 */
import { addDays, addMonths, type CalendarDate } from "../core/calendar.js";
import type { Trace } from "../core/decision.js";
import { tariff } from "./tariff.js";

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
  /** Where the visit was drawn from, or `rejected`. */
  readonly outcome: "period" | "bonus" | "bank" | "rejected";
  /** Why a visit was rejected: the membership was suspended or had ended that day, or no included visit was left. */
  readonly reason?: "suspended" | "membership-ended" | "none-available";
}

/** Validated input of the fold. */
export interface LedgerParams {
  readonly startDate: CalendarDate;
  readonly asOf: CalendarDate;
  readonly periodMonths: number;
  readonly periodClause: string;
  readonly yearlyBonus: boolean;
  /** Visit dates on or before `asOf`, any order. */
  readonly visits: readonly CalendarDate[];
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
  visits: VisitOutcome[];
  ended: boolean;
  rolledDuringSuspension: number;
}

interface Day {
  periodIndex?: number;
  yearIndex?: number;
  visits: number;
  end?: "lapsed" | "terminated";
}

/** Folds the membership's events into the ledger, writing one explanation step per day that changes it. */
export function foldVisitLedger(p: LedgerParams, t: Trace): Ledger {
  const cap = tariff.bankCap;
  const rollClause = cap.clause;
  const bonusClause = tariff.yearlyBonusVisits.clause;
  const endClause = (r: "lapsed" | "terminated") => (r === "lapsed" ? rollClause : "terms.15.termination");
  const suspended = suspensionIndex(p.suspensions);
  const last = p.end && p.end.date < p.asOf ? p.end.date : p.asOf;

  const days = new Map<CalendarDate, Day>();
  const at = (d: CalendarDate): Day => {
    let day = days.get(d);
    if (!day) days.set(d, (day = { visits: 0 }));
    return day;
  };
  for (let k = 0; ; k++) {
    const d = addMonths(p.startDate, k * p.periodMonths);
    if (d > last) break;
    at(d).periodIndex = k;
  }
  if (p.yearlyBonus) {
    for (let j = 0; ; j++) {
      const d = addMonths(p.startDate, 12 * j);
      if (d > last) break;
      at(d).yearIndex = j;
    }
  }
  for (const v of p.visits) at(v).visits++;
  if (p.end) at(p.end.date).end = p.end.reason;

  const ledger: Ledger = { periods: [], bonusYears: [], bank: 0, forfeitures: [], visits: [], ended: false, rolledDuringSuspension: 0 };
  let period: AllowancePeriod | undefined;
  let year: AllowancePeriod | undefined;

  const forfeit = (date: CalendarDate, count: number, source: Forfeiture["source"], reason: ForfeitReason, clause: string) => {
    if (count > 0) ledger.forfeitures.push({ date, count, source, reason, clause });
  };
  const rollOver = (rec: AllowancePeriod, date: CalendarDate, source: "period" | "bonus"): string | undefined => {
    const left = rec.remaining;
    rec.remaining = 0;
    if (left === 0) return undefined;
    const what = source === "period" ? `the period ending ${rec.end}` : `the membership year ending ${rec.end} (bonus)`;
    if (suspended(date)) {
      if (p.rolloverDuringSuspension === "forfeit") {
        rec.forfeited += left;
        forfeit(date, left, source, "suspended-at-rollover", "terms.6.failed-payments");
        t.cite("terms.6.failed-payments");
        return `${left} unused visit(s) of ${what} forfeited: the boundary fell during a suspension (option rolloverDuringSuspension "forfeit")`;
      }
      ledger.rolledDuringSuspension += left;
    }
    const moved = Math.min(cap.value - ledger.bank, left);
    ledger.bank += moved;
    rec.rolledToBank += moved;
    rec.forfeited += left - moved;
    forfeit(date, left - moved, source, "bank-cap", rollClause);
    t.cite(rollClause);
    return (
      `${left} unused visit(s) of ${what} rolled to the bank` +
      (left > moved ? `, ${left - moved} forfeited because the bank is capped at ${cap.value}` : "") +
      ` (bank ${ledger.bank})`
    );
  };

  const ordered = [...days.keys()].sort();
  for (const date of ordered) {
    const day = days.get(date) as Day;
    const notes: string[] = [];
    // 1. Roll over what ended yesterday: the accrual period first, then the membership year.
    if (day.periodIndex !== undefined && day.periodIndex > 0 && period && !ledger.ended) {
      const n = rollOver(period, date, "period");
      if (n) notes.push(n);
    }
    if (day.yearIndex !== undefined && day.yearIndex > 0 && year && !ledger.ended) {
      const n = rollOver(year, date, "bonus");
      if (n) notes.push(n);
    }
    // 2. Lapse or termination: everything left is forfeited.
    if (day.end && !ledger.ended) {
      const reason = day.end;
      const clause = endClause(reason);
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
          (lost.length ? `forfeited ${lost.join(", ")} visit(s)` : "nothing left to forfeit") +
          "; nothing accrues after this day",
      );
    }
    // 3. Grants of the periods starting today.
    const isSuspended = suspended(date);
    if (day.periodIndex !== undefined && !ledger.ended) {
      const k = day.periodIndex;
      period = openSpan(date, addDays(addMonths(p.startDate, (k + 1) * p.periodMonths), -1), tariff.visitsPerPeriod.value, isSuspended);
      const granted = period.granted;
      ledger.periods.push(period);
      t.cite(p.periodClause);
      notes.push(
        `period ${k + 1} (${period.start} – ${period.end}) starts` +
          (isSuspended ? " during a suspension: no visit granted" : `: +${granted} included visit`),
      );
    }
    if (day.yearIndex !== undefined && !ledger.ended) {
      const j = day.yearIndex;
      year = openSpan(date, addDays(addMonths(p.startDate, 12 * (j + 1)), -1), tariff.yearlyBonusVisits.value, isSuspended);
      const granted = year.granted;
      ledger.bonusYears.push(year);
      t.cite(bonusClause);
      notes.push(
        `membership year ${j + 1} (${year.start} – ${year.end}) starts` +
          (isSuspended ? " during a suspension: no bonus visit granted" : `: +${granted} bonus visit`),
      );
    }
    // 4. Visits, drawn from what expires first: current period, then bonus, then bank.
    const drawn = { period: 0, bonus: 0, bank: 0, suspended: 0, ended: 0, none: 0 };
    for (let i = 0; i < day.visits; i++) {
      if (ledger.ended) {
        ledger.visits.push({ date, outcome: "rejected", reason: "membership-ended" });
        drawn.ended++;
      } else if (isSuspended) {
        ledger.visits.push({ date, outcome: "rejected", reason: "suspended" });
        drawn.suspended++;
      } else if (period && period.remaining > 0) {
        period.remaining--;
        period.used++;
        ledger.visits.push({ date, outcome: "period" });
        drawn.period++;
      } else if (year && year.remaining > 0) {
        year.remaining--;
        year.used++;
        ledger.visits.push({ date, outcome: "bonus" });
        drawn.bonus++;
      } else if (ledger.bank > 0) {
        ledger.bank--;
        ledger.visits.push({ date, outcome: "bank" });
        drawn.bank++;
      } else {
        ledger.visits.push({ date, outcome: "rejected", reason: "none-available" });
        drawn.none++;
      }
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
      notes.push(`${day.visits} visit(s): ${parts.join("; ")}`);
    }
    if (notes.length) t.explain(`${date}: ${notes.join("; ")}.`);
  }
  return ledger;
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
function openSpan(start: CalendarDate, end: CalendarDate, grant: number, suspendedAtStart: boolean): AllowancePeriod {
  const granted = suspendedAtStart ? 0 : grant;
  return { start, end, granted, used: 0, rolledToBank: 0, forfeited: 0, remaining: granted, suspendedAtStart };
}
