import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { PolicyInputError } from "../core/errors.js";
import { collectionCheck } from "./collection-check.js";
import { privacyProfiles } from "./profiles/index.js";
import { COLLECTION_ITEMS, PROFILE_NAMES } from "./schema.js";
import { collectionCheckInputArbitrary } from "../testing/privacy-arbitraries.js";

const text = (r: { explanation: string[] }) => r.explanation.join(" ");

describe("collectionCheck: Relument (P2)", () => {
  it.each(["government-id", "precise-geolocation", "biometrics"] as const)("privacy.1.not-collected: %s is never collected", (item) => {
    const r = collectionCheck({ item });
    expect(r).toMatchObject({ profile: "relument", item, allowed: false, needs: ["policy-change"], limit: "never", category: null, ignored: [] });
    expect(r.citations).toEqual(["privacy.1.not-collected"]);
  });

  it("privacy.1.not-collected: a government ID stays refused with every flag set", () => {
    const r = collectionCheck({ item: "government-id", baa: true, optedIn: true });
    expect(r).toMatchObject({ allowed: false, needs: ["policy-change"], ignored: ["baa", "optedIn"] });
    expect(text(r)).toMatch(/`baa: true` is ignored/);
    expect(text(r)).toMatch(/`optedIn: true` is ignored/);
  });

  it("terms.6.payment-methods: no full card number is kept, citing Terms §6 and privacy §1 E", () => {
    const r = collectionCheck({ item: "card-full-number" });
    expect(r).toMatchObject({ allowed: false, needs: ["policy-change"], limit: "never" });
    expect(r.citations).toEqual(["terms.6.payment-methods", "privacy.1.e-billing"]);
  });

  it("terms.6.payment-methods: no card security code is kept either", () => {
    const r = collectionCheck({ item: "card-security-code" });
    expect(r).toMatchObject({ allowed: false, needs: ["policy-change"], limit: "never" });
    expect(r.citations).toContain("terms.6.payment-methods");
    expect(text(r)).toMatch(/P2\.card-security-code/);
  });

  it("privacy.1.e-billing: the last 4 digits and the expiry are limited payment details of the billing data", () => {
    for (const item of ["card-last4", "card-expiry"] as const) {
      const r = collectionCheck({ item });
      expect(r).toMatchObject({ allowed: true, needs: [], limit: "allowed" });
      expect(r.category).toMatch(/Subscription & Billing Data/);
      expect(r.citations).toEqual(["privacy.1.e-billing"]);
    }
  });

  it("privacy.1.categories: PHI, call logs and third-party contacts fall in no category A–H: a policy basis is needed", () => {
    for (const item of ["phi", "call-logs", "contacts"] as const) {
      const r = collectionCheck({ item });
      expect(r, item).toMatchObject({ allowed: false, needs: ["policy-basis"], limit: "not-stated", category: null });
      expect(r.citations).toEqual(["privacy.1.categories"]);
    }
  });

  it("privacy.1.categories: `baa` on Relument's PHI is ignored, and the explanation says so", () => {
    const r = collectionCheck({ item: "phi", baa: true });
    expect(r).toMatchObject({ allowed: false, needs: ["policy-basis"], ignored: ["baa"] });
    expect(text(r)).toMatch(/`baa: true` is ignored: profile "relument" makes collecting "phi" depend on no Business Associate Agreement/);
  });
});

describe("collectionCheck: Relaso (P2)", () => {
  it("relaso.call-logs.opt-in: call logs need the user's opt-in", () => {
    expect(collectionCheck({ profile: "relaso", item: "call-logs" })).toMatchObject({ allowed: false, needs: ["opt-in"], limit: "allowed-if" });
    expect(collectionCheck({ profile: "relaso", item: "call-logs", optedIn: false }).needs).toEqual(["opt-in"]);
    const r = collectionCheck({ profile: "relaso", item: "call-logs", optedIn: true });
    expect(r).toMatchObject({ allowed: true, needs: [], ignored: [] });
    expect(r.citations).toEqual(["relaso.call-logs", "relaso.call-logs.opt-in"]);
  });

  it("relaso.call-logs.opt-in: the explanation says when an absent opt-in is taken as false", () => {
    expect(text(collectionCheck({ profile: "relaso", item: "call-logs" }))).toMatch(/optedIn not given, taken as false/);
  });

  it("relaso.financial: only name, address, expiry and last 4 digits of a card are kept", () => {
    expect(collectionCheck({ profile: "relaso", item: "card-last4" })).toMatchObject({ allowed: true, category: null, citations: ["relaso.financial"] });
    expect(collectionCheck({ profile: "relaso", item: "card-expiry" })).toMatchObject({ allowed: true, category: null });
    expect(collectionCheck({ profile: "relaso", item: "card-full-number" })).toMatchObject({ allowed: false, needs: ["policy-change"] });
    expect(collectionCheck({ profile: "relaso", item: "card-security-code" })).toMatchObject({ allowed: false, needs: ["policy-change"], citations: ["relaso.financial"] });
  });

  it("relaso.contacts: third-party contacts are named by the policy", () => {
    expect(collectionCheck({ profile: "relaso", item: "contacts" })).toMatchObject({ allowed: true, needs: [], citations: ["relaso.contacts"] });
  });

  it("relaso.personal-information: a government ID is a thing the policy is silent on: not allowed without a policy basis", () => {
    const r = collectionCheck({ profile: "relaso", item: "government-id" });
    expect(r).toMatchObject({ allowed: false, needs: ["policy-basis"] });
    expect(r.citations).toEqual(["relaso.personal-information"]);
  });

  it("relaso.personal-information: `baa` outside Reliom is ignored and said so", () => {
    const r = collectionCheck({ profile: "relaso", item: "phi", baa: true });
    expect(r).toMatchObject({ allowed: false, needs: ["policy-basis"], ignored: ["baa"] });
    expect(text(r)).toMatch(/`baa: true` is ignored/);
  });
});

