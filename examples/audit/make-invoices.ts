/**
 * Writes invoices.jsonl and invoices.csv (and edition-2027.json, a what-if
 * edition of the Terms for `relument-policy diff` and `audit --edition`): a small month (March 2026) of
 * invoices as a billing system exported them. The billed amounts come from
 * the library itself, except the few that are wrong on purpose (`wrong`
 * below) and one malformed line, so that the audit has something to find.
 *
 *   npx tsx examples/audit/make-invoices.ts
 */
import { writeFileSync } from "node:fs";
import { evaluate } from "../../src/audit/index.js";
import { defineEdition } from "../../src/index.js";

interface Invoice {
  id: string;
  rule: "quoteService" | "overtimeCharge" | "noShowCharge" | "yearlyRefund";
  input: Record<string, unknown>;
  /** The result path the billing system filled in. */
  path: "total.amount" | "fee.amount" | "refund.amount";
  /** A wrong amount, billed on purpose (the reason is for the reader). */
  wrong?: { amount: string; why: string };
}

const invoices: Invoice[] = [
  { id: "inv-2026-03-001", rule: "quoteService", input: { mode: "onsite", minutes: 60, customer: "member", zip: "95661" }, path: "total.amount" },
  { id: "inv-2026-03-002", rule: "overtimeCharge", input: { mode: "onsite", minutes: 125 }, path: "fee.amount", wrong: { amount: "45.00", why: "billed one 30-minute block of the two started" } },
  { id: "inv-2026-03-003", rule: "quoteService", input: { mode: "remote", minutes: 45, customer: "non-member" }, path: "total.amount" },
  { id: "inv-2026-03-004", rule: "noShowCharge", input: { appointmentAt: "2026-03-10T17:00:00Z", canceledAt: "2026-03-10T10:00:00Z" }, path: "fee.amount" },
  { id: "inv-2026-03-005", rule: "yearlyRefund", input: { purchasedOn: "2026-03-01", requestedOn: "2026-03-09", amountPaid: "300.00", monthlyRate: "30.00", servicesRendered: false }, path: "refund.amount" },
  { id: "inv-2026-03-006", rule: "quoteService", input: { mode: "onsite", minutes: 60, customer: "member", zip: "95678" }, path: "total.amount", wrong: { amount: "189.00", why: "a member charged the non-member rate" } },
  { id: "inv-2026-03-007, reissued", rule: "overtimeCharge", input: { mode: "remote", minutes: 75 }, path: "fee.amount" },
  { id: "inv-2026-03-008", rule: "noShowCharge", input: { appointmentAt: "2026-03-12T17:00:00Z", canceledAt: "2026-03-11T09:00:00Z" }, path: "fee.amount", wrong: { amount: "45.00", why: "a no-show fee after 32 hours' notice" } },
  { id: "inv-2026-03-009", rule: "quoteService", input: { mode: "onsite", minutes: 150, customer: "non-member", zip: "95747" }, path: "total.amount" },
  { id: "inv-2026-03-010", rule: "overtimeCharge", input: { mode: "onsite", minutes: 80 }, path: "fee.amount" },
  { id: "inv-2026-03-011", rule: "yearlyRefund", input: { purchasedOn: "2026-03-01", requestedOn: "2026-03-12", amountPaid: "300.00", monthlyRate: "30.00", servicesRendered: 1 }, path: "refund.amount", wrong: { amount: "240.00", why: "two months deducted for one month of service" } },
  { id: "inv-2026-03-012", rule: "quoteService", input: { mode: "onsite", minutes: 130, customer: "member", zip: "95678", includedVisit: true }, path: "total.amount" },
  { id: "inv-2026-03-013", rule: "noShowCharge", input: { appointmentAt: "2026-03-18T16:00:00Z", noAccessOnArrival: true }, path: "fee.amount" },
  { id: "inv-2026-03-014", rule: "overtimeCharge", input: { mode: "remote", minutes: 61 }, path: "fee.amount" },
  { id: "inv-2026-03-016", rule: "quoteService", input: { mode: "remote", minutes: 95, customer: "non-member" }, path: "total.amount", wrong: { amount: "134.00", why: "remote overtime billed as one half-block" } },
  { id: "inv-2026-03-017", rule: "yearlyRefund", input: { purchasedOn: "2026-02-01", requestedOn: "2026-03-20", amountPaid: "300.00", monthlyRate: "30.00", servicesRendered: false }, path: "refund.amount" },
  { id: "inv-2026-03-018", rule: "noShowCharge", input: { appointmentAt: "2026-03-24T17:00:00Z", canceledAt: "2026-03-24T08:00:00Z", resolution: "count-visit", includedVisitAvailable: true }, path: "fee.amount" },
  { id: "inv-2026-03-019", rule: "overtimeCharge", input: { mode: "onsite", minutes: 181 }, path: "fee.amount" },
  { id: "inv-2026-03-020", rule: "yearlyRefund", input: { purchasedOn: "2026-03-05", requestedOn: "2026-03-16", amountPaid: "588.00", monthlyRate: "59.00", servicesRendered: 2 }, path: "refund.amount" },
  { id: "inv-2026-03-021", rule: "quoteService", input: { mode: "remote", minutes: 45, customer: "member" }, path: "total.amount" },
];

