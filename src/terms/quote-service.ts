import * as z from "zod/mini";
import { Trace, type Decision } from "../core/decision.js";
import { money, sumMoney, zero, type Money } from "../core/money.js";
import { moneyInputSchema, parseInput } from "../core/schema.js";
import { editionField, ruleEdition, stamp, type EditionStamp } from "../editions/compiled.js";
import { customerSchema, inServiceArea, modeSchema, zipSchema } from "./common.js";
import { computeOvertime, minutesSchema, overtimeOptionsFast, overtimeOptionsShape } from "./overtime.js";
import { deepFreeze } from "../core/freeze.js";
import { DECLINE, bool, fastSpec, moneyValue, numberIn, oneOf, opt, trustedEdition } from "../core/fast.js";
import { inputError } from "../core/errors.js";
import { plural } from "../core/plural.js";

/** Input of {@link quoteService}. */
export const quoteServiceInputSchema = /* @__PURE__ */ deepFreeze(z.strictObject({
  mode: modeSchema,
  /** Length of the session or visit, in minutes. */
  minutes: minutesSchema,
  customer: customerSchema,
  /**
   * On-site members only: `true` when this visit uses an included visit (§2.2),
   * `false` for a member extra visit at $149 (§5). Absent for an on-site member
   * visit means "no included visit used" and the explanation says so.
   */
  includedVisit: z.optional(z.boolean()),
  /**
   * ZIP of the service address. Outside the area, an on-site visit needs its
   * approved trip fee and a remote session needs `outsideAreaApproved: true` (§1, T18).
   */
  zip: z.optional(zipSchema),
  /**
   * The approved, separately quoted trip fee for an on-site visit outside the
   * area (§1, §5): a trip fee is only quoted for an approved trip, so it is the
   * visit's approval. Contradicts `outsideAreaApproved: false` (an input error).
   */
  tripFee: z.optional(moneyInputSchema),
  /**
   * Prior written approval for service outside the area (§1, T18). A remote
   * session outside the area needs it (no trip fee: there is no trip); on site
   * it needs the quoted `tripFee` with it (an input error without one). Absent
   * means no approval beyond what a `tripFee` states.
   */
  outsideAreaApproved: z.optional(z.boolean()),
  ...overtimeOptionsShape,
  /** The edition of the Terms whose numbers apply (default `baseEdition`, the Terms as shipped). */
  edition: editionField,
}));
/** Input of {@link quoteService}. */
export type QuoteServiceInput = z.input<typeof quoteServiceInputSchema>;

/** The fast path of {@link quoteServiceInputSchema}: certainly valid input only (core/fast.ts). */
const quoteServiceFast = /* @__PURE__ */ fastSpec({
  mode: /* @__PURE__ */ oneOf(["remote", "onsite"]),
  minutes: /* @__PURE__ */ numberIn(0, 10_080),
  customer: /* @__PURE__ */ oneOf(["member", "non-member"]),
  includedVisit: /* @__PURE__ */ opt(bool),
  zip: /* @__PURE__ */ opt((v) => (typeof v === "string" && /^\d{5}(-\d{4})?$/.test(v) ? v : DECLINE)),
  tripFee: /* @__PURE__ */ opt(moneyValue),
  outsideAreaApproved: /* @__PURE__ */ opt(bool),
  ...overtimeOptionsFast,
  edition: trustedEdition,
});

/** Codes of the lines of a quote. */
export type QuoteLineCode =
  | "remote-session-included"
  | "remote-session"
  | "included-visit"
  | "member-extra-onsite"
  | "onsite-visit"
  | "overtime"
  | "trip-fee";

/** One priced line of a quote, with the clause it comes from. */
export interface QuoteLine {
  readonly code: QuoteLineCode;
  readonly amount: Money;
  readonly clause: string;
  readonly description: string;
}

