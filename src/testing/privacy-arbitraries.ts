/**
 * fast-check arbitraries of valid privacy requests, one per privacy rule,
 * built from the profile data so that a right or a retention category is
 * always one the chosen profile offers. Each takes overrides of any input
 * field (a value or an arbitrary), as the Terms arbitraries do: an overridden
 * `right` or `category` picks a profile that offers it, an overridden
 * `profile` a right or category of that profile.
 */
import type { Arbitrary } from "fast-check";
import { addDays, type CalendarDate } from "../core/calendar.js";
import { privacyProfiles } from "../privacy/profiles/index.js";
import { COLLECTION_ITEMS, GRANTS, JURISDICTIONS, PRIVACY_ACTIONS, PROFILE_NAMES, type ProfileName } from "../privacy/schema.js";
import type { AgeRuleInput } from "../privacy/age-rule.js";
import type { CheckConsentInput } from "../privacy/check-consent.js";
import type { RightsRequestInput } from "../privacy/rights-request-deadlines.js";
import type { RetentionDecisionInput } from "../privacy/retention-decision.js";
import type { MarketingOptOutInput } from "../privacy/marketing-opt-out-deadline.js";
import type { PolicyChangeInput } from "../privacy/policy-change-effective.js";
import type { TerminationWindowInput } from "../privacy/termination-window.js";
import type { CollectionCheckInput } from "../privacy/collection-check.js";
import type { AccountChangeDeadlineInput } from "../privacy/account-change-deadline.js";
import { calendarDateArbitrary, instantArbitrary } from "./arbitraries.js";
import { fastCheck } from "./fast-check.js";
import { recordWithOverrides, withOverrides, type Overrides } from "./overrides.js";

/**
 * One of the four shipped profile names.
 *
 * @example
 * ```ts
 * fc.sample(profileNameArbitrary(), 1); //=> e.g. ["relaso"]
 * ```
 */
export function profileNameArbitrary(): Arbitrary<ProfileName> {
  return fastCheck().constantFrom(...PROFILE_NAMES);
}

/**
 * Input of `ageRule`.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(ageRuleInputArbitrary(), (i) => !ageRule(i).maySell));
 * ageRuleInputArbitrary({ age: fc.integer({ min: 0, max: 15 }) });
 * ```
 */
export function ageRuleInputArbitrary(overrides?: Overrides<AgeRuleInput>): Arbitrary<AgeRuleInput> {
  const fc = fastCheck();
  return recordWithOverrides(fc, "ageRuleInputArbitrary", { profile: profileNameArbitrary(), age: fc.integer({ min: 0, max: 100 }) }, ["profile"], overrides);
}

/**
 * Input of `checkConsent`: every action and option; `on` in 2020–2035, and `membershipEndedOn` (only with
 * `on`, as the rule requires) from 400 days before to 400 days after it. An overridden `membershipEndedOn`
 * comes with an `on`.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(checkConsentInputArbitrary(), (i) => !(i.action === "sale" && checkConsent(i).allowed)));
 * checkConsentInputArbitrary({ action: "rmm-install", membershipEndedOn: "2026-06-30" });
 * ```
 */
