import { describe, expect, it } from "vitest";
import { test, fc } from "@fast-check/vitest";
import { policyErrorOf } from "../../test/policy-error.js";
import { addDays, dayNumber, fromDayNumber } from "../core/calendar.js";
import { baseEdition, type Edition } from "./edition.js";
import { defineEdition } from "./define.js";
import { editionFor } from "./edition-for.js";

/** The issues of the PolicyInputError `f` throws, naming `rule` (test/policy-error.ts checks both). */
const issuesOf = (f: () => unknown, rule = "editionFor") => policyErrorOf(f, rule).issues;

const edition = (id: string, announcedOn: string, effectiveOn: string, fee = 60): Edition =>
  defineEdition({ id, announcedOn, effectiveOn, changes: { noShowFee: fee } });

const monthly = (startDate: string) => ({ plan: "home-monthly" as const, startDate });
const yearly = (startDate: string) => ({ plan: "home-yearly" as const, startDate });

describe("editionFor: a member (T17 b)", () => {
  const e = edition("terms@2027-02", "2027-01-10", "2027-02-01");

  it("terms.5.price-changes: a monthly member is bound from the first billing date on or after effectiveOn and 30 days after notice", () => {
    // Billing dates on the 15th: 2027-01-15 (not yet in force), 2027-02-15 (in force; notice ran on 2027-02-09).
    expect(editionFor({ editions: [e], customer: "member", on: "2027-02-14", membership: monthly("2026-05-15") })).toMatchObject({
      edition: baseEdition,
      bindsFrom: null,
    });
    const r = editionFor({ editions: [e], customer: "member", on: "2027-02-15", membership: monthly("2026-05-15") });
    expect(r.edition.id).toBe("terms@2027-02");
    expect(r.bindsFrom).toBe("2027-02-15");
    expect(r.citations).toEqual(["terms.16.changes", "terms.5.price-changes"]);
    expect(r.explanation.join(" ")).toContain("Billing date 2027-02-15");
  });

  it("terms.16.changes: notice shorter than 30 days waits for the next billing date", () => {
    // Announced 2026-06-01, effective 2026-06-02: the 2026-06-10 renewal is within the notice, 2026-07-10 is not.
    const short = edition("short-notice", "2026-06-01", "2026-06-02");
    expect(editionFor({ editions: [short], customer: "member", on: "2026-07-09", membership: monthly("2026-01-10") }).edition).toBe(baseEdition);
    expect(editionFor({ editions: [short], customer: "member", on: "2026-07-10", membership: monthly("2026-01-10") }).bindsFrom).toBe("2026-07-10");
  });

  it("terms.6.auto-renewal: a yearly member is bound only at the next anniversary", () => {
    const mid = edition("mid-year", "2026-06-01", "2026-07-01");
    expect(editionFor({ editions: [mid], customer: "member", on: "2027-02-28", membership: yearly("2026-03-01") }).edition).toBe(baseEdition);
    expect(editionFor({ editions: [mid], customer: "member", on: "2027-03-01", membership: yearly("2026-03-01") })).toMatchObject({
      bindsFrom: "2027-03-01",
    });
  });

  it("terms.16.changes: a signup inside the notice window binds the edition in force that day, whatever the notice", () => {
    const recent = edition("recent", "2026-06-01", "2026-06-10");
    const r = editionFor({ editions: [recent], customer: "member", on: "2026-06-15", membership: monthly("2026-06-15") });
    expect(r.edition.id).toBe("recent");
    expect(r.bindsFrom).toBe("2026-06-15");
    // Signed up before it took effect: bound at the first renewal after effectiveOn and the notice (2026-07-01).
    expect(editionFor({ editions: [recent], customer: "member", on: "2026-07-05", membership: monthly("2026-06-05") }).bindsFrom).toBe("2026-07-05");
    expect(editionFor({ editions: [recent], customer: "member", on: "2026-07-04", membership: monthly("2026-06-05") }).edition).toBe(baseEdition);
  });

  it("terms.5.price-changes: two editions in one year bind one after the other", () => {
    const e1 = edition("e1", "2026-01-01", "2026-02-01", 50);
    const e2 = edition("e2", "2026-06-01", "2026-07-01", 55);
    const m = monthly("2025-12-20");
    expect(editionFor({ editions: [e2, e1], customer: "member", on: "2026-02-19", membership: m }).edition).toBe(baseEdition);
    expect(editionFor({ editions: [e2, e1], customer: "member", on: "2026-02-20", membership: m })).toMatchObject({ bindsFrom: "2026-02-20" });
    expect(editionFor({ editions: [e2, e1], customer: "member", on: "2026-07-19", membership: m }).edition.id).toBe("e1");
    const r = editionFor({ editions: [e2, e1], customer: "member", on: "2026-12-01", membership: m });
    expect(r.edition.id).toBe("e2");
    expect(r.bindsFrom).toBe("2026-07-20");
  });

  it("a member never goes back: a later-effective edition bound first stays bound when an earlier one's notice runs out", () => {
    const early = edition("early", "2026-01-25", "2026-02-01", 50); // notice runs out 2026-02-24
    const later = edition("later", "2026-01-01", "2026-02-05", 55); // notice ran 2026-01-31
    const m = monthly("2025-11-10");
    expect(editionFor({ editions: [early, later], customer: "member", on: "2026-02-10", membership: m }).edition.id).toBe("later");
    expect(editionFor({ editions: [early, later], customer: "member", on: "2026-03-10", membership: m })).toMatchObject({ bindsFrom: "2026-02-10" });
  });

  it("a hypothetical candidate that binds makes the answer hypothetical", () => {
    const whatIf = defineEdition({ id: "what-if", announcedOn: "2026-01-01", effectiveOn: "2026-01-01", changes: { bankCap: 3 }, hypothetical: true });
    const r = editionFor({ editions: [whatIf], customer: "member", on: "2026-03-01", membership: monthly("2026-03-01") });
    expect(r.hypothetical).toBe(true);
    expect(editionFor({ editions: [], customer: "member", on: "2026-03-01", membership: monthly("2026-03-01") })).not.toHaveProperty("hypothetical");
  });
});

