/**
 * fast-check arbitraries of valid privacy requests, one per privacy rule,
 * built from the profile data so that a right or a retention category is
 * always one the chosen profile offers.
 */
import fc from "fast-check";
import { addDays } from "../core/calendar.js";
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

/**
 * One of the four shipped profile names.
 *
 * @example
 * ```ts
 * fc.sample(profileNameArbitrary(), 1); //=> e.g. ["relaso"]
 * ```
 */
export function profileNameArbitrary(): fc.Arbitrary<ProfileName> {
  return fc.constantFrom(...PROFILE_NAMES);
}

/**
 * Input of `ageRule`.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(ageRuleInputArbitrary(), (i) => !ageRule(i).maySell));
 * ```
 */
export function ageRuleInputArbitrary(): fc.Arbitrary<AgeRuleInput> {
  return fc.record({ profile: profileNameArbitrary(), age: fc.integer({ min: 0, max: 100 }) }, { requiredKeys: ["age"] });
}

/**
 * Input of `checkConsent`: every action and option; `on` in 2020–2035, and `membershipEndedOn` (only with
 * `on`, as the rule requires) from 400 days before to 400 days after it.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(checkConsentInputArbitrary(), (i) => !(i.action === "sale" && checkConsent(i).allowed)));
 * ```
 */
export function checkConsentInputArbitrary(): fc.Arbitrary<CheckConsentInput> {
  return fc
    .record({
      base: fc.record(
        {
          profile: profileNameArbitrary(),
          action: fc.constantFrom(...PRIVACY_ACTIONS),
          granted: fc.uniqueArray(fc.constantFrom(...GRANTS), { maxLength: GRANTS.length }),
          optedOut: fc.boolean(),
          gpc: fc.boolean(),
          age: fc.integer({ min: 0, max: 100 }),
          pixelsEnabled: fc.boolean(),
          integrationEnabled: fc.boolean(),
          on: calendarDateArbitrary(),
        },
        { requiredKeys: ["action"] },
      ),
      endedBefore: fc.option(fc.integer({ min: -400, max: 400 }), { nil: undefined }),
    })
    .map(({ base, endedBefore }) =>
      // `membershipEndedOn` needs `on` (T21): it is only generated with one.
      base.on === undefined || endedBefore === undefined ? base : { ...base, membershipEndedOn: addDays(base.on, -endedBefore) },
    );
}

/**
 * A rights request for a right the profile offers (default profile when `profile` is absent).
 *
 * @example
 * ```ts
 * fc.assert(fc.property(rightsRequestInputArbitrary(), (i) => rightsRequestDeadlines(i).citations.length > 0));
 * ```
 */
export function rightsRequestInputArbitrary(): fc.Arbitrary<RightsRequestInput> {
  return fc
    .record({
      profile: fc.option(profileNameArbitrary(), { nil: undefined }),
      receivedOn: calendarDateArbitrary(),
      pick: fc.nat(),
      extended: fc.boolean(),
      submittedBy: fc.option(fc.constantFrom("consumer", "agent" as const), { nil: undefined }),
      signedPermission: fc.option(fc.boolean(), { nil: undefined }),
    })
    .map(({ profile, receivedOn, pick, extended, submittedBy, signedPermission }) => {
      const offered = privacyProfiles[profile ?? "relument"].rights.offered;
      const right = (offered[pick % offered.length] as (typeof offered)[number]).right;
      return {
        ...(profile === undefined ? {} : { profile }),
        right,
        receivedOn,
        ...(extended ? { extended: true } : {}),
        ...(submittedBy === undefined ? {} : { submittedBy }),
        // Signed permission goes with an agent's request (P5); a consumer's request carries none.
        ...(signedPermission === undefined || submittedBy !== "agent" ? {} : { signedPermission }),
      };
    });
}

/**
 * A retention question for a category the profile names.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(retentionDecisionInputArbitrary(), (i) => ["retain", "delete"].includes(retentionDecision(i).action)));
 * ```
 */
