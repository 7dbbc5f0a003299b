/**
 * The per-service rules of the Terms under any edition (T17, issue 12):
 * overtimeCharge, quoteService, checkEligibility, deviceCoverage,
 * noShowCharge, slaTarget. Each reads every number from the edition it is
 * given (default baseEdition), names a non-base edition in its explanation,
 * and says which edition it used. classifyRequest reads no number of the
 * Terms (its fair-use thresholds are the spec's defaults, T14), so it takes
 * no edition.
 */
import { describe, expect, it } from "vitest";
import { fc } from "@fast-check/vitest";
import {
  BASE_TARIFF,
  TARIFF_KEYS,
  baseEdition,
  checkEligibility,
  classifyRequest,
  defineEdition,
  deviceCoverage,
  noShowCharge,
  overtimeCharge,
  quoteService,
  slaTarget,
  type Edition,
  type TariffKey,
} from "../src/index.js";
import {
  deviceCoverageInputArbitrary,
  eligibilityInputArbitrary,
  noShowInputArbitrary,
  overtimeInputArbitrary,
  quoteServiceInputArbitrary,
  slaInputArbitrary,
} from "../src/testing/index.js";
import { policyErrorOf } from "./policy-error.js";

const BASE_ID = "relument-terms@base";
const RUNS = { numRuns: 150 };

/** An edition of 2027 changing `changes` (announced 2026-11-01, in force 2027-01-01). */
const edition2027 = (changes: Record<string, unknown>, extra: { id?: string; hypothetical?: boolean } = {}): Edition =>
  defineEdition({ id: extra.id ?? "t@2027", announcedOn: "2026-11-01", effectiveOn: "2027-01-01", changes: changes as never, ...(extra.hypothetical ? { hypothetical: true } : {}) });

/** The step that names edition `id` (first step of the explanation), listing the changed keys. */
const expectNamed = (r: { explanation: string[]; edition: string }, id: string, keys: string[]) => {
  expect(r.edition).toBe(id);
  expect(r.explanation[0]).toBe(`Edition ${id}, announced 2026-11-01, in force from 2027-01-01; it changes ${keys.join(", ")}.`);
  expect(r).not.toHaveProperty("hypothetical");
};

// Each rule with an arbitrary of its valid inputs and the keys of the tariff it reads (and only those).
type AnyRule = (input: never) => { explanation: string[]; citations: string[]; edition: string; hypothetical?: true };
interface RuleCase {
  readonly name: string;
  readonly run: AnyRule;
  readonly inputs: () => fc.Arbitrary<Record<string, unknown>>;
  readonly reads: readonly TariffKey[];
}
const OVERTIME_READS: TariffKey[] = ["remoteBlockMinutes", "onsiteBlockMinutes", "overtimeIncrementMinutes", "remoteOvertimeRate", "onsiteOvertimeRate"];
const RULES: readonly RuleCase[] = [
  { name: "overtimeCharge", run: overtimeCharge as AnyRule, inputs: overtimeInputArbitrary as RuleCase["inputs"], reads: OVERTIME_READS },
  {
    name: "quoteService",
    run: quoteService as AnyRule,
    inputs: quoteServiceInputArbitrary as RuleCase["inputs"],
    reads: [...OVERTIME_READS, "singleRemoteMinutes", "singleOnsiteMinutes", "serviceAreaZips", "singleRemotePrice", "singleOnsitePrice", "memberExtraOnsitePrice"],
  },
  { name: "checkEligibility", run: checkEligibility as AnyRule, inputs: eligibilityInputArbitrary as RuleCase["inputs"], reads: ["minimumAge", "serviceAreaZips"] },
  { name: "deviceCoverage", run: deviceCoverage as AnyRule, inputs: deviceCoverageInputArbitrary as RuleCase["inputs"], reads: ["addOnMonthly", "addOnYearly"] },
  { name: "noShowCharge", run: noShowCharge as AnyRule, inputs: noShowInputArbitrary as RuleCase["inputs"], reads: ["cancellationNoticeHours", "noShowFee"] },
  { name: "slaTarget", run: slaTarget as AnyRule, inputs: slaInputArbitrary as RuleCase["inputs"], reads: ["slaRemoteMemberDays", "slaRemoteNonMemberDays", "slaOnsiteDays"] },
];
const under = (rule: RuleCase, input: Record<string, unknown>, edition?: unknown) =>
  rule.run((edition === undefined ? input : { ...input, edition }) as never);

