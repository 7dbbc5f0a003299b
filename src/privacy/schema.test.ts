import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { clauses } from "../core/clauses/index.js";
import { laws } from "./laws.js";
import { privacyProfiles } from "./profiles/index.js";
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

  it("every law's id matches its key", () => {
    for (const [k, v] of Object.entries(laws)) expect(v.id).toBe(k);
  });
});
