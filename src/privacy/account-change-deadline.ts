/* P5: when a change a user makes to the account takes effect (relaso "Accessing, Updating and Removing
 * Personal Information": up to 72 hours; relenta §5: immediate effect in the account view).
 * The hours are profile data (`rights.accountChangeHours`). */
import * as z from "zod/mini";
import { Trace, type Decision } from "../core/decision.js";
import { formatInstant, pacificTime } from "../core/instant.js";
import { instantMs, instantSchema, parseInput } from "../core/schema.js";
import { deepFreeze } from "../core/freeze.js";
import { profileField } from "./common.js";
import { profilesField, resolveProfileEdition, withEdition, type PrivacyEditionStamp } from "./profile-edition.js";

const HOUR_MS = 3_600_000;

/**
 * Input of {@link accountChangeDeadline}.
 *
 * @example
 * ```ts
 * z.safeParse(accountChangeDeadlineInputSchema, { requestedAt: "2026-03-06T09:00:00" }).success; //=> false (no offset)
 * ```
 */
export const accountChangeDeadlineInputSchema = /* @__PURE__ */ deepFreeze(z.strictObject({
  /** "relument" (default), "relaso", "reliom", "relenta", or a host profile object. */
  profile: profileField,
  /** Instead of `profile`: editions of one policy (each with its `edition`); the one in force on the Pacific day of `requestedAt` applies (P9). */
  profiles: profilesField,
  /** When the user made (or asked for) the change: a `Date` or an ISO string with an offset. */
  requestedAt: instantSchema,
}));
/** Input of {@link accountChangeDeadline}. */
export type AccountChangeDeadlineInput = z.input<typeof accountChangeDeadlineInputSchema>;

/** Result of {@link accountChangeDeadline}. */
export interface AccountChangeDeadlineResult extends Decision, PrivacyEditionStamp {
  readonly profile: string;
  /** `requestedAt` as an ISO string with the Pacific offset. */
  readonly requestedAt: string;
  /** The change takes effect by this instant (ISO, Pacific offset); null when the policy states no such deadline. */
  readonly effectiveBy: string | null;
  /** The policy's period in elapsed hours (0: immediate); null when it states none. */
  readonly hours: number | null;
}

/**
 * P5 account changes: by when does a change the user makes to the account
 * (correct, update, remove, delete) take effect? Relaso: within 72 elapsed
 * hours (`requestedAt` + 72 h, across a daylight-saving change too); Relenta:
 * at once in the account view (`effectiveBy` = `requestedAt`); a policy that
 * states no such deadline (Relument, Reliom): `effectiveBy: null`. The
 * instants are printed with the Pacific offset.
 *
 * @example
 * ```ts
 * accountChangeDeadline({ profile: "relaso", requestedAt: "2026-03-06T09:00:00-08:00" }).effectiveBy;
 * //=> "2026-03-09T10:00:00-07:00" (72 elapsed hours: the clocks went forward on 2026-03-08)
 * accountChangeDeadline({ profile: "relenta", requestedAt: "2026-03-06T17:00:00Z" }).effectiveBy; //=> "2026-03-06T09:00:00-08:00"
 * accountChangeDeadline({ requestedAt: "2026-03-06T09:00:00-08:00" }).effectiveBy; //=> null (Relument states no such deadline)
 * ```
 */
export function accountChangeDeadline(input: AccountChangeDeadlineInput): AccountChangeDeadlineResult {
  const parsed = parseInput(accountChangeDeadlineInputSchema, input, "accountChangeDeadline");
  const requested = instantMs(parsed.requestedAt);
  const t = new Trace();
  const { profile, edition } = resolveProfileEdition(
    parsed,
    { on: pacificTime(requested).date, key: "requestedAt", label: "Pacific day of the request" },
    t,
    "accountChangeDeadline",
  );
  const requestedAt = formatInstant(requested);
  const period = profile.rights.accountChangeHours;
  let effectiveBy: string | null = null;
  let hours: number | null = null;
  if (!period.stated) {
    // Its silence is read in the clauses that let the person change or delete their data (else its scope clauses).
    const changeRights = profile.rights.offered.filter((r) => ["correct", "rectification", "delete", "erasure"].includes(r.right)).flatMap((r) => r.clauses);
    t.explain(
      "The policy states no deadline for a change to the account to take effect: effectiveBy is null (never a number the policy does not state).",
      ...(changeRights.length ? changeRights : profile.scopeClauses),
    );
  } else if (period.value === 0) {
    hours = 0;
    effectiveBy = requestedAt;
    t.explain(`The policy: a change in the account takes immediate effect in the account view, so it is effective by the request itself, ${effectiveBy}.`, ...period.clauses);
  } else {
    hours = period.value;
    effectiveBy = formatInstant(requested + period.value * HOUR_MS);
    t.explain(
      `The policy: account changes may take up to ${period.value} hours to take effect; ${period.value} elapsed hours after ${requestedAt} is ${effectiveBy} (register P5.account-change-elapsed-hours).`,
      ...period.clauses,
    );
  }
  return withEdition(t.done({ profile: profile.id, requestedAt, effectiveBy, hours }), edition);
}
