/*
 * P9: editions of a privacy policy. A profile may carry `edition: { id, effectiveOn, announcedOn? }`; every
 * privacy rule accepts `profiles` (editions of one policy) instead of `profile` and applies the edition in
 * force on the decision's own date, per the policy's own change clause (P7): Relument from its new
 * "Effective Date" (privacy.13.changes), Relaso after 30 days' notice (relaso.changes), Reliom from its
 * "Last updated" date (reliom.10.changes), Relenta at once (relenta.1.changes).
 */
import { describe, expect, it } from "vitest";
import { test, fc } from "@fast-check/vitest";
import * as z from "zod/mini";
import { addDays } from "../src/core/calendar.js";
import {
  MAX_PROFILE_EDITIONS,
  PROFILE_NAMES,
  ageRule,
  checkConsent,
  marketingOptOutDeadline,
  policyChangeEffective,
  privacyProfileSchema,
  privacyProfiles,
  profileEditionSchema,
  retentionDecision,
  rightsRequestDeadlines,
  terminationWindow,
  type PrivacyProfile,
  type ProfileEdition,
  type ProfileName,
} from "../src/privacy/index.js";
import * as api from "../src/index.js";
import { policyErrorOf } from "./policy-error.js";

/** An edition of a shipped profile, answering rights requests within `respondDays` calendar days (to tell editions apart). */
function edition(name: ProfileName, e: ProfileEdition, respondDays?: number): PrivacyProfile {
  const p = privacyProfiles[name];
  const rights =
    respondDays === undefined ? p.rights : { ...p.rights, respondWithinDays: { stated: true as const, value: respondDays, clauses: [...p.scopeClauses] } };
  return { ...p, edition: e, rights };
}

const text = (r: { explanation: string[] }) => r.explanation.join("\n");

describe("the profile edition (schema)", () => {
  it("the four shipped profiles carry no edition and still pass the schema", () => {
    for (const name of PROFILE_NAMES) {
      expect(Object.keys(privacyProfiles[name])).not.toContain("edition");
      expect(z.safeParse(privacyProfileSchema, privacyProfiles[name]).success).toBe(true);
    }
  });

  it("accepts { id, effectiveOn, announcedOn? }; refuses announcedOn after effectiveOn, long or spaced ids, unknown keys, dates outside 1900–2999", () => {
    const ok = (e: unknown) => z.safeParse(privacyProfileSchema, { ...privacyProfiles.relaso, edition: e }).success;
    expect(ok({ id: "relaso@2027", effectiveOn: "2027-03-01" })).toBe(true);
    expect(ok({ id: "relaso@2027", effectiveOn: "2027-03-01", announcedOn: "2027-03-01" })).toBe(true);
    expect(ok({ id: "x".repeat(100), effectiveOn: "2027-03-01" })).toBe(true);
    expect(ok({ id: "relaso@2027", effectiveOn: "2027-03-01", announcedOn: "2027-03-02" })).toBe(false);
    expect(ok({ id: "x".repeat(101), effectiveOn: "2027-03-01" })).toBe(false);
    expect(ok({ id: "relaso 2027", effectiveOn: "2027-03-01" })).toBe(false);
    expect(ok({ id: "", effectiveOn: "2027-03-01" })).toBe(false);
    expect(ok({ id: "relaso@2027" })).toBe(false);
    expect(ok({ id: "relaso@2027", effectiveOn: "2027-03-01", version: 2 })).toBe(false);
    expect(ok({ id: "relaso@2027", effectiveOn: "1899-12-31" })).toBe(false);
    expect(ok({ id: "relaso@2027", effectiveOn: "3000-01-01" })).toBe(false);
    expect(ok({ id: "relaso@2027", effectiveOn: "2027-02-30" })).toBe(false);
  });

  it("an announcedOn after effectiveOn is reported at its own path", () => {
    const r = z.safeParse(profileEditionSchema, { id: "a", effectiveOn: "2027-03-01", announcedOn: "2027-03-02" });
    expect(r.error?.issues.map((i) => i.path)).toEqual([["announcedOn"]]);
    const { issues } = policyErrorOf(
      () => rightsRequestDeadlines({ profiles: [edition("relaso", { id: "a", effectiveOn: "2027-03-01", announcedOn: "2027-03-02" })], right: "access", receivedOn: "2027-04-01" }),
      "rightsRequestDeadlines",
    );
    expect(issues.map((i) => i.path)).toContainEqual(["profiles", 0, "edition", "announcedOn"]);
  });

  it("everything new is exported from the package root and ./privacy, and the JSON Schemas carry `profiles` and `edition`", () => {
    expect(api.profileEditionSchema).toBe(profileEditionSchema);
    expect(api.MAX_PROFILE_EDITIONS).toBe(1000);
    type Node = { maxItems?: number; minItems?: number; items?: { $ref?: string }; properties: Record<string, Node>; required?: string[] };
    const s = api.inputJsonSchemas() as unknown as Record<string, Node>;
    for (const rule of ["ageRule", "checkConsent", "rightsRequestDeadlines", "retentionDecision", "marketingOptOutDeadline", "policyChangeEffective", "terminationWindow"]) {
      const profiles = s[rule]?.properties.profiles;
      expect(profiles, rule).toMatchObject({ minItems: 1, maxItems: MAX_PROFILE_EDITIONS, items: { $ref: api.PRIVACY_PROFILE_SCHEMA_FILE } });
    }
    expect(s.checkConsent?.properties.on).toMatchObject({ format: "date" });
    expect(s.ageRule?.properties.on).toMatchObject({ format: "date" });
    const p = api.privacyProfileJsonSchema() as unknown as Node;
    expect(p.properties.edition?.required).toEqual(["id", "effectiveOn"]);
    expect(p.properties.edition?.properties.id).toMatchObject({ maxLength: 100 });
  });
});

