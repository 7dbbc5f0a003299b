/**
 * The "full-output floors" of issue 15: hand-written implementations of
 * `overtimeCharge`, `quoteService`, `noShowCharge`, `rightsRequestDeadlines`
 * (default profile), `checkConsent` (default profile), `yearlyRefund` and
 * `visitAllowance` (base edition) that validate their input with plain
 * hand-written checks, cite, explain, and return a result whose
 * `JSON.stringify` is byte-identical to the library's. They are what a host
 * would write inline to replace the library while keeping its guarantees, and
 * so the reference a decision's cost is measured against.
 *
 * Deliberate simplifications (each outside every bench input; a floor throws
 * a plain `Error` rather than answering differently):
 * - the base edition of the Terms and the default privacy profile only
 *   (`edition`, `editions`, `profile`, `profiles` are refused);
 * - input errors are detected (same accepted set for the bench's shapes) but
 *   reported with a short message of their own, not the library's
 *   `PolicyInputError` issue list;
 * - Pacific offsets are computed from the US DST rules of 1976 on (the years
 *   before fall back to `Intl`), and US federal holidays are cached per year
 *   process-wide.
 *
 * No library code is imported: the strings are copied from `src/` (the
 * wording of the explanations is the library's, so a change of wording there
 * must be repeated here; the bench's byte-identity check says where).
 */
import DecimalGlobal from "decimal.js";
import { RELUMENT_GATES, type FloorGate } from "./floor-data.js";

// ---------------------------------------------------------------------------
// Shared pieces: errors, money, citations, calendar dates.

function bad(rule: string, what: string): never {
  throw new Error(`${rule} floor: invalid input: ${what}`);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Throws unless `v` is a plain object whose own keys are all in `allowed`. */
function strict(rule: string, v: unknown, allowed: ReadonlySet<string>, where = "input"): Record<string, unknown> {
  if (!isObject(v)) bad(rule, `${where} is not an object`);
  for (const k in v) if (!allowed.has(k)) bad(rule, `unknown key ${where}.${k}`);
  return v;
}

function optBool(rule: string, v: unknown, name: string): void {
  if (v !== undefined && typeof v !== "boolean") bad(rule, `${name} is not a boolean`);
}

function optEnum(rule: string, v: unknown, values: readonly string[], name: string): void {
  if (v !== undefined && !values.includes(v as string)) bad(rule, `${name} is not one of ${values.join(", ")}`);
}

interface FloorMoney {
  amount: string;
  cents: number;
  currency: "USD";
}

function fromCents(c: number): FloorMoney {
  const abs = c < 0 ? -c : c;
  const r = abs % 100;
  return { amount: `${c < 0 ? "-" : ""}${(abs - r) / 100}.${r < 10 ? "0" : ""}${r}`, cents: c, currency: "USD" };
}

const MONEY_STRING = /^\d{1,12}(\.\d{1,2})?$/;
const MAX_MONEY = new DecimalGlobal("999999999999.99");

/** Whether `v` is a money input: a plain decimal string or a finite number ≥ 0 with at most 2 fraction digits. */
function isMoneyInput(v: unknown): boolean {
  if (typeof v === "string") return MONEY_STRING.test(v);
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0) return false;
  if (Number.isInteger(v)) return v <= 999999999999;
  const d = new DecimalGlobal(v);
  return d.decimalPlaces() <= 2 && d.lte(MAX_MONEY);
}

/** Exact cents of an accepted money input. */
function centsOf(v: string | number): number {
  if (typeof v === "number") return Math.round(v * 100);
  const dot = v.indexOf(".");
  if (dot < 0) return Number(v) * 100;
  const frac = v.slice(dot + 1);
  return Number(v.slice(0, dot)) * 100 + Number(frac.length === 1 ? `${frac}0` : frac);
}

