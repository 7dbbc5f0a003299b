/*
 * Host profiles that differ from a shipped profile in exactly one promise (issue 6: the branches of the privacy
 * rules that only a host's own profile can reach).
 *
 * The four shipped profiles never state some fields (an acknowledgement deadline of their own, a marketing
 * opt-out period, a sale they allow, ...) and never leave others silent. A host passes its own profile, so
 * every rule must read those fields as the schema allows them. Each test takes one shipped profile, changes
 * exactly the field it names (`hostProfile` sets only the given paths, then the profile must pass
 * `privacyProfileSchema`), and checks the decision, the citations and the explanation that a host would rely
 * on. Expected dates are counted by hand below each case (day 0 = the day of receipt; business days skip
 * weekends and observed US federal holidays).
 *
 * Two tests pin defects this suite found and that are now fixed (see the comment on each): checkConsent's
 * fallback gate once ignored a policy's own sale/sharing age, and ageRule once disagreed with checkConsent on a
 * policy silent about ad-pixel sharing.
 */
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import {
  ageRule,
  checkConsent,
  marketingOptOutDeadline,
  privacyProfileSchema,
  privacyProfiles,
  retentionDecision,
  rightsRequestDeadlines,
  terminationWindow,
  type PrivacyProfile,
  type ProfileName,
} from "../src/privacy/index.js";

/**
 * A copy of shipped profile `base` under the host id `host-<base>`, with exactly the fields named in `patch`
 * (dotted paths, e.g. "age.deleteIfLearned") replaced. Each path must already exist in the profile, so a typo
 * cannot add a field; the result must pass the profile schema (unknown keys are errors there). The shipped
 * profile's `citations` list is dropped: it is optional for a host, and it would name the shipped fields.
 */
function hostProfile(base: ProfileName, patch: Record<string, unknown>): PrivacyProfile {
  const copy = structuredClone(privacyProfiles[base]) as Record<string, unknown>;
  delete copy["citations"];
  copy["id"] = `host-${base}`;
  copy["name"] = `Host copy of ${base}`;
  for (const [path, value] of Object.entries(patch)) {
    const keys = path.split(".");
    const last = keys.pop() as string;
    let node = copy;
    for (const k of keys) node = node[k] as Record<string, unknown>;
    if (!(last in node)) throw new Error(`hostProfile: ${base} has no field ${path}`);
    node[last] = value;
  }
  const parsed = z.safeParse(privacyProfileSchema, copy);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  return parsed.data as PrivacyProfile;
}

const text = (r: { explanation: string[] }) => r.explanation.join(" ");
const notStated = (note: string) => ({ stated: false, note });
const statedAs = (value: unknown, ...clauses: string[]) => ({ stated: true, value, clauses });

describe("hostProfile: the variants are legal profiles that differ only where told", () => {
  it("keeps every other field of the shipped profile and refuses a path the profile does not have", () => {
    const p = hostProfile("relaso", { "age.deleteIfLearned": statedAs(false, "host.children") });
    const { citations: _c, id: _i, name: _n, ...shipped } = privacyProfiles.relaso;
    const { id, name, ...rest } = p;
    expect([id, name]).toEqual(["host-relaso", "Host copy of relaso"]);
    expect(rest).toEqual({ ...shipped, age: { ...shipped.age, deleteIfLearned: statedAs(false, "host.children") } });
    expect(() => hostProfile("relaso", { "age.maximum": statedAs(99, "x") })).toThrow(/no field age.maximum/);
  });

  it("a rule given a host profile says first which profile it applied, by the host's id and name", () => {
    const r = ageRule({ profile: hostProfile("relaso", {}), age: 30 });
    expect(r.explanation[0]).toBe('Host profile "host-relaso" (Host copy of relaso), checked against the profile schema.');
  });
});

