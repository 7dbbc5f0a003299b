/**
 * §12 Limitation of liability (POLICY-SPEC T15): "OUR TOTAL LIABILITY … SHALL
 * NOT EXCEED THE TOTAL FEES YOU PAID TO US IN THE 3 MONTHS PRIOR TO THE EVENT
 * GIVING RISE TO THE CLAIM." Kinds of claim (T22): §12 "WE ARE NOT LIABLE FOR
 * ANY INDIRECT … DAMAGES, INCLUDING LOST PROFITS, LOST DATA, OR BUSINESS
 * INTERRUPTION"; §10 "We are not liable for data loss where no functional
 * backup existed prior to service."
 */
import * as z from "zod/mini";
import { addMonths, type CalendarDate } from "../core/calendar.js";
import { Trace, type Decision } from "../core/decision.js";
import { inputError } from "../core/errors.js";
import { agree, plural } from "../core/plural.js";
import { money, sumMoney, type Money, type MoneyInput } from "../core/money.js";
import { calendarDateSchema, moneyInputSchema, parseInput } from "../core/schema.js";
import { MAX_PAYMENTS } from "../core/limits.js";
import { moneyTotalAtMost } from "../core/money-total.js";
import { deepFreeze } from "../core/freeze.js";
import { editionField, ruleEdition, stamp, type EditionStamp } from "../editions/compiled.js";
import type { Edition } from "../editions/edition.js";

/** One fee paid by the customer. */
export interface LiabilityPayment {
  /** Day the fee was paid (Pacific). */
  readonly date: CalendarDate;
  readonly amount: MoneyInput;
}

/**
 * The kind of claim (T22): `direct` (the §12 cap), `indirect` (indirect,
 * incidental, special, consequential damages: lost profits, lost data,
 * business interruption; excluded by §12) or `data-loss` (§10 backups).
 */
export type LiabilityClaim = "direct" | "indirect" | "data-loss";

/** Input of {@link liabilityCap}. */
export interface LiabilityCapInput {
  /** Day of the event giving rise to the claim (Pacific). */
  readonly eventDate: CalendarDate;
  /** Fees paid, in any order; payments outside the window are ignored. */
  readonly payments: readonly LiabilityPayment[];
  /** The kind of claim (default `"direct"`). */
  readonly claim?: LiabilityClaim;
  /** `data-loss` claims (required): whether a functional backup existed prior to the service. Ignored for other claims. */
  readonly functionalBackup?: boolean;
  /** `data-loss` claims: whether the customer bought the backup add-on (default false, stated). Ignored for other claims. */
  readonly backupAddOn?: boolean;
  /** The edition of the Terms whose look-back (in months) applies (default `baseEdition`); the result names it. */
  readonly edition?: Edition;
}

/**
 * Strict zod/mini schema of {@link LiabilityCapInput}. Unknown keys are errors.
 *
 * @example
 * ```ts
 * z.safeParse(liabilityCapInputSchema, { eventDate: "2025-06-15", payments: [{ date: "2025-05-01", amount: "49.00" }] }).success; //=> true
 * z.safeParse(liabilityCapInputSchema, { eventDate: "2025-06-15", payments: [{ date: "2025-05-01", amount: -49 }] }).success; //=> false
 * ```
 */
export const liabilityCapInputSchema = /* @__PURE__ */ deepFreeze(z.strictObject({
  eventDate: calendarDateSchema,
  /** At most `LIMITS.payments`, adding up to at most `LIMITS.money`. */
  payments: z
    .array(z.strictObject({ date: calendarDateSchema, amount: moneyInputSchema }))
    .check(z.maxLength(MAX_PAYMENTS), moneyTotalAtMost((p: { amount: unknown }) => p.amount)),
  claim: z.optional(z.enum(["direct", "indirect", "data-loss"])),
  functionalBackup: z.optional(z.boolean()),
  backupAddOn: z.optional(z.boolean()),
  edition: editionField,
}));

/** Result of {@link liabilityCap}. */
export interface LiabilityCapResult extends Decision, EditionStamp {
  /** The most Relument is liable for: the fees paid inside the window, or $0.00 for an excluded claim. */
  readonly cap: Money;
  /** The kind of claim decided (`"direct"` when not given). */
  readonly claim: LiabilityClaim;
  /** True when the claim is excluded outright (`cap` $0.00): indirect damages (§12), or data loss without a backup (§10). */
  readonly excluded: boolean;
  /** Total of the fees paid inside the window: the §12 cap, reported even for an excluded claim. */
  readonly feesInWindow: Money;
  /** First day counted: the event date minus 3 months in the base edition (clamped to the month's end). */
  readonly windowStart: CalendarDate;
  /** The event date: payments on this day are NOT counted (the window is `[windowStart, windowEnd)`). */
  readonly windowEnd: CalendarDate;
  /** Indexes in `payments` of the payments inside the window, in input order (reported even for an excluded claim). */
  readonly counted: number[];
}

