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

  it("every tariff number is stated in the text of the clause it cites", () => {
    // Numbers the text states in words: the word that carries the number.
    const statedAs: Record<string, string> = {
      homePeriodMonths: "per quarter",
      slaRemoteMemberDays: "same-day",
      slaOnsiteDays: "next business day",
      monthlyPeriodMonths: "Monthly",
      yearlyPeriodMonths: "Yearly",
    };
    const byId = new Map(clauses.map((c) => [c.id, c.text]));
    const forms = (name: string, v: unknown): string[] => {
      if (name in statedAs) return [statedAs[name] as string];
      if (Array.isArray(v)) return v.map(String);
      if (typeof v === "number") return [String(v)];
      return [`$${String(v).replace(/\.00$/, "")}`];
    };
    for (const [name, e] of Object.entries(tariff)) {
      const text = byId.get(e.clause) ?? "";
      for (const form of forms(name, e.value)) {
        const at = new RegExp(`(^|[^\\d])${form.replace(/[$.]/g, "\\$&")}([^\\d]|$)`);
        expect(at.test(text), `tariff.${name} = ${JSON.stringify(e.value)}: "${form}" not in ${e.clause}`).toBe(true);
      }
    }
  });

  it("interpretation ids are unique", () => {
    const ids = interpretations.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("TERMS_CLAUSE_IDS (the ids editions validate texts against, without the texts)", () => {
  it("lists exactly the registry's Terms clause ids, in order", async () => {
    const { TERMS_CLAUSE_IDS } = await import("../src/core/clauses/terms-ids.js");
    const { clauses: all } = await import("../src/core/clauses/index.js");
    expect(TERMS_CLAUSE_IDS).toEqual(all.filter((c) => c.document === "relument-terms").map((c) => c.id));
  });
});

describe("LIBRARY (the name and version decision records carry)", () => {
  it("matches package.json", async () => {
    const { LIBRARY } = await import("../src/version.js");
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { name: string; version: string };
    expect(LIBRARY).toEqual({ name: pkg.name, version: pkg.version });
  });
});
