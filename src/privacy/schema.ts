/**
 * The profile schema: the shape of one privacy policy's promises (POLICY-SPEC
 * P1–P8). The four shipped profiles are checked against it by the tests, and a
 * host's own profile is checked against it at every rule's boundary.
 *
 * A field a policy is silent on is `{ stated: false, note }`; a stated field is
 * `{ stated: true, value, clauses }` and cites the clause it comes from.
 */
import * as z from "zod/mini";
import { ageSchema } from "../core/schema.js";
import { calendarDateSchema } from "../core/date-schemas.js";
import { deepFreeze } from "../core/freeze.js";
import { MAX_IDS_PER_FIELD, MAX_ID_LENGTH, MAX_PROFILE_CLAUSES, MAX_PROFILE_LIST_ITEMS, MAX_TEXT_LENGTH } from "../core/limits.js";

/**
 * Action ids of `checkConsent` (API-CONTRACT).
 *
 * @example
 * ```ts
 * PRIVACY_ACTIONS.includes("ad-pixel-sharing"); //=> true
 * ```
 */
export const PRIVACY_ACTIONS = /* @__PURE__ */ deepFreeze([
  "remote-session",
  "screen-recording",
  "file-transfer",
  "rmm-install",
  "marketing-email",
  "marketing-sms",
  "transactional-message",
  "analytics-cookie",
  "ad-pixel-sharing",
  "sale",
  "call-log-access",
  "integration-access",
  "testimonial-post",
  "third-party-login-data",
  "unrelated-sharing",
  "service-provider-marketing",
] as const);
/** One `checkConsent` action id. */
export type PrivacyAction = (typeof PRIVACY_ACTIONS)[number];

/**
 * Right ids of `rightsRequestDeadlines`: CCPA, then GDPR-style (API-CONTRACT).
 *
 * @example
 * ```ts
 * PRIVACY_RIGHTS.slice(0, 2); //=> ["know", "delete"]
 * ```
 */
export const PRIVACY_RIGHTS = /* @__PURE__ */ deepFreeze([
  "know",
  "delete",
  "correct",
  "opt-out-sale-sharing",
  "limit-spi",
  "access",
  "rectification",
  "erasure",
  "restriction",
  "portability",
  "objection",
] as const);
/** One right id. */
export type PrivacyRight = (typeof PRIVACY_RIGHTS)[number];

/**
 * What a person can give: `consent`, `notice` (they were told), `permission`.
 *
 * @example
 * ```ts
 * GRANTS; //=> ["consent", "notice", "permission"]
 * ```
 */
export const GRANTS = /* @__PURE__ */ deepFreeze(["consent", "notice", "permission"] as const);
/** One grant. */
export type Grant = (typeof GRANTS)[number];

/**
 * Where the person is, which decides the law that may set a tighter deadline:
 * `california` (CCPA, and the US federal laws), `us` (CAN-SPAM, TCPA, COPPA),
 * `eea` (GDPR), `other` (no law the library encodes).
 *
 * @example
 * ```ts
 * rightsRequestDeadlines({ profile: "reliom", right: "access", receivedOn: "2026-05-31", jurisdiction: "eea" }).respondBy; //=> "2026-06-30"
 * ```
 */
export const JURISDICTIONS = /* @__PURE__ */ deepFreeze(["california", "us", "eea", "other"] as const);
/** One jurisdiction. */
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/**
 * Why data is kept past the account's life or a deletion request.
 *
 * @example
 * ```ts
 * RETENTION_EXCEPTIONS.includes("legal-hold"); //=> true
 * ```
 */
export const RETENTION_EXCEPTIONS = /* @__PURE__ */ deepFreeze(["legal-tax-audit", "security", "legal-hold", "backups"] as const);
/** One retention exception. */
export type RetentionException = (typeof RETENTION_EXCEPTIONS)[number];

/**
 * The four shipped profile names.
 *
 * @example
 * ```ts
 * PROFILE_NAMES; //=> ["relument", "relaso", "reliom", "relenta"]
 * ```
 */