describe("worked examples, one per policy's change clause", () => {
  it("relaso.changes: an edition announced 10 days before its effectiveOn is in force from announcedOn + 30", () => {
    const v2026 = edition("relaso", { id: "relaso@2026", effectiveOn: "2026-01-01" });
    const v2027 = edition("relaso", { id: "relaso@2027-03", effectiveOn: "2027-03-01", announcedOn: "2027-02-19" }, 14);
    const profiles = [v2027, v2026]; // any order
    // Received on the new edition's effectiveOn: only 10 of the 30 days' notice have run, the old edition applies
    // (its 30 days, GDPR's one month later: 2027-03-31).
    const onEffective = rightsRequestDeadlines({ profiles, right: "access", receivedOn: "2027-03-01" });
    expect(onEffective).toMatchObject({ edition: "relaso@2026", profile: "relaso", respondBy: "2027-03-31" });
    // The last day before the notice has run.
    expect(rightsRequestDeadlines({ profiles, right: "access", receivedOn: "2027-03-20" })).toMatchObject({ edition: "relaso@2026", respondBy: "2027-04-19" });
    // Received on announcedOn + 30: the new edition's 14 days.
    const onNoticed = rightsRequestDeadlines({ profiles, right: "access", receivedOn: "2027-03-21" });
    expect(onNoticed).toMatchObject({ edition: "relaso@2027-03", respondBy: "2027-04-04" });
    expect(onNoticed.citations).toContain("relaso.changes");
    expect(text(onEffective)).toContain(
      '"relaso@2027-03" is not in force yet on 2027-03-01. Under the change clause of "relaso@2026" (the edition "relaso@2027-03" replaces), the policy gives at least 30 days\' advance notice of changes; "relaso@2027-03" was announced on 2027-02-19, only 10 days before its effective date 2027-03-01, so it is in force from 2027-03-21, 30 days after the announcement (every new edition is taken as a change that needs the notice: register P9.notice-from-announcement).',
    );
    expect(text(onNoticed)).toContain('the receipt date (`receivedOn`) is 2027-03-21, and the latest edition in force that day applies: "relaso@2027-03"');
  });

  it("relaso.changes: announced at least 30 days ahead (or with no announcement date), an edition is in force from its effectiveOn", () => {
    const v2026 = edition("relaso", { id: "relaso@2026", effectiveOn: "2026-01-01" });
    const early = edition("relaso", { id: "relaso@2027-03", effectiveOn: "2027-03-01", announcedOn: "2027-01-30" }, 14);
    expect(rightsRequestDeadlines({ profiles: [v2026, early], right: "access", receivedOn: "2027-02-28" }).edition).toBe("relaso@2026");
    expect(rightsRequestDeadlines({ profiles: [v2026, early], right: "access", receivedOn: "2027-03-01" })).toMatchObject({ edition: "relaso@2027-03", respondBy: "2027-03-15" });
    const undated = edition("relaso", { id: "relaso@2027-03", effectiveOn: "2027-03-01" }, 14);
    const r = rightsRequestDeadlines({ profiles: [v2026, undated], right: "access", receivedOn: "2027-03-01" });
    expect(r.edition).toBe("relaso@2027-03");
    expect(text(r)).toContain("(register P9.no-announcement)");
  });

  it("privacy.13.changes: a Relument edition is in force from its new Effective Date, however short the notice", () => {
    const v2026 = edition("relument", { id: "relument-privacy@2026", effectiveOn: "2026-01-01" });
    const v2027 = edition("relument", { id: "relument-privacy@2027", effectiveOn: "2027-03-01", announcedOn: "2027-02-27" }, 30);
    const before = rightsRequestDeadlines({ profiles: [v2026, v2027], right: "know", receivedOn: "2027-02-28" });
    const on = rightsRequestDeadlines({ profiles: [v2026, v2027], right: "know", receivedOn: "2027-03-01" });
    // Old edition: the CCPA's 45 days; new one: its own 30 days, earlier than the CCPA's.
    expect(before).toMatchObject({ edition: "relument-privacy@2026", respondBy: "2027-04-14" });
    expect(on).toMatchObject({ edition: "relument-privacy@2027", respondBy: "2027-03-31" });
    expect(on.citations).toContain("privacy.13.changes");
    expect(text(on)).toContain(
      'Under the change clause of "relument-privacy@2026" (the edition "relument-privacy@2027" replaces), the policy sets no advance-notice period: an updated policy applies from the date it states, so "relument-privacy@2027" is in force from 2027-03-01.',
    );
  });

  it('reliom.10.changes: a Reliom edition is in force from its "Last updated" date', () => {
    const v2026 = edition("reliom", { id: "reliom@2026", effectiveOn: "2026-01-01" });
    const v2027 = edition("reliom", { id: "reliom@2027-03-01", effectiveOn: "2027-03-01", announcedOn: "2027-03-01" }, 30);
    expect(rightsRequestDeadlines({ profiles: [v2026, v2027], right: "access", receivedOn: "2027-02-28" })).toMatchObject({ edition: "reliom@2026", respondBy: null });
    const on = rightsRequestDeadlines({ profiles: [v2026, v2027], right: "access", receivedOn: "2027-03-01" });
    expect(on).toMatchObject({ edition: "reliom@2027-03-01", respondBy: "2027-03-31" });
    expect(on.citations).toContain("reliom.10.changes");
  });

  it("relenta.1.changes: a Relenta edition is in force at once, from its effectiveOn (retention as of asOf)", () => {
    const v2026 = edition("relenta", { id: "relenta@2026", effectiveOn: "2026-01-01" });
    // The new edition keeps usage logs 6 months after closure instead of 12; announced the day before.
    const base = privacyProfiles.relenta;
    const v2027: PrivacyProfile = {
      ...base,
      edition: { id: "relenta@2027", effectiveOn: "2027-03-01", announcedOn: "2027-02-28" },
      retention: { ...base.retention, categories: base.retention.categories.map((c) => (c.id === "usage-logs" ? { ...c, afterClosureMonths: 6 } : c)) },
    };
    const input = { profiles: [v2026, v2027], category: "usage-logs", accountClosedOn: "2026-08-15" };
    expect(retentionDecision({ ...input, asOf: "2027-02-28" })).toMatchObject({ edition: "relenta@2026", action: "retain", until: "2027-08-15" });
    const on = retentionDecision({ ...input, asOf: "2027-03-01" });
    expect(on).toMatchObject({ edition: "relenta@2027", action: "delete", until: "2027-02-15" });
    expect(on.citations).toContain("relenta.1.changes");
    expect(text(on)).toContain('Under the change clause of "relenta@2026" (the edition "relenta@2027" replaces), the policy may change at any time: "relenta@2027" is in force at once, from its effective date 2027-03-01.');
  });
});