describe("editionFor: a non-member (T17 a)", () => {
  const e = edition("terms@2027-02", "2027-01-10", "2027-02-01");

  it("terms.5.price-changes: a quote not yet booked takes the edition in force on its date", () => {
    expect(editionFor({ editions: [e], customer: "non-member", on: "2027-02-01" })).toMatchObject({ edition: e, bindsFrom: "2027-02-01" });
    expect(editionFor({ editions: [e], customer: "non-member", on: "2027-01-31" })).toMatchObject({ edition: baseEdition, bindsFrom: null });
  });

  it("terms.5.price-changes: a booked one-time service keeps its booking's edition", () => {
    expect(editionFor({ editions: [e], customer: "non-member", on: "2027-02-20", bookedOn: "2027-01-20" }).edition).toBe(baseEdition);
    expect(editionFor({ editions: [e], customer: "non-member", on: "2027-02-20", bookedOn: "2027-02-03" })).toMatchObject({ bindsFrom: "2027-02-03" });
  });
});

describe("editionFor: input errors", () => {
  const e = edition("terms@2027-02", "2027-01-10", "2027-02-01");
  it("two editions with the same effectiveOn, an id listed twice, bookedOn after the service, on before the start, a member without membership", () => {
    expect(issuesOf(() => editionFor({ editions: [e, edition("other", "2027-01-01", "2027-02-01")], customer: "non-member", on: "2027-03-01" }))[0]?.path).toEqual([
      "editions",
      1,
      "effectiveOn",
    ]);
    expect(issuesOf(() => editionFor({ editions: [e, e], customer: "non-member", on: "2027-03-01" }))[0]?.message).toMatch(/listed twice/);
    expect(issuesOf(() => editionFor({ editions: [e], customer: "non-member", on: "2027-03-01", bookedOn: "2027-03-02" }))[0]?.path).toEqual(["bookedOn"]);
    expect(issuesOf(() => editionFor({ editions: [e], customer: "member", on: "2027-03-01", membership: monthly("2027-03-02") }))[0]?.path).toEqual(["on"]);
    expect(issuesOf(() => editionFor({ editions: [e], customer: "member", on: "2027-03-01" }))[0]?.path).toEqual(["membership"]);
    expect(issuesOf(() => editionFor({ editions: [{ id: "x" } as never], customer: "member", on: "2027-03-01" })).length).toBeGreaterThan(0);
  });
});

