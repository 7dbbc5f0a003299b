/**
 * Issue 11, hostile input: every list, text and map of every input has a
 * documented maximum (`LIMITS`). An input at a limit is decided; one over it
 * is a `PolicyInputError` whose message names the limit. Sums that could leave
 * exact integer cents are input errors before any arithmetic. The worst
 * accepted inputs finish (timings belong to the benchmarks; here the visit
 * ledger's cost is bounded by counting, not by a clock).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";
import { LIMITS } from "../src/core/limits.js";
import { MAX_MONEY } from "../src/core/money.js";
import { foldVisitLedger } from "../src/terms/lifecycle-visit-ledger.js";
import { baseEdition } from "../src/editions/edition.js";
import { compileEdition } from "../src/editions/compiled.js";
import { Trace } from "../src/core/decision.js";
import { addDays } from "../src/core/calendar.js";
import { policyErrorOf } from "./policy-error.js";

const {
  addBusinessDays,
  checkConsent,
  deviceCoverage,
  liabilityCap,
  priceInForce,
  privacyProfiles,
  profileCitations,
  retentionDecision,
  slaTarget,
  visitAllowance,
  withCitations,
  yearlyRefund,
} = api;

const times = <T>(n: number, item: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => item(i));
/** `n` as the messages may write it: 10000 or 10,000. */
const spelled = (n: number) => new RegExp(`at most ${n}\\b|at most ${n.toLocaleString("en-US")}\\b`);

/** The `PolicyInputError` of `rule`; some issue's message names `limit`. */
function refusedNaming(f: () => unknown, rule: string, limit: number): void {
  const { issues } = policyErrorOf(f, rule);
  expect(
    issues.some((i) => spelled(limit).test(i.message)),
    issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n"),
  ).toBe(true);
}

describe("LIMITS", () => {
  it("is frozen, and exported as `limits` too", () => {
    expect(Object.isFrozen(LIMITS)).toBe(true);
    expect(api.LIMITS).toBe(LIMITS);
    expect(api.limits).toBe(LIMITS);
    expect(LIMITS.money).toBe(MAX_MONEY);
  });

  it("README's Limits table lists every limit with its value", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const section = readme.slice(readme.indexOf("## Limits"), readme.indexOf("\n## ", readme.indexOf("## Limits") + 1));
    const rows = section.split("\n").filter((l) => l.startsWith("| `"));
    const shown = (v: number | string) =>
      typeof v === "number" ? v.toLocaleString("en-US") : v.replace(/^(\d+)/, (d) => Number(d).toLocaleString("en-US"));
    expect(rows.map((r) => r.split(" | ")[0]?.replace("| ", ""))).toEqual(Object.keys(LIMITS).map((k) => `\`${k}\``));
    for (const [key, value] of Object.entries(LIMITS)) {
      expect(rows.some((r) => r.startsWith(`| \`${key}\` | ${shown(value)} |`)), key).toBe(true);
    }
  });

  it("the JSON Schemas carry the limits (maxItems, maxLength, maxProperties)", () => {
    type Node = { maxItems?: number; maxLength?: number; maxProperties?: number; properties: Record<string, Node>; items: Node; anyOf: Node[] };
    const s = api.inputJsonSchemas() as unknown as Record<string, Node>;
    expect(s.visitAllowance?.properties.events?.maxItems).toBe(LIMITS.events);
    expect(s.liabilityCap?.properties.payments?.maxItems).toBe(LIMITS.payments);
    expect(s.priceInForce?.properties.changes?.maxItems).toBe(LIMITS.priceChanges);
    expect(s.yearlyRefund?.properties.renderedServices?.maxItems).toBe(LIMITS.renderedServices);
    expect(s.yearlyRefund?.properties.renderedServices?.items.properties.service?.maxLength).toBe(LIMITS.serviceLength);
    expect(s.deviceCoverage?.properties.devices?.maxItems).toBe(LIMITS.devices);
    expect(s.slaTarget?.properties.holidays?.maxItems).toBe(LIMITS.holidays);
    expect(s.slaTarget?.properties.supportHours?.properties.days?.maxItems).toBe(LIMITS.weekdays);
    expect(s.checkConsent?.properties.granted?.maxItems).toBe(LIMITS.idsPerField);
    expect(s.retentionDecision?.properties.category?.maxLength).toBe(LIMITS.idLength);
    expect(s.retentionDecision?.properties.retentionPeriods?.maxProperties).toBe(LIMITS.retentionPeriods);
    const p = api.privacyProfileJsonSchema() as unknown as Node;
    expect(p.properties.id?.maxLength).toBe(LIMITS.idLength);
    expect(p.properties.name?.maxLength).toBe(LIMITS.textLength);
    expect(p.properties.scopeClauses?.maxItems).toBe(LIMITS.idsPerField);
    expect(p.properties.scopeClauses?.items.maxLength).toBe(LIMITS.idLength);
    expect(p.properties.dataCategories?.maxItems).toBe(LIMITS.profileListItems);
    expect(p.properties.citations?.maxItems).toBe(LIMITS.profileClauses);
    expect(p.properties.retention?.properties.categories?.maxItems).toBe(LIMITS.profileListItems);
  });
});