/** `n` and a noun, singular only for 1 ("1 line", "0 lines"): the library's `plural`. */
const pluralS = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? "" : "s"}`;

function cite(list: string[], id: string): void {
  if (!list.includes(id)) list.push(id);
}

const DAY_MS = 86_400_000;
const CUMULATIVE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function monthDays(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a valid `YYYY-MM-DD`, or NaN for anything else (years 1900–2999). */
function dayOf(s: unknown): number {
  if (typeof s !== "string" || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return Number.NaN;
  let y = 0;
  let m = 0;
  let d = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return Number.NaN;
    if (i < 4) y = y * 10 + c;
    else if (i < 7) m = m * 10 + c;
    else d = d * 10 + c;
  }
  if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1 || d > monthDays(y, m)) return Number.NaN;
  return daysFromCivil(y, m, d);
}

function daysFromCivil(y: number, m: number, d: number): number {
  const y1 = y - 1;
  // Days from 0001-01-01 to y-01-01, then to 1970-01-01.
  return y1 * 365 + Math.floor(y1 / 4) - Math.floor(y1 / 100) + Math.floor(y1 / 400) - 719162 + CUMULATIVE[m - 1]! + (m > 2 && isLeap(y) ? 1 : 0) + d - 1;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** `YYYY-MM-DD` of a day number. */
function dateStr(n: number): string {
  const t = new Date(n * DAY_MS);
  return `${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`;
}

/** `anchor` plus `months`, the day clamped to the month's length; day numbers in and out. */
function addMonthsDay(y: number, m: number, d: number, months: number): number {
  const index = y * 12 + (m - 1) + months;
  const yy = Math.floor(index / 12);
  const mm = index - yy * 12 + 1;
  const dim = monthDays(yy, mm);
  return daysFromCivil(yy, mm, d < dim ? d : dim);
}

// ---------------------------------------------------------------------------
// overtimeCharge and quoteService (§5, §2, §3, §1), base edition.

const OVERTIME_KEYS = new Set(["mode", "minutes", "rounding", "graceMinutes", "edition"]);
const QUOTE_KEYS = new Set(["mode", "minutes", "customer", "includedVisit", "zip", "tripFee", "outsideAreaApproved", "rounding", "graceMinutes", "edition"]);
const AREA = ["95661", "95678", "95747"];
const AREA_LIST = AREA.join(", ");
const ZIP = /^\d{5}(-\d{4})?$/;
const EDITION = "relument-terms@base";

function checkOvertimeFields(rule: string, i: Record<string, unknown>): void {
  if (i.mode !== "remote" && i.mode !== "onsite") bad(rule, "mode");
  const m = i.minutes;
  if (typeof m !== "number" || !(m >= 0 && m <= 10_080)) bad(rule, "minutes");
  optEnum(rule, i.rounding, ["started", "full"], "rounding");
  const g = i.graceMinutes;
  if (g !== undefined && (typeof g !== "number" || !Number.isInteger(g) || g < 0 || g > 10_080)) bad(rule, "graceMinutes");
  if (i.edition !== undefined) bad(rule, "the floor knows the base edition only");
}

interface OvertimePart {
  blockMinutes: number;
  overtimeMinutes: number;
  blocks: number;
  rate: FloorMoney;
  fee: FloorMoney;
}

function overtimePart(onsite: boolean, nonMember: boolean, minutes: number, full: boolean, grace: number, citations: string[], explanation: string[]): OvertimePart {
  const block = onsite ? 90 : 60;
  const rateCents = onsite ? 4500 : 3500;
  const overtimeMinutes = minutes > block ? minutes - block : 0;
  const billable = overtimeMinutes > grace ? overtimeMinutes - grace : 0;
  const whole = Math.floor(billable / 30);
  const blocks = !full && billable > whole * 30 ? whole + 1 : whole;
  const fee = fromCents(rateCents * blocks);
  explanation.push(`${onsite ? "On-site" : "Remote"} time block: ${block} min; ${minutes} min used, ${overtimeMinutes} min beyond the block.`);
  cite(citations, onsite ? (nonMember ? "terms.3.in-home" : "terms.2.2.visit-length") : nonMember ? "terms.3.remote" : "terms.2.1.session-length");
  if (grace > 0) {
    explanation.push(`Grace option: the first ${grace} min beyond the block are not billed (${billable} min left).`);
    cite(citations, "terms.5.overtime");
  }
  explanation.push(`Overtime: ${blocks} × 30 min (${full ? "only full" : "each started"} 30 min billed) × $${onsite ? "45.00" : "35.00"} = $${fee.amount}.`);
  cite(citations, "terms.5.overtime");
  return { blockMinutes: block, overtimeMinutes, blocks, rate: fromCents(rateCents), fee };
}

/** Full-output floor of `overtimeCharge`. */
export function floorOvertimeCharge(input: unknown): unknown {
  const i = strict("overtimeCharge", input, OVERTIME_KEYS);
  checkOvertimeFields("overtimeCharge", i);
  const citations: string[] = [];
  const explanation: string[] = [];
  const r = overtimePart(i.mode === "onsite", false, i.minutes as number, i.rounding === "full", (i.graceMinutes as number | undefined) ?? 0, citations, explanation);
  return { blockMinutes: r.blockMinutes, overtimeMinutes: r.overtimeMinutes, blocks: r.blocks, rate: r.rate, fee: r.fee, citations, explanation, edition: EDITION };
}

interface FloorLine {
  code: string;
  amount: FloorMoney;
  clause: string;
  description: string;
}

/** Full-output floor of `quoteService`. */
export function floorQuoteService(input: unknown): unknown {
  const rule = "quoteService";
  const i = strict(rule, input, QUOTE_KEYS);
  checkOvertimeFields(rule, i);
  if (i.customer !== "member" && i.customer !== "non-member") bad(rule, "customer");
  optBool(rule, i.includedVisit, "includedVisit");
  optBool(rule, i.outsideAreaApproved, "outsideAreaApproved");
  const zip = i.zip as string | undefined;
  if (zip !== undefined && (typeof zip !== "string" || !ZIP.test(zip))) bad(rule, "zip");
  if (i.tripFee !== undefined && !isMoneyInput(i.tripFee)) bad(rule, "tripFee");
  const approved = i.outsideAreaApproved as boolean | undefined;
  const onsite = i.mode === "onsite";
  const inArea = zip !== undefined && AREA.includes(zip.slice(0, 5));
  if (approved === false && i.tripFee !== undefined) bad(rule, "tripFee contradicts outsideAreaApproved: false");
  if (onsite && approved === true && i.tripFee === undefined && !inArea) bad(rule, "an approved on-site visit outside the area needs its tripFee");

  const citations: string[] = [];
  const explanation: string[] = [];
  const member = i.customer === "member";
  const includedVisit = i.includedVisit === true && member && onsite;
  if (i.includedVisit === true && !includedVisit) {
    explanation.push(
      onsite ? "includedVisit is ignored: non-members have no included visits." : "includedVisit is ignored: included visits are on-site visits; remote sessions are unlimited for members.",
    );
    cite(citations, member ? "terms.2.1.unlimited" : "terms.2.2.visit-length");
  }
  let tripFee = i.tripFee as string | number | undefined;
  if (tripFee !== undefined && !onsite) {
    explanation.push("tripFee is ignored: a remote session involves no travel.");
    cite(citations, "terms.5.trip-fee");
    tripFee = undefined;
  } else if (tripFee !== undefined && inArea) {
    explanation.push(`tripFee is ignored: ZIP ${zip} is inside the service area, where no trip fee applies.`);
    cite(citations, "terms.1.service-area");
    cite(citations, "terms.5.trip-fee");
    tripFee = undefined;
  }
  if (approved === true && inArea) {
    explanation.push(`outsideAreaApproved is ignored: ZIP ${zip} is inside the service area, where no approval is needed.`);
    cite(citations, "terms.1.service-area");
  }
  const notEligible = () => ({ eligible: false, lines: [], total: fromCents(0), citations, explanation, edition: EDITION });
  if (!onsite && zip !== undefined) {
    if (inArea) {
      explanation.push(`ZIP ${zip} is in the service area.`);
      cite(citations, "terms.1.service-area");
    } else if (approved === true) {
      explanation.push(
        `ZIP ${zip} is outside the service area (${AREA_LIST}); prior written approval was given, so the remote session is allowed, with no trip fee: there is no trip.`,
      );
      cite(citations, "terms.1.service-area");
      cite(citations, "terms.5.trip-fee");
    } else {
      explanation.push(
        `ZIP ${zip} is outside the service area (${AREA_LIST}) and no prior written approval was given${approved === undefined ? " (outsideAreaApproved not supplied: no approval assumed)" : ""}: any service outside Roseville, a remote session too, needs it; nothing is priced.`,
      );
      cite(citations, "terms.1.service-area");
      return notEligible();
    }
  }
  if (onsite) {
    if (zip !== undefined && !inArea && tripFee === undefined) {
      explanation.push(`ZIP ${zip} is outside the service area (${AREA_LIST}) and no approved trip fee was given: the visit cannot be sold, nothing is priced.`);
      cite(citations, "terms.1.service-area");
      cite(citations, "terms.5.trip-fee");
      return notEligible();
    }
    if (zip === undefined && tripFee === undefined) {
      explanation.push("No ZIP given: the address is taken to be inside the service area, so no trip fee applies.");
      cite(citations, "terms.1.service-area");
    } else if (inArea) {
      explanation.push(`ZIP ${zip} is in the service area.`);
      cite(citations, "terms.1.service-area");
    }
  }

  const lines: FloorLine[] = [];
  let total = 0;
  const line = (code: string, cents: number, clause: string, description: string) => {
    const amount = fromCents(cents);
    lines.push({ code, amount, clause, description });
    total += cents;
    explanation.push(`${description}: $${amount.amount}.`);
    cite(citations, clause);
  };
  if (!onsite) {
    if (member) line("remote-session-included", 0, "terms.2.1.unlimited", "Member remote session (unlimited remote requests)");
    else line("remote-session", 9900, "terms.3.remote", "Single-service remote session");
  } else if (member) {
    if (includedVisit) line("included-visit", 0, "terms.2.2.visit-length", "Included on-site visit");
    else {
      if (i.includedVisit === undefined) {
        explanation.push("includedVisit not given: the visit is priced as a member extra visit (no included visit used).");
        cite(citations, "terms.5.member-rate");
      }
      line("member-extra-onsite", 14900, "terms.5.member-rate", "Member extra on-site visit");
    }
  } else {
    line("onsite-visit", 18900, "terms.3.in-home", "Single-service in-home visit");
    cite(citations, "terms.5.member-rate");
  }
  const ot = overtimePart(onsite, !member, i.minutes as number, i.rounding === "full", (i.graceMinutes as number | undefined) ?? 0, citations, explanation);
  if (ot.blocks > 0) {
    lines.push({ code: "overtime", amount: ot.fee, clause: "terms.5.overtime", description: `Overtime, ${ot.blocks} × $${ot.rate.amount}` });
    total += ot.fee.cents;
  }
  if (tripFee !== undefined) {
    line("trip-fee", centsOf(tripFee), "terms.5.trip-fee", `Approved trip fee outside Roseville${zip ? ` (ZIP ${zip})` : ""}`);
    cite(citations, "terms.1.service-area");
  }
  const t = fromCents(total);
  explanation.push(`Total = sum of ${pluralS(lines.length, "line")} = $${t.amount}.`);
  return { eligible: true, lines, total: t, citations, explanation, edition: EDITION };
}

// ---------------------------------------------------------------------------
// noShowCharge (§4), base edition: Pacific instants without a time-zone library.

const NO_SHOW_KEYS = new Set(["appointmentAt", "canceledAt", "noAccessOnArrival", "resolution", "includedVisitAvailable", "edition"]);
const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-](\d{2}):?(\d{2}))$/;
const MIN_INSTANT_MS = Date.UTC(1900, 0, 1, 8);
const END_INSTANT_MS = Date.UTC(3000, 0, 1, 8);
const HOUR_MS = 3_600_000;

/** Epoch ms of an instant input (a valid Date or an ISO string with an offset, 1900–2999 Pacific), or NaN. */
function instantOf(v: unknown): number {
  let ms: number;
  if (v instanceof Date) ms = v.getTime();
  else if (typeof v === "string") {
    const m = ISO_WITH_OFFSET.exec(v);
    if (m === null) return Number.NaN;
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    const h = Number(m[4]);
    const mi = Number(m[5]);
    const sec = m[6] === undefined ? 0 : Number(m[6]);
    const oh = m[9] === undefined ? 0 : Number(m[9]);
    const om = m[10] === undefined ? 0 : Number(m[10]);
    if (month < 1 || month > 12 || day < 1 || day > monthDays(year, month) || h > 23 || mi > 59 || sec > 59 || oh > 23 || om > 59) return Number.NaN;
    const frac = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
    const sign = m[8] === "Z" ? 0 : m[8]!.charCodeAt(0) === 45 ? -1 : 1;
    ms = (daysFromCivil(year, month, day) * 24 + h) * HOUR_MS + mi * 60_000 + sec * 1000 + frac - sign * (oh * 60 + om) * 60_000;
  } else return Number.NaN;
  return ms >= MIN_INSTANT_MS && ms < END_INSTANT_MS ? ms : Number.NaN;
}

/** UTC ms of the `n`th (1-based; 0 = last) Sunday of a month at `hourUtc`. */
function sundayAt(y: number, m: number, n: number, hourUtc: number): number {
  const first = daysFromCivil(y, m, 1);
  const firstSunday = first + ((7 - ((first + 4) % 7)) % 7);
  let day = firstSunday + 7 * (n - 1);
  if (n === 0) {
    day = firstSunday;
    while (day + 7 < first + monthDays(y, m)) day += 7;
  }
  return day * DAY_MS + hourUtc * HOUR_MS;
}

const dstCache = new Map<number, readonly [number, number]>();
const intlPacific = new Intl.DateTimeFormat("en-US", { timeZone: "America/Los_Angeles", timeZoneName: "longOffset" });

/** The Pacific UTC offset in minutes at `ms`: US rules from 1976 (2 a.m. local switches), `Intl` before. */
function pacificOffset(ms: number): number {
  const y = new Date(ms).getUTCFullYear();
  if (y < 1976) {
    const name = intlPacific.formatToParts(ms).find((p) => p.type === "timeZoneName")?.value ?? "GMT-08:00";
    const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    return m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  }
  let span = dstCache.get(y);
  if (span === undefined) {
    // Start at 2:00 PST (10:00 UTC), end at 2:00 PDT (09:00 UTC).
    span =
      y >= 2007
        ? [sundayAt(y, 3, 2, 10), sundayAt(y, 11, 1, 9)]
        : y >= 1987
          ? [sundayAt(y, 4, 1, 10), sundayAt(y, 10, 0, 9)]
          : [sundayAt(y, 4, 0, 10), sundayAt(y, 10, 0, 9)];
    dstCache.set(y, span);
  }
  return ms >= span[0] && ms < span[1] ? -420 : -480;
}

/** ISO string of an instant with its Pacific offset (milliseconds only when not zero). */
function pacificIso(ms: number): string {
  const off = pacificOffset(ms);
  const t = new Date(ms + off * 60_000);
  const frac = t.getUTCMilliseconds();
  const a = off < 0 ? -off : off;
  return (
    `${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}T${pad2(t.getUTCHours())}:${pad2(t.getUTCMinutes())}:${pad2(t.getUTCSeconds())}` +
    `${frac === 0 ? "" : `.${String(frac).padStart(3, "0")}`}${off < 0 ? "-" : "+"}${pad2(Math.floor(a / 60))}:${pad2(a % 60)}`
  );
}

/** Full-output floor of `noShowCharge`. */
export function floorNoShowCharge(input: unknown): unknown {
  const rule = "noShowCharge";
  const i = strict(rule, input, NO_SHOW_KEYS);
  const start = instantOf(i.appointmentAt);
  if (Number.isNaN(start)) bad(rule, "appointmentAt");
  const canceled = i.canceledAt === undefined ? null : instantOf(i.canceledAt);
  if (canceled !== null && Number.isNaN(canceled)) bad(rule, "canceledAt");
  optBool(rule, i.noAccessOnArrival, "noAccessOnArrival");
  optEnum(rule, i.resolution, ["fee", "count-visit"], "resolution");
  optBool(rule, i.includedVisitAvailable, "includedVisitAvailable");
  if (i.edition !== undefined) bad(rule, "the floor knows the base edition only");

  const C = "terms.4.no-show";
  const citations = [C];
  const explanation: string[] = [];
  const deadline = start - 24 * HOUR_MS;
  const freeCancellationUntil = pacificIso(deadline);
  explanation.push(`Appointment starts ${pacificIso(start)}; free cancellation needs 24 hours' notice, so it was free until ${freeCancellationUntil}.`);
  let noticeHours: number | null = null;
  if (canceled !== null) {
    noticeHours = (start - canceled) / HOUR_MS;
    explanation.push(`Cancelled ${pacificIso(canceled)}: ${noticeHours} hours of elapsed notice.`);
  } else explanation.push("No cancellation was given: the appointment was missed.");
  if (i.noAccessOnArrival === true && canceled !== null && canceled <= deadline) bad(rule, "noAccessOnArrival contradicts a cancellation with full notice");
  let noShow: boolean;
  if (i.noAccessOnArrival === true) {
    noShow = true;
    explanation.push("No access on arrival counts as a no-show.");
  } else if (canceled === null) noShow = true;
  else {
    noShow = canceled > deadline;
    explanation.push(noShow ? "Notice is under 24 hours: a no-show." : "Notice is at least 24 hours: no charge.");
  }
  if (!noShow) return { noShow, outcome: "no-charge", fee: fromCents(0), noticeHours, freeCancellationUntil, citations, explanation, edition: EDITION };
  if (i.resolution === "count-visit") {
    if (i.includedVisitAvailable === true) {
      explanation.push("Resolution chosen: the no-show counts as one included visit; no fee.");
      citations.push("terms.2.2.rollover");
      return { noShow, outcome: "count-visit", fee: fromCents(0), noticeHours, freeCancellationUntil, citations, explanation, edition: EDITION };
    }
    explanation.push(
      `Resolution "count-visit" was asked, but no included visit is available${i.includedVisitAvailable === undefined ? " (includedVisitAvailable not given)" : ""}: the fee applies instead.`,
    );
  } else if (i.resolution === undefined) explanation.push("No resolution given: the default is the no-show fee.");
  explanation.push("No-show fee: $45.00.");
  return { noShow, outcome: "fee", fee: fromCents(4500), noticeHours, freeCancellationUntil, citations, explanation, edition: EDITION };
}

