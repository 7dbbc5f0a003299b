/**
 * T18: `quoteService` and `checkEligibility` agree on eligibility for every
 * input they share (register T18.shared-fields): `zip`, `outsideAreaApproved`,
 * `edition` and `mode`; on site a quote's `tripFee` states the approval. Age is
 * not an input of a quote: the customer is of the minimum age or older.
 */
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { checkEligibility, defineEdition, quoteService, type EligibilityInput, type QuoteServiceInput } from "../src/index.js";
import { quoteServiceInputArbitrary } from "../src/testing/index.js";

type Edition = ReturnType<typeof defineEdition>;

/** The `checkEligibility` input that asks what the quote asks (T18.shared-fields). */
function sharedInput(q: QuoteServiceInput & { zip: string }, age: number, withMode: boolean): EligibilityInput {
  const approval = q.outsideAreaApproved ?? (q.mode === "onsite" && q.tripFee !== undefined ? true : undefined);
  return {
    age,
    zip: q.zip,
    ...(approval === undefined ? {} : { outsideAreaApproved: approval }),
    ...(withMode ? { mode: q.mode } : {}),
    ...(q.edition === undefined ? {} : { edition: q.edition }),
  };
}

/** No edition, or one serving another set of ZIPs (so ZIPs move in and out of the area). */
const editionArb: fc.Arbitrary<Edition | undefined> = fc.option(
  fc
    .subarray(["95661", "95678", "95747", "95814", "95630", "10001"], { minLength: 1 })
    .filter((zips) => zips.join() !== "95661,95678,95747")
    .map((zips) => defineEdition({ id: "area@2027", announcedOn: "2026-11-01", effectiveOn: "2027-01-01", changes: { serviceAreaZips: zips } })),
  { nil: undefined },
);

const withZip = quoteServiceInputArbitrary().filter((q): q is QuoteServiceInput & { zip: string } => q.zip !== undefined);

describe("T18: checkEligibility and quoteService agree (terms.1.service-area, terms.5.trip-fee)", () => {
  test.prop([withZip, fc.integer({ min: 18, max: 110 }), editionArb, fc.boolean()], { numRuns: 500 })(
    "for every generated quote with a ZIP, an adult's checkEligibility gives the same eligible answer",
    (generated, age, edition, withMode) => {
      const q = edition === undefined ? generated : { ...generated, edition };
      const quote = quoteService(q);
      const check = checkEligibility(sharedInput(q, age, withMode));
      expect(check.eligible, JSON.stringify({ q, withMode })).toBe(quote.eligible);
      if (q.tripFee === undefined) {
        // Without a trip fee the shared fields are passed as they are.
        const literal = checkEligibility({ age, zip: q.zip, mode: q.mode, ...(q.outsideAreaApproved === undefined ? {} : { outsideAreaApproved: q.outsideAreaApproved }), ...(edition ? { edition } : {}) });
        expect(literal.eligible).toBe(quote.eligible);
      }
      // With the mode known, they also agree on the trip fee.
      if (withMode && quote.eligible) expect(check.tripFeeRequired).toBe(quote.lines.some((l) => l.code === "trip-fee"));
      // Not eligible: nothing is priced.
      if (!quote.eligible) expect(quote).toMatchObject({ lines: [], total: { cents: 0 } });
    },
  );

  it("the generator reaches every case: remote outside with and without approval, on site outside with and without its fee", () => {
    const xs = fc.sample(withZip, { numRuns: 2000, seed: 7 });
    const kinds = new Set(
      xs.map((q) => {
        const inside = ["95661", "95678", "95747"].includes(q.zip);
        return `${q.mode}/${inside ? "inside" : "outside"}/${quoteService(q).eligible ? "eligible" : "not"}`;
      }),
    );
    expect([...kinds].sort()).toEqual(["onsite/inside/eligible", "onsite/outside/eligible", "onsite/outside/not", "remote/inside/eligible", "remote/outside/eligible", "remote/outside/not"]);
  });

  it("terms.1.service-area: a remote session outside the area without approval is not eligible in either rule", () => {
    const quote = quoteService({ mode: "remote", minutes: 30, customer: "non-member", zip: "10001" });
    expect(quote).toMatchObject({ eligible: false, lines: [], total: { amount: "0.00" } });
    expect(checkEligibility({ age: 30, zip: "10001", mode: "remote" }).eligible).toBe(false);
    expect(checkEligibility({ age: 30, zip: "10001" }).eligible).toBe(false);
  });

  it("terms.5.trip-fee: a remote session outside the area with approval is eligible in both, with no trip fee in either", () => {
    const quote = quoteService({ mode: "remote", minutes: 30, customer: "non-member", zip: "10001", outsideAreaApproved: true });
    expect(quote.lines.map((l) => l.code)).toEqual(["remote-session"]);
    expect(checkEligibility({ age: 30, zip: "10001", outsideAreaApproved: true, mode: "remote" })).toMatchObject({ eligible: true, tripFeeRequired: false });
  });

  it("terms.5.trip-fee: an on-site visit outside the area with its quoted fee is eligible in both, with a trip fee in both", () => {
    const quote = quoteService({ mode: "onsite", minutes: 60, customer: "non-member", zip: "10001", tripFee: "40" });
    expect(quote.lines.map((l) => l.code)).toEqual(["onsite-visit", "trip-fee"]);
    expect(checkEligibility({ age: 30, zip: "10001", outsideAreaApproved: true, mode: "onsite" })).toMatchObject({ eligible: true, tripFeeRequired: true });
  });
});
