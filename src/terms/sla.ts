import * as z from "zod/mini";
import { Trace, type Decision } from "../core/decision.js";
import { calendarDateSchema, instantMs, instantSchema, parseInput } from "../core/schema.js";
import { MAX_HOLIDAYS, MAX_WEEKDAYS } from "../core/limits.js";
import { formatInstant, pacificInstant, pacificTime } from "../core/instant.js";
import { addBusinessDays, isBusinessDay, nextBusinessDayOnOrAfter, type BusinessCalendar } from "../core/business-days.js";
import { addDays, type CalendarDate } from "../core/calendar.js";
import { editionField, ruleEdition, stamp, type EditionStamp } from "../editions/compiled.js";
import { customerSchema, modeSchema } from "./common.js";
import { deepFreeze } from "../core/freeze.js";

/** Weekday names, Sunday first (index = `Date#getDay()`). */
export const WEEKDAYS = /* @__PURE__ */ deepFreeze(["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const);
/** A weekday name. */
export type WeekdayName = (typeof WEEKDAYS)[number];

const hhmm = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "expected a time HH:MM (24-hour)" }));

/** Support hours: open weekdays and the daily opening and closing time, Pacific. */
export const supportHoursSchema = /* @__PURE__ */ deepFreeze(
  z
    .strictObject({
      days: z.array(z.enum(WEEKDAYS)).check(z.minLength(1), z.maxLength(MAX_WEEKDAYS)),
      open: hhmm,
      close: hhmm,
    })
    .check(
      z.refine((h) => h.open < h.close, { message: "support hours must open before they close", path: ["close"] }),
      z.refine((h) => new Set(h.days).size === h.days.length, { message: "a weekday is listed twice", path: ["days"] }),
    ),
);
/** Support hours (see {@link DEFAULT_SUPPORT_HOURS}). */
export type SupportHours = z.input<typeof supportHoursSchema>;

/**
 * Default support hours. §4 leaves them as a placeholder ("[Days/Hours PT]"),
 * so the library assumes Monday–Friday 09:00–17:00 Pacific; pass
 * `supportHours` to use the posted hours.
 */
export const DEFAULT_SUPPORT_HOURS: SupportHours = /* @__PURE__ */ deepFreeze({ days: ["mon", "tue", "wed", "thu", "fri"], open: "09:00", close: "17:00" });

/** Input of {@link slaTarget}. */
export const slaInputSchema = /* @__PURE__ */ deepFreeze(z.strictObject({
  mode: modeSchema,
  customer: customerSchema,
  /** When the request was made (an instant with offset). */
  requestedAt: instantSchema,
  /** Posted support hours; default Monday–Friday 09:00–17:00 Pacific. */
  supportHours: z.optional(supportHoursSchema),
  /**
   * Closed dates. Default: US federal holidays as observed (Sat → Fri, Sun → Mon).
   * A list replaces the default: include the federal holidays you close on (see `usFederalHolidays`).
   */
  holidays: z.optional(z.array(calendarDateSchema).check(z.maxLength(MAX_HOLIDAYS))),
  /** The edition of the Terms whose numbers apply (default `baseEdition`, the Terms as shipped). */
  edition: editionField,
}));
/** Input of {@link slaTarget}. */
export type SlaInput = z.input<typeof slaInputSchema>;

/** Result of {@link slaTarget}. */
export interface SlaResult extends Decision, EditionStamp {
  /** The target instant: close of support hours on the due day (Pacific offset). */
  readonly dueBy: string;
  /** The due day (Pacific). */
  readonly dueDate: CalendarDate;
  /** The business day the request counts from (the next opening when made outside hours). */
  readonly countsFrom: CalendarDate;
  /** Business days after `countsFrom`: 0 = same business day. */
  readonly businessDays: number;
  /** SLA targets are targets, not guarantees (§4). */
  readonly guaranteed: false;
}

/** An SLA of `days` business days in the words of §4 ("same business day", "next business day", "within 1 business day"), for any edition. */
function slaWords(days: number, oneDay: string): string {
  return days === 0 ? "same business day" : days === 1 ? oneDay : `within ${days} business days`;
}

function minutesOf(hm: string): number {
  return Number(hm.slice(0, 2)) * 60 + Number(hm.slice(3, 5));
}

/**
 * §4 SLA targets (targets, not guarantees): remote requests of members the
 * same business day, of non-members within 1 business day; on-site the next
 * business day. A request outside support hours counts from the next opening.
 * The target is the close of support hours on the due day. Under another
 * `edition`, its numbers of business days apply.
 *
 * @example
 * ```ts
 * // Wednesday 2026-11-25 18:30 Pacific, after hours; Thursday is Thanksgiving.
 * const r = slaTarget({ mode: "remote", customer: "member", requestedAt: "2026-11-25T18:30:00-08:00" });
 * r.dueDate; //=> "2026-11-27"
 * r.dueBy; //=> "2026-11-27T17:00:00-08:00"
 * ```
 */
export function slaTarget(input: SlaInput): SlaResult {
  const p = parseInput(slaInputSchema, input, "slaTarget");
  const t = new Trace();
  const { edition, tariff } = ruleEdition(p.edition, t, "slaTarget");
  const hours = p.supportHours ?? DEFAULT_SUPPORT_HOURS;
  const calendar: BusinessCalendar = {
    openWeekdays: hours.days.map((d) => WEEKDAYS.indexOf(d)),
    holidays: p.holidays ?? null,
  };
  const open = minutesOf(hours.open);
  const close = minutesOf(hours.close);
  t.explain(
    `Support hours: ${hours.days.join(", ")} ${hours.open}–${hours.close} Pacific${p.supportHours ? "" : " (default: the Terms leave the hours as a placeholder)"}; closed on ${p.holidays ? "the given holidays" : "US federal holidays as observed"}.`,
    "terms.4.support-hours",
  );

  const requested = instantMs(p.requestedAt);
  const local = pacificTime(requested);
  const withinDay = isBusinessDay(local.date, calendar) && local.minuteOfDay < close;
  const countsFrom = withinDay ? local.date : nextBusinessDayOnOrAfter(addDays(local.date, 1), calendar);
  if (withinDay && local.minuteOfDay >= open)
    t.explain(`Requested ${formatInstant(requested)}, within support hours: counts from ${countsFrom}.`, "terms.4.support-hours");
  else
    t.explain(
      `Requested ${formatInstant(requested)}, outside support hours: counts from the next opening, ${countsFrom} ${hours.open}.`,
      "terms.4.support-hours",
    );

  const sla =
    p.mode === "onsite"
      ? { days: tariff.slaOnsiteDays, who: "on-site", oneDay: "next business day" }
      : p.customer === "member"
        ? { days: tariff.slaRemoteMemberDays, who: "remote, member (Home/Office)", oneDay: "within 1 business day" }
        : { days: tariff.slaRemoteNonMemberDays, who: "remote, non-member", oneDay: "within 1 business day" };
  const dueDate = addBusinessDays(countsFrom, sla.days.value, calendar);
  const dueBy = formatInstant(pacificInstant(dueDate, close));
  t.explain(`SLA target ${sla.who}: ${slaWords(sla.days.value, sla.oneDay)} → due ${dueDate}, by the ${hours.close} close: ${dueBy}. This is a target, not a guarantee.`, sla.days.clause);
  return stamp(t.done({ dueBy, dueDate, countsFrom, businessDays: sla.days.value, guaranteed: false as const }), edition);
}