describe("worked examples: each rule under an edition that changes a number it reads", () => {
  it("terms.5.overtime: a $50 on-site rate → on-site 91–120 min is $50.00, 125 min is 2 × $50 = $100.00; remote keeps $35", () => {
    const e = edition2027({ onsiteOvertimeRate: "50.00" });
    const r = overtimeCharge({ mode: "onsite", minutes: 120, edition: e });
    expect(r).toMatchObject({ blockMinutes: 90, overtimeMinutes: 30, blocks: 1, rate: { amount: "50.00" }, fee: { amount: "50.00", cents: 5000 } });
    expect(r.citations).toContain("terms.5.overtime");
    expectNamed(r, "t@2027", ["onsiteOvertimeRate"]);
    expect(r.explanation.at(-1)).toBe("Overtime: 1 × 30 min (each started 30 min billed) × $50.00 = $50.00.");
    expect(overtimeCharge({ mode: "onsite", minutes: 125, edition: e }).fee.amount).toBe("100.00");
    expect(overtimeCharge({ mode: "remote", minutes: 61, edition: e }).fee.amount).toBe("35.00");
    // The base is untouched by the edition's existence.
    expect(overtimeCharge({ mode: "onsite", minutes: 120 })).toMatchObject({ fee: { amount: "45.00" }, edition: BASE_ID });
  });

  it("terms.2.1.session-length, terms.5.overtime: a 90-minute remote block and 15-minute increments", () => {
    const e = edition2027({ remoteBlockMinutes: 90, overtimeIncrementMinutes: 15 });
    expect(overtimeCharge({ mode: "remote", minutes: 90, edition: e })).toMatchObject({ blockMinutes: 90, blocks: 0, fee: { amount: "0.00" } });
    const r = overtimeCharge({ mode: "remote", minutes: 106, edition: e });
    expect(r).toMatchObject({ overtimeMinutes: 16, blocks: 2, fee: { amount: "70.00" } });
    expect(r.citations).toEqual(["terms.2.1.session-length", "terms.5.overtime"]);
    expectNamed(r, "t@2027", ["remoteBlockMinutes", "overtimeIncrementMinutes"]);
    expect(r.explanation).toContain("Overtime: 2 × 15 min (each started 15 min billed) × $35.00 = $70.00.");
  });

  it("terms.5.member-rate: a $159 member extra visit is quoted at $159.00", () => {
    const r = quoteService({ mode: "onsite", minutes: 90, customer: "member", includedVisit: false, edition: edition2027({ memberExtraOnsitePrice: "159.00" }) });
    expect(r.lines).toEqual([{ code: "member-extra-onsite", amount: { amount: "159.00", cents: 15900, currency: "USD" }, clause: "terms.5.member-rate", description: "Member extra on-site visit" }]);
    expect(r.total.amount).toBe("159.00");
    expectNamed(r, "t@2027", ["memberExtraOnsitePrice"]);
  });

  it("terms.3.remote, terms.5.overtime: a $109 single remote session with $40 overtime → 75 min is $149.00", () => {
    const r = quoteService({ mode: "remote", minutes: 75, customer: "non-member", edition: edition2027({ singleRemotePrice: "109.00", remoteOvertimeRate: "40.00" }) });
    expect(r.lines.map((l) => [l.code, l.amount.amount, l.clause])).toEqual([
      ["remote-session", "109.00", "terms.3.remote"],
      ["overtime", "40.00", "terms.5.overtime"],
    ]);
    expect(r.total.amount).toBe("149.00");
    expectNamed(r, "t@2027", ["singleRemotePrice", "remoteOvertimeRate"]);
  });

  it("terms.3.in-home: a 120-minute single in-home visit has no overtime at 120 min; a member's included visit still has its 90-minute block", () => {
    const e = edition2027({ singleOnsiteMinutes: 120 });
    const nonMember = quoteService({ mode: "onsite", minutes: 120, customer: "non-member", edition: e });
    expect(nonMember.lines.map((l) => l.code)).toEqual(["onsite-visit"]);
    expect(nonMember.total.amount).toBe("189.00");
    expect(nonMember.explanation).toContain("On-site time block: 120 min; 120 min used, 0 min beyond the block.");
    expectNamed(nonMember, "t@2027", ["singleOnsiteMinutes"]);
    const member = quoteService({ mode: "onsite", minutes: 120, customer: "member", includedVisit: true, edition: e });
    expect(member.total.amount).toBe("45.00");
  });

  it("terms.1.service-area: an edition that serves 95814 instead of 95747 quotes 95814 without a trip fee and refuses 95747 without one", () => {
    const e = edition2027({ serviceAreaZips: ["95661", "95678", "95814"] });
    const inside = quoteService({ mode: "onsite", minutes: 60, customer: "non-member", zip: "95814", edition: e });
    expect(inside).toMatchObject({ eligible: true, total: { amount: "189.00" } });
    expect(inside.explanation).toContain("ZIP 95814 is in the service area.");
    const outside = quoteService({ mode: "onsite", minutes: 60, customer: "non-member", zip: "95747", edition: e });
    expect(outside).toMatchObject({ eligible: false, lines: [], total: { amount: "0.00" }, edition: "t@2027" });
    expect(outside.explanation.at(-1)).toMatch(/^ZIP 95747 is outside the service area \(95661, 95678, 95814\)/);
    // A trip fee inside the edition's area is ignored, as in the base.
    const ignored = quoteService({ mode: "onsite", minutes: 60, customer: "non-member", zip: "95814", tripFee: "25.00", edition: e });
    expect(ignored.lines.map((l) => l.code)).toEqual(["onsite-visit"]);
  });

  it("terms.1.eligibility: a minimum age of 21 makes a 19-year-old under age", () => {
    const r = checkEligibility({ age: 19, zip: "95661", edition: edition2027({ minimumAge: 21 }) });
    expect(r).toMatchObject({ eligible: false, reasons: ["under-age"], inServiceArea: true });
    expect(r.explanation).toContain("Age 19 is under the minimum of 21: not eligible.");
    expectNamed(r, "t@2027", ["minimumAge"]);
    expect(checkEligibility({ age: 19, zip: "95661" }).eligible).toBe(true);
  });

  it("terms.1.service-area: an edition's service area decides eligibility and the trip fee", () => {
    const e = edition2027({ serviceAreaZips: ["95814"] });
    expect(checkEligibility({ age: 30, zip: "95814-0001", edition: e })).toMatchObject({ eligible: true, inServiceArea: true, tripFeeRequired: false });
    const r = checkEligibility({ age: 30, zip: "95661", outsideAreaApproved: true, edition: e });
    expect(r).toMatchObject({ eligible: true, inServiceArea: false, tripFeeRequired: true, reasons: ["outside-area-approved-trip-fee"] });
    expect(r.explanation[2]).toMatch(/^ZIP 95661 is outside the service area \(95814\)/);
  });

  it("terms.2.4.add-ons: a $20 monthly add-on → 2 add-ons on a monthly plan are $40.00; yearly keeps $150", () => {
    const e = edition2027({ addOnMonthly: "20.00" });
    const devices = [{ kind: "laptop" }, { kind: "desktop" }, { kind: "tablet" }, { kind: "printer", addOn: true }] as const;
    const r = deviceCoverage({ plan: "home-monthly", deviceLimit: 2, devices: [...devices], edition: e });
    expect(r).toMatchObject({ addOns: 2, addOnFee: { amount: "40.00" }, addOnFeePer: "month" });
    expect(r.explanation).toContain("Add-on fee: 2 × $20.00 per month (monthly plan) = $40.00.");
    expectNamed(r, "t@2027", ["addOnMonthly"]);
    expect(deviceCoverage({ plan: "home-yearly", deviceLimit: 2, devices: [...devices], edition: e }).addOnFee.amount).toBe("300.00");
  });

  it("terms.4.no-show: a $60 no-show fee and 48 hours' notice → cancelling 30 hours ahead costs $60.00", () => {
    const e = edition2027({ noShowFee: "60.00", cancellationNoticeHours: 48 });
    const r = noShowCharge({ appointmentAt: "2027-03-10T10:00:00-08:00", canceledAt: "2027-03-09T04:00:00-08:00", edition: e });
    expect(r).toMatchObject({ noShow: true, outcome: "fee", fee: { amount: "60.00", cents: 6000 }, noticeHours: 30, freeCancellationUntil: "2027-03-08T10:00:00-08:00" });
    expect(r.citations).toEqual(["terms.4.no-show"]);
    expect(r.explanation).toContain("Notice is under 48 hours: a no-show.");
    expectNamed(r, "t@2027", ["noShowFee", "cancellationNoticeHours"]);
    // The same cancellation under the base is free.
    expect(noShowCharge({ appointmentAt: "2027-03-10T10:00:00-08:00", canceledAt: "2027-03-09T04:00:00-08:00" }).outcome).toBe("no-charge");
  });

  it("terms.4.sla: non-member remote within 2 business days, on-site the same business day", () => {
    const e = edition2027({ slaRemoteNonMemberDays: 2, slaOnsiteDays: 0 });
    const r = slaTarget({ mode: "remote", customer: "non-member", requestedAt: "2027-03-01T10:00:00-08:00", edition: e });
    expect(r).toMatchObject({ dueDate: "2027-03-03", dueBy: "2027-03-03T17:00:00-08:00", businessDays: 2 });
    expect(r.explanation.at(-1)).toBe(
      "SLA target remote, non-member: within 2 business days → due 2027-03-03, by the 17:00 close: 2027-03-03T17:00:00-08:00. This is a target, not a guarantee.",
    );
    expectNamed(r, "t@2027", ["slaRemoteNonMemberDays", "slaOnsiteDays"]);
    const onsite = slaTarget({ mode: "onsite", customer: "member", requestedAt: "2027-03-01T10:00:00-08:00", edition: e });
    expect(onsite).toMatchObject({ dueDate: "2027-03-01", businessDays: 0 });
    expect(onsite.explanation.at(-1)).toMatch(/^SLA target on-site: same business day → due 2027-03-01/);
  });

  it("terms.4.sla: a member remote SLA of 1 business day reads \"within 1 business day\"", () => {
    const r = slaTarget({ mode: "remote", customer: "member", requestedAt: "2027-03-01T10:00:00-08:00", edition: edition2027({ slaRemoteMemberDays: 1 }) });
    expect(r).toMatchObject({ dueDate: "2027-03-02", businessDays: 1 });
    expect(r.explanation.at(-1)).toMatch(/^SLA target remote, member \(Home\/Office\): within 1 business day → due 2027-03-02/);
  });

  it("terms.7.scope: classifyRequest reads no number of the Terms, so it takes no edition", () => {
    const { issues } = policyErrorOf(() => classifyRequest({ category: "tune-up", edition: baseEdition } as never), "classifyRequest");
    expect(issues.map((i) => i.path)).toEqual([["edition"]]);
    expect(classifyRequest({ category: "tune-up" })).not.toHaveProperty("edition");
  });
});