describe("ageRule with a host profile (P1)", () => {
  it("P1 deleteIfLearned stated false: under the minimum nothing is collected and the policy's own words say data is not necessarily deleted", () => {
    // Relaso with "we may keep data learned to come from a child" instead of "we will take steps to delete it".
    const host = hostProfile("relaso", { "age.deleteIfLearned": statedAs(false, "host.children.kept") });
    const r = ageRule({ profile: host, age: 15 });
    expect(r).toMatchObject({ profile: "host-relaso", minimumAge: 16, minimumAgeSource: "policy", mayCollect: false, mustDelete: false, mustDeleteSource: null, maySellOrShare: false });
    expect(r.citations).toEqual(expect.arrayContaining(["relaso.children", "host.children.kept"]));
    expect(text(r)).toContain("Age 15 is under 16: do not collect; the policy says that data learned to come from such a child is not necessarily deleted.");
    // The shipped Relaso says it deletes: the one changed field is what flips mustDelete.
    expect(ageRule({ profile: "relaso", age: 15 })).toMatchObject({ mustDelete: true, mustDeleteSource: "policy" });
    // At the minimum age the deletion promise plays no part.
    expect(ageRule({ profile: host, age: 16 })).toMatchObject({ mayCollect: true, mustDelete: false });
    expect(ageRule({ profile: host, age: 16 }).citations).not.toContain("host.children.kept");
  });

  // A host whose policy says it may sell, with consent, from 16 (the sale's gate and `sells` agree).
  const saleWithConsent = { status: "allowed-if", requires: ["consent"], blockedByOptOut: true, blockedByGpc: true, minimumAge: 16, requiresPixels: false, clauses: ["host.sale"], laws: [], note: "Sold with consent." };

  it("P4 sells stated true: a sale is possible from the policy's sale/sharing age (privacy.8.children: 16), never under it", () => {
    const host = hostProfile("relument", { sells: statedAs(true, "host.sale"), "actions.sale": saleWithConsent });
    const at16 = ageRule({ profile: host, age: 16 });
    expect(at16).toMatchObject({ mayCollect: true, maySell: true, mayShare: true, maySellOrShare: true, lawCitations: [] });
    expect(at16.citations).toEqual(expect.arrayContaining(["privacy.8.children"]));
    expect(text(at16)).toContain("The policy allows sale from age 16: age 16 meets it.");

    const at15 = ageRule({ profile: host, age: 15 });
    expect(at15).toMatchObject({ mayCollect: true, maySell: false, mayShare: false, maySellOrShare: false });
    expect(text(at15)).toContain("The policy allows sale from age 16: age 15 is under it.");

    // Under the minimum age 13 nothing is collected, so nothing is sold (the sale age is not even consulted).
    const at12 = ageRule({ profile: host, age: 12 });
    expect(at12).toMatchObject({ mayCollect: false, mustDelete: true, maySell: false, maySellOrShare: false });
    expect(text(at12)).not.toContain("allows sale");

    // checkConsent agrees with ageRule on the same host: a sale with consent at 16, none at 15.
    expect(checkConsent({ profile: host, action: "sale", granted: ["consent"], age: 16 })).toMatchObject({ allowed: true, gate: "policy" });
    expect(checkConsent({ profile: host, action: "sale", granted: ["consent"], age: 15 }).blockedBy).toEqual(["under-sharing-age"]);
  });

  it("P1.sharing-age-silent with sells stated true: the sale age is the policy's minimum when that is 16 or more (18 here), with no law citation", () => {
    const host = hostProfile("relument", {
      sells: statedAs(true, "host.sale"),
      "actions.sale": { ...saleWithConsent, minimumAge: null },
      "age.minimum": statedAs(18, "host.adults-only"),
      "age.saleOrShareMinimum": notStated("The host's policy states no separate age."),
    });
    const r = ageRule({ profile: host, age: 18 });
    expect(r).toMatchObject({ minimumAge: 18, mayCollect: true, maySell: true, lawCitations: [] });
    expect(text(r)).toContain("The policy allows sale from age 18: age 18 meets it.");
    expect(ageRule({ profile: host, age: 17 })).toMatchObject({ mayCollect: false, maySell: false });
  });

  it("P4 sells not stated: no sale at any age, and the explanation says the policy does not say it sells", () => {
    // Relaso without its "never sold" sentence in `sells` (the ad-pixel gate still cites relaso.never-sold).
    const host = hostProfile("relaso", { sells: notStated("The host's policy does not mention selling.") });
    const r = ageRule({ profile: host, age: 30 });
    expect(r).toMatchObject({ mayCollect: true, maySell: false, mayShare: false, maySellOrShare: false });
    expect(text(r)).toContain("The policy does not say it sells: no sale at any age.");
    expect(text(r)).not.toContain("never sells");
    // relaso.no-sale is cited only through `sells`: the shipped profile cites it, the silent host does not.
    expect(ageRule({ profile: "relaso", age: 30 }).citations).toContain("relaso.no-sale");
    expect(r.citations).not.toContain("relaso.no-sale");
    // The whole list: the minimum age's clause, then the ad-pixel gate's; nothing is cited for the silent `sells`.
    expect(r.citations).toEqual(["relaso.children", "relaso.never-sold", "relaso.cookies.third-party", "relaso.sharing.consent"]);
  });
});

