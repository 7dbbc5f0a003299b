import { describe, expect, it } from "vitest";
import { checkConsent, privacyProfiles, retentionDecision, rightsRequestDeadlines } from "../src/index.js";

// A host whose policy reads like Relument's passes a copy under its own id: the rules must read the
// profile's data, never its name, so the copy gets the same decisions, clauses and laws.
describe("a host's own profile (a copy of Relument's under another id)", () => {
  const acme = { ...privacyProfiles.relument, id: "acme", name: "Acme IT" };
  const strip = (result: object) => {
    const { profile: _p, explanation: _e, ...rest } = result as Record<string, unknown>;
    return rest;
  };

  it("privacy.5.deletion: retention decisions, clauses and laws are the same", () => {
    for (const input of [
      { category: "billing", deletionRequestedOn: "2026-11-01", asOf: "2026-11-21" },
      { category: "account", deletionRequestedOn: "2026-11-01", legalHold: true, asOf: "2026-11-21" },
    ]) {
      expect(strip(retentionDecision({ ...input, profile: acme }))).toEqual(strip(retentionDecision(input)));
    }
  });

  it("privacy.8.agent: rights deadlines and consent gates are the same", () => {
    expect(strip(rightsRequestDeadlines({ profile: acme, right: "delete", receivedOn: "2026-11-20" }))).toEqual(
      strip(rightsRequestDeadlines({ right: "delete", receivedOn: "2026-11-20" })),
    );
    const input = { action: "ad-pixel-sharing", pixelsEnabled: true, gpc: true, age: 30 } as const;
    expect(strip(checkConsent({ ...input, profile: acme }))).toEqual(strip(checkConsent(input)));
  });
});
