import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { clauses, policyFiles } from "../src/core/clauses/index.js";
import { interpretations } from "../src/core/interpretations/index.js";
import { tariff } from "../src/terms/tariff.js";

const text = (file: string) => readFileSync(new URL(`../docs/policies/${file}`, import.meta.url), "utf8");

describe("clause registry", () => {
  it("every clause text appears verbatim in its policy document", () => {
    for (const c of clauses) {
      expect(text(policyFiles[c.document]).includes(c.text), `${c.id} is not verbatim in ${c.document}`).toBe(true);
      expect(c.text.trim().length, c.id).toBeGreaterThan(10);
    }
  });

  it("the policy copies in docs/policies are identical to the shared texts", () => {
    const shared = new URL("../../shared/policies/", import.meta.url);
    for (const file of Object.values(policyFiles)) {
      let original: string;
      try {
        original = readFileSync(new URL(file, shared), "utf8");
      } catch {
        continue; // the shared folder is not beside every clone (e.g. a packed tarball)
      }
      expect(text(file), file).toBe(original);
    }
  });

  it("clause ids are unique and well formed", () => {
    const ids = clauses.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(\.[a-z0-9-]+)+$/);
  });

  it("every tariff entry and every interpretation cites a registered clause", () => {
    const ids = new Set(clauses.map((c) => c.id));
    for (const [name, e] of Object.entries(tariff)) expect(ids.has(e.clause), `tariff.${name} → ${e.clause}`).toBe(true);
    for (const r of interpretations) for (const id of r.clauses) expect(ids.has(id), `${r.id} → ${id}`).toBe(true);
  });

  it("interpretation ids are unique", () => {
    const ids = interpretations.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
