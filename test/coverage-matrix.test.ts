import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fc } from "@fast-check/vitest";
import * as api from "../src/index.js";
import { coverage } from "../handbook/coverage.js";
import { allExamples } from "../handbook/all-examples.js";
import { publicRules } from "./public-functions.js";

const src = fileURLToPath(new URL("../src/", import.meta.url));
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));

/** Clause ids written in the rules' code (string literals and tariff references), outside the registries. */
function clauseIdsInCode(options: { withProfiles: boolean }): Set<string> {
  const ids = new Set<string>();
  const registered = new Set(api.clauses.map((c) => c.id));
  for (const file of walk(src)) {
    if (!file.endsWith(".ts") || file.includes(".test") || file.includes("/clauses/") || file.includes("/interpretations/") || file.includes("/testing/")) continue;
    if (!options.withProfiles && file.includes("/profiles/")) continue;
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/["'`]((?:terms|privacy|relaso|reliom|relenta)\.[a-z0-9.-]+)["'`]/g)) if (registered.has(m[1] as string)) ids.add(m[1] as string);
    for (const m of text.matchAll(/tariff\.(\w+)/g)) {
      const entry = (api.tariff as Record<string, { clause: string } | undefined>)[m[1] as string];
      if (entry) ids.add(entry.clause);
    }
  }
  return ids;
}

describe("coverage matrix (handbook/coverage.ts)", () => {
  const rows = new Map(coverage.map((r) => [r.clause, r]));

  it("every registry clause is in exactly one row, and every row is a registry clause", () => {
    const ids = api.clauses.map((c) => c.id);
    expect(coverage.map((r) => r.clause).sort()).toEqual([...ids].sort());
    expect(new Set(coverage.map((r) => r.clause)).size).toBe(coverage.length);
  });

  it("every clause cited by code (rules and profile data) is in the matrix", () => {
    const cited = clauseIdsInCode({ withProfiles: true });
    expect(cited.size).toBeGreaterThan(50);
    for (const id of cited) expect(rows.has(id), id).toBe(true);
  });

  it("every clause a rule's code cites is marked implemented", () => {
    for (const id of clauseIdsInCode({ withProfiles: false })) expect(rows.get(id)?.status, id).toBe("implemented");
  });

  it("implemented rows name existing rules; other rows say why", () => {
    for (const r of coverage) {
      if (r.status === "implemented") {
        expect(r.functions?.length, r.clause).toBeGreaterThan(0);
        for (const f of r.functions ?? []) expect(typeof (api as Record<string, unknown>)[f], `${r.clause} → ${f}`).toBe("function");
      } else expect(r.note?.length, r.clause).toBeGreaterThan(10);
    }
  });

  it("each implemented clause is really cited by one of its rules (worked examples and sampled valid inputs)", () => {
    const citedBy = new Map<string, Set<string>>();
    const record = (fn: string, result: unknown) => {
      for (const id of (result as { citations: string[] }).citations) citedBy.set(id, (citedBy.get(id) ?? new Set()).add(fn));
    };
    for (const ex of allExamples) record(ex.fn, (api as unknown as Record<string, (i: unknown) => unknown>)[ex.fn]?.(ex.input));
    for (const rule of publicRules) for (const input of fc.sample(rule.valid, { numRuns: 1500, seed: 42 })) record(rule.name, rule.fn(input as never));
    for (const r of coverage.filter((row) => row.status === "implemented")) {
      const by = citedBy.get(r.clause) ?? new Set();
      expect((r.functions ?? []).some((f) => by.has(f)), `${r.clause}: listed ${r.functions?.join(", ")}, cited by ${[...by].join(", ") || "none"}`).toBe(true);
    }
  });

  it("T20: §3's conversion credits are informational, and the matrix says they are defined nowhere", () => {
    const row = coverage.find((r) => r.clause === "terms.3.see-5");
    expect(row?.status).toBe("informational");
    expect(row?.note).toMatch(/conversion credits.*defined nowhere/);
  });

  it("no clause is left not-yet: every clause is implemented or informational with a reason", () => {
    expect(coverage.filter((r) => r.status === "not-yet").map((r) => r.clause)).toEqual([]);
  });
});
