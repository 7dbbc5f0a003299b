/**
 * billing-invoice: a month of a Home Protection member's activity turned into
 * invoice lines, each with the clause that priced it.
 * Run: npx tsx examples/billing-invoice.ts
 */
import { deviceCoverage, noShowCharge, quoteService, visitAllowance, type Money } from "@relument/policy";

// The host's own data. The plan price is the host's (the Terms do not state plan prices).
const member = { plan: "home-monthly" as const, startDate: "2026-01-15", monthlyFeeCents: 3900, deviceLimit: 3, zip: "95661" };
const devices = [{ kind: "laptop" as const }, { kind: "laptop" as const }, { kind: "desktop" as const }, { kind: "tablet" as const }];
const month = { start: "2026-10-15", end: "2026-11-14" };
const activity = [
  { date: "2026-10-20", kind: "remote" as const, minutes: 45 },
  { date: "2026-10-28", kind: "remote" as const, minutes: 75 },
  { date: "2026-11-03", kind: "onsite" as const, minutes: 110 },
  { date: "2026-11-09", kind: "onsite" as const, minutes: 60 },
];
const lateCancellation = { appointmentAt: "2026-11-12T09:00:00-08:00", canceledAt: "2026-11-11T17:30:00-08:00" };

interface InvoiceLine {
  readonly date: string;
  readonly description: string;
  readonly amount: Money;
  readonly clauses: string[];
}
const lines: InvoiceLine[] = [{ date: month.start, description: "Home Protection, monthly plan fee (host price)", amount: moneyOfCents(member.monthlyFeeCents), clauses: ["terms.6.billing-date"] }];

const coverage = deviceCoverage({ plan: member.plan, deviceLimit: member.deviceLimit, devices });
if (coverage.addOns > 0)
  lines.push({ date: month.start, description: `${coverage.addOns} add-on ${coverage.addOns === 1 ? "device" : "devices"}, per ${coverage.addOnFeePer}`, amount: coverage.addOnFee, clauses: coverage.citations });

const visitsSoFar: { type: "visit"; date: string }[] = [];
for (const a of activity) {
  let includedVisit = false;
  if (a.kind === "onsite") {
    // Is an included visit left on that day? Ask the ledger with the visits already used.
    const ledger = visitAllowance({ plan: member.plan, startDate: member.startDate, asOf: a.date, events: visitsSoFar });
    includedVisit = ledger.available > 0;
    if (includedVisit) visitsSoFar.push({ type: "visit", date: a.date });
  }
  const quote = quoteService({
    mode: a.kind,
    minutes: a.minutes,
    customer: "member",
    ...(a.kind === "onsite" ? { includedVisit, zip: member.zip } : {}),
  });
  for (const l of quote.lines) lines.push({ date: a.date, description: `${l.description} (${a.minutes} min)`, amount: l.amount, clauses: [l.clause] });
}

const noShow = noShowCharge(lateCancellation);
if (noShow.outcome === "fee")
  lines.push({ date: "2026-11-12", description: `No-show: cancelled ${noShow.noticeHours} h ahead, too late to be free`, amount: noShow.fee, clauses: noShow.citations });

// Host arithmetic stays in integer cents; the library's Money carries them.
const total = moneyOfCents(lines.reduce((sum, l) => sum + l.amount.cents, 0));
console.log(`Invoice ${month.start} – ${month.end}, ${member.plan}`);
for (const l of lines) console.log(`${l.date}  ${l.description.padEnd(62)} $${l.amount.amount.padStart(8)}  [${l.clauses.join(", ")}]`);
console.log(`${"".padEnd(12)}${"Total".padEnd(62)} $${total.amount.padStart(8)}`);

function moneyOfCents(cents: number): Money {
  return { amount: `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`, cents, currency: "USD" };
}