describe("checkConsent with a host profile: the fallback gate of a silent sale (P3.not-stated-fallback)", () => {
  const silentSale = { status: "not-stated", note: "The host's policy has no sale section." };

  it("P3.not-stated-fallback: sale silent, policy says it never sells (privacy.4.no-sale): prohibited, citing the no-sale clauses", () => {
    const host = hostProfile("relument", { "actions.sale": silentSale });
    const r = checkConsent({ profile: host, action: "sale", granted: ["consent", "notice", "permission"], age: 40 });
    expect(r).toMatchObject({ allowed: false, missing: [], blockedBy: ["prohibited"], gate: "fallback", lawCitations: [] });
    expect(r.citations).toEqual(["privacy.1.categories", "privacy.4.no-sale", "privacy.8.sale-sharing"]);
    expect(text(r)).toContain("the library's fallback gate applies: The policy says it never sells.");
  });

  it("P3.not-stated-fallback: sale silent and sells not stated: prohibited, citing only the policy's scope clause", () => {
    const host = hostProfile("relument", { "actions.sale": silentSale, sells: notStated("The host's policy does not mention selling.") });
    const r = checkConsent({ profile: host, action: "sale", granted: ["consent"], age: 40 });
    expect(r).toMatchObject({ allowed: false, missing: [], blockedBy: ["prohibited"], gate: "fallback" });
    expect(r.citations).toEqual(["privacy.1.categories"]);
    expect(text(r)).toContain("the library's fallback gate applies: The policy does not say it sells. (register P3.not-stated-fallback)");
    expect(text(r)).not.toContain("never sells");
  });

  it("P3.not-stated-fallback: ad-pixel sharing silent: the fallback gate needs the pixels enabled; a silent analytics cookie does not", () => {
    const host = hostProfile("relument", {
      "actions.ad-pixel-sharing": { status: "not-stated", note: "The host's policy does not mention advertising." },
      "actions.analytics-cookie": { status: "not-stated", note: "The host's policy does not mention analytics." },
    });
    const adult = { profile: host, granted: ["consent" as const], age: 30 };
    expect(checkConsent({ ...adult, action: "ad-pixel-sharing", pixelsEnabled: true })).toMatchObject({ allowed: true, blockedBy: [], gate: "fallback" });
    const off = checkConsent({ ...adult, action: "ad-pixel-sharing", pixelsEnabled: false });
    expect(off).toMatchObject({ allowed: false, missing: [], blockedBy: ["pixels-disabled"], gate: "fallback" });
    expect(off.explanation).toContain("Advertising pixels are not enabled: there is no sharing to allow.");
    // An analytics cookie has nothing to do with advertising pixels: allowed with consent whether or not they are on.
    for (const pixelsEnabled of [false, true])
      expect(checkConsent({ ...adult, action: "analytics-cookie", pixelsEnabled }), String(pixelsEnabled)).toMatchObject({ allowed: true, blockedBy: [], gate: "fallback" });
  });

  it("P3.not-stated-fallback: sale silent but the policy says it sells: consent needed, stops on opt-out, GPC and under the policy's own 16 (privacy.8.children)", () => {
    const host = hostProfile("relument", { "actions.sale": silentSale, sells: statedAs(true, "host.sale") });
    const adult = { profile: host, action: "sale" as const, age: 30 };

    const ok = checkConsent({ ...adult, granted: ["consent"] });
    // The age limit is the policy's own sale/sharing age (P1.sharing-age-silent), so no law is needed for it.
    expect(ok).toMatchObject({ allowed: true, missing: [], blockedBy: [], gate: "fallback", lawCitations: [] });
    expect(ok.citations).toEqual(["privacy.1.categories", "privacy.8.children"]);
    expect(text(ok)).toContain("the library asks for consent and honours an opt-out");

    expect(checkConsent(adult)).toMatchObject({ allowed: false, missing: ["consent"], blockedBy: [] });
    expect(checkConsent({ ...adult, granted: ["consent"], optedOut: true }).blockedBy).toEqual(["opted-out"]);
    expect(checkConsent({ ...adult, granted: ["consent"], gpc: true }).blockedBy).toEqual(["gpc"]);
    expect(checkConsent({ ...adult, granted: ["consent"], age: 15 }).blockedBy).toEqual(["under-sharing-age"]);
    // A sale has nothing to do with advertising pixels.
    expect(checkConsent({ ...adult, granted: ["consent"], pixelsEnabled: false }).allowed).toBe(true);
    // Relument's minimum age 13 still comes first: a 12-year-old is below it, not "under the sharing age" as well.
    expect(checkConsent({ ...adult, granted: ["consent"], age: 12 }).blockedBy).toEqual(["below-minimum-age"]);
  });

  it("P1.age-unknown: the fallback sale gate of a selling host does not block on an unknown age", () => {
    const host = hostProfile("relument", { "actions.sale": silentSale, sells: statedAs(true, "host.sale") });
    const r = checkConsent({ profile: host, action: "sale", granted: ["consent"] });
    expect(r).toMatchObject({ allowed: true, blockedBy: [] });
    expect(text(r)).toContain("Age unknown: the sale/sharing age (16) concerns persons known to be younger");
  });

  // Fixed defect: the fallback gate hard-coded the CCPA's 16 and ignored the sale/sharing age the policy itself
  // states (age.saleOrShareMinimum), which saleShareAge and ageRule apply: a policy that says "never sold under 18"
  // with no sale section of its own was sold at 17 by checkConsent, while ageRule said maySell false at 17.
  it("P1.sharing-age-silent: a silent sale gate keeps the policy's own stated sale/sharing age (18), as ageRule does", () => {
    const host = hostProfile("relument", {
      "actions.sale": silentSale,
      sells: statedAs(true, "host.sale"),
      "age.saleOrShareMinimum": statedAs(18, "host.children.18"),
    });
    expect(ageRule({ profile: host, age: 17 }).maySell).toBe(false);
    expect(checkConsent({ profile: host, action: "sale", granted: ["consent"], age: 17 }).blockedBy).toEqual(["under-sharing-age"]);
  });
});

