import type { Interpretation } from "./types.js";
import { deepFreeze } from "../freeze.js";

/** Readings of the Terms over time (T17): editions and which one binds whom. */
export const editionInterpretations: readonly Interpretation[] = /* @__PURE__ */ deepFreeze([
  {
    id: "T17.billing-dates",
    clauses: ["terms.6.billing-date", "terms.6.auto-renewal", "terms.16.changes"],
    question: "Which dates are a member's billing dates, at which a new edition can bind?",
    reading:
      "The signup date and each renewal per T12: monthly plans on the anchor day each month, yearly plans on the anniversary, clamped to the month's end and always computed from the signup date. The period length is the one of the edition governing the period that ends at that renewal.",
  },
  {
    id: "T17.notice-counting",
    clauses: ["terms.5.price-changes", "terms.16.changes"],
    question: "How are the 30 days of notice counted, and under which edition's number?",
    reading:
      "In calendar days: a billing date qualifies when it is on or after announcedOn + 30 (the notice day is day 0). The number of days is the `priceChangeNoticeDays` of the edition governing the member at that billing date, so an edition cannot shorten the notice it is itself announced under.",
  },
  {
    id: "T17.never-back",
    clauses: ["terms.5.price-changes", "terms.16.changes"],
    question: "At a billing date where several editions qualify, or where an earlier-effective edition's notice has only now run, which binds?",
    reading:
      "The qualifying edition with the latest effectiveOn, and only if it is later than the edition already bound: a member never goes back to an earlier edition, even when that edition's notice runs out after a later one bound.",
  },
  {
    id: "T17.non-member-notice",
    clauses: ["terms.5.price-changes"],
    question: "Does a new edition need notice before it prices a single (one-time) service?",
    reading:
      "No: prices change immediately for one-time services not yet booked (§5). A single service takes the latest edition with effectiveOn on or before its booking date (a quote not yet booked: its date), whatever announcedOn; a booked service keeps its booking's edition.",
  },
  {
    id: "T17.based-on",
    clauses: ["terms.16.changes"],
    question: "What may an edition be built from, and what does it inherit?",
    reading:
      "From any earlier edition (default the base): it inherits every number and changed text, must take effect after it, and is hypothetical when it or the edition it is based on is hypothetical (a what-if built on a what-if stays a what-if). Its `changes` list only what differs from the edition it is based on; `compareEditions` compares any two.",
  },
  {
    id: "T17.kinds",
    clauses: ["terms.5.price-changes", "terms.16.changes"],
    question: "What values may an edition give a number of the Terms?",
    reading:
      "One of the same kind: money is a non-negative amount with at most 2 decimals, stored as a two-decimal string (`60` → \"60.00\"); counts are whole numbers from 0 to 10,000, and counts that size a block, an increment or a period (minutes, months) from 1; the service area is a list of distinct five-digit ZIP codes. Changed texts are for clauses of the Terms only.",
  },
  {
    id: "T17.single-edition-rules",
    clauses: ["terms.5.price-changes", "terms.16.changes"],
    question: "Does a rule given one `edition` work out which edition binds the customer?",
    reading:
      "No: every Terms rule but `visitAllowance` decides under the one edition it is given (default the base); the host asks `editionFor` which edition binds (for a yearly refund, the edition bound on the purchase or renewal date). `billingPeriod` and `monthlyCancellation` count every period with the given edition's period length, as if it had always applied. `classifyRequest` takes no edition: its fair-use thresholds are spec defaults the host overrides, not numbers of the Terms.",
  },
  {
    id: "T17.refund-monthly-add-on",
    clauses: ["terms.6.yearly-refund", "terms.2.4.add-ons"],
    question: "Which add-on fee of an edition prices deduction (i) of a yearly refund?",
    reading:
      "The monthly one (`addOnMonthly`): §6 charges services rendered \"at prevailing monthly rates\"; an edition changing only the yearly add-on fee changes no refund.",
  },
  {
    id: "T17.explanation",
    clauses: ["terms.16.changes"],
    question: "How does a result show that it was decided under an edition other than the Terms as shipped?",
    reading:
      "Its `edition` field names the edition (`relument-terms@base` for the Terms as shipped), `hypothetical: true` marks a what-if, and the first explanation step names a non-base edition, its dates and the keys it changes (it cites no clause, so citations are those of the base whenever the edition changes nothing the rule reads). Sentences built from a number say the edition's number (an SLA of 2 business days reads \"within 2 business days\").",
  },
  {
    id: "T17.ledger-periods",
    clauses: ["terms.2.2.home", "terms.2.2.office", "terms.2.2.yearly-bonus", "terms.16.changes"],
    question: "With `editions`, which edition governs each day of the visit ledger, and how long are its periods?",
    reading:
      "The edition bound at the latest billing date on or before that day (bindings only happen on billing dates, so this is the edition of the billing period containing the day). An accrual period keeps the length set by the edition of its first day (a running period is neither cut nor stretched); later boundaries add each period's own length to the start date, clamped to month ends. A membership year is a yearly plan's billing period, so its bonus follows the edition of its billing date. After a lapse or termination no edition binds any more.",
  },
  {
    id: "T17.bank-cap-lowered",
    clauses: ["terms.2.2.rollover", "terms.16.changes"],
    question: "What happens to visits already banked when an edition lowers the bank cap?",
    reading:
      "They stay: rollovers add only up to the new cap, and nothing while the bank holds more (taking banked visits away would be retroactive; the cap limits what rolls over).",
  },
  {
    id: "T17.ledger-result",
    clauses: ["terms.16.changes"],
    question: "Which edition does a ledger over several editions name, and when is it hypothetical?",
    reading:
      "`edition` names the edition governing the period containing `asOf` (after a lapse or termination, the last billing period's); each period and membership year carries its edition id when `editions` lists a non-base edition; the result is `hypothetical: true` when a what-if governed any period, even if a real edition governs `asOf`. The explanation names each billing date where an edition took over and the numbers it changed.",
  },
  {
    id: "P9.change-clause-from-data",
    clauses: ["privacy.13.changes", "relaso.changes", "reliom.10.changes", "relenta.1.changes"],
    question: "From when is a new edition of a privacy policy in force?",
    reading:
      "Per the policy's own change clause, read from the profile's data (its P7 fields), not its name: a stated advance notice of N days puts an edition in force from the later of `effectiveOn` and `announcedOn` + N (Relaso: 30); \"may change at any time\" from `effectiveOn` (Relenta); a stated effective or \"Last updated\" date from `effectiveOn` (Relument, Reliom). A profile silent on changes, or an edition without `announcedOn`, is in force from `effectiveOn`. The change clause is the one of the edition being replaced (the previous one by `effectiveOn`; the earliest uses its own).",
  },
  {
    id: "P9.which-date",
    clauses: ["privacy.13.changes", "relaso.changes"],
    question: "Which date picks the edition of a privacy policy for a decision?",
    reading:
      "The decision's own date: `receivedOn` (rights requests), `asOf` (retention), `on` (consent and age checks; required with `profiles`), `optedOutOn` (marketing opt-out), `noticeOn` (policy changes and the termination window). Of the editions in force that day, the latest `effectiveOn` wins; two with the same `effectiveOn` are an input error; none in force yet is an input error naming the earliest date one is. A single `profile` carrying an `edition` is applied as given.",
  },
  {
    id: "P9.one-policy",
    clauses: ["privacy.13.changes"],
    question: "When are the profiles of a `profiles` list editions of one policy?",
    reading: "When they share `document`: an edition may change the profile's `id` and `name`. Each carries `edition` with a distinct id.",
  },
  {
    id: "P9.notice-from-announcement",
    clauses: ["relaso.changes"],
    question: "Under a policy that promises advance notice of changes, does every new edition need that notice?",
    reading:
      "Yes: every new edition is taken as a change that needs the notice, since the library cannot tell a material change from a cosmetic one. Under Relaso's 30 days, an edition announced fewer than 30 days before its `effectiveOn` is in force from `announcedOn` + 30 days; announced earlier, from `effectiveOn`.",
  },
  {
    id: "P9.no-announcement",
    clauses: ["relaso.changes"],
    question: "An edition of a policy with an advance-notice clause gives no `announcedOn`: from when is it in force?",
    reading:
      "From its `effectiveOn`: without an announcement date no notice can be counted, and the host that omits it states that the notice was given. The explanation says so; give `announcedOn` to have the notice applied.",
  },
  {
    id: "P9.no-change-clause",
    clauses: ["privacy.13.changes"],
    question: "A profile (a host's) states no change clause at all: from when is its new edition in force?",
    reading: "From its `effectiveOn`, the date the edition states; the explanation says the policy states no change clause.",
  },
  {
    id: "P9.notice-under-replaced-edition",
    clauses: ["privacy.13.changes", "relaso.changes"],
    question: "An edition changes the change clause itself (drops or adds a notice period): which clause governs its own coming into force?",
    reading:
      "The clause of the edition it replaces (the previous one by `effectiveOn`): a promise of notice binds the change that would remove it, and a newly added notice period does not delay the edition that adds it. The earliest edition of a list uses its own clause.",
  },
  {
    id: "P9.single-profile-as-given",
    clauses: ["privacy.13.changes"],
    question: "A single `profile` carries an `edition`: is it checked against the decision's date?",
    reading:
      "No: a single profile is applied as given, whatever its dates (the host chose it), and the result names its edition; to have the edition in force on the decision's date picked, pass the editions as `profiles`.",
  },
]);
