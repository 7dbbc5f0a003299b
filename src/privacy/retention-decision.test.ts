import { describe, expect, it } from "vitest";
import { PolicyInputError } from "../core/errors.js";
import { retentionDecision } from "./retention-decision.js";
import { privacyProfiles } from "./profiles/index.js";

describe("retentionDecision (P6)", () => {
  it("privacy.5.retention: an open account keeps its data for the life of the account", () => {
    const r = retentionDecision({ category: "identifiers", asOf: "2026-06-01" });
    expect(r).toMatchObject({ profile: "relument", action: "retain", until: null, exception: null });
    expect(r.explanation[0]).toMatch(/default profile "relument"/);
  });

  it("privacy.1.e-billing: billing is kept 84 months after closure for tax/audit: closed 2026-01-15 → until 2033-01-15", () => {
    const r = retentionDecision({ category: "billing", accountClosedOn: "2026-01-15", asOf: "2026-06-01" });
    expect(r).toMatchObject({ action: "retain", until: "2033-01-15", exception: "legal-tax-audit", periodMonths: 84, periodSource: "default" });
    expect(r.citations).toContain("privacy.1.e-billing");
  });

  it("privacy.5.retention: identifiers closed 2024-02-29 are kept until 2028-02-29 (48 months), deleted on that day", () => {
    expect(retentionDecision({ category: "identifiers", accountClosedOn: "2024-02-29", asOf: "2028-02-28" })).toMatchObject({ action: "retain", until: "2028-02-29" });
    expect(retentionDecision({ category: "identifiers", accountClosedOn: "2024-02-29", asOf: "2028-02-29" })).toMatchObject({ action: "delete", until: "2028-02-29", exception: null });
  });

  it("privacy.1.d-remote-session: session content closed 2026-01-31 is kept 3 months, until 2026-04-30 (clamped)", () => {
    expect(retentionDecision({ category: "remote-session", accountClosedOn: "2026-01-31", asOf: "2026-02-01" }).until).toBe("2026-04-30");
  });

  it("privacy.5.deletion: a deletion request deletes identifiers at once", () => {
    expect(retentionDecision({ category: "identifiers", deletionRequestedOn: "2026-03-02", asOf: "2026-03-03" })).toMatchObject({ action: "delete", until: "2026-03-02", exception: null });
  });

  it("privacy.5.deletion: legal hold against a deletion request: the hold wins and retains", () => {
    const r = retentionDecision({ category: "identifiers", deletionRequestedOn: "2026-03-02", legalHold: true, asOf: "2026-03-03" });
    expect(r).toMatchObject({ action: "retain", until: null, exception: "legal-hold" });
    expect(r.lawCitations).toContain("law.ccpa.1798-105-d");
  });

  it("privacy.5.kept-longer: a deletion request keeps consent/audit records under the security exception, from the request day", () => {
    expect(retentionDecision({ category: "security-audit", deletionRequestedOn: "2026-03-02", asOf: "2026-03-03" })).toMatchObject({
      action: "retain",
      until: "2033-03-02",
      exception: "security",
    });
  });

  it("privacy.5.deletion: billing kept after a deletion request counts from the earlier closure (2025-01-31 → 2032-01-31)", () => {
    expect(retentionDecision({ category: "billing", accountClosedOn: "2025-01-31", deletionRequestedOn: "2026-03-02", asOf: "2026-03-03" }).until).toBe("2032-01-31");
  });

  it("privacy.5.retention: a host override replaces a default period", () => {
    expect(retentionDecision({ category: "billing", accountClosedOn: "2026-01-15", asOf: "2026-06-01", retentionPeriods: { billing: 120 } })).toMatchObject({
      until: "2036-01-15",
      periodSource: "override",
      periodMonths: 120,
    });
  });

  it("privacy.5.retention: a closure dated after asOf has not happened yet: billing is kept for the life of the open account", () => {
    const r = retentionDecision({ category: "billing", accountClosedOn: "2026-02-01", asOf: "2026-01-01" });
    expect(r).toMatchObject({ action: "retain", until: null, exception: null });
    expect(r.explanation.join(" ")).toMatch(/accountClosedOn \(2026-02-01\) is after asOf \(2026-01-01\): as of 2026-01-01 the account is still open/);
    const open = retentionDecision({ category: "billing", asOf: "2026-01-01" });
    expect([r.action, r.until, r.exception]).toEqual([open.action, open.until, open.exception]);
  });

  it("privacy.5.deletion: a deletion request dated after asOf has not been made yet: marketing data of an open account is retained", () => {
    const r = retentionDecision({ category: "marketing", deletionRequestedOn: "2026-03-10", asOf: "2026-03-03" });
    expect(r).toMatchObject({ action: "retain", until: null, exception: null });
    expect(r.explanation.join(" ")).toMatch(/no deletion was requested yet/);
    // On the request day itself it is deleted.
    expect(retentionDecision({ category: "marketing", deletionRequestedOn: "2026-03-10", asOf: "2026-03-10" }).action).toBe("delete");
  });

  it("privacy.5.deletion: closed 2026-01-10, deletion requested 2026-06-01, asOf 2026-03-01: decided on the closure alone (billing until 2033-01-10)", () => {
    const r = retentionDecision({ category: "billing", accountClosedOn: "2026-01-10", deletionRequestedOn: "2026-06-01", asOf: "2026-03-01" });
    expect(r).toMatchObject({ action: "retain", until: "2033-01-10", exception: "legal-tax-audit" });
    expect(r.explanation.join(" ")).toMatch(/deletionRequestedOn \(2026-06-01\) is after asOf/);
    expect(r.explanation.join(" ")).not.toMatch(/A deletion request was received/);
  });

  it("relaso.retention: the suppression list has no end date", () => {
    expect(retentionDecision({ profile: "relaso", category: "suppression-list", accountClosedOn: "2020-01-01", asOf: "2026-06-01" })).toMatchObject({
      action: "retain",
      until: null,
      exception: "legal-tax-audit",
    });
  });

  it("relaso.retention.backups: deleted contacts stay isolated on backups until deletion is possible", () => {
    expect(retentionDecision({ profile: "relaso", category: "contacts", accountClosedOn: "2026-01-10", asOf: "2026-01-10" })).toMatchObject({
      action: "delete",
      residual: { exception: "backups", handling: "isolated-until-purged", purgeBy: null },
    });
  });

  it("relenta.5.deletion: a deleted account's residual copies go within 90 days (2026-04-10); backups may keep them", () => {
    expect(retentionDecision({ profile: "relenta", category: "account", deletionRequestedOn: "2026-01-10", asOf: "2026-01-10" })).toMatchObject({
      action: "delete",
      until: "2026-01-10",
      residual: { exception: "backups", handling: "may-remain", purgeBy: "2026-04-10" },
    });
  });

  it("reliom.5.retention: a legal hold retains customer data after closure", () => {
    expect(retentionDecision({ profile: "reliom", category: "customer-data", accountClosedOn: "2026-01-10", legalHold: true, asOf: "2027-01-10" }).exception).toBe("legal-hold");
    expect(retentionDecision({ profile: "reliom", category: "customer-data", accountClosedOn: "2026-01-10", asOf: "2027-01-10" }).action).toBe("delete");
  });

  it("a host profile with its own category is applied", () => {
    const host = {
      ...privacyProfiles.reliom,
      id: "acme",
      name: "Acme",
      retention: {
        ...privacyProfiles.reliom.retention,
        categories: [
          ...privacyProfiles.reliom.retention.categories,
          { id: "x-rays", label: "X-rays", clauses: ["acme.5"], afterClosureMonths: 120, periodSource: "policy" as const, reason: "Acme keeps them 10 years.", exception: "legal-tax-audit" as const, keptOnDeletionRequest: true },
        ],
      },
    };
    expect(retentionDecision({ profile: host, category: "x-rays", accountClosedOn: "2026-01-10", asOf: "2026-01-10" }).until).toBe("2036-01-10");
  });

  it("bad input throws PolicyInputError", () => {
    expect(() => retentionDecision({ category: "dna", asOf: "2026-01-01" })).toThrow(PolicyInputError);
    expect(() => retentionDecision({ profile: "relaso", category: "identifiers", asOf: "2026-01-01" })).toThrow(PolicyInputError);
    expect(() => retentionDecision({ category: "billing", asOf: "2026-01-01", retentionPeriods: { dna: 3 } })).toThrow(PolicyInputError);
    expect(() => retentionDecision({ category: "billing", asOf: "2026-01-01", retentionPeriods: { billing: -1 } })).toThrow(PolicyInputError);
  });

  it("does not mutate its input", () => {
    const input = Object.freeze({ category: "billing", accountClosedOn: "2026-01-15", asOf: "2026-06-01", retentionPeriods: Object.freeze({ billing: 12 }) });
    retentionDecision(input);
    expect(input).toEqual({ category: "billing", accountClosedOn: "2026-01-15", asOf: "2026-06-01", retentionPeriods: { billing: 12 } });
  });
});
