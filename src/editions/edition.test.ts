import { describe, expect, it } from "vitest";
import { test, fc } from "@fast-check/vitest";
import { policyErrorOf } from "../../test/policy-error.js";
import { clauses } from "../core/clauses/index.js";
import { tariff } from "../terms/tariff.js";
import { BASE_TARIFF, TARIFF_KEYS } from "./base-tariff.js";
import { baseEdition, toEdition } from "./edition.js";
import { clauseTextIn, compareEditions, defineEdition } from "./define.js";

/** The issues of the PolicyInputError `f` throws, naming `rule` (test/policy-error.ts checks both). */
const issuesOf = (f: () => unknown, rule = "defineEdition") => policyErrorOf(f, rule).issues;

const fee60 = () => defineEdition({ id: "terms@2027-02", announcedOn: "2027-01-10", effectiveOn: "2027-02-01", changes: { noShowFee: 60 } });

describe("baseEdition (T17: the Terms as shipped)", () => {
  it("holds every number of tariff by its key, as plain values, with the contract's fields", () => {
    expect(baseEdition).toMatchObject({
      id: "relument-terms@base",
      document: "relument-terms",
      announcedOn: null,
      effectiveOn: null,
      basedOn: null,
      hypothetical: false,
      changes: [],
      texts: {},
    });
    expect(baseEdition.tariff.noShowFee).toBe("45.00");
    for (const key of TARIFF_KEYS) expect(baseEdition.tariff[key], key).toEqual(tariff[key].value);
    expect(Object.keys(baseEdition.tariff)).toEqual(Object.keys(tariff));
  });

  it("is frozen all the way down", () => {
    expect(Object.isFrozen(baseEdition)).toBe(true);
    expect(Object.isFrozen(baseEdition.tariff)).toBe(true);
    expect(Object.isFrozen(baseEdition.tariff.serviceAreaZips)).toBe(true);
  });
});