describe("checkConsent with a host profile: an ad-pixel gate without an age condition of its own (P1, P4)", () => {
  // Relument's ad-pixel gate with its age condition moved out: no minimumAge on the gate, and neither the
  // children's clause nor the CCPA age law cited by the gate itself. The age comes from age.saleOrShareMinimum.
  const gateWithoutAge = {
    ...privacyProfiles.relument.actions["ad-pixel-sharing"],
    minimumAge: null,
    clauses: ["privacy.4.no-sale", "privacy.8.sale-sharing", "privacy.8.gpc"],
    laws: ["law.ccpa-regs.7025"],
  };
  const sharing = { action: "ad-pixel-sharing" as const, pixelsEnabled: true };

  it("privacy.8.children: the policy's stated sharing age 16 applies: 15 is never shared, 16 is, and the children's clause is cited", () => {
    const host = hostProfile("relument", { "actions.ad-pixel-sharing": gateWithoutAge });
    const at15 = checkConsent({ profile: host, ...sharing, age: 15 });
    expect(at15).toMatchObject({ allowed: false, missing: [], blockedBy: ["under-sharing-age"], gate: "policy", lawCitations: ["law.ccpa-regs.7025"] });
    expect(at15.citations).toContain("privacy.8.children");
    expect(text(at15)).toContain("Age 15 is under 16: never sold or shared.");

    const at16 = checkConsent({ profile: host, ...sharing, age: 16 });
    expect(at16).toMatchObject({ allowed: true, blockedBy: [], lawCitations: ["law.ccpa-regs.7025"] });
    expect(text(at16)).not.toContain("never sold or shared");
  });

  it("privacy.12.children: a 12-year-old is below the minimum age 13, reported once (not also under the sharing age)", () => {
    const host = hostProfile("relument", { "actions.ad-pixel-sharing": gateWithoutAge });
    const r = checkConsent({ profile: host, ...sharing, age: 12 });
    expect(r).toMatchObject({ allowed: false, blockedBy: ["below-minimum-age"] });
    expect(text(r)).not.toContain("never sold or shared");
  });

  it("P1.age-unknown: with no age given the sharing age does not block", () => {
    const host = hostProfile("relument", { "actions.ad-pixel-sharing": gateWithoutAge });
    expect(checkConsent({ profile: host, ...sharing })).toMatchObject({ allowed: true, blockedBy: [] });
    // GPC still stops it (P3.gpc-scope).
    expect(checkConsent({ profile: host, ...sharing, gpc: true }).blockedBy).toEqual(["gpc"]);
  });

  it("P1.sharing-age-silent: no sharing age stated: the CCPA's 16 applies and law.ccpa.1798-120-c is cited", () => {
    const host = hostProfile("relument", {
      "actions.ad-pixel-sharing": gateWithoutAge,
      "age.saleOrShareMinimum": notStated("The host's policy states no sharing age."),
    });
    const at15 = checkConsent({ profile: host, ...sharing, age: 15 });
    expect(at15).toMatchObject({ allowed: false, blockedBy: ["under-sharing-age"], lawCitations: ["law.ccpa-regs.7025", "law.ccpa.1798-120-c"] });
    expect(at15.citations).not.toContain("privacy.8.children");
    expect(checkConsent({ profile: host, ...sharing, age: 16 }).allowed).toBe(true);
  });

  it("P1.sharing-age-silent: no sharing age stated and a minimum age of 18: that minimum is the limit, without the CCPA citation", () => {
    const host = hostProfile("relument", {
      "actions.ad-pixel-sharing": gateWithoutAge,
      "age.minimum": statedAs(18, "host.adults-only"),
      "age.saleOrShareMinimum": notStated("The host's policy states no sharing age."),
    });
    expect(checkConsent({ profile: host, ...sharing, age: 17 }).blockedBy).toEqual(["below-minimum-age"]);
    const at18 = checkConsent({ profile: host, ...sharing, age: 18 });
    expect(at18).toMatchObject({ allowed: true, lawCitations: ["law.ccpa-regs.7025"] });
  });

  it("P1.sharing-age-silent: a minimum age of exactly 16 is itself the sharing limit (16 or more), so the CCPA's age law is not cited", () => {
    const host = hostProfile("relument", {
      "actions.ad-pixel-sharing": gateWithoutAge,
      "age.minimum": statedAs(16, "host.sixteen"),
      "age.saleOrShareMinimum": notStated("The host's policy states no sharing age."),
    });
    expect(checkConsent({ profile: host, ...sharing, age: 16 })).toMatchObject({ allowed: true, lawCitations: ["law.ccpa-regs.7025"] });
    expect(checkConsent({ profile: host, ...sharing, age: 15 }).blockedBy).toEqual(["below-minimum-age"]);
    expect(ageRule({ profile: host, age: 16 })).toMatchObject({ mayShare: true, lawCitations: [] });
  });
});

