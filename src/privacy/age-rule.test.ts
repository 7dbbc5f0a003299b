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