const policyAmount = (inv: Invoice): string => {
  let v: unknown = evaluate(inv.rule, inv.input);
  for (const k of inv.path.split(".")) v = (v as Record<string, unknown>)[k];
  return v as string;
};

/** Where the malformed line goes (after this many invoices), and what it is. */
const MALFORMED_AFTER = 14;
const MALFORMED_JSONL = '{"id":"inv-2026-03-015","rule":"overtimeCharge","input":{"mode":"onsite","minutes":95},"billed":{"fee.amount":"45.00"';
const MALFORMED_CSV = "inv-2026-03-015,overtimeCharge,onsite,95";

const cases = invoices.map((inv) => ({ id: inv.id, rule: inv.rule, input: inv.input, billed: { [inv.path]: inv.wrong?.amount ?? policyAmount(inv) } }));

const jsonl = cases.map((c) => JSON.stringify(c));
jsonl.splice(MALFORMED_AFTER, 0, MALFORMED_JSONL);
writeFileSync(new URL("invoices.jsonl", import.meta.url), `${jsonl.join("\n")}\n`);

const inputKeys = [...new Set(invoices.flatMap((i) => Object.keys(i.input)))];
const billedKeys = [...new Set(invoices.map((i) => i.path))];
const header = ["id", "rule", ...inputKeys.map((k) => `input.${k}`), ...billedKeys.map((k) => `billed.${k}`)];
const cell = (v: unknown): string => {
  const t = v === undefined ? "" : String(v);
  return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
};
const csv = cases.map((c) => [c.id, c.rule, ...inputKeys.map((k) => c.input[k]), ...billedKeys.map((k) => c.billed[k])].map(cell).join(","));
csv.splice(MALFORMED_AFTER, 0, MALFORMED_CSV);
writeFileSync(new URL("invoices.csv", import.meta.url), `${[header.join(","), ...csv].join("\r\n")}\r\n`);

console.log(`wrote ${cases.length} invoices (${invoices.filter((i) => i.wrong).length} wrong on purpose) and 1 malformed line`);
for (const i of invoices.filter((x) => x.wrong)) console.log(`  ${i.id}: ${i.path} billed ${i.wrong?.amount}, policy ${policyAmount(i)}: ${i.wrong?.why}`);

const edition = defineEdition({
  id: "relument-terms@2027-01-what-if",
  announcedOn: "2026-11-01",
  effectiveOn: "2027-01-01",
  changes: { onsiteOvertimeRate: "50.00", noShowFee: "49.00" },
  hypothetical: true,
});
writeFileSync(new URL("edition-2027.json", import.meta.url), `${JSON.stringify(edition, null, 2)}\n`);
