import type { Interpretation } from "./types.js";
import { deepFreeze } from "../freeze.js";

/** Readings of the per-service Terms rules (T1–T3, T5–T10, T14). */
export const termsInterpretations: readonly Interpretation[] = /* @__PURE__ */ deepFreeze([
  {
    id: "T1.outside-area",
    clauses: ["terms.1.service-area", "terms.5.trip-fee"],
    question: "What does service outside Roseville need?",
    reading:
      "Prior written approval (`outsideAreaApproved: true`) makes the customer eligible, on site with a separately quoted trip fee, for a remote session (`mode: \"remote\"`) with none (T18: there is no trip); without it, not eligible, remote or on site. The area is matched on the first five digits of the ZIP, so ZIP+4 codes work.",
  },
  {
    id: "T1.age",
    clauses: ["terms.1.eligibility"],
    question: "On which day is the age of 18 measured, and in what unit?",
    reading: "`age` is the customer's age in whole years on the service date; 18 or more is eligible.",
  },
  {
    id: "T6.endpoint-limit-order",
    clauses: ["terms.2.4.device-limit", "terms.2.4.device", "terms.2.4.add-ons"],
    question: "Which endpoints are covered when there are more than the limit, and what does `addOn` mean on a desktop?",
    reading:
      "Desktops, laptops and tablets fill the plan's limit in input order and the rest are add-ons, whatever their `addOn` flag: a member is never billed an add-on for a device the plan covers. `addOn` decides only whether a printer or IoT device is covered (as an add-on).",
  },
  {
    id: "T6.antivirus-add-ons",
    clauses: ["terms.2.3.antivirus", "terms.2.4.add-ons"],
    question: "Which devices get antivirus on a yearly plan?",
    reading:
      "Covered endpoints and endpoint add-ons (the yearly add-on 'includes AV/monitoring where applicable'); printers and IoT add-ons get none, antivirus not being applicable to them. Monthly plans: none.",
  },
  {
    id: "T6.covered-count",
    clauses: ["terms.2.4.device-limit"],
    question: "Does `covered` include add-ons?",
    reading: "No: `covered` counts devices within the plan's limit (never above `deviceLimit`); add-ons are counted in `addOns`.",
  },
  {
    id: "T10.grace",
    clauses: ["terms.5.overtime"],
    question: "How do grace minutes work?",
    reading:
      "Off by default (0). When set, the first `graceMinutes` minutes beyond the block are not billed and the rest is rounded by the rounding option, so the fee stays monotone in minutes.",
    option: "graceMinutes",
  },
  {
    id: "T10.rounding",
    clauses: ["terms.5.overtime"],
    question: "Is an overtime increment billed when started or when complete?",
    reading: "Each started 30 minutes is billed (61 min remote = $35, 91 min remote = $70); `rounding: \"full\"` bills complete increments only.",
    option: "rounding",
  },
  {
    id: "T10.member-remote",
    clauses: ["terms.2.1.unlimited", "terms.2.1.session-length", "terms.5.overtime"],
    question: "What does a member pay for a remote session?",
    reading: "Nothing for the session (unlimited requests, a $0.00 line is shown for traceability); overtime beyond the 60-minute block at $35 per started 30 minutes.",
  },
  {
    id: "T10.included-visit-absent",
    clauses: ["terms.5.member-rate", "terms.2.2.visit-length"],
    question: "How is an on-site member visit priced when the host does not say whether it uses an included visit?",
    reading: "As a member extra visit ($149), the conservative reading for an invoice that must be justified; the explanation states the assumption. Pass `includedVisit: true` to use an included visit.",
    option: "includedVisit",
  },
  {
    id: "T10.zip-absent",
    clauses: ["terms.1.service-area", "terms.5.trip-fee"],
    question: "What if an on-site quote has no ZIP?",
    reading:
      "The address is taken to be inside the service area and the explanation says so; a `tripFee` without a ZIP is taken as an approved outside-area trip. Outside the area without a trip fee the quote is not eligible and prices nothing.",
  },
  {
    id: "T10.inapplicable-flags",
    clauses: ["terms.5.trip-fee", "terms.2.2.visit-length"],
    question: "What if a quote carries a flag that cannot apply (an included visit on a remote session or for a non-member, a trip fee for remote work or inside the area)?",
    reading: "The flag is ignored and the explanation says so: the service is priced as the Terms price it (no included visit, no trip fee).",
  },
  {
    id: "T18.shared-fields",
    clauses: ["terms.1.service-area", "terms.5.trip-fee"],
    question: "Which inputs do `quoteService` and `checkEligibility` share, so that they must agree on eligibility?",
    reading:
      "`zip` (a quote without a ZIP has no counterpart: `checkEligibility` needs one), `outsideAreaApproved`, `edition` and `mode` (added to `checkEligibility`, optional; absent is read as on site, the behaviour before T18). On site, a quote's `tripFee` states the approval (a trip fee is only quoted for an approved trip), so it counts as `outsideAreaApproved: true`; on a remote session it is ignored and approves nothing. Age is not shared (a quote has none): the two agree for a customer of the minimum age or older. For those inputs both give the same `eligible`, and `tripFeeRequired` is true exactly when the quote has a trip-fee line.",
  },
  {
    id: "T18.approval-inside-area",
    clauses: ["terms.1.service-area", "terms.5.trip-fee"],
    question: "Is `outsideAreaApproved: true` on site without a `tripFee` an input error when the ZIP is inside the service area?",
    reading:
      "No: inside the area no approval and no trip fee are needed, so the flag is ignored and the explanation says so (as T10.inapplicable-flags). It is an input error when the ZIP is outside the area or absent (the approval itself says the visit is outside the area, and the fee must be quoted in advance).",
  },
  {
    id: "T18.contradiction-scope",
    clauses: ["terms.5.trip-fee"],
    question: "Is `outsideAreaApproved: false` with a `tripFee` contradictory even where the fee would be ignored (a remote session, a ZIP inside the area)?",
    reading: "Yes: the two inputs contradict each other whatever the mode or ZIP (a trip fee is only quoted for an approved trip), so it is an input error in every case, never a silently ignored fee.",
  },
  {
    id: "T18.remote-zip-absent",
    clauses: ["terms.1.service-area"],
    question: "What if a remote quote has no ZIP?",
    reading:
      "As for on-site work (T10.zip-absent), the address is taken to be inside the service area: the session is quoted, whatever `outsideAreaApproved` says. A host that knows the customer is outside Roseville passes the ZIP.",
  },
  {
    id: "T8.missed",
    clauses: ["terms.4.no-show"],
    question: "What if there is no cancellation instant?",
    reading: "The appointment was not cancelled and was missed: a no-show. `noticeHours` is then `null`.",
  },
  {
    id: "T8.exactly-24h",
    clauses: ["terms.4.no-show"],
    question: "Is a cancellation exactly 24 elapsed hours before the start free?",
    reading: "Yes: '24 hours' notice' is met at exactly 24 hours; `freeCancellationUntil` is that instant, inclusive.",
  },
  {
    id: "T8.count-visit-unavailable",
    clauses: ["terms.4.no-show"],
    question: "What if the host asks to count a no-show as a visit but none is available?",
    reading: "The $45 fee applies instead (the text allows counting a visit only as an alternative to the fee); the explanation says why.",
    option: "resolution",
  },
  {
    id: "T8.no-access-precedence",
    clauses: ["terms.4.no-show"],
    question: "What if no access on arrival is reported together with a cancellation?",
    reading:
      "With a cancellation given less than 24 hours ahead (or after the start), no access on arrival is a no-show (spec T8: '< 24 h, or no access on arrival'). With a cancellation given 24 hours or more ahead it is contradictory input: a PolicyInputError naming `noAccessOnArrival` and `canceledAt`, never a fee (spec T19).",
  },
  {
    id: "T9.after-hours",
    clauses: ["terms.4.support-hours", "terms.4.sla"],
    question: "From when does a request made outside support hours count?",
    reading:
      "From the next opening: a request before opening on a business day counts from that day; one at or after closing, or on a closed day, counts from the next business day. The close is exclusive (17:00 is after hours).",
  },
  {
    id: "T9.holidays-override",
    clauses: ["terms.4.support-hours"],
    question: "Does a `holidays` list add to or replace the US federal holidays?",
    reading:
      "It replaces them (the host's posted closures are the whole list); combine with `usFederalHolidays(year)` to add closures to the federal ones. Inauguration Day (only for federal employees in the Washington area) is not a closure.",
    option: "holidays",
  },
  {
    id: "T9.due-instant",
    clauses: ["terms.4.sla"],
    question: "At what instant is 'same day' or 'next business day' due?",
    reading: "At the close of support hours on the due day, Pacific, DST-aware.",
  },
  {
    id: "T14.repeated",
    clauses: ["terms.9.examples-repetitive"],
    question: "When is training 'repetitive'?",
    reading: "When `similarInLast30Days` is at least 3 (spec default); the count is compared as given, so the host decides whether it includes the current request.",
    option: "thresholds.repeatedRequests",
  },
  {
    id: "T14.multi-hour",
    clauses: ["terms.9.examples-setups"],
    question: "When is a custom setup 'multi-hour' and a data migration 'large'?",
    reading:
      "Over 120 minutes (spec default) for both: the Terms give no size for 'large data migrations', so the same duration threshold is used. Without `minutes` neither is reviewed.",
    option: "thresholds.multiHourMinutes",
  },
  {
    id: "T14.reinstall",
    clauses: ["terms.9.examples-setups"],
    question: "Is a re-install reviewed when the host does not say whether it is tied to an incident?",
    reading: "No: only `tiedToIncident: false` sends it to review; otherwise it is normal support (benefit of the doubt to the member).",
    option: "tiedToIncident",
  },
  {
    id: "core.optional-undefined",
    clauses: [],
    question: "Is an optional field explicitly set to `undefined` an error?",
    reading: "No: it is treated as absent, as JavaScript hosts commonly spread optional values; any default then applied is stated in the explanation. Unknown keys, NaN and wrong types are errors.",
  },
]);