// ---------------------------------------------------------------------------
// yearlyRefund (§6), base edition.

const REFUND_KEYS = new Set([
  "purchasedOn",
  "requestedOn",
  "amountPaid",
  "monthlyRate",
  "servicesRendered",
  "addOnDevices",
  "licenseCosts",
  "discounts",
  "valuation",
  "renderedServices",
  "edition",
]);
const SERVICE_KEYS = new Set(["service", "price"]);

function isCount(v: unknown): v is number {
  return typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 1_000_000;
}

/** Full-output floor of `yearlyRefund`. */
export function floorYearlyRefund(input: unknown): unknown {
  const rule = "yearlyRefund";
  const i = strict(rule, input, REFUND_KEYS);
  const purchased = dayOf(i.purchasedOn);
  const requested = dayOf(i.requestedOn);
  if (Number.isNaN(purchased)) bad(rule, "purchasedOn");
  if (Number.isNaN(requested)) bad(rule, "requestedOn");
  if (!isMoneyInput(i.amountPaid)) bad(rule, "amountPaid");
  if (!isMoneyInput(i.monthlyRate)) bad(rule, "monthlyRate");
  const rendered = i.servicesRendered;
  if (typeof rendered !== "boolean" && !isCount(rendered)) bad(rule, "servicesRendered");
  if (i.addOnDevices !== undefined && !isCount(i.addOnDevices)) bad(rule, "addOnDevices");
  if (i.licenseCosts !== undefined && !isMoneyInput(i.licenseCosts)) bad(rule, "licenseCosts");
  if (i.discounts !== undefined && !isMoneyInput(i.discounts)) bad(rule, "discounts");
  optEnum(rule, i.valuation, ["monthly-fee", "per-rendered-service"], "valuation");
  const list = i.renderedServices as { service: string; price: string | number }[] | undefined;
  if (list !== undefined) {
    if (!Array.isArray(list) || list.length > 10_000) bad(rule, "renderedServices");
    let sum = 0;
    for (const s of list) {
      strict(rule, s, SERVICE_KEYS, "renderedServices[]");
      if (typeof s.service !== "string" || s.service.length < 1 || s.service.length > 200) bad(rule, "renderedServices[].service");
      if (!isMoneyInput(s.price)) bad(rule, "renderedServices[].price");
      sum += centsOf(s.price);
    }
    if (sum > 99_999_999_999_999) bad(rule, "renderedServices: total above the money limit");
  }
  if (i.edition !== undefined) bad(rule, "the floor knows the base edition only");
  if (requested < purchased) bad(rule, "requestedOn is before purchasedOn");
  const valuation = (i.valuation as string | undefined) ?? "monthly-fee";
  if (valuation === "per-rendered-service") {
    if (list === undefined) bad(rule, "per-rendered-service needs renderedServices");
    if (typeof rendered === "number" ? list.length !== rendered : rendered !== list.length > 0) bad(rule, "renderedServices must list servicesRendered");
  } else if (list !== undefined) bad(rule, "renderedServices only with per-rendered-service");

  const C = "terms.6.yearly-refund";
  const citations = [C];
  const explanation: string[] = [];
  const paid = fromCents(centsOf(i.amountPaid as string | number));
  const day = requested - purchased;
  const eligible = day <= 14;
  explanation.push(
    `The request of ${i.requestedOn as string} is day ${day} after the purchase/renewal of ${i.purchasedOn as string} (that day is day 0, Pacific dates); yearly plans are refundable through day 14.`,
  );
  if (!eligible) {
    explanation.push(`Day ${day} is after day 14: non-refundable. Refund $0.00, retained $${paid.amount}.`);
    return { eligible, day, lastRefundableDay: 14, deductions: [], refund: fromCents(0), retained: paid, valuation, citations, explanation, edition: EDITION };
  }
  const anyRendered = typeof rendered === "boolean" ? rendered : rendered > 0;
  const deductions: { code: string; amount: FloorMoney; clause: string; detail: string }[] = [];
  let total = 0;
  if (valuation === "per-rendered-service") {
    const items = list as { service: string; price: string | number }[];
    let cents = 0;
    const parts: string[] = [];
    for (const s of items) {
      const c = centsOf(s.price);
      cents += c;
      parts.push(`${s.service} $${fromCents(c).amount}`);
    }
    const amount = fromCents(cents);
    const detail = items.length === 0 ? "no service rendered since the purchase/renewal: $0.00" : `each rendered service at its price: ${parts.join(", ")} = $${amount.amount}`;
    deductions.push({ code: "services-rendered", amount, clause: C, detail });
    total += cents;
    explanation.push(`(i) Services rendered, valued per rendered service (option): ${detail}.`);
  } else {
    const devices = (i.addOnDevices as number | undefined) ?? 0;
    let amount = fromCents(0);
    let detail = "no service rendered since the purchase/renewal: $0.00";
    if (anyRendered) {
      const rate = centsOf(i.monthlyRate as string | number);
      amount = fromCents(rate + 1500 * devices);
      detail = `${rendered === true ? "services" : pluralS(rendered as number, "service")} rendered: one prevailing monthly plan fee $${fromCents(rate).amount} + ${pluralS(devices, "add-on device")} × $15.00 = $${amount.amount}`;
    }
    deductions.push({ code: "services-rendered", amount, clause: C, detail });
    total += amount.cents;
    explanation.push(`(i) Services already rendered at prevailing monthly rates${i.addOnDevices === undefined ? " (add-on devices not given: 0)" : ""}: ${detail}.`);
    if (anyRendered && devices > 0) cite(citations, "terms.2.4.add-ons");
  }
  const license = fromCents(i.licenseCosts === undefined ? 0 : centsOf(i.licenseCosts as string | number));
  deductions.push({ code: "license-costs", amount: license, clause: C, detail: i.licenseCosts === undefined ? "not given: $0.00" : `non-recoverable AV/license costs $${license.amount}` });
  explanation.push(`(ii) Non-recoverable AV/license costs: $${license.amount}${i.licenseCosts === undefined ? " (not given, so $0.00)" : ""}.`);
  const discounts = fromCents(i.discounts === undefined ? 0 : centsOf(i.discounts as string | number));
  deductions.push({ code: "discounts", amount: discounts, clause: C, detail: i.discounts === undefined ? "not given: $0.00" : `discounts/credits applied $${discounts.amount}` });
  explanation.push(`(iii) Discounts/credits applied: $${discounts.amount}${i.discounts === undefined ? " (not given, so $0.00)" : ""}.`);
  total += license.cents + discounts.cents;
  const raw = fromCents(paid.cents - total);
  const refund = raw.cents > 0 ? raw : fromCents(0);
  const retained = fromCents(paid.cents - refund.cents);
  explanation.push(
    `Refund = paid $${paid.amount} − deductions $${fromCents(total).amount} = $${raw.amount}${raw.cents < 0 ? ", which is below zero, so $0.00" : ""}; retained = $${paid.amount} − $${refund.amount} = $${retained.amount}.`,
  );
  return { eligible, day, lastRefundableDay: 14, deductions, refund, retained, valuation, citations, explanation, edition: EDITION };
}