/**
 * The liability cap of §12: the total fees paid in the 3 months before the
 * event. A payment counts when `windowStart ≤ date < eventDate`, with
 * `windowStart = eventDate − 3 months` (clamped: May 31 → Feb 28/29): a
 * payment on the window's first day counts, one on the event day does not
 * ("prior to the event"). The look-back (3 months) comes from `edition`
 * (default `baseEdition`), which the result names.
 *
 * Kinds of claim (T22): `direct` (default) is capped as above; `indirect`
 * damages are excluded by §12 (`cap` $0.00, `excluded: true`); a `data-loss`
 * claim is excluded by §10 when no functional backup existed prior to service
 * and the customer had not bought the backup add-on (`backupAddOn`, default
 * false), and otherwise capped as a direct claim. An excluded claim still
 * reports the window and the fees in it (`feesInWindow`) for reference.
 *
 * @throws PolicyInputError on a bad date, bad money, an unknown key, or a
 * `data-loss` claim without `functionalBackup`.
 *
 * @example
 * ```ts
 * liabilityCap({ eventDate: "2025-05-31", payments: [
 *   { date: "2025-02-28", amount: "49.00" }, { date: "2025-03-31", amount: "49.00" }, { date: "2025-05-31", amount: "49.00" } ] });
 * //=> { cap: { amount: "98.00", cents: 9800, currency: "USD" }, claim: "direct", excluded: false, windowStart: "2025-02-28", windowEnd: "2025-05-31", counted: [0, 1], ... }
 * liabilityCap({ eventDate: "2025-05-31", payments: [{ date: "2025-05-01", amount: "49.00" }], claim: "data-loss", functionalBackup: false });
 * //=> { cap: { amount: "0.00", ... }, claim: "data-loss", excluded: true, feesInWindow: { amount: "49.00", ... }, ... }
 * ```
 */
export function liabilityCap(input: LiabilityCapInput): LiabilityCapResult {
  const rule = "liabilityCap";
  const p = parseInput(liabilityCapInputSchema, input, rule);
  const t = new Trace();
  const { edition, tariff } = ruleEdition(p.edition, t, rule);
  const claim = p.claim ?? "direct";
  if (claim === "data-loss" && p.functionalBackup === undefined) {
    inputError(["functionalBackup"], "a data-loss claim needs `functionalBackup`: whether a functional backup existed prior to service", rule);
  }
  const months = tariff.liabilityMonths;
  const windowStart = addMonths(p.eventDate, -months.value);
  const windowEnd = p.eventDate;
  const counted: number[] = [];
  const lines: string[] = [];
  const amounts: Money[] = [];
  p.payments.forEach((pay, i) => {
    if (pay.date < windowStart || pay.date >= windowEnd) return;
    const amount = money(pay.amount);
    counted.push(i);
    amounts.push(amount);
    lines.push(`${pay.date} $${amount.amount}`);
  });
  const feesInWindow = sumMoney(amounts);
  t.explain(
    `Liability is capped at the fees paid in the ${months.value} month${months.value === 1 ? "" : "s"} prior to the event of ${p.eventDate}: ` +
      `payments dated from ${windowStart} (inclusive) to ${windowEnd} (exclusive).`,
    months.clause,
  );
  t.explain(
    `${counted.length} of ${plural(p.payments.length, "payment")} ${agree(counted.length, "falls", "fall")} in the window` +
      (lines.length ? `: ${lines.join(", ")}` : "") +
      `; ${claim === "direct" ? "cap" : "fees in the window"} = $${feesInWindow.amount}.`,
    months.clause,
  );
  const excluded = claimExcluded(claim, p.functionalBackup, p.backupAddOn, t);
  // A fresh object: a result never holds one node twice (hosts may edit results).
  const cap = excluded ? money(0) : { ...feesInWindow };
  return stamp(t.done({ cap, claim, excluded, feesInWindow, windowStart, windowEnd, counted }), edition);
}

/**
 * Whether a claim of kind `claim` is excluded outright (§12 indirect damages,
 * §10 data loss without a backup), with the explanation steps of a
 * non-direct claim. Flags that do not apply to the claim are ignored, and the
 * explanation says so.
 */
function claimExcluded(claim: LiabilityClaim, functionalBackup: boolean | undefined, backupAddOn: boolean | undefined, t: Trace): boolean {
  const flags = [functionalBackup === undefined ? "" : "functionalBackup", backupAddOn === undefined ? "" : "backupAddOn"].filter((f) => f !== "");
  const ignored = flags.length > 0 ? ` (${flags.map((f) => `\`${f}\``).join(" and ")} ${flags.length === 1 ? "applies" : "apply"} only to data-loss claims: ignored)` : "";
  if (claim === "direct") {
    if (ignored) t.explain(`A direct claim is capped as above${ignored}.`);
    return false;
  }
  if (claim === "indirect") {
    t.explain(
      `Indirect, incidental, special, consequential, exemplary or punitive damages (including lost profits, lost data or business interruption) are excluded: liability $0.00${ignored}.`,
      "terms.12.indirect",
    );
    return true;
  }
  const addOn = backupAddOn ?? false;
  const addOnText = backupAddOn === undefined ? "the backup add-on was not bought (not given: false)" : addOn ? "the backup add-on was bought" : "the backup add-on was not bought";
  if (!functionalBackup && !addOn) {
    t.explain(
      `Data loss: no functional backup existed prior to service and ${addOnText}, so the customer was responsible for backups and Relument is not liable: liability $0.00.`,
      "terms.10.backups",
    );
    return true;
  }
  t.explain(
    `Data loss: ${functionalBackup ? "a functional backup existed prior to service" : "no functional backup existed prior to service"} and ${addOnText}, so the backup exclusion does not apply: the claim is capped as above.`,
    "terms.10.backups",
  );
  return false;
}