describe("collectionCheck: Reliom (P2)", () => {
  it("reliom.4.phi: PHI only under a BAA", () => {
    expect(collectionCheck({ profile: "reliom", item: "phi" })).toMatchObject({ allowed: false, needs: ["baa"], limit: "allowed-if" });
    expect(text(collectionCheck({ profile: "reliom", item: "phi", baa: false }))).toMatch(/No BAA in place \(baa false\)/);
    const r = collectionCheck({ profile: "reliom", item: "phi", baa: true });
    expect(r).toMatchObject({ allowed: true, needs: [], ignored: [] });
    expect(r.citations).toEqual(["reliom.4.phi"]);
  });

  it("reliom.4.phi: an opt-in does not replace the BAA, and is ignored", () => {
    expect(collectionCheck({ profile: "reliom", item: "phi", optedIn: true })).toMatchObject({ allowed: false, needs: ["baa"], ignored: ["optedIn"] });
  });

  it("reliom.1.information: no full card numbers; the other card details fall in its payment information", () => {
    expect(collectionCheck({ profile: "reliom", item: "card-full-number" })).toMatchObject({ allowed: false, needs: ["policy-change"] });
    for (const item of ["card-last4", "card-expiry", "card-security-code"] as const) {
      expect(collectionCheck({ profile: "reliom", item }), item).toMatchObject({ allowed: true, category: "Payment information (§1)", citations: ["reliom.1.information"] });
    }
  });

  it("reliom.1.information: contact records are named; call logs fall in communication data", () => {
    expect(collectionCheck({ profile: "reliom", item: "contacts" })).toMatchObject({ allowed: true, category: null });
    expect(collectionCheck({ profile: "reliom", item: "call-logs" }).category).toMatch(/Communication data/);
  });

  it("reliom.1.information: precise geolocation has no policy basis", () => {
    expect(collectionCheck({ profile: "reliom", item: "precise-geolocation" })).toMatchObject({ allowed: false, needs: ["policy-basis"] });
  });
});

describe("collectionCheck: Relenta (P2)", () => {
  it.each(COLLECTION_ITEMS)("relenta.2.personal-information: %s has no policy basis", (item) => {
    const r = collectionCheck({ profile: "relenta", item });
    expect(r).toMatchObject({ allowed: false, needs: ["policy-basis"], limit: "not-stated" });
    expect(r.citations).toEqual(["relenta.2.personal-information"]);
  });
});