describe("the lists of the Terms rules: at the limit decided, over it refused", () => {
  it("visitAllowance events", () => {
    const input = (n: number) => ({ plan: "home-yearly", startDate: "2025-01-01", asOf: "2025-12-31", events: times(n, () => ({ type: "visit" as const, date: "2025-06-01" })) }) as const;
    expect(visitAllowance(input(LIMITS.events)).visits).toHaveLength(LIMITS.events);
    refusedNaming(() => visitAllowance(input(LIMITS.events + 1)), "visitAllowance", LIMITS.events);
  });

  it("liabilityCap payments", () => {
    const input = (n: number) => ({ eventDate: "2025-06-15", payments: times(n, () => ({ date: "2025-05-01", amount: "49.00" })) });
    expect(liabilityCap(input(LIMITS.payments)).cap.cents).toBe(4900 * LIMITS.payments);
    refusedNaming(() => liabilityCap(input(LIMITS.payments + 1)), "liabilityCap", LIMITS.payments);
  });

  it("priceInForce changes", () => {
    const input = (n: number) => ({ kind: "subscription", basePrice: "49.00", on: "2999-12-31", changes: times(n, (i) => ({ price: "59.00", announcedOn: addDays("1900-01-01", i) })) }) as const;
    expect(priceInForce(input(LIMITS.priceChanges)).changeIndex).toBe(LIMITS.priceChanges - 1);
    refusedNaming(() => priceInForce(input(LIMITS.priceChanges + 1)), "priceInForce", LIMITS.priceChanges);
  });

  it("yearlyRefund renderedServices, and the characters of each service", () => {
    const input = (n: number, service = "on-site visit") => ({
      purchasedOn: "2025-01-01",
      requestedOn: "2025-01-02",
      amountPaid: "1200.00",
      monthlyRate: "120.00",
      servicesRendered: n,
      valuation: "per-rendered-service",
      renderedServices: times(n, () => ({ service, price: "0.01" })),
    }) as const;
    expect(yearlyRefund(input(LIMITS.renderedServices)).refund.amount).toBe("1100.00");
    refusedNaming(() => yearlyRefund(input(LIMITS.renderedServices + 1)), "yearlyRefund", LIMITS.renderedServices);
    expect(yearlyRefund(input(1, "s".repeat(LIMITS.serviceLength))).eligible).toBe(true);
    refusedNaming(() => yearlyRefund(input(1, "s".repeat(LIMITS.serviceLength + 1))), "yearlyRefund", LIMITS.serviceLength);
  });

  it("deviceCoverage devices", () => {
    const input = (n: number) => ({ plan: "home-monthly", deviceLimit: 2, devices: times(n, () => ({ kind: "laptop" as const })) }) as const;
    expect(deviceCoverage(input(LIMITS.devices)).addOns).toBe(LIMITS.devices - 2);
    refusedNaming(() => deviceCoverage(input(LIMITS.devices + 1)), "deviceCoverage", LIMITS.devices);
  });

  it("holidays of slaTarget and of a business calendar; its weekdays", () => {
    const closed = (n: number) => times(n, (i) => addDays("2026-01-01", i));
    const sla = (holidays: string[], days: string[] = ["mon", "tue", "wed", "thu", "fri"]) =>
      slaTarget({ mode: "remote", customer: "non-member", requestedAt: "2026-01-01T12:00:00Z", holidays, supportHours: { days: days as never, open: "09:00", close: "17:00" } });
    // Every day closed for ~27 years: the due date is the first open day after them.
    expect(sla(closed(LIMITS.holidays)).countsFrom > closed(LIMITS.holidays).at(-1)!).toBe(true);
    refusedNaming(() => sla(closed(LIMITS.holidays + 1)), "slaTarget", LIMITS.holidays);
    const week = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
    expect(sla([], week).dueDate).toBe("2026-01-02");
    refusedNaming(() => sla([], [...week, "mon"]), "slaTarget", LIMITS.weekdays);

    const calendar = (n: number) => ({ openWeekdays: [1, 2, 3, 4, 5], holidays: closed(n) });
    expect(addBusinessDays("2026-01-01", 1, calendar(LIMITS.holidays)) > closed(LIMITS.holidays).at(-1)!).toBe(true);
    refusedNaming(() => addBusinessDays("2026-01-01", 1, calendar(LIMITS.holidays + 1)), "addBusinessDays", LIMITS.holidays);
    refusedNaming(() => addBusinessDays("2026-01-01", 1, { openWeekdays: [0, 1, 2, 3, 4, 5, 6, 0], holidays: null }), "addBusinessDays", LIMITS.weekdays);
  });
});