export const PROFILE_NAMES = /* @__PURE__ */ deepFreeze(["relument", "relaso", "reliom", "relenta"] as const);
/** One shipped profile name. */
export type ProfileName = (typeof PROFILE_NAMES)[number];

/**
 * P2: the items `collectionCheck` asks about (API-CONTRACT). `contacts` are
 * third-party contacts a user keeps in the service (an address book), not the
 * user's own contact details; `phi` is protected health information (HIPAA).
 *
 * @example
 * ```ts
 * COLLECTION_ITEMS.includes("card-last4"); //=> true
 * ```
 */
export const COLLECTION_ITEMS = /* @__PURE__ */ deepFreeze([
  "government-id",
  "precise-geolocation",
  "biometrics",
  "card-full-number",
  "card-security-code",
  "card-last4",
  "card-expiry",
  "phi",
  "call-logs",
  "contacts",
] as const);
/** One `collectionCheck` item. */
export type CollectionItem = (typeof COLLECTION_ITEMS)[number];

/**
 * P2: what a policy may make the collection of an item depend on: the person's
 * opt-in (`optedIn`), a Business Associate Agreement in place (`baa`).
 *
 * @example
 * ```ts
 * COLLECTION_CONDITIONS; //=> ["opt-in", "baa"]
 * ```
 */
export const COLLECTION_CONDITIONS = /* @__PURE__ */ deepFreeze(["opt-in", "baa"] as const);
/** One collection condition. */
export type CollectionCondition = (typeof COLLECTION_CONDITIONS)[number];

/** Free text: a name, a label, a note, a reason. */
const text = z.string().check(z.minLength(1), z.maxLength(MAX_TEXT_LENGTH));
/** A clause or law id, or an entry of `citations`. */
const id = z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH));
const slug = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9-]*$/, { message: "expected a lower-case id like \"account-ticketing\"" }), z.maxLength(MAX_ID_LENGTH));
const clauseIds = z.array(id).check(z.minLength(1, { message: "a stated field cites at least one clause" }), z.maxLength(MAX_IDS_PER_FIELD));
const lawIds = z.array(id).check(z.maxLength(MAX_IDS_PER_FIELD));
/** One of a profile's lists (categories, texts). */
function profileList<T extends z.ZodMiniType>(item: T) {
  return z.array(item).check(z.maxLength(MAX_PROFILE_LIST_ITEMS));
}
const days = z.int().check(z.gte(0), z.lte(3660));
const ageYears = ageSchema;

/** A field the policy states (with the clauses it comes from) or is silent on (with a note saying so). */
function stated<T extends z.ZodMiniType>(value: T) {
  return z.discriminatedUnion("stated", [
    z.strictObject({ stated: z.literal(true), value, clauses: clauseIds }),
    z.strictObject({ stated: z.literal(false), note: text }),
  ]);
}

/**
 * A consent gate of one action, as the policy states it.
 *
 * @example
 * ```ts
 * privacyProfiles.relument.actions["screen-recording"].status; //=> "allowed-if"
 * ```
 */
export const actionGateSchema = /* @__PURE__ */ deepFreeze(z.discriminatedUnion("status", [
  z.strictObject({
    /** The policy allows the action when the conditions below hold. */
    status: z.literal("allowed-if"),
    /** Grants the person must have given. */
    requires: z.array(z.enum(GRANTS)).check(z.maxLength(MAX_IDS_PER_FIELD)),
    /** An opt-out (or withdrawal, or "end the session") stops the action. */
    blockedByOptOut: z.boolean(),
    /** A Global Privacy Control signal stops the action. */
    blockedByGpc: z.boolean(),
    /** Below this age the action is not allowed (null: no age condition of its own). */
    minimumAge: z.nullable(ageYears),
    /** The action exists only when the host has enabled advertising pixels. */
    requiresPixels: z.boolean(),
    /** The action exists only when the person has enabled the integration (`integrationEnabled`). Absent: false. */
    requiresIntegration: z.optional(z.boolean()),
    /**
     * T21: the action stops once the membership has ended (`membershipEndedOn` on or before the check's date),
     * whatever was granted; `clauses`: the clauses that say so. Absent: the end of a membership does not stop it.
     */
    endsWithMembership: z.optional(z.strictObject({ clauses: clauseIds })),
    clauses: clauseIds,
    /** Law ids (src/privacy/laws.ts) that add a condition. */
    laws: lawIds,
    note: text,
  }),
  z.strictObject({ status: z.literal("prohibited"), clauses: clauseIds, laws: lawIds, note: text }),
  z.strictObject({ status: z.literal("not-stated"), note: text }),
]));
/** A consent gate of one action. */
export type ActionGate = z.output<typeof actionGateSchema>;

