/**
 * `npm start`: real scenarios evaluated and explained.
 * Run with `npx tsx examples/demo.ts`.
 */
import { noShowCharge, overtimeCharge, quoteService, slaTarget } from "../src/index.js";
import { printDecision } from "./format.js";

console.log("@relument/policy — demo scenarios (Relument Terms & Conditions)");

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
printDecision(
  "Non-member remote session, 75 minutes (§3, §5)",
  quoteService({ mode: "remote", minutes: 75, customer: "non-member" }),
);
printDecision(
  "Non-member remote SLA, asked the evening before Thanksgiving (§4)",
  slaTarget({ mode: "remote", customer: "non-member", requestedAt: "2026-11-25T18:30:00-08:00" }),
);
