import { describe, expect, it } from "vitest";
import { PolicyInputError } from "../core/errors.js";
import { retentionDecision } from "./retention-decision.js";
import { privacyProfiles } from "./profiles/index.js";
import { policyErrorOf } from "../../test/policy-error.js";

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

describe("retentionDecision (P6): the explanation an auditor reads, branch by branch", () => {
  const issueOf = (f: () => unknown) => policyErrorOf(f, "retentionDecision");

  it("privacy.1.e-billing: closed 2026-01-15, no hold (given false), asOf 2026-06-01: 84 months → 2033-01-15 not yet reached; the whole explanation", () => {
    const r = retentionDecision({ category: "billing", accountClosedOn: "2026-01-15", legalHold: false, asOf: "2026-06-01" });
    expect(r).toMatchObject({ category: "billing", residual: null, lawCitations: [] });
    expect(r.citations).toEqual(["privacy.1.e-billing", "privacy.5.retention"]);
    expect(r.explanation).toHaveLength(5);
    expect(r.explanation[1]).toMatch(/^Category "billing" \(Subscription & Billing Data \(§1 E\)\): 84 months after closure \(library default: Tax and audit: 7 years/);
    expect(r.explanation.slice(2)).toEqual([
      "The account closed on 2026-01-15.",
      "84 months after 2026-01-15 is 2033-01-15; as of 2026-06-01 that is not yet reached.",
      "Retain until 2033-01-15 (exception: legal-tax-audit).",
    ]);
    // legalHold absent: the default is stated.
    expect(retentionDecision({ category: "billing", accountClosedOn: "2026-01-15", asOf: "2026-06-01" }).explanation).toContain("legalHold not given: taken as no legal hold.");
  });

  it("privacy.5.retention: identifiers closed 2024-02-29 are deleted on 2028-02-29: reached, deleted, no residual clause in Relument's policy", () => {
    const r = retentionDecision({ category: "identifiers", accountClosedOn: "2024-02-29", asOf: "2028-02-29" });
    expect(r.residual).toEqual({ exception: "backups", handling: "not-stated", purgeBy: null });
    expect(r.explanation.slice(-2)).toEqual(["48 months after 2024-02-29 is 2028-02-29; as of 2028-02-29 that is reached.", "Delete (retention ended on 2028-02-29)."]);
  });

  it("privacy.1.f-marketing: an account closed on asOf itself is closed (not a future date): marketing data (0 months) is deleted that day", () => {
    const r = retentionDecision({ category: "marketing", accountClosedOn: "2026-03-10", asOf: "2026-03-10" });
    expect(r).toMatchObject({ action: "delete", until: "2026-03-10", exception: null, periodMonths: 0 });
    expect(r.explanation.join(" ")).not.toMatch(/is after asOf/);
  });

  it("privacy.5.retention: a host override of 120 months and an override of null (no end date) are both explained as host overrides", () => {
    const r = retentionDecision({ category: "billing", accountClosedOn: "2026-01-15", asOf: "2026-06-01", retentionPeriods: { billing: 120 } });
    expect(r.explanation[1]).toBe('Category "billing" (Subscription & Billing Data (§1 E)): 120 months after closure (host override).');
    const open = retentionDecision({ category: "billing", accountClosedOn: "2026-01-15", asOf: "2046-06-01", retentionPeriods: { billing: null, marketing: 3 } });
    expect(open).toMatchObject({ action: "retain", until: null, exception: "legal-tax-audit", periodMonths: null, periodSource: "override" });
    expect(open.explanation[1]).toBe('Category "billing" (Subscription & Billing Data (§1 E)): kept while its reason lasts (no end date) (host override).');
    expect(open.explanation.slice(-2)).toEqual(["No end date: kept while its reason lasts.", "Retain (exception: legal-tax-audit)."]);
    // An override of another category leaves this one's default in place.
    expect(retentionDecision({ category: "billing", accountClosedOn: "2026-01-15", asOf: "2026-06-01", retentionPeriods: { marketing: 3 } })).toMatchObject({ periodMonths: 84, periodSource: "default", until: "2033-01-15" });
  });

  it("relaso.retention: the suppression list's period is the policy's own (no end date), explained with the policy's reason", () => {
    const r = retentionDecision({ profile: "relaso", category: "suppression-list", accountClosedOn: "2020-01-01", asOf: "2026-06-01" });
    expect(r.periodSource).toBe("policy");
    expect(r.explanation[1]).toMatch(/^Category "suppression-list" \(Marketing suppression list entry\): kept while its reason lasts \(no end date\) \(Kept "to maintain suppression lists"/);
    expect(r.explanation[1]).not.toMatch(/library default|host override/);
  });

  it("privacy.5.deletion: a legal hold cites the deletion clause and the CCPA exception; the retained record is explained", () => {
    const r = retentionDecision({ category: "identifiers", deletionRequestedOn: "2026-03-02", legalHold: true, asOf: "2026-03-03" });
    expect(r.citations).toEqual(["privacy.1.a-identifiers", "privacy.5.retention", "privacy.5.deletion"]);
    expect(r.lawCitations).toEqual(["law.ccpa.1798-105-d"]);
    expect(r.explanation.slice(-2)).toEqual([
      "A legal hold is in place: everything it covers is retained whatever the period or a deletion request says, until the hold is lifted.",
      "Retain (exception: legal-hold).",
    ]);
  });

  it("reliom.5.retention: a legal hold under a policy with no deletion-request clause cites only the category", () => {
    const r = retentionDecision({ profile: "reliom", category: "customer-data", accountClosedOn: "2026-01-10", legalHold: true, asOf: "2027-01-10" });
    expect(r.lawCitations).toEqual([]);
    expect(r.citations).toEqual(["reliom.5.retention"]);
    expect(r.explanation).toContain("A legal hold is in place: everything it covers is retained whatever the period or a deletion request says, until the hold is lifted.");
  });

  it("privacy.5.deletion: identifiers deleted on request 2026-03-02: the request and the rule are explained; no law relied on", () => {
    const r = retentionDecision({ category: "identifiers", deletionRequestedOn: "2026-03-02", asOf: "2026-03-03" });
    expect(r.lawCitations).toEqual([]);
    expect(r.citations).toEqual(["privacy.1.a-identifiers", "privacy.5.retention", "privacy.5.deletion"]);
    expect(r.explanation.slice(-4)).toEqual([
      "legalHold not given: taken as no legal hold.",
      "A deletion request was received on 2026-03-02.",
      "This category has no exception that survives a deletion request: it is deleted (within the request's answer deadline, see rightsRequestDeadlines).",
      "Delete (retention ended on 2026-03-02).",
    ]);
  });

  it("privacy.5.kept-longer: billing closed 2026-03-05 after a request of 2026-03-02: counted from the earlier day, the request (2033-03-02), under the CCPA exception", () => {
    const r = retentionDecision({ category: "billing", accountClosedOn: "2026-03-05", deletionRequestedOn: "2026-03-02", asOf: "2026-03-10" });
    expect(r).toMatchObject({ action: "retain", until: "2033-03-02", exception: "legal-tax-audit" });
    expect(r.lawCitations).toEqual(["law.ccpa.1798-105-d"]);
    expect(r.explanation.slice(-3)).toEqual([
      'The deletion request does not remove it: it is kept under the "legal-tax-audit" exception, counted from 2026-03-02.',
      "84 months after 2026-03-02 is 2033-03-02; as of 2026-03-10 that is not yet reached.",
      "Retain until 2033-03-02 (exception: legal-tax-audit).",
    ]);
  });

  it("relaso.retention: a deletion request does not remove card records kept for tax (84 months from the request, 2033-03-02); Relaso names no law for it", () => {
    const r = retentionDecision({ profile: "relaso", category: "billing", deletionRequestedOn: "2026-03-02", asOf: "2026-03-03" });
    expect(r).toMatchObject({ action: "retain", until: "2033-03-02", exception: "legal-tax-audit", lawCitations: [] });
    expect(r.citations).toEqual(["relaso.financial", "relaso.retention"]);
    expect(r.explanation).toContain('The deletion request does not remove it: it is kept under the "legal-tax-audit" exception, counted from 2026-03-02.');
  });

  it("privacy.5.retention: an open account: kept for the life of the account, explained", () => {
    expect(retentionDecision({ category: "identifiers", asOf: "2026-06-01" }).explanation.slice(-2)).toEqual([
      "The account is open and no deletion was requested: kept for the life of the account.",
      "Retain.",
    ]);
  });

  it("relaso.retention.backups / relenta.5.deletion: the residual-copies sentence names the purge period or its absence and the backups' handling", () => {
    const relaso = retentionDecision({ profile: "relaso", category: "contacts", accountClosedOn: "2026-01-10", asOf: "2026-01-10" });
    expect(relaso.citations).toContain("relaso.retention.backups");
    expect(relaso.explanation).toContain("After deletion from active systems: no purge period is stated; backups are isolated from further processing until deletion is possible.");
    const relenta = retentionDecision({ profile: "relenta", category: "account", deletionRequestedOn: "2026-01-10", asOf: "2026-01-10" });
    expect(relenta.citations).toEqual(["relenta.5.deletion"]);
    expect(relenta.explanation).toContain("After deletion from active systems: residual copies are purged within 90 days (by 2026-04-10); backups may keep copies.");
  });

  it("bad input: the messages name the rule, the field and the categories the profile has", () => {
    const cat = issueOf(() => retentionDecision({ category: "dna", asOf: "2026-01-01" }));
    expect(cat.message).toMatch(/^Invalid input to retentionDecision/);
    expect(cat.issues).toEqual([
      {
        path: ["category"],
        message: 'profile "relument" has no retention category "dna"; it has: account, identifiers, account-ticketing, device-technical, remote-session, billing, marketing, security-audit, antivirus-vendor',
      },
    ]);
    const key = issueOf(() => retentionDecision({ category: "billing", asOf: "2026-01-01", retentionPeriods: { dna: 3 } }));
    expect(key.issues).toEqual([{ path: ["retentionPeriods", "dna"], message: 'profile "relument" has no retention category "dna"' }]);
    expect(key.message).toMatch(/^Invalid input to retentionDecision/);
    const empty = issueOf(() => retentionDecision({ category: "", asOf: "2026-01-01" }));
    expect(empty.message).toMatch(/^Invalid input to retentionDecision/);
    expect(empty.issues[0]?.path).toEqual(["category"]);
    expect(issueOf(() => retentionDecision({ category: "billing", asOf: "2026-01-01", retentionPeriods: { billing: 1201 } })).issues[0]?.path).toEqual(["retentionPeriods", "billing"]);
    expect(retentionDecision({ category: "billing", accountClosedOn: "2026-01-01", asOf: "2026-01-01", retentionPeriods: { billing: 1200 } }).until).toBe("2126-01-01");
  });
});
