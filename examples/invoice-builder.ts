/**
 * invoice-builder: the host's own billing code, as a host would write it. It
 * takes a month's service visits, asks the policy for each visit's quote
 * (`quoteService`), and builds the invoice in integer cents: one line per
 * priced line of each quote (dated, described, with the clause that priced
 * it), the visits the policy refused (outside the service area without
 * approval: nothing billed, with the reason), a subtotal, tax (services are
 * not taxed: always $0.00) and the total, also as display text.
 *
 * It is what examples/host-test-suite.test.ts tests against the policy.
 * Run: npx tsx examples/invoice-builder.ts
 */
import { quoteService, type QuoteServiceInput } from "@relument/policy";

/** One service visit as the host records it. */
export interface ServiceVisit {
  /** Day of the visit (`YYYY-MM-DD`). */
  readonly date: string;
  /** What the policy prices: mode, minutes, customer, ZIP, approvals, trip fee. */
  readonly service: QuoteServiceInput;
}

/** One billed line, in integer cents. */
export interface InvoiceLine {
  readonly date: string;
  readonly description: string;
  readonly cents: number;
  /** The clause that priced the line. */
  readonly clause: string;
}

/** A visit the policy refused to price. */
export interface RefusedVisit {
  readonly date: string;
  readonly reason: string;
  readonly citations: readonly string[];
}

/** The invoice: lines in date order, refused visits, totals in integer cents. */
export interface Invoice {
  readonly lines: readonly InvoiceLine[];
  readonly refused: readonly RefusedVisit[];
  readonly subtotalCents: number;
  /** Services are not taxed: always 0. */
  readonly taxCents: 0;
  readonly totalCents: number;
  /** The total as printed on the invoice, e.g. `"$134.00"`. */
  readonly totalText: string;
}

/** Formats integer cents as `$1,234.56`. */
export function formatCents(cents: number): string {
  const dollars = Math.floor(cents / 100).toLocaleString("en-US");
  return `$${dollars}.${String(cents % 100).padStart(2, "0")}`;
}

/** Builds the invoice of a list of visits (in any order) with the policy's prices. */
export function buildInvoice(visits: readonly ServiceVisit[]): Invoice {
  const lines: InvoiceLine[] = [];
  const refused: RefusedVisit[] = [];
  // Date order; visits of one day keep their recorded order (Array.prototype.sort is stable).
  const ordered = [...visits].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const visit of ordered) {
    const quote = quoteService(visit.service);
    if (!quote.eligible) {
      refused.push({ date: visit.date, reason: quote.explanation[quote.explanation.length - 1] ?? "not eligible", citations: quote.citations });
      continue;
    }
    for (const line of quote.lines)
      lines.push({ date: visit.date, description: `${line.description} (${visit.service.minutes} min)`, cents: line.amount.cents, clause: line.clause });
  }
  const subtotalCents = lines.reduce((sum, l) => sum + l.cents, 0);
  const taxCents = 0 as const;
  const totalCents = subtotalCents + taxCents;
  return { lines, refused, subtotalCents, taxCents, totalCents, totalText: formatCents(totalCents) };
}

// Run directly (npx tsx examples/invoice-builder.ts): print a small invoice.
if (import.meta.url === `file://${process.argv[1]}`) {
  const invoice = buildInvoice([
    { date: "2026-11-09", service: { mode: "onsite", minutes: 110, customer: "non-member", zip: "95814", tripFee: "25.00" } },
    { date: "2026-11-03", service: { mode: "remote", minutes: 75, customer: "non-member" } },
    { date: "2026-11-12", service: { mode: "remote", minutes: 30, customer: "non-member", zip: "10001" } },
  ]);
  for (const l of invoice.lines) console.log(`${l.date}  ${l.description.padEnd(48)} ${formatCents(l.cents).padStart(9)}  [${l.clause}]`);
  for (const r of invoice.refused) console.log(`${r.date}  not billed: ${r.reason}`);
  console.log(`Total ${invoice.totalText} (tax ${formatCents(invoice.taxCents)})`);
}
