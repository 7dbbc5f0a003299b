/**
 * refund-desk: a yearly-plan member asks for a refund; the support agent reads
 * out the decision with its itemised deductions.
 * Run: npx tsx examples/refund-desk.ts
 */
import { yearlyRefund } from "@relument/policy";

const request = {
  purchasedOn: "2026-11-02", // yearly renewal
  requestedOn: "2026-11-16", // day 14: the last refundable day
  amountPaid: "1188.00",
  monthlyRate: "109.00", // the prevailing monthly fee of the member's plan (host price)
  servicesRendered: 1, // one on-site visit since the renewal
  addOnDevices: 2,
  licenseCosts: "36.40", // non-recoverable antivirus licences already provisioned
  discounts: "50.00", // renewal credit applied
};

const r = yearlyRefund(request);
console.log(`Refund request of ${request.requestedOn} on the plan renewed ${request.purchasedOn}: day ${r.day} of ${r.lastRefundableDay}.`);
console.log(r.eligible ? "The request is inside the refund window." : "The request is outside the refund window.");
console.log(`Amount paid:            $${request.amountPaid}`);
for (const d of r.deductions) console.log(`  less ${d.code.padEnd(18)} $${d.amount.amount.padStart(8)}   ${d.detail}`);
console.log(`Refund:                 $${r.refund.amount}`);
console.log(`Retained:               $${r.retained.amount}`);
console.log("\nWhat the agent reads out:");
r.explanation.forEach((step, i) => console.log(`  ${i + 1}. ${step}`));
console.log(`Clauses: ${r.citations.join(", ")}`);
