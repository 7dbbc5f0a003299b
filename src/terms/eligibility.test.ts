import { describe, expect, it } from "vitest";
import { test, fc } from "@fast-check/vitest";
import { checkEligibility } from "./eligibility.js";
import { PolicyInputError } from "../core/errors.js";

describe("checkEligibility (§1)", () => {
  it("terms.1.eligibility: 18 is eligible, 17 is not", () => {
    expect(checkEligibility({ age: 18, zip: "95661" })).toMatchObject({ eligible: true, reasons: [], inServiceArea: true });
    expect(checkEligibility({ age: 17, zip: "95661" })).toMatchObject({ eligible: false, reasons: ["under-age"] });
  });

  it("terms.1.service-area: the three Roseville ZIPs (and ZIP+4) are in the area", () => {
    for (const zip of ["95661", "95678", "95747", "95747-1234"]) expect(checkEligibility({ age: 30, zip }).inServiceArea).toBe(true);
  });

  it("terms.1.service-area: outside the area needs prior written approval and then a trip fee", () => {
    expect(checkEligibility({ age: 30, zip: "95814" })).toMatchObject({ eligible: false, reasons: ["outside-area-not-approved"] });
    expect(checkEligibility({ age: 30, zip: "95814", outsideAreaApproved: false }).eligible).toBe(false);
    const ok = checkEligibility({ age: 30, zip: "95814", outsideAreaApproved: true });
    expect(ok).toMatchObject({ eligible: true, tripFeeRequired: true, reasons: ["outside-area-approved-trip-fee"] });
    expect(ok.citations).toEqual(expect.arrayContaining(["terms.1.service-area", "terms.5.trip-fee"]));
  });

  it("terms.1.service-area (T18): a remote session outside the area needs the same approval, and then no trip fee", () => {
    expect(checkEligibility({ age: 30, zip: "95814", mode: "remote" })).toMatchObject({ eligible: false, reasons: ["outside-area-not-approved"], tripFeeRequired: false });
    expect(checkEligibility({ age: 30, zip: "95814", mode: "remote", outsideAreaApproved: false }).eligible).toBe(false);
    const ok = checkEligibility({ age: 30, zip: "95814", mode: "remote", outsideAreaApproved: true });
    expect(ok).toMatchObject({ eligible: true, reasons: ["outside-area-approved-remote"], inServiceArea: false, tripFeeRequired: false });
    expect(ok.explanation).toEqual([
      "Age 30 meets the minimum of 18.",
      "ZIP 95814 is outside the service area (95661, 95678, 95747); prior written approval was given, so the remote session is allowed, with no trip fee: there is no trip.",
    ]);
    expect(ok.citations).toEqual(["terms.1.eligibility", "terms.1.service-area", "terms.5.trip-fee"]);
  });

  it("terms.5.trip-fee (T18): mode onsite, or no mode, keeps the trip fee for approved service outside the area", () => {
    const onsite = checkEligibility({ age: 30, zip: "95814", mode: "onsite", outsideAreaApproved: true });
    const noMode = checkEligibility({ age: 30, zip: "95814", outsideAreaApproved: true });
    expect(onsite).toEqual(noMode);
    expect(onsite).toMatchObject({ eligible: true, reasons: ["outside-area-approved-trip-fee"], tripFeeRequired: true });
    // Inside the area the mode changes nothing.
    expect(checkEligibility({ age: 30, zip: "95661", mode: "remote", outsideAreaApproved: true })).toEqual(checkEligibility({ age: 30, zip: "95661", outsideAreaApproved: true }));
    expect(() => checkEligibility({ age: 30, zip: "95661", mode: "phone" } as never)).toThrow(PolicyInputError);
  });

  it("terms.1.eligibility: an under-age customer outside the area gets both reasons", () => {
    expect(checkEligibility({ age: 16, zip: "10001" }).reasons).toEqual(["under-age", "outside-area-not-approved"]);
  });

  it("terms.1.eligibility / terms.1.service-area: each branch explains the age and the ZIP with the area's ZIPs", () => {
    const inside = checkEligibility({ age: 18, zip: "95678-0001" });
    expect(inside.explanation).toEqual(["Age 18 meets the minimum of 18.", "ZIP 95678-0001 is in the service area (95661, 95678, 95747)."]);
    expect(inside.citations).toEqual(["terms.1.eligibility", "terms.1.service-area"]);
    expect(inside.tripFeeRequired).toBe(false);
    const approved = checkEligibility({ age: 17, zip: "95814", outsideAreaApproved: true });
    expect(approved.explanation).toEqual([
      "Age 17 is under the minimum of 18: not eligible.",
      "ZIP 95814 is outside the service area (95661, 95678, 95747); prior written approval was given, so service is allowed with a separately quoted trip fee.",
    ]);
    expect(approved.citations).toEqual(["terms.1.eligibility", "terms.1.service-area", "terms.5.trip-fee"]);
    expect(approved).toMatchObject({ eligible: false, reasons: ["under-age", "outside-area-approved-trip-fee"], inServiceArea: false, tripFeeRequired: true });
    expect(checkEligibility({ age: 30, zip: "95814" }).explanation[1]).toBe(
      "ZIP 95814 is outside the service area (95661, 95678, 95747) and no prior written approval was given (outsideAreaApproved not supplied: no approval assumed): not eligible.",
    );
    const refused = checkEligibility({ age: 30, zip: "95814", outsideAreaApproved: false });
    expect(refused.explanation[1]).toBe("ZIP 95814 is outside the service area (95661, 95678, 95747) and no prior written approval was given: not eligible.");
    expect(refused.citations).toEqual(["terms.1.eligibility", "terms.1.service-area"]);
  });

  it("terms.1.service-area: a ZIP is five digits with an optional ZIP+4, and the message says so", () => {
    for (const zip of ["95661-123", "956611", "95661-12345", "a95661", "95661 "]) {
      try {
        checkEligibility({ age: 30, zip });
        expect.unreachable(zip);
      } catch (e) {
        expect(e).toBeInstanceOf(PolicyInputError);
        expect((e as Error).message).toMatch(/^Invalid input to checkEligibility/);
        expect((e as PolicyInputError).issues).toEqual([{ path: ["zip"], message: "expected a US ZIP code (12345 or 12345-6789)" }]);
      }
    }
  });

  it("rejects bad input with PolicyInputError", () => {
    for (const bad of [{ age: 18.5, zip: "95661" }, { age: -1, zip: "95661" }, { age: 30, zip: 95661 }, { age: 30, zip: "956" }, { age: 30 }, { age: 30, zip: "95661", approved: true }]) {
      expect(() => checkEligibility(bad as never), JSON.stringify(bad)).toThrow(PolicyInputError);
    }
  });

  test.prop([fc.integer({ min: 0, max: 150 }), fc.constantFrom("95661", "95678", "95747", "95814", "10001"), fc.boolean(), fc.constantFrom("remote" as const, "onsite" as const, undefined)])(
    "eligible exactly when 18+ and (in the area or approved), whatever the mode; a trip fee only on site outside the area",
    (age, zip, approved, mode) => {
      const inArea = ["95661", "95678", "95747"].includes(zip);
      const r = checkEligibility({ age, zip, outsideAreaApproved: approved, ...(mode ? { mode } : {}) });
      expect(r.eligible).toBe(age >= 18 && (inArea || approved));
      expect(r.tripFeeRequired).toBe(!inArea && approved && mode !== "remote");
    },
  );
});
