/* P7: the right to terminate within 30 days of a policy change (relaso "Notification of changes"). */
import * as z from "zod/mini";
import { Trace, type Decision } from "../core/decision.js";
import { addDays, type CalendarDate } from "../core/calendar.js";
import { inputError } from "../core/errors.js";
import { calendarDateSchema, parseInput } from "../core/schema.js";
import { profileField } from "./common.js";
import { profilesField, resolveProfileEdition, withEdition, type PrivacyEditionStamp } from "./profile-edition.js";
import { deepFreeze } from "../core/freeze.js";

/**
 * Input of {@link terminationWindow}.
 *
 * @example
 * ```ts
 * z.safeParse(terminationWindowInputSchema, { noticeOn: "2026-03-02", requestedOn: "2026-04-01" }).success; //=> true
 * ```
 */
export const terminationWindowInputSchema = /* @__PURE__ */ deepFreeze(z.strictObject({
  /** "relument" (default), "relaso", "reliom", "relenta", or a host profile object. */
  profile: profileField,
  /** Instead of `profile`: editions of one policy (each with its `edition`); the one in force on the notice date (`noticeOn`) applies, since its change clause gives the window (P9). */
  profiles: profilesField,
  /** Day the change was announced. */
  noticeOn: calendarDateSchema,
  /** Day the change takes effect (needed when `from` is "effective"). */
  effectiveOn: z.optional(calendarDateSchema),
  /** Day the user's termination email was sent. */
  requestedOn: calendarDateSchema,
  /** Count the window from the notice (default) or from the effective date. */
  from: z.optional(z.enum(["notice", "effective"])),
}));
/** Input of {@link terminationWindow}. */
export type TerminationWindowInput = z.input<typeof terminationWindowInputSchema>;

/** Result of {@link terminationWindow}. */
export interface TerminationWindowResult extends Decision, PrivacyEditionStamp {
  readonly profile: string;
  /** The policy gives a right to terminate because of a change. */
  readonly offered: boolean;
  /** The termination was sent within the window. */
  readonly withinWindow: boolean;
  readonly windowStart: CalendarDate | null;
  readonly windowEnd: CalendarDate | null;
}

/**
 * P7: was a termination because of a policy change sent within the window the
 * policy gives (Relaso: 30 days)? Profiles without such a right return
 * `offered: false`.
 *
 * @example
 * ```ts
 * terminationWindow({ profile: "relaso", noticeOn: "2026-03-02", requestedOn: "2026-04-01" });
 * //=> { offered: true, withinWindow: true, windowStart: "2026-03-02", windowEnd: "2026-04-01", ... }
 * terminationWindow({ profile: "relaso", noticeOn: "2026-03-02", requestedOn: "2026-04-02" }).withinWindow; //=> false
 * ```
 */
export function terminationWindow(input: TerminationWindowInput): TerminationWindowResult {
  const parsed = parseInput(terminationWindowInputSchema, input, "terminationWindow");
  const { noticeOn, effectiveOn, requestedOn } = parsed;
  const t = new Trace();
  const { profile, edition } = resolveProfileEdition(parsed, { on: noticeOn, key: "noticeOn", label: "notice date" }, t, "terminationWindow");
  if (effectiveOn !== undefined && effectiveOn < noticeOn) inputError(["effectiveOn"], "effectiveOn is before noticeOn", "terminationWindow");
  const c = profile.changes;
  const days = c.terminationWithinDays;
  if (!days.stated) {
    t.explain(`The policy gives no right to terminate because of a change (${days.note.replace(/\.$/, "")}).`, ...(c.notice.stated ? c.notice.clauses : profile.scopeClauses));
    return withEdition(t.done({ profile: profile.id, offered: false, withinWindow: false, windowStart: null, windowEnd: null }), edition);
  }
  const from = parsed.from ?? "notice";
  if (parsed.from === undefined) t.explain("from not given: the window counts from the notice (register P7.termination-from).");
  if (from === "effective" && effectiveOn === undefined) inputError(["effectiveOn"], 'effectiveOn is required when from is "effective"', "terminationWindow");
  const windowStart = from === "effective" && effectiveOn !== undefined ? effectiveOn : noticeOn;
  const windowEnd = addDays(windowStart, days.value);
  const withinWindow = requestedOn >= noticeOn && requestedOn <= windowEnd;
  t.explain(
    `The user may terminate by email within ${days.value} days of ${from === "effective" ? "the effective date" : "the notice"}: ${windowStart} (day 0) to ${windowEnd}` +
      `${windowStart > noticeOn ? `; a termination sent after the notice of ${noticeOn} but before ${windowStart} is also honoured (it comes before the window closes)` : ""}. ` +
      `Sent on ${requestedOn}: ${withinWindow ? "within" : "outside"} the window.`,
    ...days.clauses,
  );
  return withEdition(t.done({ profile: profile.id, offered: true, withinWindow, windowStart, windowEnd }), edition);
}