/**
 * P2: what a policy says about collecting (or keeping) one item: `never`
 * (it never collects or keeps it), `allowed` (it names the item, or is silent
 * on it but the item falls in a category it lists: `category`), `allowed-if`
 * (only under `requires`), `not-stated` (silent, and no listed category holds it).
 *
 * @example
 * ```ts
 * privacyProfiles.relaso.collection?.["call-logs"]?.status; //=> "allowed-if"
 * ```
 */
export const collectionLimitSchema = /* @__PURE__ */ deepFreeze(z.discriminatedUnion("status", [
  z.strictObject({ status: z.literal("never"), clauses: clauseIds, note: text }),
  z.strictObject({
    status: z.literal("allowed"),
    /** The listed category the item falls in when the policy does not name the item itself; null: the policy names it. */
    category: z.nullable(text),
    clauses: clauseIds,
    note: text,
  }),
  z.strictObject({
    status: z.literal("allowed-if"),
    /** Every condition must hold. */
    requires: z.array(z.enum(COLLECTION_CONDITIONS)).check(z.minLength(1), z.maxLength(COLLECTION_CONDITIONS.length)),
    clauses: clauseIds,
    note: text,
  }),
  z.strictObject({ status: z.literal("not-stated"), note: text }),
]));
/** What a policy says about collecting one item (P2). */
export type CollectionLimit = z.output<typeof collectionLimitSchema>;

const retentionCategorySchema = z.strictObject({
  id: slug,
  label: text,
  clauses: clauseIds,
  /** Months kept after the account closes (or a deletion request), or null: kept while its reason lasts. */
  afterClosureMonths: z.nullable(z.int().check(z.gte(0), z.lte(1200))),
  /** `policy` when the policy states the period; `default` when it is the library's overridable default. */
  periodSource: z.enum(["policy", "default"]),
  /** Why the period is what it is (for a default: the reason for the default). */
  reason: text,
  /** The exception under which the category is kept past closure (null: none, deleted at closure). */
  exception: z.nullable(z.enum(RETENTION_EXCEPTIONS)),
  /** True when a deletion request does not remove it before its period ends (it is kept under `exception`). */
  keptOnDeletionRequest: z.boolean(),
});


/** Editions of one policy accepted in one `profiles` list (P9). */
export const MAX_PROFILE_EDITIONS = 1_000;

/**
 * P9: which edition of its policy a profile is. `effectiveOn` is the date the
 * edition states (Relument's "Effective Date", Reliom's "Last updated");
 * `announcedOn`, when known, the day the change was announced (≤ `effectiveOn`),
 * which a policy with an advance-notice period (Relaso: 30 days) counts from.
 *
 * @example
 * ```ts
 * z.safeParse(profileEditionSchema, { id: "relaso@2027-03", effectiveOn: "2027-03-01", announcedOn: "2027-02-19" }).success; //=> true
 * z.safeParse(profileEditionSchema, { id: "relaso@2027-03", effectiveOn: "2027-03-01", announcedOn: "2027-03-02" }).success; //=> false
 * ```
 */
export const profileEditionSchema = /* @__PURE__ */ deepFreeze(
  z
    .strictObject({
      /** The edition's id (printable, no spaces, at most 100 characters), e.g. "relaso-privacy@2027-03-01". */
      id: z.string().check(
        z.minLength(1),
        z.maxLength(MAX_ID_LENGTH),
        z.regex(/^[\x21-\x7e]+$/, { message: "expected an edition id of printable characters without spaces" }),
      ),
      /** The date the edition states as its effective ("Effective Date", "Last updated") date. */
      effectiveOn: calendarDateSchema,
      /** The day the change was announced, when known (on or before `effectiveOn`). */
      announcedOn: z.optional(calendarDateSchema),
    })
    .check(
      z.refine((e) => e.announcedOn === undefined || e.announcedOn <= e.effectiveOn, {
        message: "announcedOn is after effectiveOn: an edition is announced on or before its effective date",
        path: ["announcedOn"],
      }),
    ),
);
/** Which edition of its policy a profile is (P9). */
export type ProfileEdition = z.output<typeof profileEditionSchema>;

