import * as z from "zod/mini";
import { Trace, type Decision } from "../core/decision.js";
import type { Money } from "../core/money.js";
import { inputMoney, timesInput } from "../core/cents.js";
import { parseInput } from "../core/schema.js";
import { editionField, ruleEdition, stamp, type CompiledTariff, type EditionStamp } from "../editions/compiled.js";
import { modeSchema, type Mode } from "./common.js";
import { deepFreeze } from "../core/freeze.js";
import { fastSpec, intIn, numberIn, oneOf, opt, trustedEdition } from "../core/fast.js";

/** Longest session accepted (one week), so fees stay far inside safe integers. */
const MAX_MINUTES = 10_080;

/** A duration in minutes: finite, not negative, at most one week. */
export const minutesSchema = /* @__PURE__ */ deepFreeze(z.number().check(z.gte(0), z.lte(MAX_MINUTES)));

/** Options of the overtime reading (T10): both default to the text's plain reading. */
export const overtimeOptionsShape = /* @__PURE__ */ deepFreeze({
  /** `"started"` (default): every started 30 minutes is billed. `"full"`: only full 30 minutes. */
  rounding: z.optional(z.enum(["started", "full"])),
  /** Minutes beyond the block that are forgiven before overtime counts (default 0). */
  graceMinutes: z.optional(z.int().check(z.gte(0), z.lte(MAX_MINUTES))),
});

/** Input of {@link overtimeCharge}. */
export const overtimeInputSchema = /* @__PURE__ */ deepFreeze(z.strictObject({
  mode: modeSchema,
  /** Length of the session or visit, in minutes. */
  minutes: minutesSchema,
  ...overtimeOptionsShape,
  /** The edition of the Terms whose numbers apply (default `baseEdition`, the Terms as shipped). */
  edition: editionField,
}));
/** Input of {@link overtimeCharge}. */
export type OvertimeInput = z.input<typeof overtimeInputSchema>;

/** The fields of {@link overtimeOptionsShape} for the fast path (core/fast.ts). */
export const overtimeOptionsFast = /* @__PURE__ */ Object.freeze({
  rounding: /* @__PURE__ */ opt(/* @__PURE__ */ oneOf(["started", "full"])),
  graceMinutes: /* @__PURE__ */ opt(/* @__PURE__ */ intIn(0, MAX_MINUTES)),
});
/** The fast path of {@link overtimeInputSchema}: certainly valid input only (core/fast.ts). */
const overtimeFast = /* @__PURE__ */ fastSpec({
  mode: /* @__PURE__ */ oneOf(["remote", "onsite"]),
  minutes: /* @__PURE__ */ numberIn(0, MAX_MINUTES),
  ...overtimeOptionsFast,
  edition: trustedEdition,
});

/** Result of {@link overtimeCharge}. */
export interface OvertimeResult extends Decision, EditionStamp {
  /** The included time block: 60 min remote, 90 min on-site (base edition). */
  readonly blockMinutes: number;
  /** Minutes beyond the included block (before grace). */
  readonly overtimeMinutes: number;
  /** Overtime increments of 30 minutes billed. */
  readonly blocks: number;
  /** Price of one increment: $35 remote, $45 on-site (base edition). */
  readonly rate: Money;
  readonly fee: Money;
}

/** The computation shared by {@link overtimeCharge} and `quoteService`, on parsed values and the compiled tariff of their edition. */
export function computeOvertime(
  tariff: CompiledTariff,
  mode: Mode,
  minutes: number,
  rounding: "started" | "full",
  graceMinutes: number,
  t: Trace,
  customer?: "member" | "non-member",
): Omit<OvertimeResult, keyof Decision | keyof EditionStamp> {
  // The block is 60/90 minutes either way; a non-member's comes from §3, a member's from §2.1/§2.2.
  const block =
    customer === "non-member"
      ? mode === "remote"
        ? tariff.singleRemoteMinutes
        : tariff.singleOnsiteMinutes
      : mode === "remote"
        ? tariff.remoteBlockMinutes
        : tariff.onsiteBlockMinutes;
  const rate = mode === "remote" ? tariff.remoteOvertimeRate : tariff.onsiteOvertimeRate;
  const step = tariff.overtimeIncrementMinutes;
  const overtimeMinutes = Math.max(0, minutes - block.value);
  const billable = Math.max(0, overtimeMinutes - graceMinutes);
  const whole = Math.floor(billable / step.value);
  const blocks = rounding === "started" && billable > whole * step.value ? whole + 1 : whole;
  const fee = timesInput(rate.value, blocks);
  t.explain(
    `${mode === "remote" ? "Remote" : "On-site"} time block: ${block.value} min; ${minutes} min used, ${overtimeMinutes} min beyond the block.`,
    block.clause,
  );
  if (graceMinutes > 0)
    t.explain(`Grace option: the first ${graceMinutes} min beyond the block are not billed (${billable} min left).`, "terms.5.overtime");
  t.explain(
    `Overtime: ${blocks} × ${step.value} min (${rounding === "started" ? "each started" : "only full"} ${step.value} min billed) × $${rate.value} = $${fee.amount}.`,
    rate.clause,
  );
  return { blockMinutes: block.value, overtimeMinutes, blocks, rate: inputMoney(rate.value), fee };
}

/**
 * §5 Overtime: remote +$35 and on-site +$45 per 30 minutes beyond the included
 * time block (60 min remote, 90 min on-site). Each started 30 minutes is billed
 * (61 min remote = $35, 91 min on-site = $45, 121 min on-site = $90); `rounding: "full"` and
 * `graceMinutes` are options, off by default. Under another `edition`, its
 * block lengths, increment and rates apply.
 *
 * @example
 * ```ts
 * overtimeCharge({ mode: "remote", minutes: 61 }).fee.amount; //=> "35.00"
 * overtimeCharge({ mode: "onsite", minutes: 121 }).blocks; //=> 2
 * overtimeCharge({ mode: "onsite", minutes: 90 }).fee.amount; //=> "0.00"
 * ```
 */
export function overtimeCharge(input: OvertimeInput): OvertimeResult {
  const p = parseInput(overtimeInputSchema, input, "overtimeCharge", overtimeFast);
  const t = new Trace();
  const { edition, tariff } = ruleEdition(p.edition, t, "overtimeCharge");
  const r = computeOvertime(tariff, p.mode, p.minutes, p.rounding ?? "started", p.graceMinutes ?? 0, t);
  return stamp(t.done(r), edition);
}