describe("collectionCheck: host profiles and editions", () => {
  const relument = privacyProfiles.relument;

  it("privacy.1.categories: a host profile states its own limits", () => {
    const host = { ...relument, id: "acme", name: "Acme", collection: { ...relument.collection, "precise-geolocation": { status: "allowed-if" as const, requires: ["opt-in" as const], clauses: ["acme.location"], note: "Only with the app's location opt-in." } } };
    expect(collectionCheck({ profile: host, item: "precise-geolocation" })).toMatchObject({ profile: "acme", allowed: false, needs: ["opt-in"] });
    expect(collectionCheck({ profile: host, item: "precise-geolocation", optedIn: true })).toMatchObject({ allowed: true, citations: ["acme.location"] });
  });

  it("privacy.1.categories: a host profile without `collection` gives every item `policy-basis` (register P2.no-collection-data)", () => {
    const { collection: _, ...bare } = relument;
    const host = { ...bare, id: "bare", name: "Bare" };
    for (const item of COLLECTION_ITEMS) {
      const r = collectionCheck({ profile: host, item });
      expect(r, item).toMatchObject({ allowed: false, needs: ["policy-basis"], limit: "not-stated" });
      expect(text(r)).toMatch(/states no collection limits/);
    }
  });

  it("privacy.1.categories: an item left out of a host's `collection` is not stated", () => {
    const { "card-last4": _, ...rest } = relument.collection ?? {};
    expect(collectionCheck({ profile: { ...relument, id: "acme", collection: rest }, item: "card-last4" })).toMatchObject({ needs: ["policy-basis"] });
  });

  it("relaso.call-logs.opt-in: `profiles` pick the edition in force on `on`", () => {
    const v1 = { ...privacyProfiles.relaso, edition: { id: "relaso@2026", effectiveOn: "2026-01-01" } };
    const v2 = { ...privacyProfiles.relaso, collection: { ...privacyProfiles.relaso.collection, "call-logs": { status: "never" as const, clauses: ["relaso.call-logs"], note: "No more call logs." } }, edition: { id: "relaso@2027", effectiveOn: "2027-01-01" } };
    expect(collectionCheck({ profiles: [v1, v2], on: "2026-06-01", item: "call-logs", optedIn: true })).toMatchObject({ allowed: true, edition: "relaso@2026" });
    expect(collectionCheck({ profiles: [v1, v2], on: "2027-06-01", item: "call-logs", optedIn: true })).toMatchObject({ allowed: false, needs: ["policy-change"], edition: "relaso@2027" });
    expect(() => collectionCheck({ profiles: [v1, v2], item: "call-logs" })).toThrow(PolicyInputError);
  });

  it("the shipped profiles state every item", () => {
    for (const name of PROFILE_NAMES) expect(Object.keys(privacyProfiles[name].collection ?? {}).sort(), name).toEqual([...COLLECTION_ITEMS].sort());
  });
});

describe("collectionCheck: properties", () => {
  test.prop([collectionCheckInputArbitrary()])("allowed iff needs is empty; every result cites a clause", (input) => {
    const r = collectionCheck(input);
    expect(r.allowed).toBe(r.needs.length === 0);
    expect(r.citations.length).toBeGreaterThan(0);
  });

  test.prop([fc.option(fc.boolean(), { nil: undefined }), fc.option(fc.boolean(), { nil: undefined })])(
    "privacy.1.not-collected: a Relument government ID is never allowed, whatever the flags",
    (baa, optedIn) => {
      const r = collectionCheck({ profile: "relument", item: "government-id", ...(baa === undefined ? {} : { baa }), ...(optedIn === undefined ? {} : { optedIn }) });
      expect(r.allowed).toBe(false);
      expect(r.needs).toEqual(["policy-change"]);
    },
  );

  test.prop([collectionCheckInputArbitrary()])("a given flag is either used or listed in `ignored`, never silently dropped", (input) => {
    const r = collectionCheck(input);
    for (const key of ["baa", "optedIn"] as const) {
      if (input[key] === undefined) expect(r.ignored).not.toContain(key);
      else if (r.ignored.includes(key)) expect(text(r)).toContain(`\`${key}: ${String(input[key])}\` is ignored`);
    }
  });
});

describe("collectionCheck: input errors", () => {
  it("an unknown item, a non-boolean flag, an unknown key", () => {
    expect(() => collectionCheck({ item: "passport" as never })).toThrow(PolicyInputError);
    expect(() => collectionCheck({ item: "phi", baa: "yes" as never })).toThrow(PolicyInputError);
    expect(() => collectionCheck({ item: "phi", optIn: true } as never)).toThrow(PolicyInputError);
    expect(() => collectionCheck({} as never)).toThrow(PolicyInputError);
  });

  it("the error names the path", () => {
    try {
      collectionCheck({ item: "passport" as never });
      expect.unreachable();
    } catch (e) {
      expect((e as PolicyInputError).issues[0]?.path).toEqual(["item"]);
    }
  });

  it("a host profile with a malformed collection limit is refused", () => {
    const bad = { ...privacyProfiles.relument, collection: { phi: { status: "allowed-if", requires: [], clauses: ["x"], note: "n" } } };
    expect(() => collectionCheck({ profile: bad as never, item: "phi" })).toThrow(PolicyInputError);
  });

  it("`profile` and `profiles` together", () => {
    const v1 = { ...privacyProfiles.relaso, edition: { id: "a", effectiveOn: "2026-01-01" } };
    expect(() => collectionCheck({ profile: "relaso", profiles: [v1], on: "2026-02-01", item: "phi" })).toThrow(PolicyInputError);
  });
});