// ---------------------------------------------------------------------------
// rightsRequestDeadlines (P5), default profile "relument".

const RIGHTS_KEYS = new Set(["profile", "profiles", "right", "receivedOn", "extended", "jurisdiction", "submittedBy", "signedPermission"]);
const PRIVACY_RIGHTS = ["know", "delete", "correct", "opt-out-sale-sharing", "limit-spi", "access", "rectification", "erasure", "restriction", "portability", "objection"];
const JURISDICTIONS = ["california", "us", "eea", "other"];
const VERIFIED = ["privacy.8.rights", "privacy.8.verification"];
/** The rights the Relument policy offers: clauses, and whether the requester is verified (with its clauses). */
const RELUMENT_RIGHTS: Readonly<Record<string, { clauses: readonly string[]; verified: boolean; verificationClauses: readonly string[] }>> = {
  know: { clauses: ["privacy.8.know"], verified: true, verificationClauses: VERIFIED },
  delete: { clauses: ["privacy.8.delete", "privacy.5.deletion"], verified: true, verificationClauses: VERIFIED },
  correct: { clauses: ["privacy.8.correct"], verified: true, verificationClauses: VERIFIED },
  "opt-out-sale-sharing": { clauses: ["privacy.8.opt-out", "privacy.8.gpc"], verified: false, verificationClauses: ["privacy.8.rights"] },
  "limit-spi": { clauses: ["privacy.8.limit-spi"], verified: false, verificationClauses: ["privacy.8.rights"] },
};
const OFFERED = Object.keys(RELUMENT_RIGHTS).join(", ");
const RESPOND_NOTE = "The policy states no answer deadline of its own; the CCPA's deadlines apply to California residents.";

/** Observed US federal holidays by year (day numbers), computed once per year and kept. */
const holidayCache = new Map<number, Set<number>>();

function federalHolidays(y: number): Set<number> {
  let set = holidayCache.get(y);
  if (set !== undefined) return set;
  const dow = (n: number) => (((n + 4) % 7) + 7) % 7;
  const observed = (n: number) => (dow(n) === 6 ? n - 1 : dow(n) === 0 ? n + 1 : n);
  const nth = (m: number, wd: number, k: number) => {
    const first = daysFromCivil(y, m, 1);
    return first + ((wd - dow(first) + 7) % 7) + 7 * (k - 1);
  };
  const lastMonday = () => {
    const last = daysFromCivil(y, 5, 31);
    return last - ((dow(last) - 1 + 7) % 7);
  };
  const days = [
    observed(daysFromCivil(y, 1, 1)),
    nth(1, 1, 3),
    nth(2, 1, 3),
    lastMonday(),
    ...(y >= 2021 ? [observed(daysFromCivil(y, 6, 19))] : []),
    observed(daysFromCivil(y, 7, 4)),
    nth(9, 1, 1),
    nth(10, 1, 2),
    observed(daysFromCivil(y, 11, 11)),
    nth(11, 4, 4),
    observed(daysFromCivil(y, 12, 25)),
    observed(daysFromCivil(y + 1, 1, 1)),
  ];
  const from = daysFromCivil(y, 1, 1);
  const to = daysFromCivil(y + 1, 1, 1);
  set = new Set(days.filter((d) => d >= from && d < to));
  holidayCache.set(y, set);
  return set;
}

/** `n` business days (Monday–Friday, not an observed federal holiday) after day `d`. */
function addBusinessDaysNum(d: number, n: number): number {
  let day = d;
  let year = new Date(d * DAY_MS).getUTCFullYear();
  let nextYear = daysFromCivil(year + 1, 1, 1);
  let holidays = federalHolidays(year);
  for (let left = n; left > 0; ) {
    day++;
    if (day >= nextYear) {
      year++;
      nextYear = daysFromCivil(year + 1, 1, 1);
      holidays = federalHolidays(year);
    }
    const w = (((day + 4) % 7) + 7) % 7;
    if (w === 0 || w === 6) continue;
    if (!holidays.has(day)) left--;
  }
  return day;
}

interface Basis {
  source: "policy" | "law";
  date: string;
  period: string;
  cites: string[];
}