describe("every privacy rule picks by its own date", () => {
  // Relaso editions: the new one in force from 2027-03-21 (announced 10 days before 2027-03-01).
  const v2026 = edition("relaso", { id: "relaso@2026", effectiveOn: "2026-01-01" });
  const v2027 = edition("relaso", { id: "relaso@2027-03", effectiveOn: "2027-03-01", announcedOn: "2027-02-19" });
  const profiles = [v2026, v2027];
  const rules: [string, (on: string) => { edition?: string; explanation: string[] }][] = [
    ["ageRule (on)", (on) => ageRule({ profiles, age: 30, on })],
    ["checkConsent (on)", (on) => checkConsent({ profiles, action: "call-log-access", granted: ["consent"], on })],
    ["rightsRequestDeadlines (receivedOn)", (on) => rightsRequestDeadlines({ profiles, right: "erasure", receivedOn: on })],
    ["retentionDecision (asOf)", (on) => retentionDecision({ profiles, category: "billing", accountClosedOn: "2026-02-01", asOf: on })],
    ["marketingOptOutDeadline (optedOutOn)", (on) => marketingOptOutDeadline({ profiles, channel: "email", optedOutOn: on })],
    ["policyChangeEffective (noticeOn)", (on) => policyChangeEffective({ profiles, noticeOn: on, change: "material" })],
    ["terminationWindow (noticeOn)", (on) => terminationWindow({ profiles, noticeOn: on, requestedOn: addDays(on, 5) })],
  ];
  it.each(rules)("relaso.changes: %s", (_, decide) => {
    expect(decide("2027-03-20").edition).toBe("relaso@2026");
    expect(decide("2027-03-21").edition).toBe("relaso@2027-03");
    expect(text(decide("2027-03-21"))).toContain('applies: "relaso@2027-03"');
  });

  it("checkConsent and ageRule need their date (`on`) with `profiles`, and not without", () => {
    for (const [rule, f] of [
      ["checkConsent", () => checkConsent({ profiles, action: "sale" })],
      ["ageRule", () => ageRule({ profiles, age: 30 })],
    ] as const) {
      const { issues } = policyErrorOf(f, rule);
      expect(issues).toEqual([{ path: ["on"], message: expect.stringContaining("required with `profiles`") as unknown as string }]);
    }
    expect(checkConsent({ profile: "relaso", action: "sale" }).allowed).toBe(false);
    expect(ageRule({ profile: "relaso", age: 30 }).mayCollect).toBe(true);
  });
});

