/* P6: retention and deletion (relument §5; relaso "Retention of information"; reliom §5; relenta §5). */
import * as z from "zod/mini";
import { Trace, type Decision } from "../core/decision.js";
import { addDays, addMonths, minDate, type CalendarDate } from "../core/calendar.js";
import { inputError } from "../core/errors.js";
import { calendarDateSchema, parseInput } from "../core/schema.js";
import { LawTrail, profileField } from "./common.js";
import { profilesField, resolveProfileEdition, withEdition, type PrivacyEditionStamp } from "./profile-edition.js";
import type { RetentionException } from "./schema.js";
import { deepFreeze } from "../core/freeze.js";
import { MAX_ID_LENGTH, MAX_RETENTION_PERIODS } from "../core/limits.js";

/**
 * `retentionPeriods`: months by category id, at most `LIMITS.retentionPeriods`
 * entries (the JSON Schema states it as `maxProperties`).
 * @internal
 */
export const retentionPeriodsSchema = z
  .record(z.string().check(z.maxLength(MAX_ID_LENGTH)), z.nullable(z.int().check(z.gte(0), z.lte(1200))), {
    // zod reports a bad key as "invalid key": say which limit it breaks.
    error: (iss) => (iss.code === "invalid_key" ? `expected a category id of at most ${MAX_ID_LENGTH} characters` : undefined),
  })
  .check(
    z.refine((periods) => Object.keys(periods).length <= MAX_RETENTION_PERIODS, {
      message: `expected at most ${MAX_RETENTION_PERIODS} entries (one per retention category)`,
    }),
  );

/**
 * Input of {@link retentionDecision}.
 *
 * @example
 * ```ts
 * z.safeParse(retentionDecisionInputSchema, { category: "billing", asOf: "2026-06-01" }).success; //=> true
 * ```
 */
export const retentionDecisionInputSchema = /* @__PURE__ */ deepFreeze(z.strictObject({
  /** "relument" (default), "relaso", "reliom", "relenta", or a host profile object. */
  profile: profileField,
  /** Instead of `profile`: editions of one policy (each with its `edition`); the one in force on `asOf` applies (P9). */
  profiles: profilesField,
  /** Retention category id of the profile (relument: §1 A–H ids; every profile: "account"). */
  category: z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH)),
  /** Day the account closed, if it has. A day after `asOf` is not yet a closure as of `asOf` (decided as if absent). */
  accountClosedOn: z.optional(calendarDateSchema),
  /** Day a deletion request was received, if one was. A day after `asOf` is not yet a request as of `asOf` (decided as if absent). */
  deletionRequestedOn: z.optional(calendarDateSchema),
  /** A legal hold is in place. Absent: false. */
  legalHold: z.optional(z.boolean()),
  /** The day the decision is made for. */
  asOf: calendarDateSchema,
  /**
   * Overrides of the months a category is kept after closure (the policies'
   * "reasonable period"), by category id; null = no end date while its reason lasts.
   */
  retentionPeriods: z.optional(retentionPeriodsSchema),
}));
/** Input of {@link retentionDecision}. */
export type RetentionDecisionInput = z.input<typeof retentionDecisionInputSchema>;

/** Result of {@link retentionDecision}. */
export interface RetentionDecisionResult extends Decision, PrivacyEditionStamp {
  readonly profile: string;
  readonly category: string;
  /** Keep the data, or delete it (from active systems) now. */
  readonly action: "retain" | "delete";
  /**
   * The day retention ends (deletion is due on and after it); null while it has
   * no end date (account open, legal hold, or kept while its reason lasts).
   */
  readonly until: CalendarDate | null;
  /** Why the data is kept past the account's life or a deletion request; null when it is not. */
  readonly exception: RetentionException | null;
  /** Months kept after closure that applied (null: no end date). */
  readonly periodMonths: number | null;
  /** Where the period comes from: the policy, the library's default, or the host's override. */
  readonly periodSource: "policy" | "default" | "override";
  /** After deletion: what happens to residual and backup copies, where the policy says. */
  readonly residual: { exception: "backups"; handling: "isolated-until-purged" | "may-remain" | "not-stated"; purgeBy: CalendarDate | null } | null;
  /** Law ids (src/privacy/laws.ts) relied on. */
  readonly lawCitations: string[];
}