/** Result of {@link quoteService}. */
export interface QuoteResult extends Decision, EditionStamp {
  /**
   * False when the address is outside the service area without approval (on
   * site: no approved trip fee; remote: no `outsideAreaApproved: true`):
   * nothing is priced.
   */
  readonly eligible: boolean;
  readonly lines: QuoteLine[];
  /** Sum of the rounded lines. */
  readonly total: Money;
}

/**
 * Prices one service (§2.1, §2.2, §3, §5): the base price (member remote
 * sessions and included visits $0.00, member extra on-site $149, non-member
 * remote $99, non-member in-home $189), overtime beyond the block (remote $35,
 * on-site $45 per started 30 minutes) and, outside Roseville, the approved
 * trip fee. Outside Roseville any service needs prior written approval (T18):
 * a remote session `outsideAreaApproved: true` (and no trip fee), an on-site
 * visit its approved `tripFee`; without it the quote is not eligible and
 * prices nothing, as `checkEligibility` decides for the same ZIP and approval.
 * The total is the sum of the lines. Under another `edition`, its prices,
 * rates, blocks and service area apply.
 *
 * @example
 * ```ts
 * const q = quoteService({ mode: "onsite", minutes: 125, customer: "member", includedVisit: true });
 * q.lines.map((l) => [l.code, l.amount.amount]); //=> [["included-visit", "0.00"], ["overtime", "90.00"]]
 * q.total.amount; //=> "90.00"
 * quoteService({ mode: "remote", minutes: 45, customer: "non-member" }).total.amount; //=> "99.00"
 * ```
 */