/** Full-output floor of `rightsRequestDeadlines` (default profile). */
export function floorRightsRequestDeadlines(input: unknown): unknown {
  const rule = "rightsRequestDeadlines";
  const i = strict(rule, input, RIGHTS_KEYS);
  if (i.profile !== undefined || i.profiles !== undefined) bad(rule, "the floor knows the default profile only");
  const right = i.right as string;
  if (!PRIVACY_RIGHTS.includes(right)) bad(rule, "right");
  const receivedOn = i.receivedOn as string;
  const received = dayOf(receivedOn);
  if (Number.isNaN(received)) bad(rule, "receivedOn");
  optBool(rule, i.extended, "extended");
  optEnum(rule, i.jurisdiction, JURISDICTIONS, "jurisdiction");
  optEnum(rule, i.submittedBy, ["consumer", "agent"], "submittedBy");
  optBool(rule, i.signedPermission, "signedPermission");
  const offered = RELUMENT_RIGHTS[right];
  if (offered === undefined) bad(rule, `profile "relument" does not offer the right "${right}"; it offers: ${OFFERED}`);

  const citations: string[] = [];
  const explanation: string[] = ['No profile given: the default profile "relument" (Relument Solutions\' Privacy Policy) applies.'];
  const lawCitations: string[] = [];
  explanation.push(`The policy offers the right "${right}".`);
  for (const c of offered.clauses) cite(citations, c);
  explanation.push(`Received on ${receivedOn}; that day is day 0 and is not counted.`);
  let jurisdiction: string;
  if (i.jurisdiction !== undefined) {
    jurisdiction = i.jurisdiction as string;
    explanation.push(`Jurisdiction "${jurisdiction}" as given.`);
  } else {
    jurisdiction = "california";
    explanation.push('No jurisdiction given: the policy addresses "california", so that law applies.');
    cite(citations, "privacy.8.rights");
  }
  explanation.push(`No answer deadline in the policy: ${RESPOND_NOTE}`);

  const ack: Basis[] = [];
  const respond: Basis[] = [];
  const ext: Basis[] = [];
  let lawNoVerification = false;
  if (jurisdiction === "california") {
    if (right === "opt-out-sale-sharing" || right === "limit-spi") {
      const law = right === "opt-out-sale-sharing" ? "law.ccpa-regs.7026" : "law.ccpa-regs.7027";
      const date = dateStr(addBusinessDaysNum(received, 15));
      const ackDate = dateStr(addBusinessDaysNum(received, 10));
      respond.push({ source: "law", date, period: "15 business days", cites: [law] });
      ack.push({ source: "law", date: ackDate, period: "10 business days", cites: ["law.ccpa-regs.7021"] });
      lawCitations.push("law.ccpa-regs.7021", law);
      lawNoVerification = true;
      explanation.push(
        `CCPA: confirm receipt within 10 business days (by ${ackDate}), the confirmation period of the CCPA regulations, applied to every CCPA right including opt-outs and limits (register P5.acknowledge-every-ccpa-right).`,
      );
      explanation.push(`CCPA regulations: honour within 15 business days, by ${date}; no verification may be required and there is no extension.`);
    } else {
      // know, delete, correct: the CCPA's general deadlines.
      const ackDate = dateStr(addBusinessDaysNum(received, 10));
      const respDate = dateStr(received + 45);
      const extDate = dateStr(received + 90);
      ack.push({ source: "law", date: ackDate, period: "10 business days", cites: ["law.ccpa-regs.7021"] });
      respond.push({ source: "law", date: respDate, period: "45 calendar days", cites: ["law.ccpa.1798-130", "law.ccpa-regs.7021"] });
      ext.push({ source: "law", date: extDate, period: "45 + 45 calendar days", cites: ["law.ccpa.1798-130", "law.ccpa-regs.7021"] });
      lawCitations.push("law.ccpa-regs.7021", "law.ccpa.1798-130");
      explanation.push(
        `CCPA: confirm receipt within 10 business days (by ${ackDate}); respond within 45 calendar days (by ${respDate}); one extension of 45 more days with notice (by ${extDate}).`,
      );
    }
  } else if (jurisdiction === "eea") {
    const y = Number(receivedOn.slice(0, 4));
    const mo = Number(receivedOn.slice(5, 7));
    const d = Number(receivedOn.slice(8, 10));
    const respDate = dateStr(addMonthsDay(y, mo, d, 1));
    const extDate = dateStr(addMonthsDay(y, mo, d, 3));
    respond.push({ source: "law", date: respDate, period: "1 month", cites: ["law.gdpr.12-3"] });
    ext.push({ source: "law", date: extDate, period: "1 + 2 months", cites: ["law.gdpr.12-3"] });
    lawCitations.push("law.gdpr.12-3");
    explanation.push(
      `GDPR Art. 12(3): act within one month of receipt (same day next month, clamped: ${respDate}); extendable by 2 further months where necessary (by ${extDate}), telling the requester within the first month.`,
    );
  } else explanation.push(`No law the library encodes sets a deadline for "${jurisdiction}".`);

  const standardRespondBy = respond.length === 0 ? null : respond[0]!.date;
  const ackCandidate = ack.length === 0 ? null : ack[0]!.date;
  const acknowledgeBy = ackCandidate !== null && standardRespondBy !== null && standardRespondBy < ackCandidate ? standardRespondBy : ackCandidate;
  if (acknowledgeBy !== ackCandidate)
    explanation.push(
      `The answer is due (${standardRespondBy}) before the acknowledgement (${ackCandidate}): the answer confirms receipt, so acknowledgeBy is ${acknowledgeBy}.`,
    );
  if (acknowledgeBy === null) explanation.push("No acknowledgement deadline applies (neither the policy nor the law sets one): acknowledgeBy is null.");
  if (standardRespondBy === null) explanation.push("No answer deadline applies: respondBy is null (never a number the policy does not state).");
  const extendedRespondBy = ext.length === 0 ? null : ext[0]!.date;
  const extensionNoticeBy = extendedRespondBy === null ? null : standardRespondBy;
  if (extendedRespondBy !== null)
    explanation.push(`If extended: the extended deadline is ${extendedRespondBy}; the notice of the extension with its reasons is due by ${extensionNoticeBy}.`);
  const extended = (i.extended as boolean | undefined) ?? false;
  const extensionApplies = extended && extendedRespondBy !== null;
  const respondBy = extensionApplies ? extendedRespondBy : standardRespondBy;
  if (extensionApplies) explanation.push(`Extended with notice: respondBy is the extended deadline, ${respondBy} (register P5.respond-by-in-force).`);
  else if (extended)
    explanation.push(
      `extended: true, but no extension exists for "${right}" under profile "relument" (jurisdiction ${jurisdiction}): no law gives one and the policy states none, so extended is irrelevant; respondBy stays the standard deadline, ${respondBy ?? "none"}, and extendedRespondBy stays null (register P5.extension-not-available).`,
    );
  else
    explanation.push(
      `Not extended${i.extended === undefined ? " (extended not given, taken as false)" : ""}: respondBy is the standard deadline, ${respondBy ?? "none"} (register P5.respond-by-in-force).`,
    );

  let verificationRequired: boolean;
  if (lawNoVerification) {
    verificationRequired = false;
    cite(lawCitations, "law.ccpa-regs.7060");
    if (offered.verified) {
      explanation.push('The policy says rights are "subject to verification", but the CCPA forbids verifying this request: no verification.');
      for (const c of offered.verificationClauses) cite(citations, c);
    }
  } else {
    verificationRequired = offered.verified;
    explanation.push(verificationRequired ? "The requester's identity is verified first." : "No verification is needed.");
    for (const c of offered.verificationClauses) cite(citations, c);
    if (jurisdiction === "california" && verificationRequired) cite(lawCitations, "law.ccpa-regs.7060");
  }
  const submittedBy = (i.submittedBy as string | undefined) ?? "consumer";
  const missing: string[] = [];
  if (submittedBy === "consumer") {
    if (verificationRequired) {
      explanation.push("An authorized agent may act with proof of authorization.");
      cite(citations, "privacy.8.agent");
    }
    if (i.signedPermission !== undefined)
      explanation.push(
        `\`signedPermission\` is ignored: the request was submitted by the consumer${i.submittedBy === undefined ? " (submittedBy not given)" : ""}, not by an agent.`,
      );
  } else if (i.signedPermission === true) {
    explanation.push("Submitted by an authorized agent with the consumer's signed permission (the policy's proof of authorization): the request is accepted.");
    cite(citations, "privacy.8.agent");
  } else {
    missing.push("signed-permission");
    explanation.push(
      `Submitted by an authorized agent without the consumer's signed permission (signedPermission ${i.signedPermission === undefined ? "not given, taken as false" : "false"}): the policy asks for proof of authorization, so the request is not accepted; the deadlines above still hold, to answer by refusing it or asking for the permission (register P5.agent-deadlines).`,
    );
    cite(citations, "privacy.8.agent");
  }
  return {
    profile: "relument",
    right,
    jurisdiction,
    extended,
    acknowledgeBy,
    respondBy,
    standardRespondBy,
    extendedRespondBy,
    extensionNoticeBy,
    verificationRequired,
    accountChangeHours: null,
    residualPurgeBy: null,
    basis: { acknowledgeBy: ack, standardRespondBy: respond, extendedRespondBy: ext.map((b) => ({ ...b, cites: [...b.cites] })) },
    lawCitations,
    submittedBy,
    accepted: missing.length === 0,
    missing,
    citations,
    explanation,
  };
}