describe("defineEdition (T17)", () => {
  it("terms.4.no-show: a new no-show fee is money, normalized, with its clause, from and to", () => {
    const e = fee60();
    expect(e.tariff.noShowFee).toBe("60.00");
    expect(e.changes).toEqual([{ key: "noShowFee", clause: "terms.4.no-show", from: "45.00", to: "60.00" }]);
    expect(e).toMatchObject({ basedOn: "relument-terms@base", hypothetical: false, announcedOn: "2027-01-10", effectiveOn: "2027-02-01" });
    // every other number is the base's
    for (const key of TARIFF_KEYS) if (key !== "noShowFee") expect(e.tariff[key]).toEqual(baseEdition.tariff[key]);
  });

  it("builds on a previous edition: its changes are against that one, texts are inherited", () => {
    const a = defineEdition({
      id: "a",
      announcedOn: "2027-01-01",
      effectiveOn: "2027-02-01",
      changes: { bankCap: 3 },
      texts: { "terms.2.2.rollover": "Rollover: up to 3 unused visits may be banked." },
    });
    const b = defineEdition({ id: "b", basedOn: a, announcedOn: "2027-05-01", effectiveOn: "2027-06-01", changes: { bankCap: 4, onsiteOvertimeRate: "50" } });
    expect(b.basedOn).toBe("a");
    expect(b.changes).toEqual([
      { key: "bankCap", clause: "terms.2.2.rollover", from: 3, to: 4 },
      { key: "onsiteOvertimeRate", clause: "terms.5.overtime", from: "45.00", to: "50.00" },
    ]);
    expect(b.texts["terms.2.2.rollover"]).toBe("Rollover: up to 3 unused visits may be banked.");
    expect(clauseTextIn(b, "terms.2.2.rollover")).toBe("Rollover: up to 3 unused visits may be banked.");
    expect(clauseTextIn(b, "terms.5.overtime")).toBe(clauses.find((c) => c.id === "terms.5.overtime")?.text);
  });

  it("is frozen plain data: JSON round-trips to an equal edition that every function accepts", () => {
    const e = fee60();
    expect(Object.isFrozen(e.changes[0])).toBe(true);
    const back = JSON.parse(JSON.stringify(e)) as typeof e;
    expect(back).toEqual(e);
    expect(toEdition(back, ["edition"], "test")).toEqual(e);
    expect(compareEditions(e, back)).toEqual({ changes: [], texts: [] });
  });

  it("refuses a bad edition naming the key: unknown key, wrong kind, negative money, zero period, already-value, dates, texts", () => {
    expect(issuesOf(() => defineEdition({ id: "x", announcedOn: "2027-01-01", effectiveOn: "2027-02-01", changes: { noShowFees: 60 } as never }))).toEqual([
      { path: ["changes", "noShowFees"], message: expect.stringContaining('unknown tariff key "noShowFees"') },
    ]);
    expect(issuesOf(() => defineEdition({ id: "x", announcedOn: "2027-01-01", effectiveOn: "2027-02-01", changes: { bankCap: "3" } }))[0]?.path).toEqual([
      "changes",
      "bankCap",
    ]);
    expect(issuesOf(() => defineEdition({ id: "x", announcedOn: "2027-01-01", effectiveOn: "2027-02-01", changes: { noShowFee: -1 } }))[0]?.message).toMatch(/money/);
    expect(issuesOf(() => defineEdition({ id: "x", announcedOn: "2027-01-01", effectiveOn: "2027-02-01", changes: { bankCap: 2.5 } }))[0]?.message).toMatch(/whole number/);
    expect(issuesOf(() => defineEdition({ id: "x", announcedOn: "2027-01-01", effectiveOn: "2027-02-01", changes: { overtimeIncrementMinutes: 0 } }))[0]?.message).toMatch(/from 1/);
    expect(issuesOf(() => defineEdition({ id: "x", announcedOn: "2027-01-01", effectiveOn: "2027-02-01", changes: { serviceAreaZips: ["95661", "95661"] } }))[0]?.path).toEqual([
      "changes",
      "serviceAreaZips",
    ]);
    expect(issuesOf(() => defineEdition({ id: "x", announcedOn: "2027-01-01", effectiveOn: "2027-02-01", changes: { noShowFee: "45" } }))).toEqual([
      { path: ["changes", "noShowFee"], message: expect.stringMatching(/^already "45.00"/) },
    ]);
    expect(issuesOf(() => defineEdition({ id: "x", announcedOn: "2027-02-02", effectiveOn: "2027-02-01", changes: { bankCap: 3 } }))[0]?.path).toEqual(["effectiveOn"]);
    expect(issuesOf(() => defineEdition({ id: "x", announcedOn: "2027-01-01", effectiveOn: "2027-02-01", changes: {}, texts: { "privacy.8.gpc": "x" } }))[0]?.path).toEqual([
      "texts",
      "privacy.8.gpc",
    ]);
    expect(issuesOf(() => defineEdition({ id: "relument-terms@base", announcedOn: "2027-01-01", effectiveOn: "2027-02-01", changes: { bankCap: 3 } }))[0]?.path).toEqual([
      "id",
    ]);
    const a = fee60();
    expect(issuesOf(() => defineEdition({ id: "y", basedOn: a, announcedOn: "2026-01-01", effectiveOn: "2027-01-01", changes: { bankCap: 3 } }))[0]?.path).toEqual([
      "effectiveOn",
    ]);
    // A tampered edition passed as data is validated (the walk copies it, so its own tariff is checked).
    expect(issuesOf(() => defineEdition({ id: "y", basedOn: { ...a, tariff: { ...a.tariff, noShowFee: "-5.00" } }, announcedOn: "2027-03-01", effectiveOn: "2027-04-01", changes: { bankCap: 3 } }))[0]?.path).toEqual(["basedOn", "tariff", "noShowFee"]);
  });

  test.prop([fc.constantFrom(...TARIFF_KEYS.filter((k) => BASE_TARIFF[k].kind === "money")), fc.integer({ min: 0, max: 99_999_999 })])(
    "money stays money: any new amount is stored with two decimals and reported from → to",
    (key, cents) => {
      const amount = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
      fc.pre(amount !== baseEdition.tariff[key]);
      const e = defineEdition({ id: "m", announcedOn: "2027-01-01", effectiveOn: "2027-01-01", changes: { [key]: cents / 100 } });
      expect(e.tariff[key]).toBe(amount);
      expect(e.changes).toEqual([{ key, clause: BASE_TARIFF[key].clause, from: baseEdition.tariff[key], to: amount }]);
    },
  );
});

describe("compareEditions (what-if and diffs)", () => {
  it("terms.5.overtime: a what-if $50 on-site rate is listed with its clause; texts unchanged", () => {
    const whatIf = defineEdition({ id: "what-if", announcedOn: "2026-12-01", effectiveOn: "2027-01-01", changes: { onsiteOvertimeRate: "50.00" }, hypothetical: true });
    expect(whatIf.hypothetical).toBe(true);
    expect(compareEditions(baseEdition, whatIf)).toEqual({
      changes: [{ key: "onsiteOvertimeRate", clause: "terms.5.overtime", from: "45.00", to: "50.00" }],
      texts: [],
    });
    expect(compareEditions(whatIf, baseEdition).changes).toEqual([{ key: "onsiteOvertimeRate", clause: "terms.5.overtime", from: "50.00", to: "45.00" }]);
  });

  it("a changed text is reported from the registered verbatim text (the base) to the new words", () => {
    const verbatim = clauses.find((c) => c.id === "terms.4.no-show")?.text as string;
    const e = defineEdition({ id: "t", announcedOn: "2027-01-01", effectiveOn: "2027-02-01", changes: { noShowFee: 60 }, texts: { "terms.4.no-show": "No-shows: $60." } });
    expect(compareEditions(baseEdition, e).texts).toEqual([{ clause: "terms.4.no-show", from: verbatim, to: "No-shows: $60." }]);
  });

  it("an edition compared with itself has no differences", () => {
    expect(compareEditions(fee60(), fee60())).toEqual({ changes: [], texts: [] });
  });

  it("refuses what is not an edition", () => {
    expect(issuesOf(() => compareEditions({} as never, baseEdition), "compareEditions").length).toBeGreaterThan(0);
  });
});
