/* P2: may an item of personal data be collected (or kept) under the policy?
 * (relument §1 "not collected", §1 E + Terms §6; relaso Personal Information, Financial information,
 * Call log permissions; reliom §1, §4; relenta §2). What each policy says is profile data (`collection`). */
import * as z from "zod/mini";
import { Trace, type Decision } from "../core/decision.js";
import { calendarDateSchema, parseInput } from "../core/schema.js";
import { deepFreeze } from "../core/freeze.js";
import { profileField } from "./common.js";
import { profilesField, resolveProfileEdition, withEdition, type PrivacyEditionStamp } from "./profile-edition.js";
import { COLLECTION_ITEMS, type CollectionCondition, type CollectionItem, type CollectionLimit } from "./schema.js";

/**
 * Input of {@link collectionCheck}.
 *
 * @example
 * ```ts
 * z.safeParse(collectionCheckInputSchema, { item: "passport" }).success; //=> false (unknown item)
 * ```
 */
export const collectionCheckInputSchema = /* @__PURE__ */ deepFreeze(z.strictObject({
  /** "relument" (default), "relaso", "reliom", "relenta", or a host profile object. */
  profile: profileField,
  /** Instead of `profile`: editions of one policy (each with its `edition`); the one in force on `on` applies (P9). */
  profiles: profilesField,
  /** The day of the check: needed with `profiles` (it picks the edition in force that day). */
  on: z.optional(calendarDateSchema),
  /** The item of data to collect or keep (API-CONTRACT item ids). */
  item: z.enum(COLLECTION_ITEMS),
  /** A Business Associate Agreement (HIPAA) is in place. Absent: false. Ignored where the policy makes nothing depend on it. */
  baa: z.optional(z.boolean()),
  /** The person opted in (e.g. granted Relaso's call-log permission). Absent: false. Ignored where the policy asks for no opt-in. */
  optedIn: z.optional(z.boolean()),
}));
/** Input of {@link collectionCheck}. */
export type CollectionCheckInput = z.input<typeof collectionCheckInputSchema>;

/**
 * What is still missing before the item may be collected: `opt-in` (the
 * person's opt-in), `baa` (a Business Associate Agreement), `policy-basis`
 * (the policy is silent on the item and no category it lists holds it),
 * `policy-change` (the policy says it never collects or keeps the item: only a
 * changed policy could allow it).
 */
export type CollectionNeed = "opt-in" | "baa" | "policy-basis" | "policy-change";

/** Result of {@link collectionCheck}. */
export interface CollectionCheckResult extends Decision, PrivacyEditionStamp {
  readonly profile: string;
  readonly item: CollectionItem;
  /** True exactly when `needs` is empty. */
  readonly allowed: boolean;
  /** What is still missing (empty when allowed). */
  readonly needs: CollectionNeed[];
  /** What the policy says about the item: `never`, `allowed`, `allowed-if` (conditions), `not-stated`. */
  readonly limit: CollectionLimit["status"];
  /** The listed category the item falls in when the policy does not name the item itself; else null. */
  readonly category: string | null;
  /** Inputs given that cannot apply to this item under this profile, so were ignored (`baa`, `optedIn`). */
  readonly ignored: ("baa" | "optedIn")[];
}

const CONDITION_INPUT = { "opt-in": "optedIn", baa: "baa" } as const satisfies Record<CollectionCondition, string>;