// ---------------------------------------------------------------------------
// checkConsent (P3, P4, P8, T21), default profile "relument".

const CONSENT_KEYS = new Set(["profile", "profiles", "action", "granted", "optedOut", "gpc", "age", "pixelsEnabled", "on", "membershipEndedOn", "integrationEnabled"]);
const GRANTS = ["consent", "notice", "permission"];
const SCOPE = ["privacy.1.categories"];

/** The library's fallback gate of a silent policy (never "sale": Relument's sale gate is stated). */
function fallbackGate(action: string): FloorGate {
  return {
    status: "allowed-if",
    requires: ["consent"],
    blockedByOptOut: true,
    blockedByGpc: action === "ad-pixel-sharing",
    minimumAge: null,
    requiresPixels: action === "ad-pixel-sharing",
    ...(action === "rmm-install" ? { endsWithMembership: { clauses: ["terms.8.rmm"] } } : {}),
    clauses: SCOPE,
    laws: [],
    note: "The policy is silent: the library asks for consent and honours an opt-out.",
  };
}

/** Full-output floor of `checkConsent` (default profile). */
export function floorCheckConsent(input: unknown): unknown {
  const rule = "checkConsent";
  const i = strict(rule, input, CONSENT_KEYS);
  if (i.profile !== undefined || i.profiles !== undefined) bad(rule, "the floor knows the default profile only");
  const action = i.action as string;
  const stated = typeof action === "string" && Object.hasOwn(RELUMENT_GATES, action) ? RELUMENT_GATES[action] : undefined;
  if (stated === undefined) bad(rule, "action");
  const grantedIn = i.granted as string[] | undefined;
  if (grantedIn !== undefined) {
    if (!Array.isArray(grantedIn) || grantedIn.length > 20) bad(rule, "granted");
    for (const g of grantedIn) if (!GRANTS.includes(g)) bad(rule, "granted[]");
  }
  optBool(rule, i.optedOut, "optedOut");
  optBool(rule, i.gpc, "gpc");
  optBool(rule, i.pixelsEnabled, "pixelsEnabled");
  optBool(rule, i.integrationEnabled, "integrationEnabled");
  const age = i.age as number | undefined;
  if (age !== undefined && (typeof age !== "number" || !Number.isInteger(age) || age < 0 || age > 150)) bad(rule, "age");
  const on = i.on as string | undefined;
  const ended = i.membershipEndedOn as string | undefined;
  if (on !== undefined && Number.isNaN(dayOf(on))) bad(rule, "on");
  if (ended !== undefined && Number.isNaN(dayOf(ended))) bad(rule, "membershipEndedOn");
  if (ended !== undefined && on === undefined) bad(rule, "membershipEndedOn needs on");

  const citations: string[] = [];
  const explanation: string[] = ['No profile given: the default profile "relument" (Relument Solutions\' Privacy Policy) applies.'];
  const lawCitations: string[] = [];
  const granted = grantedIn ?? [];
  const optedOut = i.optedOut === true;
  const gpc = i.gpc === true;
  const defaults: string[] = [];
  if (grantedIn === undefined) defaults.push("granted: none");
  if (i.optedOut === undefined) defaults.push("optedOut: false");
  if (i.gpc === undefined) defaults.push("gpc: false");
  if (i.pixelsEnabled === undefined) defaults.push("pixelsEnabled: false");
  if (defaults.length) explanation.push(`Not given, so taken as: ${defaults.join(", ")}.`);

  let gate: FloorGate;
  let gateKind: "policy" | "fallback";
  if (stated.status === "not-stated") {
    gate = fallbackGate(action);
    gateKind = "fallback";
    explanation.push(`The policy is silent on "${action}" (${stated.note}); the library's fallback gate applies: ${gate.note} (register P3.not-stated-fallback).`);
    for (const c of SCOPE) cite(citations, c);
  } else {
    gate = stated;
    gateKind = "policy";
    explanation.push(`"${action}": ${stated.note}`);
    for (const c of stated.clauses!) cite(citations, c);
  }
  for (const l of gate.laws!) cite(lawCitations, l);

  const blockedBy: string[] = [];
  if (age !== undefined && age < 13) {
    blockedBy.push("below-minimum-age");
    explanation.push(`Age ${age} is under the policy's minimum age 13: no personal information is collected, so no action is allowed.`);
    cite(citations, "privacy.12.children");
  }
  let missing: string[] = [];
  if (gate.status === "prohibited") {
    blockedBy.push("prohibited");
    explanation.push(`"${action}" is never allowed under this profile, whatever is granted.`);
    for (const c of gate.clauses!) cite(citations, c);
  } else {
    const requires = gate.requires!;
    missing = requires.filter((g) => !granted.includes(g));
    if (requires.length === 0) explanation.push("No grant is needed.");
    else
      explanation.push(
        `Needs ${requires.join(" and ")}; granted: ${granted.length ? granted.join(", ") : "nothing"}${missing.length ? `; missing: ${missing.join(", ")}` : ""}.`,
      );
    if (gate.blockedByOptOut && optedOut) {
      blockedBy.push("opted-out");
      explanation.push("The person opted out (or withdrew, or ended the session): the action stops.");
    } else if (!gate.blockedByOptOut && optedOut) {
      explanation.push("An opt-out (a marketing opt-out) does not stop this action: transactional/service messages continue.");
    }
    if (gate.blockedByGpc && gpc) {
      blockedBy.push("gpc");
      explanation.push("A Global Privacy Control signal is present: it is an opt-out of sale/sharing, so the action stops (register P3.gpc-scope).");
    } else if (gpc) {
      explanation.push("A GPC signal is present but does not concern this action: GPC opts out of sale and ad-pixel sharing only (register P3.gpc-scope).");
    }
    if (gate.requiresPixels && i.pixelsEnabled !== true) {
      blockedBy.push("pixels-disabled");
      explanation.push("Advertising pixels are not enabled: there is no sharing to allow.");
    }
    const ends = gate.endsWithMembership;
    if (ends !== undefined) {
      const what = action === "rmm-install" ? "the agent" : `"${action}"`;
      if (ended === undefined) explanation.push(`No membershipEndedOn given: the membership is taken as not ended, so it does not stop ${what}.`);
      else if (ended <= (on as string)) {
        blockedBy.push("membership-ended");
        explanation.push(
          action === "rmm-install"
            ? `The membership ended on ${ended}, on or before the check date ${on as string}: the RMM agent is removed after cancellation, so it may be neither installed nor operated, whatever was granted (T21; "rmm-install" stands for installing and operating the agent: register T21.operating).`
            : `The membership ended on ${ended}, on or before the check date ${on as string}: "${action}" stops with the membership, whatever was granted.`,
        );
        for (const c of ends.clauses) cite(citations, c);
      } else {
        explanation.push(`The membership ends on ${ended}, after the check date ${on as string}: it has not ended yet, so it does not stop ${what} (T21).`);
        for (const c of ends.clauses) cite(citations, c);
      }
    }
    const minimumAge = gate.minimumAge ?? null;
    if (minimumAge !== null) {
      if (age === undefined)
        explanation.push(
          `Age unknown: the policy's age condition (${minimumAge}) concerns persons known to be younger ("knowingly"), so it does not block (register P1.age-unknown).`,
        );
      else if (age < minimumAge && !blockedBy.includes("below-minimum-age")) {
        blockedBy.push("under-sharing-age");
        explanation.push(`Age ${age} is under ${minimumAge}: never sold or shared.`);
      }
    }
  }
  if (ended !== undefined && (gate.status === "prohibited" || gate.endsWithMembership === undefined)) {
    explanation.push(
      gate.status === "prohibited"
        ? `membershipEndedOn (${ended}) changes nothing: "${action}" is never allowed under this profile.`
        : action === "remote-session"
          ? `membershipEndedOn (${ended}) is ignored: the end of a membership stops the RMM agent only, not a remote session the customer starts (T21).`
          : `membershipEndedOn (${ended}) is ignored: the end of a membership stops the RMM agent only (T21); this profile's gate for "${action}" does not end with it (register T21.other-actions).`,
    );
  }
  if (i.integrationEnabled !== undefined)
    explanation.push(`integrationEnabled (${String(i.integrationEnabled)}) is ignored: this profile's gate for "${action}" does not depend on an enabled integration.`);
  const allowed = missing.length === 0 && blockedBy.length === 0;
  explanation.push(allowed ? `"${action}" is allowed.` : `"${action}" is not allowed.`);
  return { profile: "relument", action, allowed, missing, blockedBy, gate: gateKind, lawCitations, citations, explanation };
}