describe("the result names the edition", () => {
  it("a single profile carrying an edition: applied as given, and named", () => {
    const v2027 = edition("relaso", { id: "relaso@2027-03", effectiveOn: "2027-03-01", announcedOn: "2027-02-19" });
    const r = rightsRequestDeadlines({ profile: v2027, right: "access", receivedOn: "2027-03-01" });
    expect(r.edition).toBe("relaso@2027-03");
    expect(text(r)).toContain('Edition "relaso@2027-03" of this policy (effective 2027-03-01, announced 2027-02-19), applied as given');
  });

  it("a profile without an edition (the shipped ones, or a host's) gives no `edition` field: results are as before", () => {
    for (const r of [
      rightsRequestDeadlines({ profile: "relaso", right: "access", receivedOn: "2027-03-01" }),
      checkConsent({ action: "sale" }),
      ageRule({ age: 30, on: "2027-03-01" }),
      retentionDecision({ profile: { ...privacyProfiles.reliom, id: "acme" }, category: "usage", asOf: "2027-03-01" }),
    ]) {
      expect(Object.keys(r)).not.toContain("edition");
    }
  });

  it("the explanation of `profiles` says how many editions were given, which applied on which date, and why", () => {
    const r = marketingOptOutDeadline({
      profiles: [edition("relument", { id: "r1", effectiveOn: "2026-01-01" }), edition("relument", { id: "r2", effectiveOn: "2026-06-01" })],
      channel: "email",
      optedOutOn: "2026-07-01",
    });
    expect(r.edition).toBe("r2");
    expect(r.explanation[0]).toBe(
      '2 editions of Relument Solutions\' privacy policy ("relument-privacy") given; the opt-out date (`optedOutOn`) is 2026-07-01, and the latest edition in force that day applies: "r2" (profile "relument").',
    );
  });
});

