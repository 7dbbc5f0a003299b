/**
 * `npm start`: real scenarios of the Terms & Conditions and of the privacy
 * policies, evaluated and explained, each with the clauses it cites quoted.
 * Run with `npx tsx examples/demo.ts`.
 */
import {
  checkConsent,
  noShowCharge,
  overtimeCharge,
  quoteService,
  retentionDecision,
  rightsRequestDeadlines,
  slaTarget,
  visitAllowance,
} from "../src/index.js";
import { printDecision } from "./format.js";

console.log("@relument/policy: demo scenarios");
console.log("\n═══ Relument Terms & Conditions ═══");

// 1. A Home member's on-site visit that uses an included visit and runs 2 h 5 min.
printDecision(
  "Member on-site visit, included visit, 125 minutes (§2.2, §5)",
  quoteService({ mode: "onsite", minutes: 125, customer: "member", includedVisit: true, zip: "95678" }),
);
printDecision("The overtime on its own (§5)", overtimeCharge({ mode: "onsite", minutes: 125 }));

// 2. A late cancellation across the spring-forward change: the same wall-clock time a day
//    earlier is only 23 elapsed hours, so the $45 fee applies.
printDecision(
  "Late cancellation across the DST change, 2026-03-08 (§4)",
  noShowCharge({ appointmentAt: "2026-03-08T10:00:00-07:00", canceledAt: "2026-03-07T10:00:00-08:00" }),
);

// 3. A non-member's remote session of 75 minutes, and when support is due to answer.
printDecision("Non-member remote session, 75 minutes (§3, §5)", quoteService({ mode: "remote", minutes: 75, customer: "non-member" }));
printDecision(
  "Non-member remote SLA, asked the evening before Thanksgiving (§4)",
  slaTarget({ mode: "remote", customer: "non-member", requestedAt: "2026-11-25T18:30:00-08:00" }),
);

// 4. A Home monthly member's included visits: one used in January, one unused rolls to the bank.
const { periods: _periods, ...allowance } = visitAllowance({
  plan: "home-monthly",
  startDate: "2026-01-01",
  asOf: "2026-05-15",
  events: [{ type: "visit", date: "2026-01-20" }],
});
printDecision("Included visits of a Home monthly member, as of 2026-05-15 (§2.2)", allowance);

console.log("\n═══ Privacy policies ═══");

// 5. Consent and Global Privacy Control under Relument's policy (the default profile).
printDecision(
  "Advertising pixels for a visitor sending a GPC signal (Relument privacy §8)",
  checkConsent({ action: "ad-pixel-sharing", pixelsEnabled: true, gpc: true }),
);
printDecision("Analytics cookies for the same visitor", checkConsent({ action: "analytics-cookie", gpc: true }));

// 6. A Californian's deletion request, received the day before Thanksgiving.
const { basis: _basis, ...request } = rightsRequestDeadlines({ profile: "relument", right: "delete", receivedOn: "2026-11-25" });
printDecision("CCPA deletion request received 2026-11-25: deadlines (Relument privacy §8)", request);

// 7. What happens to billing records after the account closes.
printDecision(
  "Billing records of an account closed on 2026-01-15, as of 2026-11-30 (Relument privacy §5)",
  retentionDecision({ profile: "relument", category: "billing", accountClosedOn: "2026-01-15", asOf: "2026-11-30" }),
);