// Fixed defect: where a policy is silent on ad-pixel sharing, checkConsent applies the fallback gate
// (register P3.not-stated-fallback: consent, no opt-out/GPC, pixels on, at the sale/sharing age => allowed), while
// ageRule said "none at any age" (mayShare false). ageRule documents mayShare as "could share ..., subject to
// checkConsent's other gates", so the two must agree: ageRule now follows the same fallback gate.
it("P3.not-stated-fallback: ageRule.mayShare agrees with checkConsent when a host policy is silent on ad-pixel sharing", () => {
  const host = hostProfile("relaso", { "actions.ad-pixel-sharing": { status: "not-stated", note: "The host's policy does not mention advertising." } });
  for (let age = 0; age <= 40; age++) {
    const shared = checkConsent({ profile: host, action: "ad-pixel-sharing", granted: ["consent", "notice", "permission"], pixelsEnabled: true, age }).allowed;
    expect(ageRule({ profile: host, age }).mayShare, `age ${age}`).toBe(shared);
  }
  // The fallback's age is the sale/sharing age: Relaso states none, so the CCPA's 16 (P1.sharing-age-silent).
  expect(ageRule({ profile: host, age: 16 })).toMatchObject({ mayShare: true, maySell: false, maySellOrShare: true });
  expect(ageRule({ profile: host, age: 15 }).mayShare).toBe(false);
  expect(ageRule({ profile: host, age: 16 }).explanation.join(" ")).toContain("checkConsent's fallback gate applies");
});

