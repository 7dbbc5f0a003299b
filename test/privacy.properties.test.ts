/* Cross-cutting invariants of the privacy rules (issue 4). */
import { describe, expect } from "vitest";
import { test, fc } from "@fast-check/vitest";
import * as z from "zod/mini";
import { addDays } from "../src/core/calendar.js";
import { addBusinessDays, isBusinessDay } from "../src/core/business-days.js";
import { PolicyInputError } from "../src/core/errors.js";
import {
  GRANTS,
  JURISDICTIONS,
  PRIVACY_ACTIONS,
  PROFILE_NAMES,
  ageRule,
  checkConsent,
  marketingOptOutDeadline,
  privacyProfileSchema,
  privacyProfiles,
  retentionDecision,
  rightsRequestDeadlines,
  type CheckConsentInput,
} from "../src/privacy/index.js";

const date = fc.integer({ min: 0, max: 36_500 }).map((n) => addDays("1990-01-01", n));
const profile = fc.constantFrom(...PROFILE_NAMES);
const offeredRight = profile.chain((p) => fc.record({ profile: fc.constant(p), right: fc.constantFrom(...privacyProfiles[p].rights.offered.map((r) => r.right)) }));
const rightsInput = fc.record({ pr: offeredRight, receivedOn: date, jurisdiction: fc.option(fc.constantFrom(...JURISDICTIONS), { nil: undefined }) });

const consentInput: fc.Arbitrary<CheckConsentInput> = fc.record(
  {
    profile: profile,
    action: fc.constantFrom(...PRIVACY_ACTIONS),
    granted: fc.subarray([...GRANTS]),
    optedOut: fc.boolean(),
    gpc: fc.boolean(),
    age: fc.integer({ min: 0, max: 120 }),
    pixelsEnabled: fc.boolean(),
  },
  { requiredKeys: ["action"] },
);