// ---------------------------------------------------------------------------
// visitAllowance (§2.2, §4, §6, §15), base edition: the ledger folded over day numbers.

const VISIT_KEYS = new Set(["plan", "startDate", "asOf", "events", "rolloverDuringSuspension", "edition", "editions"]);
const PLANS = ["home-monthly", "home-yearly", "office-monthly", "office-yearly"];
const DATE_EVENT_KEYS = new Set(["type", "date"]);
const SUSPENDED_KEYS = new Set(["type", "from", "to"]);
const ROLL = "terms.2.2.rollover";
const FAILED = "terms.6.failed-payments";

interface Span {
  start: string;
  end: string;
  granted: number;
  used: number;
  rolledToBank: number;
  forfeited: number;
  remaining: number;
  suspendedAtStart: boolean;
}

interface FloorDay {
  day: number;
  period: number; // index + 1 of the period opening this day, 0 for none
  periodEnd: number;
  year: number; // index + 1 of the membership year opening this day, 0 for none
  yearEnd: number;
  visits: number;
  noShows: number;
  end: "" | "lapsed" | "terminated";
}


/** Full-output floor of `visitAllowance` (base edition). */
export function floorVisitAllowance(input: unknown): unknown {
  const rule = "visitAllowance";
  const i = strict(rule, input, VISIT_KEYS);
  const plan = i.plan as string;
  if (!PLANS.includes(plan)) bad(rule, "plan");
  const startDate = i.startDate as string;
  const asOfDate = i.asOf as string;
  const start = dayOf(startDate);
  const asOf = dayOf(asOfDate);
  if (Number.isNaN(start)) bad(rule, "startDate");
  if (Number.isNaN(asOf)) bad(rule, "asOf");
  const events = (i.events ?? []) as Record<string, unknown>[];
  if (!Array.isArray(events) || events.length > 10_000) bad(rule, "events");
  optEnum(rule, i.rolloverDuringSuspension, ["roll", "forfeit"], "rolloverDuringSuspension");
  if (i.edition !== undefined || i.editions !== undefined) bad(rule, "the floor knows the base edition only");
  if (asOf < start) bad(rule, "asOf is before the membership start date");

  // Validate and sort the events into day records (keyed by day number).
  const days = new Map<number, FloorDay>();
  const at = (d: number): FloorDay => {
    let r = days.get(d);
    if (r === undefined) days.set(d, (r = { day: d, period: 0, periodEnd: 0, year: 0, yearEnd: 0, visits: 0, noShows: 0, end: "" }));
    return r;
  };
  const suspFrom: number[] = [];
  const suspTo: number[] = [];
  let endDay = -1;
  let endReason: "" | "lapsed" | "terminated" = "";
  let endCount = 0;
  let ignoredEvents = 0;
  let noShowCount = 0;
  for (const e of events) {
    if (!isObject(e)) bad(rule, "events[]");
    const type = e.type;
    let first: number;
    let to = Number.NaN;
    if (type === "suspended") {
      strict(rule, e, SUSPENDED_KEYS, "events[]");
      first = dayOf(e.from);
      if (Number.isNaN(first)) bad(rule, "events[].from");
      if (e.to !== undefined) {
        to = dayOf(e.to);
        if (Number.isNaN(to)) bad(rule, "events[].to");
      }
    } else if (type === "visit" || type === "lapsed" || type === "terminated" || type === "no-show") {
      strict(rule, e, DATE_EVENT_KEYS, "events[]");
      first = dayOf(e.date);
      if (Number.isNaN(first)) bad(rule, "events[].date");
    } else bad(rule, "events[].type");
    if (first < start) bad(rule, "event before the membership start date");
    if (to < first) bad(rule, "suspension ends before it starts");
    if ((type === "lapsed" || type === "terminated") && ++endCount > 1) bad(rule, "more than one lapse/termination");
    if (first > asOf) {
      ignoredEvents++;
      continue;
    }
    if (type === "visit") at(first).visits++;
    else if (type === "no-show") {
      at(first).noShows++;
      noShowCount++;
    } else if (type === "suspended") {
      suspFrom.push(first);
      suspTo.push(Number.isNaN(to) || to >= asOf ? asOf : to);
    } else {
      endDay = first;
      endReason = type as "lapsed" | "terminated";
    }
  }
  if (endDay >= 0) at(endDay).end = endReason;

  const home = plan.charCodeAt(0) === 104; // "home-…"
  const yearly = plan.endsWith("-yearly");
  const months = home ? 3 : 2;
  const forfeitOption = i.rolloverDuringSuspension === "forfeit";
  const sy = Number(startDate.slice(0, 4));
  const sm = Number(startDate.slice(5, 7));
  const sd = Number(startDate.slice(8, 10));
  const last = endDay >= 0 && endDay < asOf ? endDay : asOf;
  let currentStart = start;
  let currentEnd = start;
  for (let k = 0; ; k++) {
    const d = addMonthsDay(sy, sm, sd, k * months);
    if (d > asOf) break;
    currentStart = d;
    currentEnd = addMonthsDay(sy, sm, sd, (k + 1) * months) - 1;
    if (d <= last) {
      const r = at(d);
      r.period = k + 1;
      r.periodEnd = currentEnd;
    }
  }
  if (yearly) {
    for (let j = 0; ; j++) {
      const d = addMonthsDay(sy, sm, sd, j * 12);
      if (d > last) break;
      const r = at(d);
      r.year = j + 1;
      r.yearEnd = addMonthsDay(sy, sm, sd, (j + 1) * 12) - 1;
    }
  }

  // Suspensions as a sweep: sorted by start, the latest end seen so far.
  const order = suspFrom.map((_, k) => k).sort((a, b) => suspFrom[a]! - suspFrom[b]!);
  let nextSusp = 0;
  let latestTo = -Infinity;
  const suspendedOn = (d: number): boolean => {
    while (nextSusp < order.length && suspFrom[order[nextSusp]!]! <= d) {
      const t = suspTo[order[nextSusp]!]!;
      if (t > latestTo) latestTo = t;
      nextSusp++;
    }
    return latestTo >= d;
  };

  const citations: string[] = [];
  const explanation: string[] = [
    `${plan}: an accrual period every ${pluralS(months, "month")} from ${startDate}, each granting 1 included visit on its first day` +
      (yearly ? "; plus 1 bonus visit on the first day of each membership year" : "") +
      `. Unused visits roll to a bank of at most 2; a visit uses the current period first, ${yearly ? "then the bonus, " : ""}then the bank.`,
  ];
  citations.push(home ? "terms.2.2.home" : "terms.2.2.office");
  if (yearly) citations.push("terms.2.2.yearly-bonus");
  citations.push(ROLL);

  const periods: Span[] = [];
  const bonusYears: Span[] = [];
  const forfeitures: { date: string; count: number; source: string; reason: string; clause: string }[] = [];
  const visits: Record<string, unknown>[] = [];
  let bank = 0;
  let ended = false;
  let rolledDuringSuspension = 0;
  let period: Span | undefined;
  let year: Span | undefined;

  const rollOver = (rec: Span, date: string, suspendedNow: boolean, source: "period" | "bonus"): string | undefined => {
    const left = rec.remaining;
    rec.remaining = 0;
    if (left === 0) return undefined;
    const what = source === "period" ? `the period ending ${rec.end}` : `the membership year ending ${rec.end} (bonus)`;
    if (suspendedNow) {
      if (forfeitOption) {
        rec.forfeited += left;
        forfeitures.push({ date, count: left, source, reason: "suspended-at-rollover", clause: FAILED });
        cite(citations, FAILED);
        return `${left} unused ${left === 1 ? "visit" : "visits"} of ${what} forfeited: the boundary fell during a suspension (option rolloverDuringSuspension "forfeit")`;
      }
      rolledDuringSuspension += left;
    }
    const room = 2 - bank;
    const moved = room <= 0 ? 0 : room < left ? room : left;
    bank += moved;
    rec.rolledToBank += moved;
    rec.forfeited += left - moved;
    if (left > moved) forfeitures.push({ date, count: left - moved, source, reason: "bank-cap", clause: ROLL });
    cite(citations, ROLL);
    return `${left} unused ${left === 1 ? "visit" : "visits"} of ${what} rolled to the bank${left > moved ? `, ${left - moved} forfeited because the bank is capped at 2` : ""} (bank ${bank})`;
  };
  // 0 period, 1 bonus, 2 bank, 3 suspended, 4 membership-ended, 5 none-available
  const draw = (suspendedNow: boolean): number => {
    if (ended) return 4;
    if (suspendedNow) return 3;
    if (period !== undefined && period.remaining > 0) {
      period.remaining--;
      period.used++;
      return 0;
    }
    if (year !== undefined && year.remaining > 0) {
      year.remaining--;
      year.used++;
      return 1;
    }
    if (bank > 0) {
      bank--;
      return 2;
    }
    return 5;
  };
  const SOURCES = ["period", "bonus", "bank"] as const;
  const REASONS = ["", "", "", "suspended", "membership-ended", "none-available"] as const;
  const tally = [0, 0, 0, 0, 0, 0];

  const ordered = [...days.values()].sort((a, b) => a.day - b.day);
  for (const r of ordered) {
    const date = dateStr(r.day);
    const notes: string[] = [];
    if (r.period > 1 && period !== undefined && !ended) {
      const n = rollOver(period, date, suspendedOn(r.day), "period");
      if (n) notes.push(n);
    }
    if (r.year > 1 && year !== undefined && !ended) {
      const n = rollOver(year, date, suspendedOn(r.day), "bonus");
      if (n) notes.push(n);
    }
    if (r.end !== "" && !ended) {
      const reason = r.end;
      const clause = reason === "lapsed" ? ROLL : "terms.15.termination";
      const lost: string[] = [];
      if (period !== undefined && period.remaining > 0) {
        forfeitures.push({ date, count: period.remaining, source: "period", reason, clause });
        lost.push(`${period.remaining} of the current period`);
        period.forfeited += period.remaining;
        period.remaining = 0;
      }
      if (year !== undefined && year.remaining > 0) {
        forfeitures.push({ date, count: year.remaining, source: "bonus", reason, clause });
        lost.push(`${year.remaining} bonus`);
        year.forfeited += year.remaining;
        year.remaining = 0;
      }
      if (bank > 0) {
        forfeitures.push({ date, count: bank, source: "bank", reason, clause });
        lost.push(`${bank} banked`);
        bank = 0;
      }
      ended = true;
      cite(citations, clause);
      notes.push(`membership ${reason}: ${lost.length ? `forfeited the unused visits (${lost.join(", ")})` : "nothing left to forfeit"}; nothing accrues after this day`);
    }
    const suspendedNow = suspendedOn(r.day);
    if (r.period > 0 && !ended) {
      const granted = suspendedNow ? 0 : 1;
      period = { start: date, end: dateStr(r.periodEnd), granted, used: 0, rolledToBank: 0, forfeited: 0, remaining: granted, suspendedAtStart: suspendedNow };
      periods.push(period);
      cite(citations, home ? "terms.2.2.home" : "terms.2.2.office");
      notes.push(`period ${r.period} (${period.start} – ${period.end}) starts${suspendedNow ? " during a suspension: no visit granted" : ": +1 included visit"}`);
    }
    if (r.year > 0 && !ended) {
      const granted = suspendedNow ? 0 : 1;
      year = { start: date, end: dateStr(r.yearEnd), granted, used: 0, rolledToBank: 0, forfeited: 0, remaining: granted, suspendedAtStart: suspendedNow };
      bonusYears.push(year);
      cite(citations, "terms.2.2.yearly-bonus");
      notes.push(`membership year ${r.year} (${year.start} – ${year.end}) starts${suspendedNow ? " during a suspension: no bonus visit granted" : ": +1 bonus visit"}`);
    }
    if (r.visits > 0) {
      tally.fill(0);
      for (let k = 0; k < r.visits; k++) {
        const d = draw(suspendedNow);
        tally[d]!++;
        visits.push(d < 3 ? { date, outcome: SOURCES[d] } : { date, outcome: "rejected", reason: REASONS[d] });
      }
      const parts: string[] = [];
      if (tally[0]) parts.push(`${tally[0]} from the current period`);
      if (tally[1]) parts.push(`${tally[1]} from the yearly bonus`);
      if (tally[2]) parts.push(`${tally[2]} from the bank (bank ${bank})`);
      if (tally[3]) parts.push(`${tally[3]} rejected: suspended, visits cannot be used`);
      if (tally[4]) parts.push(`${tally[4]} rejected: the membership has ended`);
      if (tally[5]) parts.push(`${tally[5]} not included: no included visit left (billed as an extra on-site visit)`);
      if (tally[3]) cite(citations, FAILED);
      if (tally[5]) cite(citations, "terms.5.member-rate");
      notes.push(`${pluralS(r.visits, "visit")}: ${parts.join("; ")}`);
    }
    if (r.noShows > 0) {
      tally.fill(0);
      for (let k = 0; k < r.noShows; k++) {
        const d = draw(suspendedNow);
        tally[d]!++;
        visits.push(d < 3 ? { date, type: "no-show", outcome: "included", source: SOURCES[d] } : { date, type: "no-show", outcome: "fee", reason: REASONS[d] });
      }
      const parts: string[] = [];
      if (tally[0]) parts.push(`${tally[0]} counted as an included visit from the current period`);
      if (tally[1]) parts.push(`${tally[1]} counted as an included visit from the yearly bonus`);
      if (tally[2]) parts.push(`${tally[2]} counted as an included visit from the bank (bank ${bank})`);
      if (tally[3]) parts.push(`${tally[3]} not counted: suspended, visits cannot be used; the no-show fee applies`);
      if (tally[4]) parts.push(`${tally[4]} not counted: the membership has ended; the no-show fee applies`);
      if (tally[5]) parts.push(`${tally[5]} not counted: no included visit left; the no-show fee applies`);
      cite(citations, "terms.4.no-show");
      if (tally[0]! + tally[1]! + tally[2]! > 0) cite(citations, ROLL);
      if (tally[3]) cite(citations, FAILED);
      notes.push(`${pluralS(r.noShows, "no-show")}: ${parts.join("; ")}`);
    }
    if (notes.length) explanation.push(`${date}: ${notes.join("; ")}.`);
  }

  if (rolledDuringSuspension > 0) {
    explanation.push(
      `${pluralS(rolledDuringSuspension, "unused visit")} rolled to the bank at a period boundary during a suspension: the bank is frozen, not emptied (default; option rolloverDuringSuspension "forfeit").`,
    );
    cite(citations, FAILED);
  }
  const startStr = dateStr(currentStart);
  const endStr = dateStr(currentEnd);
  const currentRecord = periods[periods.length - 1];
  const remaining = !ended && currentRecord !== undefined && currentRecord.start === startStr ? currentRecord.remaining : 0;
  const currentYear = bonusYears[bonusYears.length - 1];
  const bonusRemaining = !ended && currentYear !== undefined ? currentYear.remaining : 0;
  const available = remaining + bonusRemaining + bank;
  let forfeited = 0;
  for (const f of forfeitures) forfeited += f.count;
  let granted = 0;
  for (const p of periods) granted += p.granted;
  for (const y of bonusYears) granted += y.granted;
  let used = 0;
  for (const v of visits) if (v.outcome !== "rejected" && v.outcome !== "fee") used++;
  let isSuspended = false;
  for (const t of suspTo) if (t >= asOf) isSuspended = true;
  const status = endReason !== "" ? endReason : isSuspended ? "suspended" : "active";
  if (noShowCount > 0) {
    let charged = 0;
    for (const v of visits) if (v.outcome === "fee") charged++;
    explanation.push(
      `No-shows (§4) on or before ${asOfDate}: ${noShowCount - charged} counted as an included visit, ${charged} left to the no-show fee (no included visit left, or the membership suspended or ended that day; noShowCharge gives the amount).`,
    );
    cite(citations, "terms.4.no-show");
  }
  if (ignoredEvents > 0) explanation.push(`${pluralS(ignoredEvents, "event")} dated after ${asOfDate} ${ignoredEvents === 1 ? "is" : "are"} ignored: the ledger is read as of ${asOfDate}.`);
  if (status === "suspended") {
    explanation.push(`As of ${asOfDate} the membership is suspended: ${available === 1 ? "the 1 visit is kept" : `the ${available} visits are kept`} but cannot be used until it is reinstated.`);
    cite(citations, FAILED);
  }
  explanation.push(
    `As of ${asOfDate}: available = current period (${startStr} – ${endStr}) ${remaining} + bonus ${bonusRemaining} + bank ${bank} = ${available}; granted ${granted}, used ${used}, forfeited ${forfeited}.`,
  );
  return {
    available,
    bank,
    currentPeriod: { start: startStr, end: endStr, remaining },
    bonusRemaining,
    forfeited,
    status,
    granted,
    used,
    periods,
    bonusYears,
    forfeitures,
    visits,
    ignoredEvents,
    citations,
    explanation,
    edition: EDITION,
  };
}