export function checkConsentInputArbitrary(overrides?: Overrides<CheckConsentInput>): Arbitrary<CheckConsentInput> {
  const fc = fastCheck();
  const maybe = <T>(arb: Arbitrary<T>) => fc.option(arb, { nil: undefined });
  return withOverrides<CheckConsentInput>(
    fc,
    "checkConsentInputArbitrary",
    {
      profile: maybe(profileNameArbitrary()),
      action: fc.constantFrom(...PRIVACY_ACTIONS),
      granted: maybe(fc.uniqueArray(fc.constantFrom(...GRANTS), { maxLength: GRANTS.length })),
      optedOut: maybe(fc.boolean()),
      gpc: maybe(fc.boolean()),
      age: maybe(fc.integer({ min: 0, max: 100 })),
      pixelsEnabled: maybe(fc.boolean()),
      integrationEnabled: maybe(fc.boolean()),
      on: maybe(calendarDateArbitrary()),
      endedBefore: maybe(fc.integer({ min: -400, max: 400 })),
    },
    overrides,
    ({ raw, has }) => {
      const { endedBefore, ...fields } = raw;
      const input: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(fields)) if (value !== undefined) input[key] = value;
      const ended = raw.membershipEndedOn as CalendarDate | undefined;
      if (has("membershipEndedOn") && ended !== undefined) {
        // `membershipEndedOn` needs `on` (T21).
        if (input.on === undefined && !has("on")) input.on = addDays(ended, (endedBefore as number | undefined) ?? 0);
      } else if (input.on !== undefined && endedBefore !== undefined) {
        input.membershipEndedOn = addDays(input.on as CalendarDate, -(endedBefore as number));
      }
      return input;
    },
  );
}

/** The rights a profile offers (the default profile when `profile` is absent). */
const rightsOf = (profile: ProfileName | undefined) => privacyProfiles[profile ?? "relument"].rights.offered.map((o) => o.right as string);

/**
 * A rights request for a right the profile offers (default profile when `profile` is absent).
 * With `right` overridden, the profile is one that offers it; with `signedPermission`
 * overridden, the request is an agent's (P5).
 *
 * @example
 * ```ts
 * fc.assert(fc.property(rightsRequestInputArbitrary(), (i) => rightsRequestDeadlines(i).citations.length > 0));
 * rightsRequestInputArbitrary({ profile: "relaso", submittedBy: "agent" });
 * ```
 */
export function rightsRequestInputArbitrary(overrides?: Overrides<RightsRequestInput>): Arbitrary<RightsRequestInput> {
  const fc = fastCheck();
  return withOverrides<RightsRequestInput>(
    fc,
    "rightsRequestInputArbitrary",
    {
      profile: fc.option(profileNameArbitrary(), { nil: undefined }),
      receivedOn: calendarDateArbitrary(),
      pick: fc.nat(),
      extended: fc.boolean(),
      submittedBy: fc.option(fc.constantFrom("consumer", "agent" as const), { nil: undefined }),
      signedPermission: fc.option(fc.boolean(), { nil: undefined }),
    },
    overrides,
    ({ raw, has }) => {
      const pick = raw.pick as number;
      let profile = raw.profile as ProfileName | undefined;
      let right = raw.right as string | undefined;
      if (has("right") && right !== undefined && !has("profile")) {
        // A profile (or the default) that offers the overridden right.
        const offering = [undefined, ...PROFILE_NAMES].filter((p) => rightsOf(p).includes(right as string));
        if (offering.length > 0) profile = offering[pick % offering.length];
      }
      if (!has("right")) {
        const offered = rightsOf(profile);
        right = offered[pick % offered.length];
      }
      let submittedBy = raw.submittedBy as string | undefined;
      if (has("signedPermission") && raw.signedPermission !== undefined && !has("submittedBy")) submittedBy = "agent";
      return {
        ...(profile === undefined ? {} : { profile }),
        right,
        receivedOn: raw.receivedOn,
        ...(raw.extended ? { extended: true } : {}),
        ...(submittedBy === undefined ? {} : { submittedBy }),
        // Signed permission goes with an agent's request (P5); a consumer's request carries none.
        ...(raw.signedPermission === undefined || submittedBy !== "agent" ? {} : { signedPermission: raw.signedPermission }),
      };
    },
  );
}

/** The retention categories a profile names. */
const categoriesOf = (profile: ProfileName) => privacyProfiles[profile].retention.categories.map((c) => c.id as string);

/**
 * A retention question for a category the profile names. With `category`
 * overridden, the profile is one that names it; dates fall before `asOf`.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(retentionDecisionInputArbitrary(), (i) => ["retain", "delete"].includes(retentionDecision(i).action)));
 * retentionDecisionInputArbitrary({ profile: "relument", legalHold: true });
 * ```
 */
