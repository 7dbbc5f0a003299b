import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { clauses } from "../core/clauses/index.js";
import { PolicyInputError } from "../core/errors.js";
import { laws } from "./laws.js";
import { privacyProfiles, profileCitations, withCitations } from "./profiles/index.js";
import { PROFILE_NAMES, privacyProfileSchema, type PrivacyProfile } from "./schema.js";

const clauseIds = new Set(clauses.map((c) => c.id));

/** Every clause id a profile cites, wherever it sits. */
function citedIds(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) citedIds(v, out);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if ((k === "clauses" || k === "scopeClauses") && Array.isArray(v)) out.push(...(v as string[]));
      else citedIds(v, out);
    }
  }
  return out;
}

describe("privacy profile schema", () => {
  it.each(PROFILE_NAMES)("%s passes the profile schema", (name) => {
    const r = z.safeParse(privacyProfileSchema, privacyProfiles[name]);
    expect(r.success, JSON.stringify(r.error?.issues)).toBe(true);
  });

  it.each(PROFILE_NAMES)("%s cites only registered clauses of its own document or the Terms", (name) => {
    const p = privacyProfiles[name];
    const ids = citedIds(p);
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) {
      expect(clauseIds.has(id), id).toBe(true);
      const doc = clauses.find((c) => c.id === id)?.document;
      expect([p.document, "relument-terms"], id).toContain(doc);
    }
  });

  it.each(PROFILE_NAMES)("%s cites only registered laws in its gates", (name) => {
    for (const gate of Object.values(privacyProfiles[name].actions)) {
      if (gate.status !== "not-stated") for (const id of gate.laws) expect(Object.keys(laws), id).toContain(id);
    }
  });

  it("the four profiles never sell", () => {
    for (const name of PROFILE_NAMES) {
      const p = privacyProfiles[name];
      expect(p.sells).toMatchObject({ stated: true, value: false });
      expect(p.actions.sale.status).toBe("prohibited");
    }
  });

  it("rejects a profile with an unknown key, a missing action, a stated field without a clause, or no account category", () => {
    const base: PrivacyProfile = privacyProfiles.relument;
    const bad: unknown[] = [
      { ...base, extra: 1 },
      { ...base, actions: { ...base.actions, sale: undefined } },
      { ...base, sells: { stated: true, value: false, clauses: [] } },
      { ...base, retention: { ...base.retention, categories: base.retention.categories.filter((c) => c.id !== "account") } },
      { ...base, rights: { ...base.rights, offered: [...base.rights.offered, base.rights.offered[0]] } },
      { ...base, age: { ...base.age, minimum: { stated: true, value: -3, clauses: ["x"] } } },
    ];
    for (const p of bad) expect(z.safeParse(privacyProfileSchema, p).success).toBe(false);
  });

  it.each(PROFILE_NAMES)("%s: citations lists every clause id its fields cite, deduplicated, in first-use order", (name) => {
    const p = privacyProfiles[name];
    const expected = [...new Set(citedIds({ ...p, citations: undefined }))];
    expect(p.citations).toEqual(expected);
    expect(new Set(p.citations).size).toBe(p.citations.length);
    expect(p.citations[0]).toBe(p.scopeClauses[0]);
  });

  it("relaso: citations name the clauses that forbid advertising sharing; relenta's start with its scope and logs", () => {
    expect(privacyProfiles.relaso.citations).toEqual(expect.arrayContaining(["relaso.never-sold", "relaso.cookies.third-party", "relaso.sharing.consent"]));
    expect(privacyProfiles.relenta.citations.slice(0, 2)).toEqual(["relenta.2.personal-information", "relenta.2.logs"]);
    expect(privacyProfiles.relument.citations.slice(0, 3)).toEqual(["privacy.1.categories", "privacy.8.rights", "privacy.1.a-identifiers"]);
  });

  it("citations are computed from the fields, not kept by hand: a changed field changes them, a stale list is replaced", () => {
    const base = privacyProfiles.relenta;
    const changed = withCitations({ ...base, citations: ["stale"], sells: { stated: true, value: false, clauses: ["relument-terms-not-a-real-id"] } });
    expect(changed.citations).not.toContain("stale");
    expect(changed.citations).toContain("relument-terms-not-a-real-id");
    expect(profileCitations({ ...base, citations: ["stale"] })).toEqual(base.citations);
    expect(base.citations).not.toContain("relument-terms-not-a-real-id");
  });

  it("P6: a profile's retention category ids are unique (a host profile repeating one is refused, naming the rule)", () => {
    const base = privacyProfiles.relument;
    const first = base.retention.categories[0] as (typeof base.retention.categories)[number];
    const repeated = { ...base, id: "acme", retention: { ...base.retention, categories: [...base.retention.categories, first] } };
    const parsed = z.safeParse(privacyProfileSchema, repeated);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["retention.categories", "retention category ids must be unique"]]);
    expect(() => withCitations(repeated)).toThrow(/^Invalid input to withCitations/);
  });

  it("profileCitations and withCitations validate the profile they are given (PolicyInputError naming the function)", () => {
    const { citations: _c, ...host } = privacyProfiles.reliom;
    expect(withCitations({ ...host, id: "acme" })).toEqual({ ...privacyProfiles.reliom, id: "acme" });
    for (const bad of [undefined, null, "relument", { ...host, id: "acme", extra: true }, { ...host, scopeClauses: [] }]) {
      expect(() => profileCitations(bad as never), JSON.stringify(bad)).toThrow(PolicyInputError);
      expect(() => profileCitations(bad as never)).toThrow(/^Invalid input to profileCitations/);
      expect(() => withCitations(bad as never)).toThrow(/^Invalid input to withCitations/);
    }
  });

  it("a host's own profile may leave citations out (optional in the schema), and a shipped one spread with its citations is accepted", () => {
    const { citations: _omit, ...withoutCitations } = privacyProfiles.reliom;
    expect(z.safeParse(privacyProfileSchema, { ...withoutCitations, id: "acme" }).success).toBe(true);
    expect(z.safeParse(privacyProfileSchema, { ...privacyProfiles.reliom, id: "acme" }).success).toBe(true);
    expect(z.safeParse(privacyProfileSchema, { ...privacyProfiles.reliom, citations: [""] }).success).toBe(false);
  });

  it("every law's id matches its key", () => {
    for (const [k, v] of Object.entries(laws)) expect(v.id).toBe(k);
  });
});