/**
 * The schema every privacy profile satisfies, the four shipped ones and a
 * host's own. Unknown keys are errors.
 *
 * @example
 * ```ts
 * z.safeParse(privacyProfileSchema, privacyProfiles.relaso).success; //=> true
 * ```
 */
export const privacyProfileSchema = /* @__PURE__ */ deepFreeze(z.strictObject({
  /** Profile id, e.g. "relument" (a host picks its own). */
  id: slug,
  /** Who the policy belongs to. */
  name: text,
  /** The policy document (for the four: the clause registry's document name). */
  document: text,
  /** P9: which edition of the policy this profile is (the four shipped profiles carry none). */
  edition: z.optional(profileEditionSchema),
  /** The clauses that say what the policy covers; cited when it is silent on something a rule decides. */
  scopeClauses: clauseIds,
  /** The jurisdiction whose law the policy addresses, used when a rule is not told one. */
  jurisdiction: stated(z.enum(JURISDICTIONS)),
  /** P2: the categories of data the policy says it collects. */
  dataCategories: profileList(z.strictObject({ id: slug, label: text, clauses: clauseIds })),
  /** P2: data the policy says it never collects. */
  neverCollects: stated(profileList(text)),
  /**
   * P2: what the policy says about collecting each `collectionCheck` item. An item left out is treated as
   * `not-stated`; a profile without `collection` states no collection limits (every item needs a policy basis).
   */
  collection: z.optional(z.strictObject(Object.fromEntries(COLLECTION_ITEMS.map((item) => [item, z.optional(collectionLimitSchema)])) as Record<CollectionItem, z.ZodMiniOptional<typeof collectionLimitSchema>>)),
  /** P1: ages. */
  age: z.strictObject({
    minimum: stated(ageYears),
    deleteIfLearned: stated(z.boolean()),
    saleOrShareMinimum: stated(ageYears),
  }),
  /** P4: whether the policy allows selling personal information. */
  sells: stated(z.boolean()),
  /** P3/P4/P8: one gate per action id. */
  actions: z.strictObject({
    "remote-session": actionGateSchema,
    "screen-recording": actionGateSchema,
    "file-transfer": actionGateSchema,
    "rmm-install": actionGateSchema,
    "marketing-email": actionGateSchema,
    "marketing-sms": actionGateSchema,
    "transactional-message": actionGateSchema,
    "analytics-cookie": actionGateSchema,
    "ad-pixel-sharing": actionGateSchema,
    sale: actionGateSchema,
    "call-log-access": actionGateSchema,
    "integration-access": actionGateSchema,
    "testimonial-post": actionGateSchema,
    "third-party-login-data": actionGateSchema,
    "unrelated-sharing": actionGateSchema,
    "service-provider-marketing": actionGateSchema,
  }),
  /** P5: rights requests. */
  rights: z.strictObject({
    offered: z
      .array(z.strictObject({ right: z.enum(PRIVACY_RIGHTS), clauses: clauseIds, verification: stated(z.boolean()) }))
      .check(
        // Each right at most once, so never more than there are rights.
        z.maxLength(PRIVACY_RIGHTS.length),
        z.refine((rs) => new Set(rs.map((r) => r.right)).size === rs.length, { message: "offered rights must be unique" }),
      ),
    /** The policy's own answer deadline, in calendar days after receipt (0 = immediate). */
    respondWithinDays: stated(days),
    /** The policy's own acknowledgement deadline, in business days after receipt. */
    acknowledgeWithinBusinessDays: stated(days),
    /** Hours until a self-service account change takes effect. */
    accountChangeHours: stated(z.int().check(z.gte(0), z.lte(8760))),
    /** Where the policy lets an authorized agent act for the person: its clauses. */
    agent: z.optional(z.strictObject({ clauses: clauseIds })),
  }),
  /** P6: retention and deletion. */
  retention: z.strictObject({
    categories: z
      .array(retentionCategorySchema)
      .check(
        z.maxLength(MAX_PROFILE_LIST_ITEMS),
        z.refine((cs) => new Set(cs.map((c) => c.id)).size === cs.length, { message: "retention category ids must be unique" }),
        z.refine((cs) => cs.some((c) => c.id === "account"), { message: 'every profile has an "account" retention category' }),
      ),
    /** Days until residual copies of deleted data are purged from servers. */
    residualPurgeDays: stated(days),
    /** What happens to backup copies of deleted data. */
    backups: stated(z.enum(["isolated-until-purged", "may-remain"])),
    /** Where the policy says deletion requests are honoured subject to legal exceptions: its clauses and the law behind the exceptions. */
    deletionRequests: z.optional(z.strictObject({ clauses: clauseIds, laws: lawIds })),
  }),
  /** P7: policy changes. */
  changes: z.strictObject({
    /** Which changes are announced, and how. */
    notice: stated(z.strictObject({ of: z.enum(["all", "material", "none"]), channels: profileList(text) })),
    /** Days of advance notice before a material/significant change takes effect. */
    advanceNoticeDays: stated(days),
    /** Days the user has to terminate after being told of a change. */
    terminationWithinDays: stated(days),
    /** The policy says it may change at any time. */
    mayChangeAtAnyTime: stated(z.boolean()),
  }),
  /** P8: marketing. */
  marketing: z.strictObject({
    optOut: stated(z.boolean()),
    transactionalContinues: stated(z.boolean()),
    mandatoryAnnouncements: stated(z.boolean()),
    honourOptOutWithinBusinessDays: stated(days),
  }),
  /**
   * Every clause id the profile's fields cite, deduplicated, in first-use order. The four shipped profiles
   * carry it (computed from their data by `profileCitations`); a host's own profile may leave it out. The
   * rules never read it: they cite the clauses of the fields they use.
   */
  citations: z.optional(z.array(id).check(z.maxLength(MAX_PROFILE_CLAUSES))),
}).check(
  z.refine((profile) => citesAtMost(profile, MAX_PROFILE_CLAUSES), {
    message: `a profile cites at most ${MAX_PROFILE_CLAUSES} distinct clause ids (in its \`clauses\` and \`scopeClauses\` lists)`,
  }),
));