describe("rightsRequestDeadlines invariants", () => {
  test.prop([rightsInput], { numRuns: 500 })("a deadline counted in business days never falls on a closed day", ({ pr, receivedOn, jurisdiction }) => {
    const r = rightsRequestDeadlines({ ...pr, receivedOn, ...(jurisdiction ? { jurisdiction } : {}) });
    const all = [...r.basis.acknowledgeBy, ...r.basis.standardRespondBy, ...r.basis.extendedRespondBy];
    for (const b of all) if (b.period.includes("business days")) expect(isBusinessDay(b.date), `${b.period} → ${b.date}`).toBe(true);
  });

  test.prop([rightsInput], { numRuns: 500 })("respond-by is never before acknowledge-by, and never before receipt", ({ pr, receivedOn, jurisdiction }) => {
    const r = rightsRequestDeadlines({ ...pr, receivedOn, ...(jurisdiction ? { jurisdiction } : {}) });
    if (r.respondBy !== null) {
      expect(r.respondBy >= receivedOn).toBe(true);
      if (r.acknowledgeBy !== null) expect(r.respondBy >= r.acknowledgeBy).toBe(true);
    }
  });

  test.prop([rightsInput], { numRuns: 500 })("the extended deadline is never earlier than the normal one", ({ pr, receivedOn, jurisdiction }) => {
    const r = rightsRequestDeadlines({ ...pr, receivedOn, ...(jurisdiction ? { jurisdiction } : {}) });
    if (r.extendedRespondBy !== null) {
      expect(r.standardRespondBy).not.toBeNull();
      expect(r.extendedRespondBy >= (r.standardRespondBy as string)).toBe(true);
      expect(r.extensionNoticeBy).toBe(r.standardRespondBy);
    } else {
      expect(r.extensionNoticeBy).toBeNull();
    }
  });

  test.prop([rightsInput], { numRuns: 300 })("each deadline is the earliest of its candidates, and every candidate is cited", ({ pr, receivedOn, jurisdiction }) => {
    const r = rightsRequestDeadlines({ ...pr, receivedOn, ...(jurisdiction ? { jurisdiction } : {}) });
    expect(r.standardRespondBy).toBe(r.basis.standardRespondBy.map((b) => b.date).sort()[0] ?? null);
    expect(r.extendedRespondBy).toBe(r.basis.extendedRespondBy.map((b) => b.date).sort()[0] ?? null);
    for (const b of [...r.basis.acknowledgeBy, ...r.basis.standardRespondBy, ...r.basis.extendedRespondBy]) {
      if (b.source === "law") for (const id of b.cites) expect(r.lawCitations).toContain(id);
      else for (const id of b.cites) expect(r.citations).toContain(id);
    }
  });

  test.prop([rightsInput], { numRuns: 500 })("respondBy is the deadline in force: standard when not extended, extended when extended", ({ pr, receivedOn, jurisdiction }) => {
    const base = { ...pr, receivedOn, ...(jurisdiction ? { jurisdiction } : {}) };
    const r = rightsRequestDeadlines(base);
    expect(r.extended).toBe(false);
    expect(r.respondBy).toBe(r.standardRespondBy);
    expect(rightsRequestDeadlines({ ...base, extended: false }).respondBy).toBe(r.standardRespondBy);
    if (r.extendedRespondBy === null) {
      // No extension exists: extended is irrelevant (never an error); the standard deadline stays in force.
      const x = rightsRequestDeadlines({ ...base, extended: true });
      expect(x).toMatchObject({ extended: true, respondBy: r.standardRespondBy, standardRespondBy: r.standardRespondBy, extendedRespondBy: null, extensionNoticeBy: null });
      expect(x.acknowledgeBy).toBe(r.acknowledgeBy);
      expect(x.explanation.join(" ")).toMatch(/no extension exists/);
      return;
    }
    const x = rightsRequestDeadlines({ ...base, extended: true });
    expect(x).toMatchObject({ extended: true, respondBy: r.extendedRespondBy, standardRespondBy: r.standardRespondBy, extendedRespondBy: r.extendedRespondBy });
    // A policy's own promise has no extension: it still binds when the law's extension is used.
    for (const b of x.basis.standardRespondBy) if (b.source === "policy") expect((x.respondBy as string) <= b.date).toBe(true);
    if (x.acknowledgeBy !== null) expect(x.acknowledgeBy <= (x.respondBy as string)).toBe(true);
  });

  test.prop([fc.constantFrom(...privacyProfiles.relument.rights.offered.map((r) => r.right)), date], { numRuns: 300 })(
    "Relument in California: every CCPA right is acknowledged within 10 business days of receipt, never after the answer",
    (right, receivedOn) => {
      const r = rightsRequestDeadlines({ right, receivedOn });
      const tenBusinessDays = addBusinessDays(receivedOn, 10);
      expect(r.acknowledgeBy).not.toBeNull();
      expect(r.acknowledgeBy).toBe(r.standardRespondBy !== null && r.standardRespondBy < tenBusinessDays ? r.standardRespondBy : tenBusinessDays);
      expect((r.acknowledgeBy as string) <= (r.respondBy as string)).toBe(true);
    },
  );
});

