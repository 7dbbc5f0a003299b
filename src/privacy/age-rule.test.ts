import { describe, expect, it } from "vitest";
import { PolicyInputError } from "../core/errors.js";
import { ageRule } from "./age-rule.js";
import { privacyProfiles } from "./profiles/index.js";

// Expected by hand from P1: relument 13 / delete / never sold or shared under 16; relaso 16 / delete / never sells
// or shares for advertising; reliom 16 (no deletion duty stated); relenta: no minimum stated (never sells or shares).
const table = [
  // profile, age, mayCollect, mustDelete, maySellOrShare, clause
  ["relument", 12, false, true, false, "privacy.12.children"],
  ["relument", 13, true, false, false, "privacy.12.children"],
  ["relument", 15, true, false, false, "privacy.8.children"],
  ["relument", 16, true, false, true, "privacy.8.children"],
  ["relaso", 12, false, true, false, "relaso.children"],
  ["relaso", 13, false, true, false, "relaso.children"],
  ["relaso", 15, false, true, false, "relaso.children"],
  ["relaso", 16, true, false, false, "relaso.never-sold"],
  ["relaso", 30, true, false, false, "relaso.never-sold"],
  ["reliom", 12, false, false, false, "reliom.8.children"],
  ["reliom", 13, false, false, false, "reliom.8.children"],
  ["reliom", 15, false, false, false, "reliom.8.children"],
  ["reliom", 16, true, false, false, "reliom.3.no-sale"],
  ["relenta", 0, true, false, false, "relenta.2.personal-information"],
  ["relenta", 12, true, false, false, "relenta.2.personal-information"],
  ["relenta", 13, true, false, false, "relenta.4.no-sale"],
  ["relenta", 15, true, false, false, "relenta.4.no-sale"],
  ["relenta", 16, true, false, false, "relenta.4.no-sale"],
] as const;

describe("ageRule (P1)", () => {
  it.each(table)("%s age %i: mayCollect %s, mustDelete %s, maySellOrShare %s (cites %s)", (profile, age, mayCollect, mustDelete, maySellOrShare, clause) => {
    const r = ageRule({ profile, age });
    expect({ mayCollect: r.mayCollect, mustDelete: r.mustDelete, maySellOrShare: r.maySellOrShare }).toEqual({ mayCollect, mustDelete, maySellOrShare });
    expect(r.maySell).toBe(false);
    expect(r.citations).toContain(clause);
  });

  it("privacy.12.children: relument minimum age 13 comes from the policy, deletion too", () => {
    const r = ageRule({ age: 12 });
    expect(r).toMatchObject({ profile: "relument", minimumAge: 13, minimumAgeSource: "policy", mustDeleteSource: "policy" });
    expect(r.explanation[0]).toMatch(/default profile "relument"/);
  });

  it("privacy.8.children: relument at 15 may be collected but is never shared", () => {
    expect(ageRule({ age: 15 })).toMatchObject({ mayCollect: true, mayShare: false, maySell: false });
  });

  it("relenta.2.personal-information: no minimum age stated: age 12 may be collected, nothing is deleted, never sold or shared; COPPA is named as the host's obligation only", () => {
    const r = ageRule({ profile: "relenta", age: 12 });
    expect(r).toMatchObject({ minimumAge: null, minimumAgeSource: "not-stated", mayCollect: true, mustDelete: false, mustDeleteSource: null, maySell: false, mayShare: false, maySellOrShare: false });
    expect(r.lawCitations).toEqual(["law.coppa"]);
    const text = r.explanation.join(" ");
    expect(text).toMatch(/states no minimum age/);
    expect(text).toMatch(/verifiable parental consent/);
    expect(text).toMatch(/does not change mayCollect or mustDelete/);
    expect(r.citations).toEqual(expect.arrayContaining(["relenta.2.personal-information", "relenta.4.no-sale"]));
  });

  it("relenta.2.personal-information: from 13 COPPA is not mentioned at all", () => {
    const r = ageRule({ profile: "relenta", age: 13 });
    expect(r).toMatchObject({ minimumAge: null, mayCollect: true, mustDelete: false });
    expect(r.lawCitations).toEqual([]);
    expect(r.explanation.join(" ")).not.toMatch(/COPPA/);
  });

  it("reliom.8.children: age 15 is not collected, and the policy states no deletion duty (mustDelete false, \"not stated\")", () => {
    const r = ageRule({ profile: "reliom", age: 15 });
    expect(r).toMatchObject({ minimumAge: 16, minimumAgeSource: "policy", mayCollect: false, mustDelete: false, mustDeleteSource: null, maySellOrShare: false });
    expect(r.explanation.join(" ")).toMatch(/not stated/);
    expect(r.citations).toContain("reliom.8.children");
  });

  it("relaso.children vs reliom.8.children: Relaso's text says it deletes, Reliom's does not", () => {
    expect(ageRule({ profile: "relaso", age: 15 })).toMatchObject({ mustDelete: true, mustDeleteSource: "policy" });
    expect(ageRule({ profile: "reliom", age: 15 })).toMatchObject({ mustDelete: false, mustDeleteSource: null });
  });

  it("relaso.never-sold: age 30 may be collected but is never sold or shared for advertising (same shape as Reliom)", () => {
    const r = ageRule({ profile: "relaso", age: 30 });
    expect(r).toMatchObject({ mayCollect: true, mustDelete: false, maySell: false, mayShare: false, maySellOrShare: false, lawCitations: [] });
    expect(r.citations).toEqual(expect.arrayContaining(["relaso.never-sold", "relaso.cookies.third-party"]));
    const reliom = ageRule({ profile: "reliom", age: 30 });
    expect([r.mayCollect, r.mustDelete, r.maySell, r.mayShare, r.maySellOrShare]).toEqual([reliom.mayCollect, reliom.mustDelete, reliom.maySell, reliom.mayShare, reliom.maySellOrShare]);
  });

  it("a host profile with its own ages is applied", () => {
    const host = { ...privacyProfiles.relument, id: "acme", name: "Acme", age: { ...privacyProfiles.relument.age, minimum: { stated: true as const, value: 18, clauses: ["acme.1"] } } };
    expect(ageRule({ profile: host, age: 17 })).toMatchObject({ profile: "acme", mayCollect: false, mustDelete: true });
    expect(ageRule({ profile: host, age: 18 }).mayCollect).toBe(true);
  });

  it("bad input throws PolicyInputError", () => {
    expect(() => ageRule({ age: -1 })).toThrow(PolicyInputError);
    expect(() => ageRule({ age: 12.5 })).toThrow(PolicyInputError);
    expect(() => ageRule({ age: 20, profile: "acme" as never })).toThrow(PolicyInputError);
    expect(() => ageRule({ age: 20, extra: 1 } as never)).toThrow(PolicyInputError);
    expect(() => ageRule({ age: 20, profile: { ...privacyProfiles.relument, id: "" } })).toThrow(PolicyInputError);
  });

  it("does not mutate its input", () => {
    const input = Object.freeze({ profile: "relaso" as const, age: 16 });
    ageRule(input);
    expect(input).toEqual({ profile: "relaso", age: 16 });
  });
});