describe("sums that would leave exact integer cents are input errors, not RangeErrors", () => {
  const most = MAX_MONEY;
  const named = "$999,999,999,999.99";

  it("liabilityCap: payments adding up to more than $999,999,999,999.99", () => {
    const payments = (amounts: (string | number)[]) => ({ eventDate: "2025-06-15", payments: amounts.map((amount) => ({ date: "2025-05-01", amount })) });
    expect(liabilityCap(payments([most])).cap.amount).toBe(most);
    expect(liabilityCap(payments(["999999999999.98", 0.01])).cap.amount).toBe(most);
    for (const amounts of [times(91, () => most), [most, "0.01"], [most, 0.01]]) {
      const { issues } = policyErrorOf(() => liabilityCap(payments(amounts)), "liabilityCap");
      expect(issues).toEqual([{ path: ["payments"], message: expect.stringContaining(named) }]);
    }
  });

  it("yearlyRefund: rendered services whose prices add up to more than $999,999,999,999.99", () => {
    const input = (prices: string[]) =>
      ({
        purchasedOn: "2025-01-01",
        requestedOn: "2025-01-02",
        amountPaid: most,
        monthlyRate: most,
        servicesRendered: prices.length,
        valuation: "per-rendered-service",
        renderedServices: prices.map((price, i) => ({ service: `service ${i}`, price })),
      }) as const;
    expect(yearlyRefund(input([most])).refund.amount).toBe("0.00");
    const { issues } = policyErrorOf(() => yearlyRefund(input(times(91, () => most))), "yearlyRefund");
    expect(issues).toEqual([{ path: ["renderedServices"], message: expect.stringContaining(named) }]);
  });

  it("the other money paths stay exact at their largest accepted inputs", () => {
    // (i) one monthly fee plus $15 × 1,000,000 add-on devices, (ii) and (iii) at the maximum: about 3 × 10^14 cents.
    const r = yearlyRefund({ purchasedOn: "2025-01-01", requestedOn: "2025-01-02", amountPaid: most, monthlyRate: most, servicesRendered: 1, addOnDevices: 1_000_000, licenseCosts: most, discounts: most });
    expect(r.deductions[0]?.amount.amount).toBe("1000014999999.99");
    expect(r.retained.amount).toBe(most);
    expect(deviceCoverage({ plan: "home-yearly", deviceLimit: 0, devices: times(LIMITS.devices, () => ({ kind: "laptop" })) }).addOnFee.amount).toBe("1500000.00");
    const quote = api.quoteService({ mode: "onsite", minutes: 10_080, customer: "non-member", tripFee: most, zip: "99999" });
    expect(quote.total.cents).toBe(quote.lines.reduce((sum, l) => sum + l.amount.cents, 0));
    expect(quote.total.cents).toBeGreaterThan(99_999_999_999_999);
  });
});