describe("checkConsent invariants", () => {
  test.prop([consentInput], { numRuns: 1000 })("a GPC signal never makes anything allowed that was not allowed without it", (input) => {
    const withGpc = checkConsent({ ...input, gpc: true });
    const without = checkConsent({ ...input, gpc: false });
    if (withGpc.allowed) expect(without.allowed).toBe(true);
  });

  test.prop([consentInput], { numRuns: 1000 })("with a GPC signal, sharing and sale are never allowed", (input) => {
    for (const action of ["ad-pixel-sharing", "sale"] as const) expect(checkConsent({ ...input, action, gpc: true }).allowed).toBe(false);
  });

  test.prop([consentInput], { numRuns: 500 })("GPC concerns sale/sharing only: for every other action the answer is the same with or without it", (input) => {
    fc.pre(input.action !== "ad-pixel-sharing" && input.action !== "sale");
    const a = checkConsent({ ...input, gpc: true });
    const b = checkConsent({ ...input, gpc: false });
    expect([a.allowed, a.missing, a.blockedBy]).toEqual([b.allowed, b.missing, b.blockedBy]);
  });

  test.prop([consentInput], { numRuns: 500 })("Relument analytics cookies stop exactly on an explicit opt-out (or a stated minimum age), never on GPC", (input) => {
    const r = checkConsent({ ...input, profile: "relument", action: "analytics-cookie" });
    const underMinimum = input.age !== undefined && input.age < 13;
    expect(r.allowed).toBe(!(input.optedOut ?? false) && !underMinimum);
    expect(r.blockedBy).not.toContain("gpc");
  });

  test.prop([consentInput], { numRuns: 500 })("Relaso, Reliom and Relenta never allow advertising sharing, whatever is granted", (input) => {
    for (const p of ["relaso", "reliom", "relenta"] as const) {
      const r = checkConsent({ ...input, profile: p, action: "ad-pixel-sharing", granted: [...GRANTS] });
      expect(r.allowed).toBe(false);
      expect(r.blockedBy).toContain("prohibited");
    }
  });

  test.prop([consentInput], { numRuns: 1000 })('"sale" is never allowed under any of the four profiles', (input) => {
    expect(checkConsent({ ...input, action: "sale" }).allowed).toBe(false);
  });

  test.prop([consentInput], { numRuns: 500 })("under 16, sharing is never allowed under any of the four profiles", (input) => {
    fc.pre(input.age !== undefined && input.age < 16);
    expect(checkConsent({ ...input, action: "ad-pixel-sharing" }).allowed).toBe(false);
  });

  test.prop([consentInput], { numRuns: 500 })("allowed exactly when nothing is missing and nothing blocks; granting more never removes permission", (input) => {
    const r = checkConsent(input);
    expect(r.allowed).toBe(r.missing.length === 0 && r.blockedBy.length === 0);
    if (r.allowed) expect(checkConsent({ ...input, granted: [...GRANTS] }).allowed).toBe(true);
  });

  test.prop([consentInput], { numRuns: 500 })("Relument: marketing SMS is gated exactly like marketing email (opt-out, no grant needed)", (input) => {
    const sms = checkConsent({ ...input, profile: "relument", action: "marketing-sms" });
    const email = checkConsent({ ...input, profile: "relument", action: "marketing-email" });
    expect(sms.missing).toEqual([]);
    expect([sms.allowed, sms.blockedBy]).toEqual([email.allowed, email.blockedBy]);
  });

  test.prop([consentInput], { numRuns: 500 })("transactional messages are never stopped by an opt-out", (input) => {
    const a = checkConsent({ ...input, action: "transactional-message", optedOut: false });
    const b = checkConsent({ ...input, action: "transactional-message", optedOut: true });
    expect(b.allowed).toBe(a.allowed);
  });

  test.prop([consentInput], { numRuns: 300 })("never mutates its input", (input) => {
    const copy = structuredClone(input);
    checkConsent(input);
    expect(input).toEqual(copy);
  });
});

describe("ageRule invariants", () => {
  test.prop([profile, fc.integer({ min: 0, max: 150 })], { numRuns: 500 })("no collection means no sale/sharing; mustDelete only below the minimum age", (p, age) => {
    const r = ageRule({ profile: p, age });
    if (!r.mayCollect) expect(r.maySellOrShare).toBe(false);
    if (r.mustDelete) expect(r.mayCollect).toBe(false);
    expect(r.maySell).toBe(false);
    if (age < 16) expect(r.maySellOrShare).toBe(false);
    if (p !== "relument") expect(r.maySellOrShare).toBe(false);
  });

  test.prop([profile, fc.integer({ min: 0, max: 150 })], { numRuns: 500 })("only the policy's words decide: no stated minimum → null and collectable; mustDelete only where the policy says it deletes", (p, age) => {
    const r = ageRule({ profile: p, age });
    const prof = privacyProfiles[p];
    if (prof.age.minimum.stated) {
      expect(r).toMatchObject({ minimumAge: prof.age.minimum.value, minimumAgeSource: "policy", mayCollect: age >= prof.age.minimum.value });
    } else {
      expect(r).toMatchObject({ minimumAge: null, minimumAgeSource: "not-stated", mayCollect: true, mustDelete: false });
    }
    const says = prof.age.deleteIfLearned.stated && prof.age.deleteIfLearned.value;
    expect(r.mustDelete).toBe(says && !r.mayCollect);
    expect(r.mustDeleteSource).toBe(r.mustDelete ? "policy" : null);
  });

  test.prop([profile, fc.integer({ min: 0, max: 149 })], { numRuns: 300 })("getting older never takes a permission away", (p, age) => {
    const a = ageRule({ profile: p, age });
    const b = ageRule({ profile: p, age: age + 1 });
    if (a.mayCollect) expect(b.mayCollect).toBe(true);
    if (a.maySellOrShare) expect(b.maySellOrShare).toBe(true);
  });
});