/**
 * P6 retention: for one data category, retain or delete as of `asOf`, until
 * when, and under which exception (legal/tax/audit, security, legal hold,
 * backups). The periods the policies leave open are documented defaults the
 * host can override (`retentionPeriods`). A legal hold always retains. A
 * closure or deletion request dated after `asOf` has not happened yet as of
 * `asOf`: the decision is made as if it were absent, and the explanation says so.
 *
 * @example
 * ```ts
 * retentionDecision({ category: "billing", accountClosedOn: "2026-01-15", asOf: "2026-06-01" });
 * //=> { action: "retain", until: "2033-01-15", exception: "legal-tax-audit", periodMonths: 84, ... }
 * retentionDecision({ category: "marketing", deletionRequestedOn: "2026-03-02", asOf: "2026-03-03" }).action; //=> "delete"
 * retentionDecision({ category: "marketing", deletionRequestedOn: "2026-03-02", legalHold: true, asOf: "2026-03-03" });
 * //=> { action: "retain", until: null, exception: "legal-hold", ... }
 * retentionDecision({ category: "marketing", deletionRequestedOn: "2026-03-10", asOf: "2026-03-03" });
 * //=> { action: "retain", until: null, exception: null, ... } (as of 2026-03-03 no deletion was requested yet)
 * ```
 */