describe("rightsRequestDeadlines with a host profile (P5)", () => {
  it("P5.acknowledge-null: a policy's own acknowledgement period is applied: Relaso + 3 business days, access received Thu 2026-12-24", () => {
    // 3 business days: Fri 12-25 is Christmas; Mon 12-28 (1), Tue 12-29 (2), Wed 12-30 (3) → 2026-12-30.
    // Answer: 30 days → 2027-01-23; GDPR one month → 2027-01-24; the earlier is 2027-01-23.
    const host = hostProfile("relaso", { "rights.acknowledgeWithinBusinessDays": statedAs(3, "host.rights.ack") });
    const r = rightsRequestDeadlines({ profile: host, right: "access", receivedOn: "2026-12-24" });
    expect(r).toMatchObject({ jurisdiction: "eea", acknowledgeBy: "2026-12-30", standardRespondBy: "2027-01-23", respondBy: "2027-01-23", lawCitations: ["law.gdpr.12-3"] });
    expect(r.basis.acknowledgeBy).toEqual([{ source: "policy", date: "2026-12-30", period: "3 business days", cites: ["host.rights.ack"] }]);
    expect(r.citations).toContain("host.rights.ack");
    expect(text(r)).toContain("The policy: acknowledge within 3 business days, by 2026-12-30.");
    // The shipped Relaso states none: acknowledgeBy is null (P5.acknowledge-null).
    expect(rightsRequestDeadlines({ profile: "relaso", right: "access", receivedOn: "2026-12-24" }).acknowledgeBy).toBeNull();
  });

  it("privacy.8.rights: a policy acknowledgement period and the CCPA's 10 business days: the earlier wins (know, received Wed 2026-11-25)", () => {
    // Thu 11-26 is Thanksgiving. Business days from 11-25: Fri 11-27 (1), Mon 11-30 (2), 12-01 (3), 12-02 (4),
    // 12-03 (5), 12-04 (6), Mon 12-07 (7), 12-08 (8), 12-09 (9), 12-10 (10), 12-11 (11), Mon 12-14 (12), 12-15 (13),
    // 12-16 (14), 12-17 (15).
    const five = hostProfile("relument", { "rights.acknowledgeWithinBusinessDays": statedAs(5, "host.rights.ack") });
    const r5 = rightsRequestDeadlines({ profile: five, right: "know", receivedOn: "2026-11-25" });
    expect(r5.acknowledgeBy).toBe("2026-12-03");
    expect(r5.basis.acknowledgeBy.map((b) => [b.source, b.date])).toEqual([
      ["policy", "2026-12-03"],
      ["law", "2026-12-10"],
    ]);
    const fifteen = hostProfile("relument", { "rights.acknowledgeWithinBusinessDays": statedAs(15, "host.rights.ack") });
    const r15 = rightsRequestDeadlines({ profile: fifteen, right: "know", receivedOn: "2026-11-25" });
    expect(r15.acknowledgeBy).toBe("2026-12-10");
    expect(r15.basis.acknowledgeBy.map((b) => [b.source, b.date])).toEqual([
      ["policy", "2026-12-17"],
      ["law", "2026-12-10"],
    ]);
    // The answer deadline is the CCPA's either way: 45 calendar days → 2027-01-09.
    expect([r5.respondBy, r15.respondBy]).toEqual(["2027-01-09", "2027-01-09"]);
  });

  it("P5.relument-opt-out-verification: a host that takes §8's \"subject to verification\" literally for opt-outs still verifies nothing: the CCPA forbids it", () => {
    // Received Thu 2026-12-24: acknowledge 10 business days → 2027-01-11; honour 15 business days → 2027-01-19
    // (Christmas, New Year's Day and MLK day 2027-01-18 skipped).
    const host = hostProfile("relument", {
      "rights.offered": privacyProfiles.relument.rights.offered.map((o) =>
        o.right === "opt-out-sale-sharing" ? { ...o, verification: statedAs(true, "privacy.8.rights", "privacy.8.verification") } : o,
      ),
    });
    const r = rightsRequestDeadlines({ profile: host, right: "opt-out-sale-sharing", receivedOn: "2026-12-24" });
    expect(r).toMatchObject({ verificationRequired: false, acknowledgeBy: "2027-01-11", respondBy: "2027-01-19", extendedRespondBy: null });
    expect(r.lawCitations).toEqual(expect.arrayContaining(["law.ccpa-regs.7026", "law.ccpa-regs.7060"]));
    expect(r.citations).toContain("privacy.8.verification");
    expect(text(r)).toContain('The policy says rights are "subject to verification", but the CCPA forbids verifying this request: no verification.');
    // The shipped profile already records "no verification" for opt-outs, so it neither cites §8's verification clause nor says so.
    const shipped = rightsRequestDeadlines({ right: "opt-out-sale-sharing", receivedOn: "2026-12-24" });
    expect(shipped.citations).not.toContain("privacy.8.verification");
    expect(text(shipped)).not.toContain("subject to verification");
  });
});