describe("retentionDecision invariants", () => {
  const retentionInput = profile.chain((p) =>
    fc.record({
      profile: fc.constant(p),
      category: fc.constantFrom(...privacyProfiles[p].retention.categories.map((c) => c.id)),
      closedAfter: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined }),
      requestedAfter: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined }),
      asOfAfter: fc.integer({ min: 0, max: 5000 }),
      legalHold: fc.option(fc.boolean(), { nil: undefined }),
      start: date,
    }),
  );
  const build = (x: { profile: (typeof PROFILE_NAMES)[number]; category: string; closedAfter?: number | undefined; requestedAfter?: number | undefined; asOfAfter: number; legalHold?: boolean | undefined; start: string }) => {
    const asOf = addDays(x.start, Math.max(x.asOfAfter, x.closedAfter ?? 0, x.requestedAfter ?? 0));
    return {
      profile: x.profile,
      category: x.category,
      asOf,
      ...(x.closedAfter !== undefined ? { accountClosedOn: addDays(x.start, x.closedAfter) } : {}),
      ...(x.requestedAfter !== undefined ? { deletionRequestedOn: addDays(x.start, x.requestedAfter) } : {}),
      ...(x.legalHold !== undefined ? { legalHold: x.legalHold } : {}),
    };
  };

  test.prop([retentionInput], { numRuns: 500 })("a legal hold always retains", (x) => {
    const r = retentionDecision({ ...build(x), legalHold: true });
    expect(r).toMatchObject({ action: "retain", until: null, exception: "legal-hold" });
  });

  test.prop([retentionInput], { numRuns: 500 })("delete exactly when retention has ended on or before asOf", (x) => {
    const input = build(x);
    const r = retentionDecision(input);
    if (r.action === "delete") {
      expect(r.until).not.toBeNull();
      expect((r.until as string) <= input.asOf).toBe(true);
      expect(r.exception).toBeNull();
    } else if (r.until !== null) {
      expect(r.until > input.asOf).toBe(true);
    }
  });

  test.prop([retentionInput, fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 1, max: 3000 }), fc.boolean(), fc.boolean()], { numRuns: 500 })(
    "a closure or deletion request dated after asOf is decided as if absent (never an error)",
    (x, closedLater, requestedLater, futureClosure, futureRequest) => {
      fc.pre(futureClosure || futureRequest);
      const input = build(x);
      const future = {
        ...input,
        ...(futureClosure ? { accountClosedOn: addDays(input.asOf, closedLater) } : {}),
        ...(futureRequest ? { deletionRequestedOn: addDays(input.asOf, requestedLater) } : {}),
      };
      const { accountClosedOn: c, deletionRequestedOn: d, ...rest } = future as typeof future & { accountClosedOn?: string; deletionRequestedOn?: string };
      const absent = { ...rest, ...(c !== undefined && c <= input.asOf ? { accountClosedOn: c } : {}), ...(d !== undefined && d <= input.asOf ? { deletionRequestedOn: d } : {}) };
      const a = retentionDecision(future);
      const b = retentionDecision(absent);
      expect([a.action, a.until, a.exception, a.residual]).toEqual([b.action, b.until, b.exception, b.residual]);
      expect(a.explanation.join(" ")).toMatch(/is after asOf/);
    },
  );

  test.prop([retentionInput], { numRuns: 300 })("a deletion request never keeps data longer than closure alone", (x) => {
    fc.pre(x.closedAfter !== undefined);
    const input = build(x);
    const { deletionRequestedOn: _omit, ...closedOnly } = input as typeof input & { deletionRequestedOn?: string };
    const a = retentionDecision(closedOnly);
    const b = retentionDecision(input);
    if (a.action === "delete" && !x.legalHold) expect(b.action).toBe("delete");
  });
});

describe("marketingOptOutDeadline invariants", () => {
  test.prop([profile, fc.constantFrom("email" as const, "sms" as const), date, fc.constantFrom("us" as const, "california" as const)], { numRuns: 300 })(
    "a US opt-out deadline is a business day after the opt-out",
    (p, channel, optedOutOn, jurisdiction) => {
      const r = marketingOptOutDeadline({ profile: p, channel, optedOutOn, jurisdiction });
      expect(r.honourBy).not.toBeNull();
      expect(isBusinessDay(r.honourBy as string)).toBe(true);
      expect((r.honourBy as string) > optedOutOn).toBe(true);
    },
  );
});

describe("profiles", () => {
  test.prop([profile], { numRuns: 20 })("every profile passes the profile schema", (p) => {
    expect(z.safeParse(privacyProfileSchema, privacyProfiles[p]).success).toBe(true);
  });
});