describe("a host privacy profile: every list and text bounded", () => {
  const base = privacyProfiles.relument;
  const host = (patch: (p: Record<string, any>) => void) => {
    const p = structuredClone({ ...base, id: "acme", name: "Acme IT" }) as Record<string, any>;
    delete p.citations;
    patch(p);
    return p as never;
  };
  const decided = (profile: never) => checkConsent({ profile, action: "sale" }).profile;
  const refused = (profile: never, limit: number) => refusedNaming(() => checkConsent({ profile, action: "sale" }), "checkConsent", limit);
  const clause = (i: number) => `c-${i}`;
  const allowedIf = Object.entries(base.actions).find(([, g]) => g.status === "allowed-if")![0];

  it("each profile list: dataCategories, retention.categories, neverCollects, notice channels", () => {
    const lists: [string, (p: Record<string, any>, n: number) => void][] = [
      ["dataCategories", (p, n) => (p.dataCategories = times(n, (i) => ({ id: `cat-${i}`, label: "Label", clauses: ["privacy.1.categories"] })))],
      [
        "retention.categories",
        (p, n) => (p.retention.categories = times(n, (i) => ({ ...p.retention.categories.find((c: { id: string }) => c.id === "account"), id: i === 0 ? "account" : `cat-${i}` }))),
      ],
      ["neverCollects", (p, n) => (p.neverCollects = { stated: true, value: times(n, (i) => `item ${i}`), clauses: ["privacy.1.categories"] })],
      ["changes.notice.channels", (p, n) => (p.changes.notice = { stated: true, value: { of: "all", channels: times(n, (i) => `channel ${i}`) }, clauses: ["privacy.1.categories"] })],
    ];
    for (const [, fill] of lists) {
      expect(decided(host((p) => fill(p, LIMITS.profileListItems)))).toBe("acme");
      refused(host((p) => fill(p, LIMITS.profileListItems + 1)), LIMITS.profileListItems);
    }
  });

  it("ids per field: clauses, scopeClauses, laws, requires; checkConsent granted", () => {
    const ids = (n: number) => times(n, clause);
    const fields: ((p: Record<string, any>, n: number) => void)[] = [
      (p, n) => (p.scopeClauses = ids(n)),
      (p, n) => (p.sells = { stated: true, value: false, clauses: ids(n) }),
      (p, n) => (p.actions.sale = { status: "prohibited", clauses: ["privacy.4.no-sale"], laws: ids(n), note: "Never sold." }),
      (p, n) => (p.actions[allowedIf] = { ...p.actions[allowedIf], requires: times(n, () => "consent") }),
    ];
    for (const fill of fields) {
      expect(decided(host((p) => fill(p, LIMITS.idsPerField)))).toBe("acme");
      refused(host((p) => fill(p, LIMITS.idsPerField + 1)), LIMITS.idsPerField);
    }
    const granted = (n: number) => times(n, () => "consent" as const);
    expect(checkConsent({ action: "remote-session", granted: granted(LIMITS.idsPerField) }).allowed).toBe(true);
    refusedNaming(() => checkConsent({ action: "remote-session", granted: granted(LIMITS.idsPerField + 1) }), "checkConsent", LIMITS.idsPerField);
  });

  it("distinct clause ids of a profile, and its citations list: withCitations of a valid profile stays valid", () => {
    // Data categories of 20 new clause ids each, up to `n` with the ones the rest of the profile cites.
    const citing = (n: number) =>
      host((p) => {
        p.dataCategories = [];
        const needed = n - profileCitations(p as never).length;
        const per = LIMITS.idsPerField;
        p.dataCategories = times(Math.ceil(needed / per), (k) => ({ id: `cat-${k}`, label: "Label", clauses: times(Math.min(per, needed - k * per), (j) => clause(k * per + j)) }));
      });
    const full = withCitations(citing(LIMITS.profileClauses));
    expect(full.citations).toHaveLength(LIMITS.profileClauses);
    expect(decided(full as never)).toBe("acme");
    refused(citing(LIMITS.profileClauses + 1), LIMITS.profileClauses);
    refused(host((p) => (p.citations = times(LIMITS.profileClauses + 1, clause))), LIMITS.profileClauses);
  });

  it("characters of ids and of free text", () => {
    const id = (n: number) => "a".repeat(n);
    const text = (n: number) => "T".repeat(n);
    const cases: [(p: Record<string, any>, n: number) => void, number][] = [
      [(p, n) => (p.id = id(n)), LIMITS.idLength],
      [(p, n) => (p.scopeClauses = [id(n)]), LIMITS.idLength],
      [(p, n) => (p.name = text(n)), LIMITS.textLength],
      [(p, n) => (p.actions.sale = { status: "not-stated", note: text(n) }), LIMITS.textLength],
    ];
    for (const [fill, limit] of cases) {
      expect(() => decided(host((p) => fill(p, limit)))).not.toThrow();
      refused(host((p) => fill(p, limit + 1)), limit);
    }
  });

  it("retentionDecision: the category id, and the entries of retentionPeriods", () => {
    const account = base.retention.categories.find((c) => c.id === "account")!;
    // 1,000 categories, each id but "account" of exactly `LIMITS.idLength` characters.
    const ids = times(LIMITS.retentionPeriods, (i) => (i === 0 ? "account" : `${"c".repeat(LIMITS.idLength - 4)}${String(i).padStart(4, "0")}`));
    const profile = host((p) => (p.retention.categories = ids.map((id) => ({ ...account, id }))));
    const periods = (keys: string[]) => Object.fromEntries(keys.map((k) => [k, 12]));
    const decide = (category: string, keys: string[]) => retentionDecision({ profile, category, accountClosedOn: "2026-01-01", asOf: "2026-06-01", retentionPeriods: periods(keys) });
    expect(decide(ids.at(-1)!, ids)).toMatchObject({ periodMonths: 12, periodSource: "override" });
    refusedNaming(() => decide("account", [...ids, "one-more"]), "retentionDecision", LIMITS.retentionPeriods);
    refusedNaming(() => decide("c".repeat(LIMITS.idLength + 1), []), "retentionDecision", LIMITS.idLength);
    refusedNaming(() => decide("account", ["c".repeat(LIMITS.idLength + 1)]), "retentionDecision", LIMITS.idLength);
  });
});

