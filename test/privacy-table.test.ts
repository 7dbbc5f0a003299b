import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderPrivacyTable } from "../scripts/gen-privacy-table.js";
import { privacyProfiles } from "../src/privacy/index.js";

describe("docs/privacy-profiles.md", () => {
  it("is exactly what scripts/gen-privacy-table.ts generates from the profile data (run `npx tsx scripts/gen-privacy-table.ts` after a profile change)", () => {
    const committed = readFileSync(new URL("../docs/privacy-profiles.md", import.meta.url), "utf8");
    expect(committed).toBe(renderPrivacyTable());
  });

  it("changes when a profile changes (the check can fail)", () => {
    const changed = { ...privacyProfiles.relaso, age: { ...privacyProfiles.relaso.age, minimum: { stated: true as const, value: 18, clauses: ["relaso.children"] } } };
    const profiles = [privacyProfiles.relument, changed, privacyProfiles.reliom, privacyProfiles.relenta];
    expect(renderPrivacyTable(profiles)).not.toBe(renderPrivacyTable());
    expect(renderPrivacyTable(profiles)).toContain("| P1 minimum age | 13 (`privacy.12.children`) | 18 (`relaso.children`) |");
  });

  it("has one column per profile and says \"not stated\" where a policy is silent", () => {
    const table = renderPrivacyTable();
    expect(table).toContain("| rule | relument (Relument Solutions) | relaso (Relaso Sales CRM) | reliom (Reliom) | relenta (Relenta CRM) |");
    expect(table).toMatch(/\| P1 minimum age \| 13 .* \| 16 .* \| 16 .* \| not stated \|/);
  });
});