describe("input errors", () => {
  const v2026 = edition("relaso", { id: "relaso@2026", effectiveOn: "2026-01-01" });
  const v2027 = edition("relaso", { id: "relaso@2027-03", effectiveOn: "2027-03-01", announcedOn: "2027-02-19" });

  it("a list mixing policies", () => {
    const other = edition("relument", { id: "relument@2026", effectiveOn: "2026-06-01" });
    const { issues } = policyErrorOf(() => rightsRequestDeadlines({ profiles: [v2026, other], right: "access", receivedOn: "2027-01-01" }), "rightsRequestDeadlines");
    expect(issues).toEqual([{ path: ["profiles", 1, "document"], message: 'an edition of "relument-privacy", while profiles[0] is of "relaso-privacy": `profiles` lists editions of one policy' }]);
  });

  it("a host profile of the same document is the same policy (its id and name may differ)", () => {
    const renamed = { ...v2027, id: "relaso-eu", name: "Relaso EU" };
    expect(rightsRequestDeadlines({ profiles: [v2026, renamed], right: "access", receivedOn: "2027-04-01" })).toMatchObject({ edition: "relaso@2027-03", profile: "relaso-eu" });
  });

  it("duplicate edition ids", () => {
    const twin = edition("relaso", { id: "relaso@2026", effectiveOn: "2026-06-01" });
    const { issues } = policyErrorOf(() => checkConsent({ profiles: [v2026, twin], action: "sale", on: "2027-01-01" }), "checkConsent");
    expect(issues).toEqual([{ path: ["profiles", 1, "edition", "id"], message: 'the edition id "relaso@2026" is listed twice (profiles[0] too)' }]);
  });

  it("two editions taking effect the same day", () => {
    const same = edition("relaso", { id: "relaso@2026-b", effectiveOn: "2026-01-01" });
    const { issues } = policyErrorOf(() => ageRule({ profiles: [v2026, same], age: 30, on: "2027-01-01" }), "ageRule");
    expect(issues.map((i) => i.path)).toEqual([["profiles", 1, "edition", "effectiveOn"]]);
    expect(issues[0]?.message).toMatch(/both take effect on 2026-01-01/);
  });

  it("`profile` and `profiles` together", () => {
    const { issues } = policyErrorOf(() => rightsRequestDeadlines({ profile: "relaso", profiles: [v2026], right: "access", receivedOn: "2027-01-01" }), "rightsRequestDeadlines");
    expect(issues).toEqual([{ path: ["profiles"], message: "give either `profile` or `profiles` (editions of one policy), not both" }]);
  });

  it("none in force yet on the date: the error names the earliest in-force date (after Relaso's notice, not the effectiveOn)", () => {
    const { issues } = policyErrorOf(() => rightsRequestDeadlines({ profiles: [v2027], right: "access", receivedOn: "2027-03-01" }), "rightsRequestDeadlines");
    expect(issues).toEqual([
      {
        path: ["profiles"],
        message: 'no edition is in force yet on 2027-03-01 (the receipt date, `receivedOn`): the earliest in force, "relaso@2027-03", is in force from 2027-03-21',
      },
    ]);
    expect(rightsRequestDeadlines({ profiles: [v2027], right: "access", receivedOn: "2027-03-21" }).edition).toBe("relaso@2027-03");
  });

  it("none in force yet: the earliest in-force date may belong to a later-effective edition, and that one is named", () => {
    const a = edition("relaso", { id: "a", effectiveOn: "2027-03-01", announcedOn: "2027-02-28" }); // in force from 2027-03-30
    const b = edition("relaso", { id: "b", effectiveOn: "2027-03-15", announcedOn: "2027-01-01" }); // in force from 2027-03-15
    const { message } = policyErrorOf(() => rightsRequestDeadlines({ profiles: [a, b], right: "access", receivedOn: "2027-03-10" }), "rightsRequestDeadlines");
    expect(message).toContain('the earliest in force, "b", is in force from 2027-03-15');
  });

  it("a profile of `profiles` without its edition, a shipped profile's name, an empty list, a list over the limit", () => {
    expect(policyErrorOf(() => retentionDecision({ profiles: [v2026, privacyProfiles.relaso], category: "billing", asOf: "2027-01-01" }), "retentionDecision").issues).toEqual([
      { path: ["profiles", 1, "edition"], message: "required in `profiles`: each profile says which edition it is ({ id, effectiveOn, announcedOn? })" },
    ]);
    const named = policyErrorOf(() => retentionDecision({ profiles: ["relaso" as never], category: "billing", asOf: "2027-01-01" }), "retentionDecision");
    expect(named.issues[0]?.path).toEqual(["profiles", 0]);
    expect(policyErrorOf(() => retentionDecision({ profiles: [], category: "billing", asOf: "2027-01-01" }), "retentionDecision").issues[0]?.message).toMatch(/at least one edition/);
    const many = (n: number) => Array.from({ length: n }, (_, i) => edition("relenta", { id: `e${i}`, effectiveOn: addDays("2000-01-01", i) }));
    expect(retentionDecision({ profiles: many(MAX_PROFILE_EDITIONS), category: "account", asOf: "2010-01-01" }).edition).toBe(`e${MAX_PROFILE_EDITIONS - 1}`);
    expect(policyErrorOf(() => retentionDecision({ profiles: many(MAX_PROFILE_EDITIONS + 1), category: "account", asOf: "2010-01-01" }), "retentionDecision").message).toMatch(/1000/);
  });

  it("the input is never mutated", () => {
    const input = { profiles: [v2027, v2026], right: "access" as const, receivedOn: "2027-04-01" };
    const copy = structuredClone(input);
    rightsRequestDeadlines(input);
    expect(input).toEqual(copy);
    expect(input.profiles[0]).toBe(v2027);
  });
});