export function retentionDecisionInputArbitrary(overrides?: Overrides<RetentionDecisionInput>): Arbitrary<RetentionDecisionInput> {
  const fc = fastCheck();
  return withOverrides<RetentionDecisionInput>(
    fc,
    "retentionDecisionInputArbitrary",
    {
      profile: profileNameArbitrary(),
      pick: fc.nat(),
      asOf: calendarDateArbitrary({ min: "2024-01-01", max: "2035-12-31" }),
      closedBefore: fc.option(fc.integer({ min: 0, max: 4000 }), { nil: undefined }),
      requestedBefore: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
      legalHold: fc.option(fc.boolean(), { nil: undefined }),
    },
    overrides,
    ({ raw, has }) => {
      const { pick, asOf, closedBefore, requestedBefore, legalHold } = raw as {
        pick: number;
        asOf: CalendarDate;
        closedBefore: number | undefined;
        requestedBefore: number | undefined;
        legalHold: boolean | undefined;
      };
      let profile = raw.profile as ProfileName;
      let category = raw.category as string | undefined;
      if (has("category") && category !== undefined && !has("profile")) {
        const naming = PROFILE_NAMES.filter((p) => categoriesOf(p).includes(category as string));
        if (naming.length > 0) profile = naming[pick % naming.length] as ProfileName;
      }
      if (!has("category")) {
        const categories = categoriesOf(profile);
        category = categories[pick % categories.length];
      }
      return {
        profile,
        category,
        asOf,
        ...(closedBefore === undefined ? {} : { accountClosedOn: addDays(asOf, -closedBefore) }),
        ...(requestedBefore === undefined ? {} : { deletionRequestedOn: addDays(asOf, -requestedBefore) }),
        ...(legalHold === undefined ? {} : { legalHold }),
      };
    },
  );
}

/**
 * Input of `marketingOptOutDeadline`.
 *
 * @example
 * ```ts
 * fc.sample(marketingOptOutInputArbitrary(), 1); //=> e.g. [{ profile: "relument", channel: "sms", optedOutOn: "2029-06-03" }]
 * marketingOptOutInputArbitrary({ channel: "email" });
 * ```
 */
export function marketingOptOutInputArbitrary(overrides?: Overrides<MarketingOptOutInput>): Arbitrary<MarketingOptOutInput> {
  const fc = fastCheck();
  return recordWithOverrides(
    fc,
    "marketingOptOutInputArbitrary",
    { profile: profileNameArbitrary(), channel: fc.constantFrom("email", "sms" as const), optedOutOn: calendarDateArbitrary(), jurisdiction: fc.constantFrom(...JURISDICTIONS) },
    ["profile", "jurisdiction"],
    overrides,
  );
}

/**
 * Input of `policyChangeEffective`.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(policyChangeInputArbitrary(), (i) => policyChangeEffective(i).earliestEffectiveOn >= i.noticeOn));
 * policyChangeInputArbitrary({ change: "material" });
 * ```
 */
export function policyChangeInputArbitrary(overrides?: Overrides<PolicyChangeInput>): Arbitrary<PolicyChangeInput> {
  const fc = fastCheck();
  return recordWithOverrides(
    fc,
    "policyChangeInputArbitrary",
    {
      profile: profileNameArbitrary(),
      noticeOn: calendarDateArbitrary(),
      change: fc.constantFrom("material", "minor" as const),
      terminationFrom: fc.constantFrom("notice", "effective" as const),
    },
    ["profile", "terminationFrom"],
    overrides,
  );
}