/**
 * P2 collection limits: may `item` be collected or kept under the profile,
 * and if not, what is missing? The answer comes from the profile's
 * `collection` data (each entry cites its clauses): Relument never collects
 * government IDs, precise geolocation or biometrics and keeps no full card
 * number (Terms §6) nor card security code; Relaso keeps only the cardholder's
 * name and address, the expiry and the last 4 digits, and reads call logs only
 * after an opt-in; Reliom handles PHI only under a BAA. An item the policy is
 * silent on is allowed only if it falls in a category the policy lists, else
 * `needs: ["policy-basis"]`. An input that cannot apply (e.g. `baa` outside
 * Reliom's PHI) is ignored and the explanation says so.
 *
 * @example
 * ```ts
 * collectionCheck({ item: "government-id" }); //=> { allowed: false, needs: ["policy-change"], limit: "never", ... }
 * collectionCheck({ profile: "relaso", item: "call-logs" }).needs; //=> ["opt-in"]
 * collectionCheck({ profile: "relaso", item: "call-logs", optedIn: true }).allowed; //=> true
 * collectionCheck({ profile: "reliom", item: "phi", baa: true }).allowed; //=> true
 * collectionCheck({ profile: "relaso", item: "phi", baa: true });
 * //=> { allowed: false, needs: ["policy-basis"], ignored: ["baa"], ... } (Relaso's policy is silent on PHI)
 * collectionCheck({ item: "card-last4" }); //=> { allowed: true, needs: [], category: "Subscription & Billing Data (§1 E): …", ... }
 * ```
 */
export function collectionCheck(input: CollectionCheckInput): CollectionCheckResult {
  const parsed = parseInput(collectionCheckInputSchema, input, "collectionCheck");
  const { item } = parsed;
  const t = new Trace();
  const { profile, edition } = resolveProfileEdition(parsed, { on: parsed.on, key: "on", label: "check date" }, t, "collectionCheck");
  const stated = profile.collection?.[item];
  const limit: CollectionLimit = stated ?? {
    status: "not-stated",
    note: profile.collection === undefined ? "The profile states no collection limits (no `collection` data)." : `The profile says nothing about "${item}".`,
  };

  const needs: CollectionNeed[] = [];
  const uses: ("baa" | "optedIn")[] = [];
  let category: string | null = null;
  switch (limit.status) {
    case "never":
      needs.push("policy-change");
      t.explain(`"${item}": never collected or kept under this policy, whatever is given: ${limit.note}`, ...limit.clauses);
      break;
    case "allowed":
      category = limit.category;
      t.explain(
        limit.category === null
          ? `"${item}": the policy names it among what it collects: ${limit.note}`
          : `"${item}": the policy does not name it, but it falls in a category the policy lists, ${limit.category}: ${limit.note}`,
        ...limit.clauses,
      );
      break;
    case "allowed-if": {
      t.explain(`"${item}": collected only with ${limit.requires.map((c) => (c === "baa" ? "a BAA in place" : "the person's opt-in")).join(" and ")}: ${limit.note}`, ...limit.clauses);
      for (const condition of limit.requires) {
        const key = CONDITION_INPUT[condition];
        uses.push(key);
        const value = parsed[key];
        if (value === true) t.explain(condition === "baa" ? "A BAA is in place (baa: true)." : "The person opted in (optedIn: true).");
        else {
          needs.push(condition);
          t.explain(
            condition === "baa"
              ? `No BAA in place (baa ${value === undefined ? "not given, taken as false" : "false"}): a BAA is still needed.`
              : `No opt-in (optedIn ${value === undefined ? "not given, taken as false" : "false"}): the person's opt-in is still needed.`,
          );
        }
      }
      break;
    }
    case "not-stated":
      needs.push("policy-basis");
      // The clauses that say what the policy collects: its silence is read there.
      t.explain(`"${item}": the policy is silent on it and no category it lists holds it, so it is not allowed without a policy basis. ${limit.note}`, ...profile.scopeClauses);
      break;
  }

  const ignored = (["baa", "optedIn"] as const).filter((key) => parsed[key] !== undefined && !uses.includes(key));
  for (const key of ignored) {
    t.explain(
      `\`${key}: ${String(parsed[key])}\` is ignored: profile "${profile.id}" makes collecting "${item}" depend on no ${key === "baa" ? "Business Associate Agreement" : "opt-in"}.`,
    );
  }
  const allowed = needs.length === 0;
  t.explain(allowed ? `"${item}" may be collected.` : `"${item}" may not be collected; still needed: ${needs.join(", ")}.`);
  return withEdition(t.done({ profile: profile.id, item, allowed, needs, limit: limit.status, category, ignored }), edition);
}