describe("readings where P9 is silent (proposed register entries)", () => {
  it("P9.notice-under-replaced-edition: an edition is in force per the change clause of the edition it replaces", () => {
    const r = privacyProfiles.relaso;
    const noNotice = { ...r.changes, advanceNoticeDays: { stated: false as const, note: "dropped" }, mayChangeAtAnyTime: { stated: false as const, note: "dropped" } };
    const old = edition("relaso", { id: "old", effectiveOn: "2026-01-01" });
    // The new edition drops the 30 days' notice; it is itself announced under the old one's promise.
    const dropping: PrivacyProfile = { ...r, changes: noNotice, edition: { id: "new", effectiveOn: "2027-03-01", announcedOn: "2027-02-26" } };
    expect(rightsRequestDeadlines({ profiles: [old, dropping], right: "access", receivedOn: "2027-03-27" }).edition).toBe("old");
    expect(rightsRequestDeadlines({ profiles: [old, dropping], right: "access", receivedOn: "2027-03-28" }).edition).toBe("new");
    // Conversely an edition that adds a notice period is not delayed by it: the old clause had none.
    const oldNoNotice: PrivacyProfile = { ...r, changes: noNotice, edition: { id: "old", effectiveOn: "2026-01-01" } };
    const adding = edition("relaso", { id: "new", effectiveOn: "2027-03-01", announcedOn: "2027-02-26" });
    expect(rightsRequestDeadlines({ profiles: [oldNoNotice, adding], right: "access", receivedOn: "2027-03-01" }).edition).toBe("new");
  });

  it("P9.latest-edition-wins: of the editions in force, the one with the latest effectiveOn applies (an earlier edition whose notice runs later never returns)", () => {
    const o = edition("relaso", { id: "o", effectiveOn: "2026-01-01" });
    const a = edition("relaso", { id: "a", effectiveOn: "2027-03-01", announcedOn: "2027-02-28" }); // in force from 2027-03-30
    const b = edition("relaso", { id: "b", effectiveOn: "2027-03-15", announcedOn: "2027-01-01" }); // in force from 2027-03-15
    const on = (d: string) => rightsRequestDeadlines({ profiles: [o, a, b], right: "access", receivedOn: d }).edition;
    expect([on("2027-03-14"), on("2027-03-15"), on("2027-03-30"), on("2027-12-31")]).toEqual(["o", "b", "b", "b"]);
  });

  it("P9.change-clause-from-data: the notice rule is read from the profile's P7 fields, not its name", () => {
    // A host profile named like nothing shipped, with Relaso's 30-day notice, behaves like Relaso.
    const host = (e: ProfileEdition): PrivacyProfile => ({ ...privacyProfiles.relaso, id: "acme", name: "Acme", document: "acme-privacy", edition: e });
    const profiles = [host({ id: "a1", effectiveOn: "2026-01-01" }), host({ id: "a2", effectiveOn: "2027-03-01", announcedOn: "2027-02-19" })];
    expect(checkConsent({ profiles, action: "sale", on: "2027-03-20" }).edition).toBe("a1");
    expect(checkConsent({ profiles, action: "sale", on: "2027-03-21" }).edition).toBe("a2");
    // And a Relaso-named profile whose P7 fields say "no advance notice" is in force from its effectiveOn.
    const quick = (e: ProfileEdition): PrivacyProfile => ({ ...privacyProfiles.relaso, changes: privacyProfiles.reliom.changes, edition: e });
    const q = [quick({ id: "q1", effectiveOn: "2026-01-01" }), quick({ id: "q2", effectiveOn: "2027-03-01", announcedOn: "2027-02-19" })];
    expect(checkConsent({ profiles: q, action: "sale", on: "2027-03-01" }).edition).toBe("q2");
  });

  it("P9.no-change-clause: a profile silent on changes puts an edition in force from its effectiveOn, and says so", () => {
    const silent = { notice: { stated: false as const, note: "silent" }, advanceNoticeDays: { stated: false as const, note: "silent" }, terminationWithinDays: { stated: false as const, note: "silent" }, mayChangeAtAnyTime: { stated: false as const, note: "silent" } };
    const p = (e: ProfileEdition): PrivacyProfile => ({ ...privacyProfiles.reliom, changes: silent, edition: e });
    const r = ageRule({ profiles: [p({ id: "s1", effectiveOn: "2026-01-01" }), p({ id: "s2", effectiveOn: "2027-03-01", announcedOn: "2027-02-28" })], age: 30, on: "2027-03-01" });
    expect(r.edition).toBe("s2");
    expect(text(r)).toContain("(register P9.no-change-clause)");
  });

  it("P9.single-profile-as-given: a single profile's edition is applied whatever the date", () => {
    const future = edition("relaso", { id: "relaso@2030", effectiveOn: "2030-01-01" }, 14);
    expect(rightsRequestDeadlines({ profile: future, right: "access", receivedOn: "2027-03-01" })).toMatchObject({ edition: "relaso@2030", respondBy: "2027-03-15" });
  });

  it("P9.p7-rules-at-notice: policyChangeEffective and terminationWindow apply the edition in force on the notice date", () => {
    // The new Relaso edition gives 45 days to terminate; a change announced before it is in force keeps the old 30.
    const r = privacyProfiles.relaso;
    const longer = (e: ProfileEdition, days: number): PrivacyProfile => ({ ...r, edition: e, changes: { ...r.changes, terminationWithinDays: { stated: true, value: days, clauses: ["relaso.changes.terminate"] } } });
    const profiles = [longer({ id: "t30", effectiveOn: "2026-01-01" }, 30), longer({ id: "t45", effectiveOn: "2027-03-01", announcedOn: "2027-01-01" }, 45)];
    expect(terminationWindow({ profiles, noticeOn: "2027-02-28", requestedOn: "2027-04-01" })).toMatchObject({ edition: "t30", windowEnd: "2027-03-30", withinWindow: false });
    expect(terminationWindow({ profiles, noticeOn: "2027-03-01", requestedOn: "2027-04-01" })).toMatchObject({ edition: "t45", windowEnd: "2027-04-15", withinWindow: true });
  });
});