/**
 * Input of `terminationWindow`: a change's notice, its effective day and the user's request.
 * An overridden `effectiveOn` (or `requestedOn`) has the notice drawn before it;
 * `from: "effective"` only comes with an `effectiveOn`.
 *
 * @example
 * ```ts
 * fc.sample(terminationWindowInputArbitrary(), 1); //=> e.g. [{ profile: "relaso", noticeOn: "2027-01-04", requestedOn: "2027-01-20" }]
 * terminationWindowInputArbitrary({ profile: "relaso", effectiveOn: "2027-02-01" });
 * ```
 */
export function terminationWindowInputArbitrary(overrides?: Overrides<TerminationWindowInput>): Arbitrary<TerminationWindowInput> {
  const fc = fastCheck();
  return withOverrides<TerminationWindowInput>(
    fc,
    "terminationWindowInputArbitrary",
    {
      profile: fc.option(profileNameArbitrary(), { nil: undefined }),
      noticeOn: calendarDateArbitrary(),
      effectiveAfter: fc.integer({ min: 0, max: 60 }),
      requestedAfter: fc.integer({ min: 0, max: 90 }),
      from: fc.option(fc.constantFrom("notice", "effective" as const), { nil: undefined }),
    },
    overrides,
    ({ raw, has }) => {
      const { profile, effectiveAfter, requestedAfter } = raw as { profile: ProfileName | undefined; effectiveAfter: number; requestedAfter: number };
      let noticeOn = raw.noticeOn as CalendarDate;
      if (!has("noticeOn")) {
        if (has("effectiveOn") && raw.effectiveOn !== undefined) noticeOn = addDays(raw.effectiveOn as CalendarDate, -effectiveAfter);
        else if (has("requestedOn") && raw.requestedOn !== undefined) noticeOn = addDays(raw.requestedOn as CalendarDate, -requestedAfter);
      }
      const effectiveOn = has("effectiveOn") ? (raw.effectiveOn as CalendarDate | undefined) : addDays(noticeOn, effectiveAfter);
      // `from: "effective"` needs an `effectiveOn`.
      const from = raw.from === "effective" && effectiveOn === undefined && !has("from") ? undefined : raw.from;
      return {
        ...(profile === undefined ? {} : { profile }),
        noticeOn,
        ...(effectiveOn === undefined ? {} : { effectiveOn }),
        requestedOn: addDays(noticeOn, requestedAfter),
        ...(from === undefined ? {} : { from }),
      };
    },
  );
}

/**
 * Input of `collectionCheck`: every item, under each profile or the default, with `baa` and `optedIn` present or absent.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(collectionCheckInputArbitrary(), (i) => collectionCheck(i).allowed === (collectionCheck(i).needs.length === 0)));
 * collectionCheckInputArbitrary({ profile: "relenta" });
 * ```
 */
export function collectionCheckInputArbitrary(overrides?: Overrides<CollectionCheckInput>): Arbitrary<CollectionCheckInput> {
  const fc = fastCheck();
  return recordWithOverrides(
    fc,
    "collectionCheckInputArbitrary",
    { profile: profileNameArbitrary(), item: fc.constantFrom(...COLLECTION_ITEMS), baa: fc.boolean(), optedIn: fc.boolean() },
    ["profile", "baa", "optedIn"],
    overrides,
  );
}

/**
 * Input of `accountChangeDeadline`: an instant of 2020–2035 (a `Date` or an ISO string), under each profile or the default.
 *
 * @example
 * ```ts
 * fc.sample(accountChangeDeadlineInputArbitrary(), 1); //=> e.g. [{ profile: "relaso", requestedAt: "2027-04-02T17:13:05.000Z" }]
 * accountChangeDeadlineInputArbitrary({ profile: "relaso" });
 * ```
 */
export function accountChangeDeadlineInputArbitrary(overrides?: Overrides<AccountChangeDeadlineInput>): Arbitrary<AccountChangeDeadlineInput> {
  const fc = fastCheck();
  return recordWithOverrides(fc, "accountChangeDeadlineInputArbitrary", { profile: profileNameArbitrary(), requestedAt: instantArbitrary() }, ["profile"], overrides);
}