describe("the base edition, given or not, is the same answer", () => {
  it.each(RULES.map((r) => [r.name, r] as const))("%s: edition: baseEdition gives byte-identical JSON to no edition", (_, rule) => {
    fc.assert(
      fc.property(rule.inputs(), (input) => {
        const implicit = under(rule, input);
        const explicit = under(rule, input, baseEdition);
        expect(implicit.edition).toBe(BASE_ID);
        expect(implicit).not.toHaveProperty("hypothetical");
        expect(JSON.stringify(explicit)).toBe(JSON.stringify(implicit));
        expect(explicit).toEqual(implicit);
      }),
      RUNS,
    );
  });
});

/** A new value of `key`'s kind, different from the base value. */
function otherValue(key: TariffKey): fc.Arbitrary<unknown> {
  const spec = BASE_TARIFF[key];
  switch (spec.kind) {
    case "money":
      return fc
        .integer({ min: 0, max: 100_000 })
        .map((c) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, "0")}`)
        .filter((v) => v !== spec.value);
    case "count":
      return fc.integer({ min: 0, max: 500 }).filter((v) => v !== spec.value);
    case "positive-count":
      return fc.integer({ min: 1, max: 500 }).filter((v) => v !== spec.value);
    case "zips":
      return fc
        .uniqueArray(fc.integer({ min: 10_000, max: 99_999 }).map(String), { minLength: 1, maxLength: 4 })
        .filter((v) => JSON.stringify(v) !== JSON.stringify(spec.value));
  }
}

describe("an edition that changes only numbers a rule does not read", () => {
  it.each(RULES.map((r) => [r.name, r] as const))(
    "%s: gives the same numbers; only `edition` and the step naming the edition differ",
    (_, rule) => {
      const unread = TARIFF_KEYS.filter((k) => !rule.reads.includes(k));
      const change = fc.constantFrom(...unread).chain((key) => otherValue(key).map((value) => [key, value] as const));
      fc.assert(
        fc.property(rule.inputs(), change, (input, [key, value]) => {
          const e = edition2027({ [key]: value }, { id: `unread@${key}` });
          const base = under(rule, input);
          const other = under(rule, input, e);
          const { edition: _b, explanation: baseSteps, ...baseNumbers } = base;
          const { edition: id, explanation: steps, ...numbers } = other;
          expect(id).toBe(`unread@${key}`);
          expect(JSON.stringify(numbers)).toBe(JSON.stringify(baseNumbers));
          expect(steps).toEqual([`Edition unread@${key}, announced 2026-11-01, in force from 2027-01-01; it changes ${key}.`, ...baseSteps]);
        }),
        RUNS,
      );
    },
  );
});

describe("a what-if edition is marked in every result", () => {
  it.each(RULES.map((r) => [r.name, r] as const))("%s: a hypothetical edition's result has hypothetical: true; the base's has no hypothetical key", (_, rule) => {
    const whatIf = edition2027({ onsiteOvertimeRate: "50.00" }, { id: "what-if@2027", hypothetical: true });
    const real = edition2027({ onsiteOvertimeRate: "50.00" }, { id: "real@2027" });
    fc.assert(
      fc.property(rule.inputs(), (input) => {
        const hypothetical = under(rule, input, whatIf);
        expect(hypothetical).toMatchObject({ edition: "what-if@2027", hypothetical: true });
        expect(hypothetical.explanation[0]).toMatch(/^Edition what-if@2027 \(hypothetical: a what-if, never announced\)/);
        expect(Object.keys(under(rule, input))).not.toContain("hypothetical");
        expect(Object.keys(under(rule, input, real))).not.toContain("hypothetical");
        // The what-if and the real edition with the same numbers differ only in their marks.
        const { edition: _h, hypothetical: _x, explanation: _hs, ...a } = hypothetical;
        const { edition: _r, explanation: _rs, ...b } = under(rule, input, real);
        expect(a).toEqual(b);
      }),
      { numRuns: 50 },
    );
  });
});

describe("a rule reads no base numbers", () => {
  const MONEY_KEYS = TARIFF_KEYS.filter((k) => BASE_TARIFF[k].kind === "money");
  // Distinct odd amounts, all ending in .01: no sum of fewer than 99 of them (and a 0.50 trip fee) is a whole dollar, so none can be a base amount.
  const oddAmounts = Object.fromEntries(MONEY_KEYS.map((k, i) => [k, `${51 + 2 * i}.01`]));
  const everyMoney = edition2027(oddAmounts, { id: "odd@2027" });
  const BASE_AMOUNTS = ["45.00", "35.00", "149.00", "189.00", "99.00", "15.00", "150.00"];

  it("the edition changes every money number of the Terms, and the base amounts are exactly those", () => {
    expect(everyMoney.changes.map((c) => c.key)).toEqual(MONEY_KEYS);
    expect([...new Set(MONEY_KEYS.map((k) => BASE_TARIFF[k].value))].sort()).toEqual([...BASE_AMOUNTS].sort());
  });

  /** Every money value (`{ amount, cents, currency }`) in a result, with its path. */
  const moneyIn = (value: unknown, path = ""): [string, string][] => {
    if (typeof value !== "object" || value === null) return [];
    if ("amount" in value && "currency" in value) return [[path, (value as { amount: string }).amount]];
    return Object.entries(value).flatMap(([k, v]) => moneyIn(v, `${path}.${k}`));
  };

  it.each(RULES.map((r) => [r.name, r] as const))("%s: no base amount in its money fields or its explanation", (_, rule) => {
    fc.assert(
      fc.property(rule.inputs(), (input) => {
        // A trip fee is the host's own quote, not a number of the Terms: an odd one too.
        const i = "tripFee" in input ? { ...input, tripFee: "0.50" } : input;
        const r = under(rule, i, everyMoney);
        const amounts = moneyIn(r);
        for (const [path, amount] of amounts) expect(BASE_AMOUNTS, `${rule.name}${path}`).not.toContain(amount);
        for (const step of r.explanation) for (const a of BASE_AMOUNTS) expect(step).not.toContain(`$${a}`);
        return amounts.length > 0 || rule.name === "checkEligibility" || rule.name === "slaTarget";
      }),
      RUNS,
    );
  });

  it("terms.5.overtime, terms.4.no-show, terms.2.4.add-ons: the odd amounts are the ones charged", () => {
    expect(overtimeCharge({ mode: "onsite", minutes: 91, edition: everyMoney }).fee.amount).toBe(oddAmounts.onsiteOvertimeRate);
    expect(overtimeCharge({ mode: "remote", minutes: 61, edition: everyMoney }).fee.amount).toBe(oddAmounts.remoteOvertimeRate);
    expect(noShowCharge({ appointmentAt: "2027-03-10T10:00:00-08:00", edition: everyMoney }).fee.amount).toBe(oddAmounts.noShowFee);
    expect(deviceCoverage({ plan: "office-yearly", deviceLimit: 0, devices: [{ kind: "laptop" }], edition: everyMoney }).addOnFee.amount).toBe(oddAmounts.addOnYearly);
    expect(deviceCoverage({ plan: "office-monthly", deviceLimit: 0, devices: [{ kind: "laptop" }], edition: everyMoney }).addOnFee.amount).toBe(oddAmounts.addOnMonthly);
    expect(quoteService({ mode: "onsite", minutes: 90, customer: "non-member", edition: everyMoney }).total.amount).toBe(oddAmounts.singleOnsitePrice);
    expect(quoteService({ mode: "remote", minutes: 60, customer: "non-member", edition: everyMoney }).total.amount).toBe(oddAmounts.singleRemotePrice);
    expect(quoteService({ mode: "onsite", minutes: 90, customer: "member", edition: everyMoney }).total.amount).toBe(oddAmounts.memberExtraOnsitePrice);
  });
});

describe("an edition given as data", () => {
  const e = edition2027({ onsiteOvertimeRate: "50.00", noShowFee: "60.00", minimumAge: 21, addOnYearly: "175.00", slaOnsiteDays: 2, serviceAreaZips: ["95661", "95814"] });

  it.each(RULES.map((r) => [r.name, r] as const))("%s: the edition read back from JSON is accepted and gives the same result", (_, rule) => {
    const fromJson = JSON.parse(JSON.stringify(e)) as unknown;
    const baseFromJson = JSON.parse(JSON.stringify(baseEdition)) as unknown;
    fc.assert(
      fc.property(rule.inputs(), (input) => {
        expect(JSON.stringify(under(rule, input, fromJson))).toBe(JSON.stringify(under(rule, input, e)));
        expect(JSON.stringify(under(rule, input, baseFromJson))).toBe(JSON.stringify(under(rule, input)));
      }),
      { numRuns: 50 },
    );
  });

  const json = () => JSON.parse(JSON.stringify(e)) as Record<string, unknown> & { tariff: Record<string, unknown> };
  const malformed: [string, unknown, (string | number)[]][] = [
    ["negative money", { ...json(), tariff: { ...json().tariff, noShowFee: "-60.00" } }, ["edition", "tariff", "noShowFee"]],
    ["a count of the wrong kind", { ...json(), tariff: { ...json().tariff, minimumAge: "21" } }, ["edition", "tariff", "minimumAge"]],
    ["an unknown tariff key", { ...json(), tariff: { ...json().tariff, noShowFees: "60.00" } }, ["edition", "tariff"]],
    ["a missing tariff key", { ...json(), tariff: { ...json().tariff, onsiteOvertimeRate: undefined } }, ["edition", "tariff", "onsiteOvertimeRate"]],
    ["effectiveOn before announcedOn", { ...json(), effectiveOn: "2026-10-01" }, ["edition", "effectiveOn"]],
    ["another document", { ...json(), document: "relaso-privacy" }, ["edition", "document"]],
    ["an id string instead of an edition", "t@2027", ["edition"]],
    ["an array", [e], ["edition"]],
    ["null", null, ["edition"]],
  ];

  it.each(RULES.map((r) => [r.name, r] as const))("%s: a malformed edition is a PolicyInputError at [\"edition\", …]", (_, rule) => {
    const input = fc.sample(rule.inputs(), { numRuns: 1, seed: 12 })[0] as Record<string, unknown>;
    for (const [what, bad, path] of malformed) {
      const { issues } = policyErrorOf(() => under(rule, input, bad), rule.name);
      expect(issues.length, what).toBeGreaterThan(0);
      for (const issue of issues) expect(issue.path.slice(0, path.length), what).toEqual(path);
    }
  });
});