/**
 * True when the `clauses` and `scopeClauses` lists of `value`, at any depth,
 * name at most `max` distinct ids (what `profileCitations` would list). Stops
 * counting past `max`.
 */
function citesAtMost(value: unknown, max: number, seen = new Set<unknown>()): boolean {
  if (value === null || typeof value !== "object") return true;
  for (const [key, v] of Object.entries(value)) {
    if ((key === "clauses" || key === "scopeClauses") && Array.isArray(v)) {
      for (const clause of v) if (seen.add(clause).size > max) return false;
    } else if (!citesAtMost(v, max, seen)) return false;
  }
  return true;
}

/** One privacy profile (the shape of {@link privacyProfileSchema}). */
export type PrivacyProfile = z.output<typeof privacyProfileSchema>;

/** A shipped profile: a {@link PrivacyProfile} whose `citations` is always present. */
export type ShippedPrivacyProfile = PrivacyProfile & { readonly citations: string[] };

/** A field a policy states or is silent on. */
export type Stated<T> = { stated: true; value: T; clauses: string[] } | { stated: false; note: string };

/**
 * A profile name, or a host's own profile object (validated against {@link privacyProfileSchema}).
 *
 * @example
 * ```ts
 * checkConsent({ profile: { ...privacyProfiles.relument, id: "acme", name: "Acme" }, action: "sale" }).allowed; //=> false
 * ```
 */
export const profileInputSchema = /* @__PURE__ */ deepFreeze(z.union([z.enum(PROFILE_NAMES), privacyProfileSchema]));
/** What the `profile` input of every privacy rule accepts. */
export type ProfileInput = ProfileName | PrivacyProfile;