describe("marketingOptOutDeadline with a host profile (P8)", () => {
  // Email opt-out Fri 2026-11-20. Business days: Mon 11-23 (1), 11-24 (2), 11-25 (3), Thanksgiving 11-26 skipped,
  // Fri 11-27 (4), Mon 11-30 (5), 12-01 (6), 12-02 (7), 12-03 (8), 12-04 (9), Mon 12-07 (10), 12-08 (11), 12-09 (12),
  // 12-10 (13), 12-11 (14), Mon 12-14 (15). CAN-SPAM's 10 business days end 2026-12-07.
  const email = { channel: "email" as const, optedOutOn: "2026-11-20" };

  it("P8.law-deadline: a policy period shorter than CAN-SPAM's (5 business days) wins: honoured by 2026-11-30, both cited", () => {
    const host = hostProfile("relument", { "marketing.honourOptOutWithinBusinessDays": statedAs(5, "host.marketing.5-days") });
    const r = marketingOptOutDeadline({ profile: host, ...email });
    expect(r).toMatchObject({ jurisdiction: "california", honourBy: "2026-11-30", lawCitations: ["law.can-spam"] });
    expect(r.basis).toEqual([
      { source: "policy", date: "2026-11-30", period: "5 business days", cites: ["host.marketing.5-days"] },
      { source: "law", date: "2026-12-07", period: "10 business days", cites: ["law.can-spam"] },
    ]);
    expect(r.citations).toEqual(expect.arrayContaining(["privacy.7.marketing", "host.marketing.5-days"]));
    expect(text(r)).toContain("The policy: honoured within 5 business days.");
    expect(text(r)).toContain("The earlier deadline applies: 2026-11-30.");
  });

  it("P8.law-deadline: a policy period longer than CAN-SPAM's (15 business days) does not delay the law's 2026-12-07", () => {
    const host = hostProfile("relument", { "marketing.honourOptOutWithinBusinessDays": statedAs(15, "host.marketing.15-days") });
    const r = marketingOptOutDeadline({ profile: host, ...email });
    expect(r.honourBy).toBe("2026-12-07");
    expect(r.basis.map((b) => [b.source, b.date])).toEqual([
      ["policy", "2026-12-14"],
      ["law", "2026-12-07"],
    ]);
    expect(text(r)).toContain("The earlier deadline applies: 2026-12-07.");
  });

  it("P5.jurisdiction: where no law applies (jurisdiction \"other\") the policy's own period alone sets the deadline", () => {
    const host = hostProfile("relument", { "marketing.honourOptOutWithinBusinessDays": statedAs(5, "host.marketing.5-days") });
    const r = marketingOptOutDeadline({ profile: host, ...email, jurisdiction: "other" });
    expect(r).toMatchObject({ jurisdiction: "other", honourBy: "2026-11-30", lawCitations: [] });
    expect(r.basis).toHaveLength(1);
    expect(text(r)).not.toContain("The earlier deadline applies");
    // The shipped Relument states no period: with no law, no deadline at all.
    expect(marketingOptOutDeadline({ ...email, jurisdiction: "other" }).honourBy).toBeNull();
  });

  it("privacy.7.marketing: a host policy that stops transactional messages too is followed (transactionalContinues false)", () => {
    const host = hostProfile("relument", { "marketing.transactionalContinues": statedAs(false, "host.marketing.all-stop") });
    const r = marketingOptOutDeadline({ profile: host, ...email });
    expect(r).toMatchObject({ transactionalContinues: false, honourBy: "2026-12-07", lawCitations: ["law.can-spam"] });
    expect(r.citations).toContain("host.marketing.all-stop");
    expect(text(r)).toContain("Transactional messages stop too.");
    expect(text(r)).not.toContain("continue after the opt-out");
  });
});

describe("marketingOptOutDeadline with a host profile that reserves no announcements (P8)", () => {
  it("relenta.3.announcements: a host policy stating it sends no mandatory announcements: mandatoryAnnouncements false, not explained as reserved", () => {
    const host = hostProfile("relenta", { "marketing.mandatoryAnnouncements": statedAs(false, "host.marketing.no-announcements") });
    const r = marketingOptOutDeadline({ profile: host, channel: "email", optedOutOn: "2026-11-20" });
    expect(r).toMatchObject({ mandatoryAnnouncements: false, transactionalContinues: true, honourBy: null });
    expect(text(r)).not.toContain("reserves mandatory announcements");
    expect(r.citations).not.toContain("host.marketing.no-announcements");
    // The shipped Relenta reserves them.
    expect(text(marketingOptOutDeadline({ profile: "relenta", channel: "email", optedOutOn: "2026-11-20" }))).toContain(
      "The policy reserves mandatory announcements related to the use of the service.",
    );
  });
});