describe("the worst accepted inputs finish", () => {
  const suspensions = (n: number) => times(n, (i) => ({ from: addDays("1900-01-02", i * 40), to: addDays("1900-01-02", i * 40) }));

  it("the visit ledger reads each suspension a bounded number of times, not once per day (it was days × suspensions)", () => {
    const list = suspensions(LIMITS.events);
    let reads = 0;
    const counted = new Proxy(list, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    const ledger = foldVisitLedger(
      { startDate: "1900-01-01", asOf: "2999-12-31", periodKey: "officePeriodMonths", yearlyBonus: true, governing: [{ edition: baseEdition, from: "1900-01-01", tariff: compileEdition(baseEdition) }], visits: [], suspensions: counted, rolloverDuringSuspension: "roll" },
      new Trace(),
    );
    expect(ledger.periods).toHaveLength(6_600);
    // 6,600 periods and 1,100 membership years over 10,000 suspensions: a scan per day read ~10^8.
    expect(reads).toBeLessThanOrEqual(2 * LIMITS.events);
  });

  it("visitAllowance: 10,000 one-day suspensions over 1900–2999", () => {
    const events = suspensions(LIMITS.events).map((s) => ({ type: "suspended" as const, ...s }));
    const r = visitAllowance({ plan: "office-yearly", startDate: "1900-01-01", asOf: "2999-12-31", events });
    expect(r.periods).toHaveLength(6_600);
    expect(r.status).toBe("active");
  });
});