// The sentences an auditor reads for each branch of P1, with the clause and law ids in first-use order.
describe("ageRule (P1): the explanation and citations of each branch", () => {
  const DEFAULT = 'No profile given: the default profile "relument" (Relument Solutions\' Privacy Policy) applies.';

  it("privacy.12.children: age 12 under Relument: not collected, deleted if learned; sale and sharing are not even considered", () => {
    const r = ageRule({ age: 12 });
    expect(r).toMatchObject({ maySell: false, mayShare: false, lawCitations: [] });
    expect(r.citations).toEqual(["privacy.12.children"]);
    expect(r.explanation).toEqual([
      DEFAULT,
      "The policy's minimum age is 13.",
      "Age 12 is under 13: do not collect; the policy says that data learned to come from such a child is deleted.",
    ]);
  });

  it("privacy.8.children: age 16 under Relument: collected (at least 13), never sold, shared from 16 subject to checkConsent", () => {
    const r = ageRule({ age: 16 });
    expect(r).toMatchObject({ mayCollect: true, maySell: false, mayShare: true, maySellOrShare: true, lawCitations: [] });
    expect(r.citations).toEqual(["privacy.12.children", "privacy.4.no-sale", "privacy.8.sale-sharing", "privacy.8.gpc", "privacy.8.children"]);
    expect(r.explanation.slice(1, 4)).toEqual([
      "The policy's minimum age is 13.",
      "Age 16 is at least 13: personal information may be collected.",
      "The policy never sells personal information, at any age.",
    ]);
    expect(r.explanation[4]).toMatch(/^Sharing for advertising is possible from age 16; age 16 meets it \(the other conditions are checkConsent's: "Sharing" for cross-context advertising/);
  });

  it("privacy.8.children: age 13 (the minimum itself) is collected but never shared: under 16", () => {
    const r = ageRule({ age: 13 });
    expect(r).toMatchObject({ mayCollect: true, mayShare: false });
    expect(r.explanation).toContain("Age 13 is at least 13: personal information may be collected.");
    expect(r.explanation).toContain("Sharing for advertising needs age 16 or more: age 13 is never shared.");
  });

  it("relaso.never-sold: the prohibition of advertising sharing is explained with the policy's note and cited", () => {
    const r = ageRule({ profile: "relaso", age: 30 });
    expect(r.citations).toEqual(["relaso.children", "relaso.never-sold", "relaso.no-sale", "relaso.cookies.third-party", "relaso.sharing.consent"]);
    expect(r.explanation[r.explanation.length - 1]).toMatch(/^The policy never shares for advertising \(.+\)\.$/);
  });

  it("reliom.8.children: age 15: not collected, no deletion duty stated: the note and the register entry are in the sentence, the minimum-age clause is cited", () => {
    const r = ageRule({ profile: "reliom", age: 15 });
    expect(r.citations).toEqual(["reliom.8.children"]);
    expect(r.explanation.slice(1)).toEqual([
      "The policy's minimum age is 16.",
      "Age 15 is under 16: do not collect. What happens to data learned to come from such a child is not stated (The policy says it does not knowingly collect from under-16s, not what happens when it learns of it.): the policy states no deletion duty, so mustDelete is false (register P1.delete-if-learned-silent).",
    ]);
  });

  it("relenta.2.personal-information: age 12, no minimum stated: the full explanation, COPPA named once as the host's obligation", () => {
    const r = ageRule({ profile: "relenta", age: 12 });
    expect(r.citations).toEqual(["relenta.2.personal-information", "relenta.4.no-sale"]);
    expect(r.explanation.slice(1, 5)).toEqual([
      "The policy states no minimum age (The 2012 policy mentions neither children nor any age limit.): the library invents none, so minimumAge is null and the policy does not stop collection at any age (register P1.no-minimum-stated).",
      "Host obligation, not a term of this policy: where COPPA applies, personal information of a child under 13 (age 12) is collected only with verifiable parental consent, and what was collected without it is deleted (law.coppa). The host checks this itself; it does not change mayCollect or mustDelete.",
      "Age 12: personal information may be collected under this policy; nothing is to be deleted because of age.",
      "The policy never sells personal information, at any age.",
    ]);
  });

  it("bad input names the rule", () => {
    expect(() => ageRule({ age: -1 })).toThrow(/^Invalid input to ageRule/);
  });
});
