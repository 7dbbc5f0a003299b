import type { Interpretation } from "./types.js";
import { deepFreeze } from "../freeze.js";

/** Readings of the membership-lifecycle rules (T4, T11–T13, T15). */
export const lifecycleInterpretations: readonly Interpretation[] = /* @__PURE__ */ deepFreeze([
  {
    id: "T4.period-bounds",
    clauses: ["terms.2.2.home", "terms.2.2.office"],
    question: "When do accrual periods start and end, and when is their visit granted?",
    reading:
      "Periods are anchored on the membership start date, every 3 months (Home) or 2 months (Office), each start computed from the anchor with month-end clamping (Jan 31 → Apr 30 → Jul 31). The visit is granted on the period's first day; a period's end is inclusive, the day before the next period starts.",
  },
  {
    id: "T4.bonus-timing",
    clauses: ["terms.2.2.yearly-bonus"],
    question: "When is the yearly plans' bonus visit granted, and when does an unused one roll over?",
    reading:
      "On the first day of each membership year (the anniversaries of the start date; a Feb 29 start gives Feb 28 in common years). An unused bonus goes to the bank when the membership year ends, like a period's visit, subject to the same cap of 2.",
  },
  {
    id: "T4.use-order",
    clauses: ["terms.2.2.home", "terms.2.2.yearly-bonus", "terms.2.2.rollover"],
    question: "Which visit does a used on-site visit consume?",
    reading: "What expires first: the current period's visit, then the current membership year's bonus, then the bank.",
  },
  {
    id: "T4.same-day-order",
    clauses: ["terms.2.2.rollover", "terms.6.failed-payments", "terms.15.termination"],
    question: "In what order do events and boundaries falling on the same day apply?",
    reading:
      "Within one day: (1) roll over what ended the day before (the accrual period's unused visit first, then the membership year's unused bonus, so when only one bank slot is left the bonus is the one forfeited); (2) a lapse or termination dated that day forfeits everything left; (3) the periods starting that day grant their visits, unless that day is suspended or the membership has ended; (4) the day's visits are drawn. Visits on one day are interchangeable, so the result does not depend on the order the events are given in.",
  },
  {
    id: "T4.no-visit-left",
    clauses: ["terms.2.2.rollover", "terms.5.member-rate"],
    question: "What does the ledger do with a visit when no included visit is left?",
    reading:
      "It is recorded with outcome 'rejected', reason 'none-available' (it is not included: the host bills it as a member extra on-site visit, §5) and changes nothing in the ledger.",
  },
  {
    id: "T4.suspension-days",
    clauses: ["terms.6.failed-payments", "terms.15.termination"],
    question: "Which days does a suspension { from, to } cover, and what happens to a visit dated in it?",
    reading:
      "`from` through `to` inclusive (`to` is the last suspended day); without `to` the suspension lasts through asOf. A visit dated in a suspension is not an input error: it is recorded as 'rejected', reason 'suspended', and uses nothing.",
  },
  {
    id: "T4.suspension-boundary",
    clauses: ["terms.6.failed-payments", "terms.2.2.rollover"],
    question: "When a period boundary falls during a suspension, does the ending period's unused visit still roll to the bank?",
    reading:
      "Yes (default): rollover is not use, and 'banked on-sites pause' means the bank is frozen (kept), not emptied; the bank cap still applies. A boundary is 'during a suspension' when the new period's first day is suspended. The new period grants nothing.",
    option: "visitAllowance({ rolloverDuringSuspension: \"forfeit\" }) forfeits that visit instead (reason 'suspended-at-rollover').",
  },
  {
    id: "T4.suspension-bonus",
    clauses: ["terms.6.failed-payments", "terms.2.2.yearly-bonus"],
    question: "Is the yearly bonus granted when a membership year starts during a suspension?",
    reading: "No: like a period starting while suspended, a membership year starting while suspended grants no bonus (no accrual during suspension).",
  },
  {
    id: "T4.available-while-suspended",
    clauses: ["terms.6.failed-payments"],
    question: "What does 'available' report while the membership is suspended?",
    reading:
      "The visits held (current period + bonus + bank), which are kept; the result's status 'suspended' says none of them can be used until reinstatement.",
  },
  {
    id: "T4.end-date",
    clauses: ["terms.2.2.rollover", "terms.15.termination"],
    question: "What does the date of a lapse or termination mean, and what is forfeited?",
    reading:
      "It is the first day without membership: on that day everything left (current period, bonus, bank) is forfeited and counted, no later period or bonus is granted, and a visit dated that day or later is rejected ('membership-ended'). A membership ends once: a second lapse/termination is an input error.",
  },
  {
    id: "T4.as-of",
    clauses: ["terms.2.2.rollover"],
    question: "What happens to events dated after asOf?",
    reading:
      "They are ignored (and counted in ignoredEvents), so a ledger can be read as of any past day from the full event history. A suspension starting on or before asOf is clipped to asOf. Events before the start date are input errors.",
  },
  {
    id: "T4.no-show-same-day",
    clauses: ["terms.4.no-show", "terms.2.2.rollover"],
    question: "A no-show counted as an included visit and a visit fall on the same day: which one draws first?",
    reading:
      "The day's visits draw first, then its no-shows (after the day's rollovers, lapse/termination and grants, T4.same-day-order): a visit that took place is the service the included visit is for, and §4 lets a no-show count as an included visit only as an alternative to the fee, so when one visit is left the no-show is charged the fee. The result does not depend on the order the events are given in.",
  },
  {
    id: "T4.no-show-entry",
    clauses: ["terms.4.no-show", "terms.2.2.rollover"],
    question: "How does the ledger report a no-show event, and does a visit's entry gain a `type`?",
    reading:
      "A no-show's entry is { date, type: 'no-show', outcome: 'included' | 'fee' } with `source` ('period', 'bonus' or 'bank') when a visit was counted and `reason` ('suspended', 'membership-ended' or 'none-available') when the fee applies; a counted no-show adds to `used`. A visit's entry is left as it was ({ date, outcome, reason? }, no `type`): adding `type: 'visit'` would change every existing result.",
  },
  {
    id: "T12.renewal-day",
    clauses: ["terms.6.billing-date", "terms.6.monthly-cancel"],
    question: "A monthly cancellation requested on a renewal date: which billing period is current?",
    reading:
      "The one that renewal opens (the renewal is charged on that day), so the cancellation takes effect the day before the following renewal. Billing periods are [renewal, next renewal − 1 day].",
  },
  {
    id: "T12.refund-day-count",
    clauses: ["terms.6.yearly-refund"],
    question: "How is 'within 14 days of purchase/renewal' counted?",
    reading:
      "In Pacific calendar days: the purchase/renewal date is day 0, and a request on day 14 is still refundable (day 15 is not). A request dated before the purchase is an input error.",
  },
  {
    id: "T12.refund-valuation",
    clauses: ["terms.6.yearly-refund", "terms.2.4.add-ons"],
    question: "How are '(i) services already rendered at prevailing monthly rates' valued?",
    reading:
      "If at least one service was rendered since the purchase/renewal: one prevailing monthly plan fee (an input, monthlyRate) plus the monthly add-on fee ($15) per add-on device; otherwise $0.00. The per-rendered-service valuation replaces the whole of (i) with the sum of the listed services' prices (add-on devices are then not charged separately).",
    option: "yearlyRefund({ valuation: \"per-rendered-service\", renderedServices: [{ service, price }] })",
  },
  {
    id: "T12.refund-defaults",
    clauses: ["terms.6.yearly-refund"],
    question: "What if (ii) license costs, (iii) discounts or the add-on device count are not given?",
    reading:
      "They are $0.00 / 0, and the explanation says so. The three deductions are always itemised (with $0.00 lines) when the request is in the window; the refund is max(0, paid − (i) − (ii) − (iii)) and retained = paid − refund.",
  },
  {
    id: "T12.services-rendered-input",
    clauses: ["terms.6.yearly-refund"],
    question: "Is `servicesRendered` a count or a yes/no?",
    reading:
      "Either: a count of services rendered since the purchase/renewal, or `true`/`false` for whether any was. Deduction (i) by default depends only on whether any was (one monthly fee plus add-ons), so both forms give the same refund.",
  },
  {
    id: "T11.notice",
    clauses: ["terms.5.price-changes", "terms.16.changes"],
    question: "From which renewal does a subscription price change apply, and which change wins?",
    reading:
      "From the first renewal on or after the announcement date + 30 calendar days (a renewal exactly 30 days after the announcement carries it). For a renewal date `on`, the price is the latest-announced change with announcedOn + 30 ≤ on. `on` is taken to be a renewal date (the price of a whole billing period is the one in force at the renewal that opened it).",
  },
  {
    id: "T11.same-day-changes",
    clauses: ["terms.5.price-changes"],
    question: "What if two price changes are announced on the same day?",
    reading: "If they agree it is one change; if their prices differ it is an input error (picking one by list order would be a guess).",
  },
  {
    id: "T11.one-time",
    clauses: ["terms.5.price-changes"],
    question: "Which price does a one-time service carry?",
    reading:
      "The latest change announced on or before its booking date (a change announced on the booking day applies); a booked service keeps that price whenever it is performed. A one-time service not yet booked is priced on `on` (the new price applies at once); when both `bookedOn` and `on` are given the booking governs. Subscriptions need `on` and refuse `bookedOn`; a one-time service with neither date is an input error.",
  },
  {
    id: "T15.window",
    clauses: ["terms.12.cap"],
    question: "Which payments are 'fees you paid to us in the 3 months prior to the event'?",
    reading:
      "Payments dated d with (event date − 3 months, clamped to the month's end) ≤ d < event date: a payment on the window's first day counts, one on the event day (or after) does not.",
  },
  {
    id: "T11.renewal-after-signup-change",
    clauses: ["terms.5.price-changes", "terms.6.billing-date"],
    question: "A change announced on or before the signup applies at signup; does a renewal less than 30 days after its announcement carry it too?",
    reading:
      "No: at renewals T11 applies as settled (a change reaches renewals from announcement + 30 days), so such a renewal (only a first monthly renewal can be one) carries the price before that change, and renewalCharge's explanation says so; later renewals carry it. Its plan line is always priceInForce's price for the renewal date. (Unlike an edition of the Terms, which never goes back once bound.)",
  },
  {
    id: "T12.renewal-add-on-line",
    clauses: ["terms.2.4.add-ons", "terms.6.billing-date"],
    question: "Does a billing-date charge without add-on devices show an add-on line of $0.00?",
    reading:
      "No: the add-on-devices line appears only when `addOnDevices` > 0, and §2.4 is then cited; without add-on devices (`addOnDevices` 0, or not given: 0, stated in the explanation) the charge is the plan line alone.",
  },
  {
    id: "T22.inapplicable-flags",
    clauses: ["terms.10.backups", "terms.12.indirect"],
    question: "What if `functionalBackup` or `backupAddOn` is given for a direct or indirect claim?",
    reading: "They are ignored (they decide data-loss claims only) and the explanation says so; they are not input errors.",
  },
  {
    id: "T22.excluded-report",
    clauses: ["terms.12.cap", "terms.12.indirect", "terms.10.backups"],
    question: "What does an excluded claim (indirect damages, data loss without a backup) report besides its $0.00?",
    reading:
      "`cap` $0.00 and `excluded: true`, with the §12 window (`windowStart`, `windowEnd`), the payments in it (`counted`) and their total (`feesInWindow`, what a direct claim would be capped at) for reference. A data-loss claim not excluded is capped exactly as a direct claim.",
  },
]);