export function retentionDecision(input: RetentionDecisionInput): RetentionDecisionResult {
  const parsed = parseInput(retentionDecisionInputSchema, input, "retentionDecision");
  const { category, asOf } = parsed;
  const t = new Trace();
  const laws = new LawTrail();
  const { profile, edition } = resolveProfileEdition(parsed, { on: asOf, key: "asOf", label: "decision date" }, t, "retentionDecision");
  const ids = profile.retention.categories.map((c) => c.id);
  const cat = profile.retention.categories.find((c) => c.id === category);
  if (!cat) inputError(["category"], `profile "${profile.id}" has no retention category "${category}"; it has: ${ids.join(", ")}`, "retentionDecision");
  for (const key of Object.keys(parsed.retentionPeriods ?? {})) {
    if (!ids.includes(key)) inputError(["retentionPeriods", key], `profile "${profile.id}" has no retention category "${key}"`, "retentionDecision");
  }

  // Own keys only: a category id such as "constructor" must never reach Object.prototype.
  const periods = parsed.retentionPeriods;
  const override = periods !== undefined && Object.prototype.hasOwnProperty.call(periods, category) ? periods[category] : undefined;
  const periodMonths = override !== undefined ? override : cat.afterClosureMonths;
  const periodSource = override !== undefined ? "override" : cat.periodSource;
  const periodText = periodMonths === null ? "kept while its reason lasts (no end date)" : `${periodMonths} months after closure`;
  t.explain(
    `Category "${cat.id}" (${cat.label}): ${periodText}${periodSource === "override" ? " (host override)" : periodSource === "default" ? ` (library default: ${cat.reason.replace(/\.$/, "")})` : ` (${cat.reason.replace(/\.$/, "")})`}.`,
    ...cat.clauses,
  );

  const result = (
    action: "retain" | "delete",
    until: CalendarDate | null,
    exception: RetentionException | null,
  ): RetentionDecisionResult => {
    let residual: RetentionDecisionResult["residual"] = null;
    if (action === "delete") {
      const b = profile.retention.backups;
      const p = profile.retention.residualPurgeDays;
      const from = until as CalendarDate; // every deletion is dated (the end of its retention, or the request)
      residual = { exception: "backups", handling: b.stated ? b.value : "not-stated", purgeBy: p.stated ? addDays(from, p.value) : null };
      if (b.stated || p.stated) {
        t.explain(
          `After deletion from active systems: ${p.stated ? `residual copies are purged within ${p.value} days (by ${residual.purgeBy})` : "no purge period is stated"}; backups ${b.stated ? (b.value === "may-remain" ? "may keep copies" : "are isolated from further processing until deletion is possible") : "are not addressed"}.`,
          ...(p.stated ? p.clauses : []),
          ...(b.stated ? b.clauses : []),
        );
      }
    }
    t.explain(action === "retain" ? `Retain${until ? ` until ${until}` : ""}${exception ? ` (exception: ${exception})` : ""}.` : `Delete (retention ended on ${until}).`);
    return withEdition(t.done({ profile: profile.id, category: cat.id, action, until, exception, periodMonths, periodSource, residual, lawCitations: laws.list() }), edition);
  };

  // A date after asOf has not happened yet as of asOf: decide as if it were absent, and say so (register P6.future-dates).
  const accountClosedOn = parsed.accountClosedOn !== undefined && parsed.accountClosedOn > asOf ? undefined : parsed.accountClosedOn;
  const deletionRequestedOn = parsed.deletionRequestedOn !== undefined && parsed.deletionRequestedOn > asOf ? undefined : parsed.deletionRequestedOn;
  if (accountClosedOn !== parsed.accountClosedOn) {
    t.explain(`accountClosedOn (${parsed.accountClosedOn}) is after asOf (${asOf}): as of ${asOf} the account is still open, so the closure is not taken into account (register P6.future-dates).`);
  }
  if (deletionRequestedOn !== parsed.deletionRequestedOn) {
    t.explain(`deletionRequestedOn (${parsed.deletionRequestedOn}) is after asOf (${asOf}): as of ${asOf} no deletion was requested yet, so the request is not taken into account (register P6.future-dates).`);
  }

  const deletionRule = profile.retention.deletionRequests;
  if (parsed.legalHold === true) {
    t.explain("A legal hold is in place: everything it covers is retained whatever the period or a deletion request says, until the hold is lifted.", ...(deletionRule?.clauses ?? []));
    laws.add(...(deletionRule?.laws ?? []));
    return result("retain", null, "legal-hold");
  }
  if (parsed.legalHold === undefined) t.explain("legalHold not given: taken as no legal hold.");

  if (deletionRequestedOn !== undefined) {
    t.explain(`A deletion request was received on ${deletionRequestedOn}.`, ...(deletionRule?.clauses ?? []));
    if (!cat.keptOnDeletionRequest || cat.exception === null) {
      t.explain("This category has no exception that survives a deletion request: it is deleted (within the request's answer deadline, see rightsRequestDeadlines).");
      return result("delete", deletionRequestedOn, null);
    }
    laws.add(...(deletionRule?.laws ?? []));
    const anchor = accountClosedOn === undefined ? deletionRequestedOn : minDate(accountClosedOn, deletionRequestedOn);
    t.explain(`The deletion request does not remove it: it is kept under the "${cat.exception}" exception, counted from ${anchor}.`);
    return decideByPeriod(anchor, periodMonths, cat.exception, asOf, t, result);
  }
  if (accountClosedOn !== undefined) {
    t.explain(`The account closed on ${accountClosedOn}.`);
    return decideByPeriod(accountClosedOn, periodMonths, cat.exception, asOf, t, result);
  }
  t.explain("The account is open and no deletion was requested: kept for the life of the account.");
  return result("retain", null, null);
}

function decideByPeriod(
  anchor: CalendarDate,
  months: number | null,
  exception: RetentionException | null,
  asOf: CalendarDate,
  t: Trace,
  result: (a: "retain" | "delete", u: CalendarDate | null, e: RetentionException | null) => RetentionDecisionResult,
): RetentionDecisionResult {
  if (months === null) {
    t.explain("No end date: kept while its reason lasts.");
    return result("retain", null, exception);
  }
  const until = addMonths(anchor, months);
  t.explain(`${months} months after ${anchor} is ${until}; as of ${asOf} that is ${asOf >= until ? "reached" : "not yet reached"}.`);
  // `until` after `asOf` needs months > 0 (events after asOf are dropped), so a retained record keeps its exception.
  return asOf >= until ? result("delete", until, null) : result("retain", until, exception);
}
