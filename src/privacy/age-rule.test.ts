import { describe, expect, it } from "vitest";
import { PolicyInputError } from "../core/errors.js";
import { ageRule } from "./age-rule.js";
import { privacyProfiles } from "./profiles/index.js";

// Expected by hand from P1: relument 13 / delete / never sold or shared under 16; relaso 16 / delete;
// reliom 16 (delete: register reading); relenta silent (COPPA floor 13).
const table = [
  // profile, age, mayCollect, mustDelete, maySellOrShare, clause
  ["relument", 12, false, true, false, "privacy.12.children"],
  ["relument", 13, true, false, false, "privacy.12.children"],
  ["relument", 15, true, false, false, "privacy.8.children"],
  ["relument", 16, true, false, true, "privacy.8.children"],
  ["relaso", 12, false, true, false, "relaso.children"],
  ["relaso", 13, false, true, false, "relaso.children"],
  ["relaso", 15, false, true, false, "relaso.children"],
  ["relaso", 16, true, false, true, "relaso.children"],
  ["reliom", 12, false, true, false, "reliom.8.children"],
  ["reliom", 13, false, true, false, "reliom.8.children"],
  ["reliom", 15, false, true, false, "reliom.8.children"],
  ["reliom", 16, true, false, false, "reliom.3.no-sale"],
  ["relenta", 12, false, true, false, "relenta.2.personal-information"],
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

  it("relenta.2.personal-information: no minimum stated, COPPA's 13 is the floor and is cited as law", () => {
    const r = ageRule({ profile: "relenta", age: 12 });
    expect(r).toMatchObject({ minimumAge: 13, minimumAgeSource: "law", mustDeleteSource: "law" });
    expect(r.lawCitations).toEqual(["law.coppa"]);
  });

  it("reliom.8.children: deletion of an under-16's data is the library's reading, not the policy's words", () => {
    expect(ageRule({ profile: "reliom", age: 15 }).mustDeleteSource).toBe("reading");
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
