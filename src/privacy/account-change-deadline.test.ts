import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { PolicyInputError } from "../core/errors.js";
import { parseInstantString } from "../core/iso.js";
import { accountChangeDeadline } from "./account-change-deadline.js";
import { privacyProfiles } from "./profiles/index.js";
import { accountChangeDeadlineInputArbitrary } from "../testing/privacy-arbitraries.js";

const ms = (iso: string) => parseInstantString(iso) as number;

describe("accountChangeDeadline (P5)", () => {
  it("relaso.access.72h: a change takes effect within 72 hours", () => {
    const r = accountChangeDeadline({ profile: "relaso", requestedAt: "2026-05-04T09:30:00-07:00" });
    expect(r).toMatchObject({ profile: "relaso", requestedAt: "2026-05-04T09:30:00-07:00", effectiveBy: "2026-05-07T09:30:00-07:00", hours: 72 });
    expect(r.citations).toEqual(["relaso.access.72h"]);
  });

  it("relaso.access.72h: 72 elapsed hours across the spring-forward change (wall clock moves one hour more)", () => {
    expect(accountChangeDeadline({ profile: "relaso", requestedAt: "2026-03-06T09:00:00-08:00" }).effectiveBy).toBe("2026-03-09T10:00:00-07:00");
  });

  it("relaso.access.72h: 72 elapsed hours across the fall-back change", () => {
    expect(accountChangeDeadline({ profile: "relaso", requestedAt: "2026-10-30T09:00:00-07:00" }).effectiveBy).toBe("2026-11-02T08:00:00-08:00");
  });

  it("relaso.access.72h: a UTC input and a Date are printed with the Pacific offset", () => {
    expect(accountChangeDeadline({ profile: "relaso", requestedAt: "2026-01-01T07:59:00Z" })).toMatchObject({
      requestedAt: "2025-12-31T23:59:00-08:00",
      effectiveBy: "2026-01-03T23:59:00-08:00",
    });
    expect(accountChangeDeadline({ profile: "relaso", requestedAt: new Date(Date.UTC(2026, 6, 1, 12)) }).effectiveBy).toBe("2026-07-04T05:00:00-07:00");
  });

  it("relenta.5.deletion: immediate effect in the account view: effectiveBy is the request itself", () => {
    const r = accountChangeDeadline({ profile: "relenta", requestedAt: "2026-03-06T17:00:00Z" });
    expect(r).toMatchObject({ effectiveBy: "2026-03-06T09:00:00-08:00", requestedAt: "2026-03-06T09:00:00-08:00", hours: 0 });
    expect(r.citations).toEqual(["relenta.5.deletion"]);
    expect(r.explanation.join(" ")).toMatch(/immediate effect in the account view/);
  });

  it("privacy.8.correct: Relument states no such deadline: effectiveBy null, citing the rights that change data, and the explanation says so", () => {
    const r = accountChangeDeadline({ requestedAt: "2026-03-06T09:00:00-08:00" });
    expect(r).toMatchObject({ profile: "relument", effectiveBy: null, hours: null });
    expect(r.citations).toEqual(["privacy.8.delete", "privacy.5.deletion", "privacy.8.correct"]);
    expect(r.explanation.join(" ")).toMatch(/states no deadline for a change to the account/);
  });

  it("reliom.7.rights: Reliom states none either", () => {
    const r = accountChangeDeadline({ profile: "reliom", requestedAt: "2026-03-06T09:00:00-08:00" });
    expect(r).toMatchObject({ effectiveBy: null, citations: ["reliom.7.rights", "reliom.5.retention"] });
  });

  it("relaso.access.72h: the hours are profile data (a host profile with 24 h)", () => {
    const rights = { ...privacyProfiles.relaso.rights, accountChangeHours: { stated: true as const, value: 24, clauses: ["acme.24h"] } };
    const r = accountChangeDeadline({ profile: { ...privacyProfiles.relaso, id: "acme", rights }, requestedAt: "2026-05-04T09:30:00-07:00" });
    expect(r).toMatchObject({ effectiveBy: "2026-05-05T09:30:00-07:00", hours: 24, citations: ["acme.24h"] });
  });

  it("relaso.access.72h: `profiles` pick the edition in force on the Pacific day of the request", () => {
    const v1 = { ...privacyProfiles.relaso, edition: { id: "relaso@2026", effectiveOn: "2026-01-01" } };
    const rights = { ...privacyProfiles.relaso.rights, accountChangeHours: { stated: true as const, value: 48, clauses: ["relaso.access.72h"] } };
    const v2 = { ...privacyProfiles.relaso, rights, edition: { id: "relaso@2027", effectiveOn: "2027-01-01" } };
    // 2027-01-01T05:00Z is still 2026-12-31 in the Pacific time zone.
    expect(accountChangeDeadline({ profiles: [v1, v2], requestedAt: "2027-01-01T05:00:00Z" })).toMatchObject({ edition: "relaso@2026", hours: 72 });
    expect(accountChangeDeadline({ profiles: [v1, v2], requestedAt: "2027-01-01T09:00:00Z" })).toMatchObject({ edition: "relaso@2027", hours: 48 });
  });

  test.prop([accountChangeDeadlineInputArbitrary()])("effectiveBy is never before requestedAt, and is requestedAt + the profile's hours", (input) => {
    const r = accountChangeDeadline(input);
    const requested = typeof input.requestedAt === "string" ? ms(input.requestedAt) : input.requestedAt.getTime();
    expect(ms(r.requestedAt)).toBe(requested);
    if (r.effectiveBy === null) expect(r.hours).toBeNull();
    else {
      expect(ms(r.effectiveBy)).toBeGreaterThanOrEqual(requested);
      expect(ms(r.effectiveBy) - requested).toBe((r.hours as number) * 3_600_000);
      expect(r.effectiveBy).toMatch(/-0[78]:00$/);
    }
  });

  test.prop([fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) })])("relaso.access.72h: Relaso is always exactly 72 elapsed hours later", (t) => {
    const r = accountChangeDeadline({ profile: "relaso", requestedAt: new Date(t) });
    expect(ms(r.effectiveBy as string) - t).toBe(72 * 3_600_000);
  });

  it("input errors: no offset, not an instant, missing, unknown key", () => {
    expect(() => accountChangeDeadline({ requestedAt: "2026-03-06T09:00:00" })).toThrow(PolicyInputError);
    expect(() => accountChangeDeadline({ requestedAt: "soon" })).toThrow(PolicyInputError);
    expect(() => accountChangeDeadline({ requestedAt: new Date(Number.NaN) })).toThrow(PolicyInputError);
    expect(() => accountChangeDeadline({} as never)).toThrow(PolicyInputError);
    expect(() => accountChangeDeadline({ requestedAt: "2026-03-06T09:00:00Z", hours: 1 } as never)).toThrow(PolicyInputError);
    try {
      accountChangeDeadline({ requestedAt: "2026-03-06T09:00:00" });
      expect.unreachable();
    } catch (e) {
      expect((e as PolicyInputError).issues[0]?.path).toEqual(["requestedAt"]);
    }
  });
});
