import * as z from "zod/mini";
import { Trace, type Decision } from "../core/decision.js";
import { money, zero, type Money } from "../core/money.js";
import { instantMs, instantSchema, parseInput } from "../core/schema.js";
import { formatInstant } from "../core/instant.js";
import { editionField, ruleEdition, stamp, type EditionStamp } from "../editions/compiled.js";
import { deepFreeze } from "../core/freeze.js";
import { bool, fastSpec, instantString, oneOf, opt, trustedEdition } from "../core/fast.js";
import { PolicyInputError } from "../core/errors.js";

/** Input of {@link noShowCharge}. */
export const noShowInputSchema = /* @__PURE__ */ deepFreeze(z.strictObject({
  /** Start of the appointment (an instant with offset). */
  appointmentAt: instantSchema,
  /** When the customer cancelled or rescheduled. Absent: the appointment was not cancelled (a missed appointment). */
  canceledAt: z.optional(instantSchema),
  /**
   * The technician arrived and had no adult present or no device access. Not together with a
   * `canceledAt` at least the notice period (24 hours) before the start: nobody should have arrived (T19).
   */
  noAccessOnArrival: z.optional(z.boolean()),
  /** What a no-show costs: the `$45` fee (default) or one included visit. */
  resolution: z.optional(z.enum(["fee", "count-visit"])),
  /** Whether the member has an included visit available to count. */
  includedVisitAvailable: z.optional(z.boolean()),
  /** The edition of the Terms whose numbers apply (default `baseEdition`, the Terms as shipped). */
  edition: editionField,
}));
/** Input of {@link noShowCharge}. */
export type NoShowInput = z.input<typeof noShowInputSchema>;

/** The fast path of {@link noShowInputSchema}: certainly valid input only (core/fast.ts). */
const noShowFast = /* @__PURE__ */ fastSpec({
  appointmentAt: instantString,
  canceledAt: /* @__PURE__ */ opt(instantString),
  noAccessOnArrival: /* @__PURE__ */ opt(bool),
  resolution: /* @__PURE__ */ opt(/* @__PURE__ */ oneOf(["fee", "count-visit"])),
  includedVisitAvailable: /* @__PURE__ */ opt(bool),
  edition: trustedEdition,
});

/** Result of {@link noShowCharge}. */
export interface NoShowResult extends Decision, EditionStamp {
  readonly noShow: boolean;
  readonly outcome: "no-charge" | "fee" | "count-visit";
  readonly fee: Money;
  /** Elapsed hours from the cancellation to the appointment start (negative when after the start); `null` when not cancelled. */
  readonly noticeHours: number | null;
  /** The last instant at which cancelling was free: 24 elapsed hours before the start (Pacific offset). */
  readonly freeCancellationUntil: string;
}

const HOUR_MS = 3_600_000;

/**
 * §4 Rescheduling/cancellation and no-shows. Notice is the elapsed time from
 * the cancellation instant to the appointment start (a DST day has 23 or 25
 * hours). Less than 24 hours' notice, a missed appointment, or no access on
 * arrival is a no-show: a $45 fee by default, or one included visit when the
 * host chooses `resolution: "count-visit"` and one is available. Cancelling at
 * least 24 hours ahead costs nothing. Under another `edition`, its notice
 * hours and fee apply. No access on arrival reported for an appointment
 * cancelled at least 24 hours ahead is contradictory (T19): an input error,
 * never a fee.
 *
 * @throws PolicyInputError on an instant without an offset, an unknown key,
 * an invalid edition, or `noAccessOnArrival: true` with a `canceledAt` at
 * least the notice period (24 hours) before the start (T19).
 *
 * @example
 * ```ts
 * const r = noShowCharge({ appointmentAt: "2026-03-09T10:00:00-07:00", canceledAt: "2026-03-08T10:30:00-07:00" });
 * r.noticeHours; //=> 23.5
 * r.outcome; //=> "fee"
 * r.fee.amount; //=> "45.00"
 * r.freeCancellationUntil; //=> "2026-03-08T10:00:00-07:00"
 * ```
 */
export function noShowCharge(input: NoShowInput): NoShowResult {
  const p = parseInput(noShowInputSchema, input, "noShowCharge", noShowFast);
  const t = new Trace();
  const { edition, tariff } = ruleEdition(p.edition, t, "noShowCharge");
  const notice = tariff.cancellationNoticeHours;
  const start = instantMs(p.appointmentAt);
  const deadline = start - notice.value * HOUR_MS;
  const freeCancellationUntil = formatInstant(deadline);
  t.explain(
    `Appointment starts ${formatInstant(start)}; free cancellation needs ${notice.value} hours' notice, so it was free until ${freeCancellationUntil}.`,
    notice.clause,
  );

  let noShow: boolean;
  let noticeHours: number | null = null;
  const canceled = p.canceledAt === undefined ? null : instantMs(p.canceledAt);
  if (canceled !== null) {
    noticeHours = (start - canceled) / HOUR_MS;
    t.explain(`Cancelled ${formatInstant(canceled)}: ${noticeHours} hours of elapsed notice.`, notice.clause);
  } else {
    t.explain("No cancellation was given: the appointment was missed.", notice.clause);
  }
  if (p.noAccessOnArrival === true && canceled !== null && canceled <= deadline) {
    // T19: a cancellation with the full notice means nobody should have arrived; never charged, refused.
    throw new PolicyInputError(
      [
        {
          path: ["noAccessOnArrival"],
          message:
            `\`noAccessOnArrival: true\` contradicts \`canceledAt\`: the appointment was cancelled ${noticeHours} hours before its start, ` +
            `at least the ${notice.value} hours' notice that makes cancelling free, so nobody should have arrived`,
        },
        { path: ["canceledAt"], message: `a cancellation ${noticeHours} hours ahead (at least ${notice.value}) contradicts \`noAccessOnArrival: true\`` },
      ],
      "noShowCharge",
    );
  }
  if (p.noAccessOnArrival === true) {
    noShow = true;
    t.explain("No access on arrival counts as a no-show.", notice.clause);
  } else if (canceled === null) {
    noShow = true;
  } else {
    // Compared in exact milliseconds: free when cancelled at or before the deadline instant.
    noShow = canceled > deadline;
    t.explain(
      noShow
        ? `Notice is under ${notice.value} hours: a no-show.`
        : `Notice is at least ${notice.value} hours: no charge.`,
      notice.clause,
    );
  }

  if (!noShow) return stamp(t.done({ noShow, outcome: "no-charge" as const, fee: zero(), noticeHours, freeCancellationUntil }), edition);

  const resolution = p.resolution ?? "fee";
  if (resolution === "count-visit") {
    if (p.includedVisitAvailable === true) {
      t.explain("Resolution chosen: the no-show counts as one included visit; no fee.", notice.clause, "terms.2.2.rollover");
      return stamp(t.done({ noShow, outcome: "count-visit" as const, fee: zero(), noticeHours, freeCancellationUntil }), edition);
    }
    t.explain(
      `Resolution "count-visit" was asked, but no included visit is available${p.includedVisitAvailable === undefined ? " (includedVisitAvailable not given)" : ""}: the fee applies instead.`,
      notice.clause,
    );
  } else if (p.resolution === undefined) {
    t.explain("No resolution given: the default is the no-show fee.", notice.clause);
  }
  const fee = money(tariff.noShowFee.value);
  t.explain(`No-show fee: $${fee.amount}.`, tariff.noShowFee.clause);
  return stamp(t.done({ noShow, outcome: "fee" as const, fee, noticeHours, freeCancellationUntil }), edition);
}