export function retentionDecisionInputArbitrary(): fc.Arbitrary<RetentionDecisionInput> {
  return fc
    .record({
      profile: profileNameArbitrary(),
      pick: fc.nat(),
      asOf: calendarDateArbitrary({ min: "2024-01-01", max: "2035-12-31" }),
      closedBefore: fc.option(fc.integer({ min: 0, max: 4000 }), { nil: undefined }),
      requestedBefore: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
      legalHold: fc.option(fc.boolean(), { nil: undefined }),
    })
    .map(({ profile, pick, asOf, closedBefore, requestedBefore, legalHold }) => {
      const categories = privacyProfiles[profile].retention.categories;
      const category = (categories[pick % categories.length] as (typeof categories)[number]).id;
      return {
        profile,
        category,
        asOf,
        ...(closedBefore === undefined ? {} : { accountClosedOn: addDays(asOf, -closedBefore) }),
        ...(requestedBefore === undefined ? {} : { deletionRequestedOn: addDays(asOf, -requestedBefore) }),
        ...(legalHold === undefined ? {} : { legalHold }),
      };
    });
}

/**
 * Input of `marketingOptOutDeadline`.
 *
 * @example
 * ```ts
 * fc.sample(marketingOptOutInputArbitrary(), 1); //=> e.g. [{ profile: "relument", channel: "sms", optedOutOn: "2029-06-03" }]
 * ```
 */
export function marketingOptOutInputArbitrary(): fc.Arbitrary<MarketingOptOutInput> {
  return fc.record(
    { profile: profileNameArbitrary(), channel: fc.constantFrom("email", "sms" as const), optedOutOn: calendarDateArbitrary(), jurisdiction: fc.constantFrom(...JURISDICTIONS) },
    { requiredKeys: ["channel", "optedOutOn"] },
  );
}

/**
 * Input of `policyChangeEffective`.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(policyChangeInputArbitrary(), (i) => policyChangeEffective(i).earliestEffectiveOn >= i.noticeOn));
 * ```
 */
export function policyChangeInputArbitrary(): fc.Arbitrary<PolicyChangeInput> {
  return fc.record(
    {
      profile: profileNameArbitrary(),
      noticeOn: calendarDateArbitrary(),
      change: fc.constantFrom("material", "minor" as const),
      terminationFrom: fc.constantFrom("notice", "effective" as const),
    },
    { requiredKeys: ["noticeOn", "change"] },
  );
}

/**
 * Input of `terminationWindow`: a change's notice, its effective day and the user's request.
 *
 * @example
 * ```ts
 * fc.sample(terminationWindowInputArbitrary(), 1); //=> e.g. [{ profile: "relaso", noticeOn: "2027-01-04", requestedOn: "2027-01-20" }]
 * ```
 */
export function terminationWindowInputArbitrary(): fc.Arbitrary<TerminationWindowInput> {
  return fc
    .record({
      profile: fc.option(profileNameArbitrary(), { nil: undefined }),
      noticeOn: calendarDateArbitrary(),
      effectiveAfter: fc.integer({ min: 0, max: 60 }),
      requestedAfter: fc.integer({ min: 0, max: 90 }),
      from: fc.option(fc.constantFrom("notice", "effective" as const), { nil: undefined }),
    })
    .map(({ profile, noticeOn, effectiveAfter, requestedAfter, from }) => ({
      ...(profile === undefined ? {} : { profile }),
      noticeOn,
      effectiveOn: addDays(noticeOn, effectiveAfter),
      requestedOn: addDays(noticeOn, requestedAfter),
      ...(from === undefined ? {} : { from }),
    }));
}

/**
 * Input of `collectionCheck`: every item, under each profile or the default, with `baa` and `optedIn` present or absent.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(collectionCheckInputArbitrary(), (i) => collectionCheck(i).allowed === (collectionCheck(i).needs.length === 0)));
 * ```
 */
export function collectionCheckInputArbitrary(): fc.Arbitrary<CollectionCheckInput> {
  return fc.record(
    { profile: profileNameArbitrary(), item: fc.constantFrom(...COLLECTION_ITEMS), baa: fc.boolean(), optedIn: fc.boolean() },
    { requiredKeys: ["item"] },
  );
}

/**
 * Input of `accountChangeDeadline`: an instant of 2020–2035 (a `Date` or an ISO string), under each profile or the default.
 *
 * @example
 * ```ts
 * fc.sample(accountChangeDeadlineInputArbitrary(), 1); //=> e.g. [{ profile: "relaso", requestedAt: "2027-04-02T17:13:05.000Z" }]
 * ```
 */
export function accountChangeDeadlineInputArbitrary(): fc.Arbitrary<AccountChangeDeadlineInput> {
  return fc.record({ profile: profileNameArbitrary(), requestedAt: instantArbitrary() }, { requiredKeys: ["requestedAt"] });
}
