/**
 * privacy-request: a California deletion request under Relument's policy and
 * an EEA erasure request under Relaso's, with their deadlines and what happens
 * to each kind of data.
 * Run: npx tsx examples/privacy-request.ts
 */
import { retentionDecision, rightsRequestDeadlines } from "@relument/policy";

// A Californian asks Relument to delete their data the day before Thanksgiving.
const ca = rightsRequestDeadlines({ profile: "relument", right: "delete", receivedOn: "2026-11-25" });
console.log("Relument — CCPA deletion request received 2026-11-25");
console.log(`  acknowledge by ${ca.acknowledgeBy}, respond by ${ca.respondBy}; verification required: ${ca.verificationRequired}`);
console.log(`  clauses: ${ca.citations.join(", ")}; law: ${ca.lawCitations.join(", ")}`);
for (const category of ["identifiers", "billing", "marketing", "security-audit"]) {
  const d = retentionDecision({ profile: "relument", category, accountClosedOn: "2026-11-25", deletionRequestedOn: "2026-11-25", asOf: "2026-11-30" });
  const when = d.action === "retain" ? (d.until ? ` until ${d.until}` : "") : d.until ? ` (due since ${d.until})` : "";
  console.log(`  ${category.padEnd(15)} ${d.action}${when}${d.exception ? ` (exception: ${d.exception})` : ""}`);
}
const hold = retentionDecision({ profile: "relument", category: "billing", deletionRequestedOn: "2026-11-25", legalHold: true, asOf: "2026-11-30" });
console.log(`  billing under a legal hold: ${hold.action} (exception: ${hold.exception})`);

// An EEA user asks Relaso to erase their data on the last day of January in a leap year.
const eu = rightsRequestDeadlines({ profile: "relaso", right: "erasure", receivedOn: "2028-01-31" });
console.log("\nRelaso — GDPR erasure request received 2028-01-31");
console.log(`  respond by ${eu.respondBy} (the earlier of the policy's 30 days and GDPR's one month)`);
eu.explanation.forEach((step) => console.log(`  - ${step}`));
