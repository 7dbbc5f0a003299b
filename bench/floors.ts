/**
 * The fixed bench inputs and the "floors": hand-written decimal.js code that
 * computes the same numbers as `overtimeCharge` and `quoteService` with no
 * input validation and no explanation or citations. A floor is what a host
 * would write inline if it trusted its inputs and needed only the numbers; the
 * rule's overhead over it is the price of validation and explanation.
 *
 * The floors use their own `Decimal.clone` with ROUND_HALF_UP (as the
 * library does), build the tariff's decimal constants once at load (what a
 * hand-written module would do), and return amounts both as the 2-decimal
 * string and as integer cents, like the library's `Money`. They support the
 * default reading only (`rounding: "started"`, no grace minutes): the bench
 * inputs never set those options. `decisions.bench.ts` checks, outside the
 * timings, that floors and rules agree on every bench input.
 *
 * These are the "numbers-only" floors, reported for reference. The goals of
 * issue 15 are measured against the full-output floors of `full-floors.ts`
 * (validation, citations and explanation included, JSON byte-identical).
 */
import DecimalGlobal from "decimal.js";
import type { OvertimeInput, QuoteLineCode, QuoteServiceInput } from "../src/index.js";

const D = DecimalGlobal.clone({ rounding: DecimalGlobal.ROUND_HALF_UP });
type D = InstanceType<typeof D>;

/** Minutes 0..300 for each mode: 602 inputs, remote and on-site alternating. */
export const OVERTIME_INPUTS: readonly OvertimeInput[] = Array.from({ length: 602 }, (_, i) => ({
  mode: i % 2 === 0 ? "remote" : "onsite",
  minutes: Math.floor(i / 2),
}));

/** Quote situations: every line kind, ignored flags, trip fees (string and number) and the not-sellable case. */
const QUOTE_PROFILES: readonly Omit<QuoteServiceInput, "minutes">[] = [
  { mode: "remote", customer: "member" },
  { mode: "remote", customer: "non-member" },
  { mode: "onsite", customer: "member", includedVisit: true },
  { mode: "onsite", customer: "member", includedVisit: false, zip: "95661" },
  { mode: "onsite", customer: "member" }, // includedVisit not given: an extra visit
  { mode: "onsite", customer: "non-member", zip: "95678-1234" },
  { mode: "onsite", customer: "non-member", zip: "95814", tripFee: "25.00" }, // outside the area, approved trip fee
  { mode: "onsite", customer: "member", includedVisit: true, zip: "95630", tripFee: 40 },
  { mode: "onsite", customer: "non-member", zip: "95814" }, // outside the area, no trip fee: not sellable
  { mode: "remote", customer: "non-member", tripFee: "10.00" }, // trip fee ignored (remote)
  { mode: "remote", customer: "member", includedVisit: true }, // includedVisit ignored (remote)
  { mode: "onsite", customer: "non-member", zip: "95747", tripFee: "15.50" }, // trip fee ignored (inside the area)
];

/** 12 situations × minutes 0..300: 3,612 inputs, each pair once (12 and 301 are coprime). */
export const QUOTE_INPUTS: readonly QuoteServiceInput[] = Array.from({ length: 12 * 301 }, (_, i) => ({
  ...(QUOTE_PROFILES[i % 12] as Omit<QuoteServiceInput, "minutes">),
  minutes: i % 301,
}));

/** The floor's overtime result: the numbers of `OvertimeResult`. */
export interface FloorOvertime {
  readonly blockMinutes: number;
  readonly overtimeMinutes: number;
  readonly blocks: number;
  readonly fee: string;
  readonly cents: number;
}

const REMOTE_RATE = new D("35.00");
const ONSITE_RATE = new D("45.00");
const MEMBER_EXTRA = new D("149.00");
const SINGLE_REMOTE = new D("99.00");
const SINGLE_ONSITE = new D("189.00");
const ZERO = new D(0);
const AREA = ["95661", "95678", "95747"];

/** Overtime beyond the block (60 min remote, 90 on-site), each started 30 minutes billed at $35 / $45. */
export function floorOvertime(mode: "remote" | "onsite", minutes: number): FloorOvertime {
  const blockMinutes = mode === "remote" ? 60 : 90;
  const overtimeMinutes = Math.max(0, minutes - blockMinutes);
  const blocks = Math.ceil(overtimeMinutes / 30);
  const fee = (mode === "remote" ? REMOTE_RATE : ONSITE_RATE).times(blocks).toDecimalPlaces(2);
  return { blockMinutes, overtimeMinutes, blocks, fee: fee.toFixed(2), cents: fee.times(100).toNumber() };
}

/** One floor quote line. */
export interface FloorLine {
  readonly code: QuoteLineCode;
  readonly amount: string;
  readonly cents: number;
}

/** The floor's quote: the numbers of `QuoteResult`. */
export interface FloorQuote {
  readonly eligible: boolean;
  readonly lines: FloorLine[];
  readonly total: string;
  readonly totalCents: number;
}

function line(code: QuoteLineCode, d: D): FloorLine {
  return { code, amount: d.toFixed(2), cents: d.times(100).toNumber() };
}

/** Base price, overtime and trip fee, with the same ignored-flag and service-area readings as `quoteService`. */
export function floorQuote(q: QuoteServiceInput): FloorQuote {
  // No closure created per call: tsx compiles bench files with `keepNames`, which would add a property definition per call.
  const member = q.customer === "member";
  const onsite = q.mode === "onsite";
  const inArea = q.zip !== undefined && AREA.includes(q.zip.slice(0, 5));
  const tripFee = q.tripFee !== undefined && onsite && !inArea ? q.tripFee : undefined;
  if (onsite && q.zip !== undefined && !inArea && tripFee === undefined) return { eligible: false, lines: [], total: "0.00", totalCents: 0 };

  let baseCode: QuoteLineCode = "member-extra-onsite";
  let base = MEMBER_EXTRA;
  if (!onsite) {
    baseCode = member ? "remote-session-included" : "remote-session";
    base = member ? ZERO : SINGLE_REMOTE;
  } else if (!member) {
    baseCode = "onsite-visit";
    base = SINGLE_ONSITE;
  } else if (q.includedVisit === true) {
    baseCode = "included-visit";
    base = ZERO;
  }
  const lines: FloorLine[] = [line(baseCode, base)];
  let total = base;

  const blocks = Math.ceil(Math.max(0, q.minutes - (onsite ? 90 : 60)) / 30);
  if (blocks > 0) {
    const overtime = (onsite ? ONSITE_RATE : REMOTE_RATE).times(blocks);
    lines.push(line("overtime", overtime));
    total = total.plus(overtime);
  }
  if (tripFee !== undefined) {
    const trip = new D(tripFee).toDecimalPlaces(2);
    lines.push(line("trip-fee", trip));
    total = total.plus(trip);
  }
  return { eligible: true, lines, total: total.toFixed(2), totalCents: total.times(100).toNumber() };
}