describe("retentionDecision with a host profile (P6)", () => {
  it("P6.backups: residual copies purged within 90 days but backups not addressed: handling \"not-stated\", purge date still given", () => {
    // Relenta without its "backups may keep them" sentence. Deleted 2026-01-10 + 90 days: 21 days to 01-31,
    // +28 (Feb) = 49, +31 (Mar) = 80, +10 → 2026-04-10.
    const host = hostProfile("relenta", { "retention.backups": notStated("The host's policy does not mention backups.") });
    const r = retentionDecision({ profile: host, category: "account", deletionRequestedOn: "2026-01-10", asOf: "2026-01-10" });
    expect(r).toMatchObject({ action: "delete", until: "2026-01-10", exception: null, residual: { exception: "backups", handling: "not-stated", purgeBy: "2026-04-10" } });
    expect(r.citations).toEqual(["relenta.5.deletion"]);
    expect(text(r)).toContain("After deletion from active systems: residual copies are purged within 90 days (by 2026-04-10); backups are not addressed.");
    // The shipped Relenta says backups may keep copies.
    expect(retentionDecision({ category: "account", profile: "relenta", deletionRequestedOn: "2026-01-10", asOf: "2026-01-10" }).residual?.handling).toBe("may-remain");
  });
});

describe("retentionDecision with a host category kept on a deletion request but under no exception (P6)", () => {
  it("privacy.5.deletion: keptOnDeletionRequest without an exception does not survive the request: deleted on the request day", () => {
    // Relument's device data (12 months after closure) marked "kept on a deletion request" but with no exception:
    // the request still deletes it on 2026-03-02 (not kept to 2027-03-02), and no legal exception is relied on.
    const categories = privacyProfiles.relument.retention.categories.map((c) => (c.id === "device-technical" ? { ...c, exception: null, keptOnDeletionRequest: true } : c));
    const host = hostProfile("relument", { "retention.categories": categories });
    const r = retentionDecision({ profile: host, category: "device-technical", deletionRequestedOn: "2026-03-02", asOf: "2026-03-03" });
    expect(r).toMatchObject({ action: "delete", until: "2026-03-02", exception: null, lawCitations: [] });
    expect(text(r)).toContain("This category has no exception that survives a deletion request: it is deleted");
  });
});

describe("terminationWindow with a host profile (P7)", () => {
  it("reliom.1.information: no termination window and no notice clause either: the answer cites the policy's scope clause", () => {
    const host = hostProfile("reliom", { "changes.notice": notStated("The host's policy does not say how changes are announced.") });
    const r = terminationWindow({ profile: host, noticeOn: "2026-03-02", requestedOn: "2026-03-03" });
    expect(r).toMatchObject({ profile: "host-reliom", offered: false, withinWindow: false, windowStart: null, windowEnd: null });
    expect(r.citations).toEqual(["reliom.1.information"]);
    expect(text(r)).toContain("The policy gives no right to terminate because of a change (No termination window).");
    // The shipped Reliom cites its changes clause instead.
    expect(terminationWindow({ profile: "reliom", noticeOn: "2026-03-02", requestedOn: "2026-03-03" }).citations).toEqual(["reliom.10.changes"]);
  });
});

it("P3.not-stated-fallback: below the fallback's sharing age a collectable person is not shared (Relument silent on ad pixels: minimum 13, sharing 16)", () => {
  const note = "The host's policy does not mention advertising.";
  const host = hostProfile("relument", { "actions.ad-pixel-sharing": { status: "not-stated", note } });
  const at15 = ageRule({ profile: host, age: 15 });
  expect(at15).toMatchObject({ mayCollect: true, mayShare: false, maySell: false, maySellOrShare: false });
  expect(at15.explanation).toContain(
    `The policy does not address sharing for advertising (${note}): checkConsent's fallback gate applies, so sharing needs consent and age 16 or more (register P3.not-stated-fallback); age 15 is under it.`,
  );
  const at16 = ageRule({ profile: host, age: 16 });
  expect(at16).toMatchObject({ mayCollect: true, mayShare: true, maySellOrShare: true });
  expect(at16.explanation.join(" ")).toContain("age 16 meets it.");
  // The same answer as checkConsent's fallback gate.
  const share = (age: number) =>
    checkConsent({ profile: host, action: "ad-pixel-sharing", granted: ["consent", "notice", "permission"], pixelsEnabled: true, age }).allowed;
  expect([share(15), share(16)]).toEqual([false, true]);
});
