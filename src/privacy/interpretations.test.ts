/* One test per privacy entry of the interpretation register, pinning the default reading. */
import { describe, expect, it } from "vitest";
import { privacyInterpretations } from "../core/interpretations/privacy.js";
import { PolicyInputError } from "../core/errors.js";
import { ageRule } from "./age-rule.js";
import { checkConsent } from "./check-consent.js";
import { rightsRequestDeadlines } from "./rights-request-deadlines.js";
import { retentionDecision } from "./retention-decision.js";
import { marketingOptOutDeadline } from "./marketing-opt-out-deadline.js";
import { policyChangeEffective } from "./policy-change-effective.js";
import { terminationWindow } from "./termination-window.js";
import { collectionCheck } from "./collection-check.js";
import { accountChangeDeadline } from "./account-change-deadline.js";
import { privacyProfiles } from "./profiles/index.js";

const pins: Record<string, () => void> = {
  "P0.default-profile": () => expect(ageRule({ age: 20 }).profile).toBe("relument"),
  "P1.delete-if-learned-silent": () => {
    const r = ageRule({ profile: "reliom", age: 15 });
    expect(r).toMatchObject({ mayCollect: false, mustDelete: false, mustDeleteSource: null });
    expect(r.explanation.join(" ")).toMatch(/not stated/);
  },
  "P1.no-minimum-stated": () => {
    expect(ageRule({ profile: "relenta", age: 12 })).toMatchObject({ minimumAge: null, minimumAgeSource: "not-stated", mayCollect: true, mustDelete: false, maySellOrShare: false });
    expect(checkConsent({ profile: "relenta", action: "transactional-message", age: 12 }).blockedBy).toEqual([]);
  },
  "P1.age-unknown": () => expect(checkConsent({ action: "ad-pixel-sharing", pixelsEnabled: true }).allowed).toBe(true),
  "P1.sharing-age-silent": () => {
    // A host profile that shares through ad pixels but states no sharing age of its own.
    const r = privacyProfiles.relument;
    const gate = { ...r.actions["ad-pixel-sharing"], minimumAge: null } as typeof r.actions["ad-pixel-sharing"];
    const host = { ...r, id: "acme", age: { ...r.age, saleOrShareMinimum: { stated: false as const, note: "silent" } }, actions: { ...r.actions, "ad-pixel-sharing": gate } };
    expect(ageRule({ profile: host, age: 15 })).toMatchObject({ mayShare: false, lawCitations: ["law.ccpa.1798-120-c"] });
    expect(ageRule({ profile: host, age: 16 }).mayShare).toBe(true);
    const sixteen = { ...host, id: "acme16", age: { ...host.age, minimum: { stated: true as const, value: 16, clauses: ["acme"] } } };
    expect(ageRule({ profile: sixteen, age: 16 })).toMatchObject({ mayShare: true, lawCitations: [] });
  },
  "P2.never-needs-policy-change": () => {
    expect(collectionCheck({ item: "government-id", baa: true, optedIn: true })).toMatchObject({ allowed: false, needs: ["policy-change"], limit: "never", ignored: ["baa", "optedIn"] });
    expect(collectionCheck({ profile: "relaso", item: "card-full-number" }).needs).toEqual(["policy-change"]);
  },
  "P2.card-security-code": () =>
    expect(collectionCheck({ item: "card-security-code" })).toMatchObject({ allowed: false, limit: "never", citations: ["terms.6.payment-methods", "privacy.1.e-billing"] }),
  "P2.limited-payment-details": () => {
    expect(collectionCheck({ item: "card-last4" })).toMatchObject({ allowed: true, citations: ["privacy.1.e-billing"] });
    expect(collectionCheck({ item: "card-expiry" }).category).toMatch(/limited payment details/);
  },
  "P2.reliom-payment-information": () => {
    for (const item of ["card-last4", "card-expiry", "card-security-code", "call-logs", "contacts"] as const) expect(collectionCheck({ profile: "reliom", item }).allowed, item).toBe(true);
    expect(collectionCheck({ profile: "reliom", item: "card-full-number" }).allowed).toBe(false);
  },
  "P2.contacts-third-party": () => {
    expect(collectionCheck({ profile: "relaso", item: "contacts" }).allowed).toBe(true);
    expect(collectionCheck({ item: "contacts" }).needs).toEqual(["policy-basis"]);
    expect(collectionCheck({ profile: "relenta", item: "contacts" }).needs).toEqual(["policy-basis"]);
  },
  "P2.relenta-identification": () => expect(collectionCheck({ profile: "relenta", item: "government-id" }).needs).toEqual(["policy-basis"]),
  "P2.no-collection-data": () => {
    const { collection: _, ...bare } = privacyProfiles.relaso;
    const r = collectionCheck({ profile: { ...bare, id: "bare" }, item: "contacts" });
    expect(r).toMatchObject({ allowed: false, needs: ["policy-basis"], limit: "not-stated", citations: ["relaso.personal-information"] });
  },
  "P2.ignored-inputs": () => {
    expect(collectionCheck({ profile: "reliom", item: "phi", optedIn: true })).toMatchObject({ needs: ["baa"], ignored: ["optedIn"] });
    expect(collectionCheck({ profile: "relaso", item: "call-logs", baa: true })).toMatchObject({ needs: ["opt-in"], ignored: ["baa"] });
    expect(collectionCheck({ profile: "reliom", item: "phi" }).ignored).toEqual([]);
  },
  "P3.not-stated-fallback": () => expect(checkConsent({ profile: "reliom", action: "marketing-email" })).toMatchObject({ gate: "fallback", missing: ["consent"] }),
  "P3.missing-flags": () => expect(checkConsent({ action: "ad-pixel-sharing", age: 30 }).blockedBy).toEqual(["pixels-disabled"]),
  "P3.gpc-scope": () => {
    expect(checkConsent({ action: "analytics-cookie", gpc: true }).allowed).toBe(true);
    expect(checkConsent({ action: "marketing-email", gpc: true }).allowed).toBe(true);
    expect(checkConsent({ action: "ad-pixel-sharing", pixelsEnabled: true, age: 30, gpc: true }).blockedBy).toEqual(["gpc"]);
  },
  "P3.relument-analytics": () => {
    expect(checkConsent({ action: "analytics-cookie" }).missing).toEqual([]);
    expect(checkConsent({ action: "analytics-cookie", gpc: true }).allowed).toBe(true);
    expect(checkConsent({ action: "analytics-cookie", optedOut: true }).blockedBy).toEqual(["opted-out"]);
  },
  "P3.relaso-analytics-cookie": () => expect(checkConsent({ profile: "relaso", action: "analytics-cookie", granted: ["consent"] }).allowed).toBe(false),
  "P3.relument-marketing-sms": () => {
    expect(checkConsent({ action: "marketing-sms" })).toMatchObject({ allowed: true, missing: [], lawCitations: ["law.tcpa.revocation"] });
    expect(checkConsent({ action: "marketing-sms", optedOut: true }).blockedBy).toEqual(["opted-out"]);
  },
  "P3.relaso-ad-sharing": () => {
    expect(checkConsent({ profile: "relaso", action: "ad-pixel-sharing", granted: ["consent"], pixelsEnabled: true, age: 30 })).toMatchObject({ allowed: false, missing: [], blockedBy: ["prohibited"] });
    expect(ageRule({ profile: "relaso", age: 30 })).toMatchObject({ mayShare: false, maySellOrShare: false });
  },
  "T21.operating": () => {
    const ended = { action: "rmm-install" as const, granted: ["consent" as const], on: "2026-07-01", membershipEndedOn: "2026-07-01" };
    expect(checkConsent(ended)).toMatchObject({ allowed: false, missing: [], blockedBy: ["membership-ended"] });
    expect(checkConsent(ended).explanation.join(" ")).toMatch(/neither installed nor operated/);
    expect(checkConsent({ ...ended, membershipEndedOn: "2026-07-02" }).allowed).toBe(true);
  },
  "T21.silent-policy": () => {
    for (const profile of ["relaso", "reliom", "relenta"] as const) {
      const r = checkConsent({ profile, action: "rmm-install", granted: ["consent"], on: "2026-07-01", membershipEndedOn: "2026-06-30" });
      expect(r).toMatchObject({ gate: "fallback", allowed: false, blockedBy: ["membership-ended"] });
      expect(r.citations).toContain("terms.8.rmm");
    }
  },
  "T21.other-actions": () => {
    const r = checkConsent({ action: "file-transfer", granted: ["permission"], on: "2026-07-01", membershipEndedOn: "2026-06-30" });
    expect(r).toMatchObject({ allowed: true, blockedBy: [] });
    expect(r.explanation.join(" ")).toMatch(/membershipEndedOn \(2026-06-30\) is ignored/);
  },
  "P3.relaso-testimonial-permission": () => {
    expect(checkConsent({ profile: "relaso", action: "testimonial-post", granted: ["consent"] })).toMatchObject({ allowed: false, missing: ["permission"] });
    expect(checkConsent({ profile: "relaso", action: "testimonial-post", granted: ["permission"] }).allowed).toBe(true);
  },
  "P3.reliom-integration": () => {
    expect(checkConsent({ profile: "reliom", action: "integration-access" })).toMatchObject({ allowed: false, missing: [], blockedBy: ["integration-disabled"] });
    expect(checkConsent({ profile: "reliom", action: "integration-access", integrationEnabled: true }).allowed).toBe(true);
    expect(checkConsent({ profile: "relaso", action: "integration-access", integrationEnabled: false, granted: ["consent"] })).toMatchObject({ gate: "fallback", allowed: true });
  },
  "P3.closed-sharing-lists": () => {
    const all = ["consent" as const, "notice" as const, "permission" as const];
    for (const profile of ["reliom", "relenta"] as const) expect(checkConsent({ profile, action: "unrelated-sharing", granted: all }).blockedBy).toEqual(["prohibited"]);
    for (const profile of ["relaso", "reliom", "relenta"] as const) expect(checkConsent({ profile, action: "service-provider-marketing", granted: all }).blockedBy).toEqual(["prohibited"]);
  },
  "P3.relument-unrelated-sharing": () => {
    expect(checkConsent({ action: "unrelated-sharing" })).toMatchObject({ gate: "fallback", missing: ["consent"] });
    expect(checkConsent({ action: "unrelated-sharing", granted: ["consent"] }).allowed).toBe(true);
  },
  "P5.receipt-day-zero": () => expect(rightsRequestDeadlines({ right: "know", receivedOn: "2026-11-25" }).respondBy).toBe("2027-01-09"),
  "P5.jurisdiction": () => {
    expect(rightsRequestDeadlines({ profile: "reliom", right: "access", receivedOn: "2026-01-05" }).respondBy).toBeNull();
    expect(rightsRequestDeadlines({ right: "know", receivedOn: "2026-01-05" }).jurisdiction).toBe("california");
  },
  "P5.earlier-deadline": () => expect(rightsRequestDeadlines({ profile: "relaso", right: "access", receivedOn: "2028-03-01" }).respondBy).toBe("2028-03-31"),
  "P5.no-holiday-rollover": () => expect(rightsRequestDeadlines({ right: "know", receivedOn: "2026-11-25" }).respondBy).toBe("2027-01-09"), // a Saturday, kept
  "P5.extension-with-policy-promise": () =>
    expect(rightsRequestDeadlines({ profile: "relaso", right: "access", receivedOn: "2028-01-31", extended: true })).toMatchObject({
      respondBy: "2028-03-01",
      standardRespondBy: "2028-02-29",
      extendedRespondBy: "2028-03-01",
    }),
  "P5.extension-not-available": () => {
    const r = rightsRequestDeadlines({ right: "opt-out-sale-sharing", receivedOn: "2026-12-24", extended: true });
    expect(r).toMatchObject({ respondBy: "2027-01-19", standardRespondBy: "2027-01-19", extendedRespondBy: null, extensionNoticeBy: null });
    expect(r.explanation.join(" ")).toMatch(/no extension exists/);
  },
  "P5.relaso-clock": () => expect(rightsRequestDeadlines({ profile: "relaso", right: "access", receivedOn: "2026-03-01", jurisdiction: "other" })).toMatchObject({ respondBy: "2026-03-31", verificationRequired: true }),
  "P5.relument-opt-out-verification": () =>
    expect(rightsRequestDeadlines({ right: "limit-spi", receivedOn: "2026-03-02" })).toMatchObject({ verificationRequired: false, extendedRespondBy: null }),
  "P5.verification-silent": () => {
    expect(rightsRequestDeadlines({ profile: "reliom", right: "access", receivedOn: "2026-03-02" }).verificationRequired).toBe(true);
    expect(rightsRequestDeadlines({ profile: "reliom", right: "objection", receivedOn: "2026-03-02" }).verificationRequired).toBe(false);
  },
  "P5.acknowledge-null": () => expect(rightsRequestDeadlines({ profile: "relaso", right: "access", receivedOn: "2026-03-02" }).acknowledgeBy).toBeNull(),
  "P5.acknowledge-every-ccpa-right": () => {
    expect(rightsRequestDeadlines({ right: "opt-out-sale-sharing", receivedOn: "2026-12-24" }).acknowledgeBy).toBe("2027-01-11");
    expect(rightsRequestDeadlines({ right: "limit-spi", receivedOn: "2026-12-24" }).acknowledgeBy).toBe("2027-01-11");
  },
  "P5.respond-by-in-force": () => {
    const r = rightsRequestDeadlines({ right: "know", receivedOn: "2026-11-25", extended: true });
    expect(r).toMatchObject({ respondBy: "2027-02-23", standardRespondBy: "2027-01-09", extendedRespondBy: "2027-02-23", extensionNoticeBy: "2027-01-09" });
    expect(r).not.toHaveProperty("dueBy");
  },
  "P5.answer-before-acknowledge": () =>
    expect(rightsRequestDeadlines({ profile: "relenta", right: "erasure", receivedOn: "2026-03-02", jurisdiction: "california" }).acknowledgeBy).toBe("2026-03-02"),
  "P5.unoffered-right": () => expect(() => rightsRequestDeadlines({ profile: "relaso", right: "know", receivedOn: "2026-03-02" })).toThrow(PolicyInputError),
  "P5.right-ids": () => {
    expect(privacyProfiles.reliom.rights.offered.map((r) => r.right)).toEqual(["access", "correct", "delete", "rectification", "erasure", "portability", "objection"]);
    expect(privacyProfiles.relenta.rights.offered.map((r) => r.right)).toEqual(["correct", "delete", "rectification", "erasure"]);
    expect(() => rightsRequestDeadlines({ profile: "reliom", right: "restriction", receivedOn: "2026-03-02" })).toThrow(PolicyInputError);
  },
  "P5.relaso-complaint": () => expect(() => rightsRequestDeadlines({ profile: "relaso", right: "complaint" as never, receivedOn: "2026-03-02" })).toThrow(PolicyInputError),
  "P5.agent-deadlines": () => {
    const agent = rightsRequestDeadlines({ right: "opt-out-sale-sharing", receivedOn: "2026-12-24", submittedBy: "agent" });
    expect(agent).toMatchObject({ accepted: false, missing: ["signed-permission"], acknowledgeBy: "2027-01-11", respondBy: "2027-01-19" });
    expect(rightsRequestDeadlines({ right: "know", receivedOn: "2026-11-25", submittedBy: "agent", signedPermission: true })).toMatchObject({ accepted: true, missing: [], respondBy: "2027-01-09" });
  },
  "P5.signed-permission-ignored": () => {
    expect(rightsRequestDeadlines({ right: "know", receivedOn: "2026-11-25", signedPermission: false })).toMatchObject({ submittedBy: "consumer", accepted: true });
    expect(rightsRequestDeadlines({ profile: "reliom", right: "access", receivedOn: "2026-11-25", submittedBy: "agent", signedPermission: false })).toMatchObject({ accepted: true, missing: [] });
  },
  "P5.account-change-elapsed-hours": () => {
    expect(accountChangeDeadline({ profile: "relaso", requestedAt: "2026-11-01T00:30:00-07:00" }).effectiveBy).toBe("2026-11-03T23:30:00-08:00");
    expect(accountChangeDeadline({ profile: "relenta", requestedAt: "2026-11-01T00:30:00-07:00" }).effectiveBy).toBe("2026-11-01T00:30:00-07:00");
    expect(accountChangeDeadline({ profile: "reliom", requestedAt: "2026-11-01T00:30:00-07:00" }).effectiveBy).toBeNull();
  },
  "P6.relument.account": () => expect(retentionDecision({ category: "account", accountClosedOn: "2026-01-10", asOf: "2026-01-10" }).until).toBe("2030-01-10"),
  "P6.relument.identifiers": () => expect(retentionDecision({ category: "identifiers", accountClosedOn: "2026-01-10", asOf: "2026-01-10" }).until).toBe("2030-01-10"),
  "P6.relument.account-ticketing": () =>
    expect(retentionDecision({ category: "account-ticketing", deletionRequestedOn: "2026-01-10", asOf: "2026-01-10" })).toMatchObject({ until: "2033-01-10", exception: "security" }),
  "P6.relument.device-technical": () => expect(retentionDecision({ category: "device-technical", accountClosedOn: "2026-01-10", asOf: "2026-01-10" }).until).toBe("2027-01-10"),
  "P6.relument.remote-session": () => expect(retentionDecision({ category: "remote-session", accountClosedOn: "2026-01-10", asOf: "2026-01-10" }).until).toBe("2026-04-10"),
  "P6.relument.billing": () =>
    expect(retentionDecision({ category: "billing", deletionRequestedOn: "2026-01-10", asOf: "2026-01-10" })).toMatchObject({ until: "2033-01-10", exception: "legal-tax-audit" }),
  "P6.relument.marketing": () => expect(retentionDecision({ category: "marketing", accountClosedOn: "2026-01-10", asOf: "2026-01-10" }).action).toBe("delete"),
  "P6.relument.security-audit": () => expect(retentionDecision({ category: "security-audit", accountClosedOn: "2026-01-10", asOf: "2026-01-10" }).until).toBe("2033-01-10"),
  "P6.relument.antivirus-vendor": () => expect(retentionDecision({ category: "antivirus-vendor", accountClosedOn: "2026-01-10", asOf: "2026-01-10" }).action).toBe("delete"),
  "P6.other-profiles": () => {
    expect(retentionDecision({ profile: "relaso", category: "billing", accountClosedOn: "2026-01-10", asOf: "2026-01-10" }).until).toBe("2033-01-10");
    expect(retentionDecision({ profile: "reliom", category: "usage", accountClosedOn: "2026-01-10", asOf: "2026-01-10" }).until).toBe("2027-01-10");
    expect(retentionDecision({ profile: "relenta", category: "usage-logs", accountClosedOn: "2026-01-10", asOf: "2026-01-10" }).until).toBe("2027-01-10");
  },
  "P6.legal-hold": () => expect(retentionDecision({ category: "marketing", deletionRequestedOn: "2026-01-10", legalHold: true, asOf: "2030-01-10" }).exception).toBe("legal-hold"),
  "P6.deletion-request": () => expect(retentionDecision({ category: "device-technical", deletionRequestedOn: "2026-01-10", asOf: "2026-01-10" }).action).toBe("delete"),
  "P6.future-dates": () => {
    const r = retentionDecision({ category: "marketing", deletionRequestedOn: "2026-03-10", asOf: "2026-03-03" });
    expect(r).toMatchObject({ action: "retain", until: null, exception: null });
    expect(r.explanation.join(" ")).toMatch(/no deletion was requested yet/);
  },
  "P6.backups": () => expect(retentionDecision({ category: "marketing", accountClosedOn: "2026-01-10", asOf: "2026-01-10" }).residual).toEqual({ exception: "backups", handling: "not-stated", purgeBy: null }),
  "P7.no-advance-period": () => expect(policyChangeEffective({ profile: "reliom", noticeOn: "2026-01-10", change: "material" }).earliestEffectiveOn).toBe("2026-01-10"),
  "P7.relaso-significant": () => expect(policyChangeEffective({ profile: "relaso", noticeOn: "2026-01-10", change: "material" }).earliestEffectiveOn).toBe("2026-02-09"),
  "P7.termination-from": () => expect(terminationWindow({ profile: "relaso", noticeOn: "2026-01-10", requestedOn: "2026-02-09" }).windowStart).toBe("2026-01-10"),
  "P7.notice-silent": () => {
    const c = privacyProfiles.reliom.changes;
    const host = { ...privacyProfiles.reliom, id: "acme", changes: { ...c, notice: { stated: false as const, note: "silent" } } };
    expect(policyChangeEffective({ profile: host, noticeOn: "2026-01-10", change: "material" }).noticeRequired).toBe(true);
    expect(policyChangeEffective({ profile: host, noticeOn: "2026-01-10", change: "minor" }).noticeRequired).toBe(false);
  },
  "P8.law-deadline": () => expect(marketingOptOutDeadline({ channel: "sms", optedOutOn: "2026-11-20" }).honourBy).toBe("2026-12-07"),
  "P8.eea-marketing": () => expect(marketingOptOutDeadline({ profile: "relaso", channel: "email", optedOutOn: "2028-01-31" }).honourBy).toBe("2028-02-29"),
  "P8.transactional-continues": () => expect(marketingOptOutDeadline({ profile: "reliom", channel: "email", optedOutOn: "2026-01-10" }).transactionalContinues).toBe(true),
};

describe("privacy interpretation register", () => {
  it("every entry has a pinning test and every pin has an entry", () => {
    expect(Object.keys(pins).sort()).toEqual(privacyInterpretations.map((r) => r.id).sort());
  });
  it.each(privacyInterpretations.map((r) => [r.id, r] as const))("%s: the default reading holds", (id) => {
    pins[id]?.();
  });
  it("every retention default of every profile is stated in the register", () => {
    const text = privacyInterpretations.filter((r) => r.id.startsWith("P6.")).map((r) => `${r.id} ${r.reading}`).join("\n");
    for (const p of Object.values(privacyProfiles)) {
      for (const c of p.retention.categories) {
        if (c.periodSource !== "default") continue;
        expect(text, `${p.id}.${c.id}`).toContain(c.id);
        expect(text, `${p.id}.${c.id}`).toContain(String(c.afterClosureMonths));
      }
    }
  });
});