/** Up to four editions with distinct effective dates in 2025–2028, each announced 0–90 days before. */
const editionsArb = fc
  .uniqueArray(fc.integer({ min: dayNumber("2025-01-01"), max: dayNumber("2028-12-31") }), { maxLength: 4 })
  .chain((days) =>
    fc.tuple(...days.map((d) => fc.integer({ min: 0, max: 90 }).map((lead) => ({ effectiveOn: fromDayNumber(d), announcedOn: fromDayNumber(d - lead) })))),
  )
  .map((dates) => dates.map((d, i) => edition(`e${i}`, d.announcedOn, d.effectiveOn, 50 + i)));

const dateArb = (min: string, max: string) => fc.integer({ min: dayNumber(min), max: dayNumber(max) }).map(fromDayNumber);
const planArb = fc.constantFrom("home-monthly", "home-yearly", "office-monthly", "office-yearly") as fc.Arbitrary<"home-monthly">;

describe("editionFor: properties", () => {
  test.prop([editionsArb, planArb, dateArb("2024-06-01", "2027-12-31"), fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 1, max: 400 })], { numRuns: 150 })(
    "monotone in `on`: a later date never binds an earlier edition",
    (editions, plan, startDate, offset, step) => {
      const membership = { plan, startDate };
      const on1 = addDays(startDate, offset);
      const on2 = addDays(on1, step);
      const a = editionFor({ editions, customer: "member", on: on1, membership }).edition;
      const b = editionFor({ editions, customer: "member", on: on2, membership }).edition;
      expect((b.effectiveOn ?? "") >= (a.effectiveOn ?? "")).toBe(true);
    },
  );

  test.prop([editionsArb, planArb, dateArb("2024-06-01", "2027-12-31"), fc.integer({ min: 0, max: 1500 })], { numRuns: 150 })(
    "a member is never bound less than 30 days after announcedOn, except at signup; never before effectiveOn",
    (editions, plan, startDate, offset) => {
      const r = editionFor({ editions, customer: "member", on: addDays(startDate, offset), membership: { plan, startDate } });
      if (r.bindsFrom === null) {
        expect(r.edition).toBe(baseEdition);
      } else {
        expect(r.bindsFrom >= (r.edition.effectiveOn as string)).toBe(true);
        if (r.bindsFrom !== startDate) expect(r.bindsFrom >= addDays(r.edition.announcedOn as string, 30)).toBe(true);
      }
    },
  );

  test.prop([editionsArb, dateArb("2024-06-01", "2029-12-31"), fc.integer({ min: 0, max: 400 })], { numRuns: 150 })(
    "a non-member's edition is the latest in force at booking, and monotone in the booking date",
    (editions, bookedOn, lead) => {
      const on = addDays(bookedOn, lead);
      const r = editionFor({ editions, customer: "non-member", on, bookedOn });
      const inForce = editions.filter((e) => (e.effectiveOn as string) <= bookedOn).sort((x, y) => ((x.effectiveOn as string) < (y.effectiveOn as string) ? 1 : -1));
      expect(r.edition.id).toBe(inForce[0]?.id ?? baseEdition.id);
      const later = editionFor({ editions, customer: "non-member", on: addDays(on, 1), bookedOn: addDays(bookedOn, 1) });
      expect((later.edition.effectiveOn ?? "") >= (r.edition.effectiveOn ?? "")).toBe(true);
    },
  );
});