export function quoteService(input: QuoteServiceInput): QuoteResult {
  const p = parseInput(quoteServiceInputSchema, input, "quoteService", quoteServiceFast);
  const t = new Trace();
  const { edition, tariff } = ruleEdition(p.edition, t, "quoteService");
  // T18: a trip fee is only quoted for an approved trip; on site, approval needs the fee quoted in advance.
  if (p.outsideAreaApproved === false && p.tripFee !== undefined)
    inputError(["tripFee"], "a trip fee is only quoted for an approved trip: it contradicts `outsideAreaApproved: false`", "quoteService");
  if (p.mode === "onsite" && p.outsideAreaApproved === true && p.tripFee === undefined && (p.zip === undefined || !inServiceArea(p.zip, tariff)))
    inputError(
      ["tripFee"],
      "an approved on-site visit outside the service area needs its trip fee, quoted in advance: give `tripFee` with `outsideAreaApproved: true`",
      "quoteService",
    );
  const member = p.customer === "member";
  // Flags that cannot apply are ignored, and the explanation says so (register T10.inapplicable-flags).
  const includedVisit = p.includedVisit === true && member && p.mode === "onsite";
  if (p.includedVisit === true && !includedVisit)
    t.explain(
      p.mode === "remote"
        ? "includedVisit is ignored: included visits are on-site visits; remote sessions are unlimited for members."
        : "includedVisit is ignored: non-members have no included visits.",
      member ? "terms.2.1.unlimited" : "terms.2.2.visit-length",
    );
  let tripFeeInput = p.tripFee;
  if (tripFeeInput !== undefined && p.mode === "remote") {
    t.explain("tripFee is ignored: a remote session involves no travel.", "terms.5.trip-fee");
    tripFeeInput = undefined;
  } else if (tripFeeInput !== undefined && p.zip !== undefined && inServiceArea(p.zip, tariff)) {
    t.explain(`tripFee is ignored: ZIP ${p.zip} is inside the service area, where no trip fee applies.`, "terms.1.service-area", "terms.5.trip-fee");
    tripFeeInput = undefined;
  }

  // §1: on-site work outside the area needs prior written approval and a quoted trip fee.
  const area = tariff.serviceAreaZips;
  if (p.outsideAreaApproved === true && p.zip !== undefined && inServiceArea(p.zip, tariff))
    t.explain(`outsideAreaApproved is ignored: ZIP ${p.zip} is inside the service area, where no approval is needed.`, area.clause);
  if (p.mode === "remote" && p.zip !== undefined) {
    // T18: "any service outside Roseville" includes a remote session; it needs approval, never a trip fee.
    if (inServiceArea(p.zip, tariff)) t.explain(`ZIP ${p.zip} is in the service area.`, area.clause);
    else if (p.outsideAreaApproved === true)
      t.explain(
        `ZIP ${p.zip} is outside the service area (${area.value.join(", ")}); prior written approval was given, so the remote session is allowed, with no trip fee: there is no trip.`,
        area.clause,
        "terms.5.trip-fee",
      );
    else {
      t.explain(
        `ZIP ${p.zip} is outside the service area (${area.value.join(", ")}) and no prior written approval was given${p.outsideAreaApproved === undefined ? " (outsideAreaApproved not supplied: no approval assumed)" : ""}: any service outside Roseville, a remote session too, needs it; nothing is priced.`,
        area.clause,
      );
      return stamp(t.done({ eligible: false, lines: [], total: zero() }), edition);
    }
  }
  if (p.mode === "onsite") {
    if (p.zip !== undefined && !inServiceArea(p.zip, tariff) && tripFeeInput === undefined) {
      t.explain(
        `ZIP ${p.zip} is outside the service area (${area.value.join(", ")}) and no approved trip fee was given: the visit cannot be sold, nothing is priced.`,
        area.clause,
        "terms.5.trip-fee",
      );
      return stamp(t.done({ eligible: false, lines: [], total: zero() }), edition);
    }
    if (p.zip === undefined && tripFeeInput === undefined)
      t.explain("No ZIP given: the address is taken to be inside the service area, so no trip fee applies.", area.clause);
    else if (p.zip !== undefined && inServiceArea(p.zip, tariff)) t.explain(`ZIP ${p.zip} is in the service area.`, area.clause);
  }

  const lines: QuoteLine[] = [];
  const line = (code: QuoteLineCode, amount: Money, clause: string, description: string) => {
    lines.push({ code, amount, clause, description });
    t.explain(`${description}: $${amount.amount}.`, clause);
  };
  if (p.mode === "remote") {
    if (member) line("remote-session-included", zero(), "terms.2.1.unlimited", "Member remote session (unlimited remote requests)");
    else line("remote-session", money(tariff.singleRemotePrice.value), tariff.singleRemotePrice.clause, "Single-service remote session");
  } else if (member) {
    if (includedVisit) line("included-visit", zero(), "terms.2.2.visit-length", "Included on-site visit");
    else {
      if (p.includedVisit === undefined)
        t.explain("includedVisit not given: the visit is priced as a member extra visit (no included visit used).", "terms.5.member-rate");
      line("member-extra-onsite", money(tariff.memberExtraOnsitePrice.value), tariff.memberExtraOnsitePrice.clause, "Member extra on-site visit");
    }
  } else {
    line("onsite-visit", money(tariff.singleOnsitePrice.value), tariff.singleOnsitePrice.clause, "Single-service in-home visit");
    t.cite("terms.5.member-rate"); // §5 restates it as the non-member/public rate
  }

  const ot = computeOvertime(tariff, p.mode, p.minutes, p.rounding ?? "started", p.graceMinutes ?? 0, t, p.customer);
  // The overtime step above already explains this line.
  if (ot.blocks > 0) lines.push({ code: "overtime", amount: ot.fee, clause: "terms.5.overtime", description: `Overtime, ${ot.blocks} × $${ot.rate.amount}` });

  if (tripFeeInput !== undefined) {
    const fee = money(tripFeeInput);
    line("trip-fee", fee, "terms.5.trip-fee", `Approved trip fee outside Roseville${p.zip ? ` (ZIP ${p.zip})` : ""}`);
    t.cite(area.clause);
  }
  const total = sumMoney(lines.map((l) => l.amount));
  t.explain(`Total = sum of ${plural(lines.length, "line")} = $${total.amount}.`);
  return stamp(t.done({ eligible: true, lines, total }), edition);
}