describe("properties", () => {
  const date = fc.integer({ min: 0, max: 20_000 }).map((n) => addDays("1990-01-01", n));
  const name = fc.constantFrom(...PROFILE_NAMES);
  const editionOf = fc.record({ effectiveOn: date, lead: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }) }).map(
    ({ effectiveOn, lead }): ProfileEdition => (lead === undefined ? { id: `e-${effectiveOn}`, effectiveOn } : { id: `e-${effectiveOn}`, effectiveOn, announcedOn: addDays(effectiveOn, -lead) }),
  );
  /** One decision of each rule for profile `p` on `on` (the date that picks the edition). */
  const decisions = (p: { profile: PrivacyProfile } | { profiles: PrivacyProfile[] }, n: ProfileName, on: string): object[] => {
    const right = privacyProfiles[n].rights.offered[0]?.right ?? "access";
    const category = privacyProfiles[n].retention.categories.at(-1)?.id ?? "account";
    return [
      ageRule({ ...p, age: 15, on }),
      checkConsent({ ...p, action: "ad-pixel-sharing", granted: ["consent"], pixelsEnabled: true, age: 20, on }),
      rightsRequestDeadlines({ ...p, right, receivedOn: on, extended: true }),
      retentionDecision({ ...p, category, accountClosedOn: addDays(on, -400), asOf: on }),
      marketingOptOutDeadline({ ...p, channel: "sms", optedOutOn: on }),
      policyChangeEffective({ ...p, noticeOn: on, change: "material" }),
      terminationWindow({ ...p, noticeOn: on, requestedOn: addDays(on, 30) }),
    ];
  };
  const withoutTrace = (r: object) => {
    const { explanation: _e, citations: _c, ...rest } = r as { explanation: string[]; citations: string[] };
    return rest;
  };

  test.prop([name, editionOf, fc.integer({ min: 0, max: 400 })])(
    "`profiles: [p]` (one edition, in force) gives the same decision as `profile: p`, for every rule",
    (n, e, after) => {
      const p = edition(n, e);
      // The day it is in force from: Relaso's 30 days after an announcement, else its effectiveOn.
      const from = n === "relaso" && e.announcedOn !== undefined && addDays(e.announcedOn, 30) > e.effectiveOn ? addDays(e.announcedOn, 30) : e.effectiveOn;
      const on = addDays(from, after);
      const single = decisions({ profile: p }, n, on);
      const listed = decisions({ profiles: [p] }, n, on);
      for (const [i, r] of listed.entries()) {
        expect(withoutTrace(r)).toEqual(withoutTrace(single[i] as object));
        expect((r as { edition?: string }).edition).toBe(e.id);
        // The listed decision cites at least what the single one cites (plus the change clause that put the edition in force).
        for (const c of (single[i] as { citations: string[] }).citations) expect((r as { citations: string[] }).citations).toContain(c);
      }
      // The day before it is in force, the single edition is refused, naming that day.
      expect(() => rightsRequestDeadlines({ profiles: [p], right: privacyProfiles[n].rights.offered[0]?.right ?? "access", receivedOn: addDays(from, -1) })).toThrow(
        `is in force from ${from}`,
      );
    },
  );

  test.prop([name, fc.uniqueArray(editionOf, { minLength: 1, maxLength: 6, selector: (e) => e.effectiveOn }), date, date])(
    "the edition in force never goes back as the date moves forward, and is always one in force by then",
    (n, editions, d1, d2) => {
      const [early, late] = d1 <= d2 ? [d1, d2] : [d2, d1];
      const profiles = editions.map((e) => edition(n, e));
      const pick = (on: string) => {
        try {
          return rightsRequestDeadlines({ profiles, right: privacyProfiles[n].rights.offered[0]?.right ?? "access", receivedOn: on }).edition ?? null;
        } catch {
          return null;
        }
      };
      const a = pick(early);
      const b = pick(late);
      const effective = (id: string | null) => editions.find((e) => e.id === id)?.effectiveOn ?? "";
      if (a !== null) expect(b).not.toBeNull();
      if (a !== null && b !== null) expect(effective(b) >= effective(a)).toBe(true);
      if (b !== null) expect(effective(b) <= late).toBe(true);
    },
  );
});
