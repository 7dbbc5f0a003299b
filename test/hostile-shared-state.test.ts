/**
 * Issue 11, hardening: no state is shared with the host.
 *
 * - Every exported data structure (the tariff, the clause registry, the
 *   profiles, the laws, the defaults, the id lists, the zod schemas, ...) is
 *   deeply frozen at module load: a hostile or careless write throws (ESM is
 *   strict mode) and changes no later result.
 * - Every result is freshly built plain JSON, fully mutable, sharing no object
 *   with module data, with the input or with another part of itself: a host
 *   that edits a result (or its own input afterwards) changes nothing else.
 */
import { describe, expect, it } from "vitest";
import { test, fc } from "@fast-check/vitest";
import * as z from "zod/mini";
import * as api from "../src/index.js";
import { DEFAULT_BUSINESS_CALENDAR } from "../src/core/business-days.js";
import { privacyRules, publicRules, type PublicRule } from "./public-functions.js";

const SENTINEL = "__hostile__";

type Node = object;

function isZod(o: object): o is { _zod: { def: object } } {
  return Object.prototype.hasOwnProperty.call(o, "_zod");
}

/**
 * Every object or function reachable from `root` through own data properties,
 * with its path. zod's internal `_zod` bag is skipped (zod fills lazy fields in
 * it), but the schema's definition (`_zod.def`) is followed. A RegExp is listed
 * but not entered: zod writes its `lastIndex` on every match.
 */
function reachable(root: unknown, rootPath: string): { node: Node; path: string }[] {
  const out: { node: Node; path: string }[] = [];
  const seen = new Set<unknown>();
  const visit = (v: unknown, path: string): void => {
    if (v === null || (typeof v !== "object" && typeof v !== "function")) return;
    if (seen.has(v)) return;
    seen.add(v);
    out.push({ node: v, path });
    if (v instanceof RegExp) return;
    const zod = isZod(v);
    if (zod) visit(v._zod.def, `${path}._zod.def`);
    for (const key of Reflect.ownKeys(v)) {
      if (zod && key === "_zod") continue;
      const d = Object.getOwnPropertyDescriptor(v, key);
      if (d && "value" in d) visit(d.value, `${path}.${String(key)}`);
    }
  };
  visit(root, rootPath);
  return out;
}

/** Every own data property reachable from `root` (path and value, compared by identity). */
function fingerprint(root: unknown, rootPath: string): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const { node, path } of reachable(root, rootPath)) {
    if (node instanceof RegExp) {
      out.push([`${path}#regexp`, `${node.source}/${node.flags}`]);
      continue;
    }
    out.push([`${path}#proto`, Object.getPrototypeOf(node)]);
    for (const key of Reflect.ownKeys(node)) {
      if (isZod(node) && key === "_zod") continue;
      const d = Object.getOwnPropertyDescriptor(node, key) as PropertyDescriptor;
      out.push([`${path}.${String(key)}`, "value" in d ? d.value : d.get]);
    }
  }
  return out;
}

/** Nodes already attacked (schemas share sub-schemas: each node is attacked once per run). */
const attacked = new WeakSet<object>();

/** Tries every kind of write on every node; returns the writes that did not throw a TypeError. */
function hostileWrites(root: unknown, rootPath: string): string[] {
  const failed: string[] = [];
  const attempt = (what: string, write: () => void): void => {
    try {
      write();
      failed.push(what);
    } catch (e) {
      if (!(e instanceof TypeError)) failed.push(`${what}: threw ${String(e)}`);
    }
  };
  for (const { node, path } of reachable(root, rootPath)) {
    if (node instanceof RegExp || attacked.has(node)) continue;
    attacked.add(node);
    const o = node as Record<PropertyKey, unknown>;
    for (const key of Reflect.ownKeys(o)) {
      if (isZod(o) && key === "_zod") continue;
      attempt(`${path}.${String(key)} = …`, () => {
        o[key] = SENTINEL;
      });
      attempt(`delete ${path}.${String(key)}`, () => {
        delete o[key];
      });
    }
    attempt(`${path}.${SENTINEL} = …`, () => {
      o[SENTINEL] = SENTINEL;
    });
    attempt(`Object.setPrototypeOf(${path}, null)`, () => {
      Object.setPrototypeOf(o, null);
    });
    if (Array.isArray(o)) {
      attempt(`${path}.push(…)`, () => {
        o.push(SENTINEL);
      });
      attempt(`${path}.length = 0`, () => {
        o.length = 0;
      });
    }
  }
  return failed;
}

const exportedData = Object.entries(api).filter(([, v]) => typeof v !== "function");

describe("finding 1: every exported data structure is deeply frozen (a host write changes nothing)", () => {
  it("the exports include the tariff, the registry, profiles, laws, defaults, id lists and schemas", () => {
    const names = exportedData.map(([name]) => name);
    for (const name of [
      "tariff",
      "PLANS",
      "clauses",
      "interpretations",
      "policyFiles",
      "relumentProfile",
      "relasoProfile",
      "reliomProfile",
      "relentaProfile",
      "privacyProfiles",
      "laws",
      "lawNumbers",
      "DEFAULT_SUPPORT_HOURS",
      "DEFAULT_FAIR_USE_THRESHOLDS",
      "WEEKDAYS",
      "REQUEST_CATEGORIES",
      "IN_SCOPE_CATEGORIES",
      "EXCLUDED_CATEGORIES",
      "PROJECT_CATEGORIES",
      "FAIR_USE_CATEGORIES",
      "PRIVACY_ACTIONS",
      "PRIVACY_RIGHTS",
      "GRANTS",
      "JURISDICTIONS",
      "RETENTION_EXCEPTIONS",
      "PROFILE_NAMES",
      "inputSchemas",
      "overtimeInputSchema",
      "privacyProfileSchema",
      "calendarDateSchema",
      "instantSchema",
      "moneyInputSchema",
    ])
      expect(names).toContain(name);
    expect(names.filter((n) => n.endsWith("Schema")).length).toBeGreaterThanOrEqual(30);
  });

  it.each(exportedData)("%s is deeply frozen", (name, value) => {
    const nodes = reachable(value, name);
    const open = nodes.filter(({ node }) => !(node instanceof RegExp) && !Object.isFrozen(node)).map(({ path }) => path);
    expect(open).toEqual([]);
    // A zod schema's definition tree is frozen too: its shape, options, checks and their definitions.
    if (typeof value === "object" && value !== null && isZod(value)) expect(Object.isFrozen(value._zod.def)).toBe(true);
  });

  it.each(exportedData)("%s: every write throws and changes nothing", (name, value) => {
    const before = fingerprint(value, name);
    expect(hostileWrites(value, name)).toEqual([]);
    const after = fingerprint(value, name);
    expect(after.length).toBe(before.length);
    after.forEach(([path, v], i) => {
      expect(path).toBe(before[i]?.[0]);
      expect(Object.is(v, before[i]?.[1]), path).toBe(true);
    });
  });

  it("the internal default business calendar is frozen too", () => {
    expect(hostileWrites(DEFAULT_BUSINESS_CALENDAR, "DEFAULT_BUSINESS_CALENDAR")).toEqual([]);
    expect(DEFAULT_BUSINESS_CALENDAR).toEqual({ openWeekdays: [1, 2, 3, 4, 5], holidays: null });
  });

  it("frozen schemas still parse, compose and convert to JSON Schema", () => {
    expect(api.overtimeInputSchema.safeParse({ mode: "onsite", minutes: 200 }).success).toBe(true);
    expect(z.safeParse(api.overtimeInputSchema, { mode: "onsite", minutes: -1 }).success).toBe(false);
    expect(api.overtimeInputSchema.shape.minutes).toBe(api.overtimeInputSchema._zod.def.shape.minutes);
    const extended = z.extend(api.overtimeInputSchema, { note: z.string() });
    expect(extended.safeParse({ mode: "onsite", minutes: 200, note: "x" }).success).toBe(true);
    expect(api.zipSchema.check(z.refine((s) => s.startsWith("9"))).safeParse("95661").success).toBe(true);
    expect(api.toInputJsonSchema(api.overtimeInputSchema).required).toEqual(["mode", "minutes"]);
    expect(Object.keys(api.inputJsonSchemas()).sort()).toEqual(Object.keys(api.inputSchemas).sort());
  });
});

/** One hostile write reported in issue 11 (or of the same kind), and a later result it must not change. */
interface HostileWrite {
  readonly name: string;
  readonly write: () => void;
  readonly probe: () => unknown;
}

const anyApi = api as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const hostile: HostileWrite[] = [
  {
    name: "tariff.onsiteOvertimeRate = -$45",
    write: () => (anyApi.tariff.onsiteOvertimeRate = { value: "-45.00", clause: "terms.5.overtime" }),
    probe: () => api.overtimeCharge({ mode: "onsite", minutes: 200 }).fee,
  },
  {
    name: "tariff.onsiteOvertimeRate.value = -$45",
    write: () => (anyApi.tariff.onsiteOvertimeRate.value = "-45.00"),
    probe: () => api.quoteService({ mode: "onsite", minutes: 200, customer: "non-member" }).total,
  },
  {
    name: "tariff.minimumAge.value = NaN",
    write: () => (anyApi.tariff.minimumAge.value = NaN),
    probe: () => api.checkEligibility({ age: 10, zip: "95661" }).eligible,
  },
  {
    name: "tariff.serviceAreaZips.value.push(10001)",
    write: () => anyApi.tariff.serviceAreaZips.value.push("10001"),
    probe: () => api.checkEligibility({ age: 30, zip: "10001" }).eligible,
  },
  {
    name: "tariff.noShowFee = $0",
    write: () => (anyApi.tariff.noShowFee = { value: "0.00", clause: "terms.4.no-show" }),
    probe: () => api.noShowCharge({ appointmentAt: "2026-11-20T10:00:00-08:00" }).fee,
  },
  {
    name: "PLANS.push(free)",
    write: () => anyApi.PLANS.push("free"),
    probe: () => [api.PLANS.length, api.planSchema.safeParse("free").success],
  },
  {
    name: "DEFAULT_SUPPORT_HOURS.close = 23:59",
    write: () => (anyApi.DEFAULT_SUPPORT_HOURS.close = "23:59"),
    probe: () => api.slaTarget({ mode: "remote", customer: "member", requestedAt: "2026-11-23T18:00:00-08:00" }).dueBy,
  },
  {
    name: "DEFAULT_SUPPORT_HOURS.days.push(sat)",
    write: () => anyApi.DEFAULT_SUPPORT_HOURS.days.push("sat"),
    probe: () => api.slaTarget({ mode: "remote", customer: "member", requestedAt: "2026-11-21T10:00:00-08:00" }).dueBy,
  },
  {
    name: "WEEKDAYS.reverse()",
    write: () => anyApi.WEEKDAYS.reverse(),
    probe: () =>
      api.slaTarget({
        mode: "remote",
        customer: "member",
        requestedAt: "2026-11-21T10:00:00-08:00",
        supportHours: { days: ["sat"], open: "09:00", close: "17:00" },
      }).dueBy,
  },
  {
    name: "DEFAULT_FAIR_USE_THRESHOLDS.repeatedRequests = 100",
    write: () => (anyApi.DEFAULT_FAIR_USE_THRESHOLDS.repeatedRequests = 100),
    probe: () => api.classifyRequest({ category: "training", similarInLast30Days: 3 }).class,
  },
  {
    name: "EXCLUDED_CATEGORIES.length = 0",
    write: () => (anyApi.EXCLUDED_CATEGORIES.length = 0),
    probe: () => api.classifyRequest({ category: "server" }).class,
  },
  {
    name: "relasoProfile.age.minimum.value = 0",
    write: () => (anyApi.relasoProfile.age.minimum.value = 0),
    probe: () => api.ageRule({ profile: "relaso", age: 10 }).mayCollect,
  },
  {
    name: "privacyProfiles.relument = relenta",
    write: () => (anyApi.privacyProfiles.relument = api.privacyProfiles.relenta),
    probe: () => api.ageRule({ age: 10 }),
  },
  {
    name: "relumentProfile.actions.sale = allowed",
    write: () => (anyApi.relumentProfile.actions.sale = { status: "allowed-if", requires: [] }),
    probe: () => api.checkConsent({ action: "sale", granted: ["consent"], age: 30 }).allowed,
  },
  {
    name: "relasoProfile.rights.respondWithinDays.clauses.push(…)",
    write: () => anyApi.relasoProfile.rights.respondWithinDays.clauses.push("terms.1.service-area"),
    probe: () => api.rightsRequestDeadlines({ profile: "relaso", right: "access", receivedOn: "2026-01-01", jurisdiction: "other" }),
  },
  {
    name: "lawNumbers.ccpaRespondDays.value = 1000",
    write: () => (anyApi.lawNumbers.ccpaRespondDays.value = 1000),
    probe: () => api.rightsRequestDeadlines({ right: "know", receivedOn: "2026-01-01" }).respondBy,
  },
  {
    name: "laws[law.can-spam].summary = …",
    write: () => (anyApi.laws["law.can-spam"].summary = SENTINEL),
    probe: () => api.laws["law.can-spam"].summary,
  },
  {
    name: "clauses[0].text = …",
    write: () => (anyApi.clauses[0].text = SENTINEL),
    probe: () => api.clauseById(api.clauses[0]!.id)?.text,
  },
  {
    name: "interpretations.length = 0",
    write: () => (anyApi.interpretations.length = 0),
    probe: () => api.interpretations.length,
  },
  {
    name: "policyFiles[relument-terms] = /etc/passwd",
    write: () => (anyApi.policyFiles["relument-terms"] = "/etc/passwd"),
    probe: () => api.policyFiles["relument-terms"],
  },
  {
    name: "inputSchemas.overtimeCharge = z.any()",
    write: () => (anyApi.inputSchemas.overtimeCharge = z.any()),
    probe: () => api.toInputJsonSchema(api.inputSchemas.overtimeCharge),
  },
  {
    name: "overtimeInputSchema def: minutes = z.number()",
    write: () => (anyApi.overtimeInputSchema._zod.def.shape.minutes = z.number()),
    probe: () => api.overtimeInputSchema.safeParse({ mode: "onsite", minutes: -500 }).success,
  },
  {
    name: "overtimeInputSchema.safeParse = () => success",
    write: () => (anyApi.overtimeInputSchema.safeParse = () => ({ success: true, data: {} })),
    probe: () => api.overtimeInputSchema.safeParse({ mode: "onsite", minutes: -500 }).success,
  },
  {
    name: "overtimeOptionsShape.graceMinutes = z.any() (via quoteServiceInputSchema's def)",
    write: () => (anyApi.quoteServiceInputSchema._zod.def.shape.graceMinutes = z.any()),
    probe: () => api.quoteServiceInputSchema.safeParse({ mode: "onsite", minutes: 200, customer: "member", graceMinutes: -60 }).success,
  },
  {
    name: "privacyProfileSchema def: id = z.any()",
    write: () => (anyApi.privacyProfileSchema._zod.def.shape.id = z.any()),
    probe: () => api.privacyProfileSchema.safeParse({ ...api.relumentProfile, id: 42 }).success,
  },
  {
    name: "PRIVACY_ACTIONS.push(…) / GRANTS.push(…)",
    write: () => {
      try {
        anyApi.PRIVACY_ACTIONS.push("telepathy");
      } finally {
        anyApi.GRANTS.push("mind-reading");
      }
    },
    probe: () => [api.PRIVACY_ACTIONS.length, api.GRANTS.length],
  },
  {
    name: "DEFAULT_BUSINESS_CALENDAR.openWeekdays.push(6)",
    write: () => (DEFAULT_BUSINESS_CALENDAR.openWeekdays as number[]).push(6),
    probe: () => api.addBusinessDays("2026-11-20", 1),
  },
];

describe("finding 1: the reported hostile writes throw and no later result changes", () => {
  it("an on-site visit of 200 minutes still costs $180.00 of overtime after a write of -$45 to the tariff", () => {
    expect(() => {
      anyApi.tariff.onsiteOvertimeRate = { value: "-45.00", clause: "terms.5.overtime" };
    }).toThrow(TypeError);
    // 110 minutes beyond the 90-minute block: 4 started half-hours at $45.
    expect(api.overtimeCharge({ mode: "onsite", minutes: 200 }).fee).toEqual({ amount: "180.00", cents: 18000, currency: "USD" });
    expect(api.tariff.onsiteOvertimeRate).toEqual({ value: "45.00", clause: "terms.5.overtime" });
  });

  it("a 10-year-old is still not eligible after tariff.minimumAge.value = NaN", () => {
    expect(() => {
      anyApi.tariff.minimumAge.value = NaN;
    }).toThrow(TypeError);
    expect(api.tariff.minimumAge.value).toBe(18);
    const r = api.checkEligibility({ age: 10, zip: "95661" });
    expect(r.eligible).toBe(false);
    expect(r.reasons).toEqual(["under-age"]);
  });

  it.each(hostile)("$name", ({ write, probe }) => {
    const before = structuredClone(probe());
    expect(write).toThrow(TypeError);
    expect(probe()).toEqual(before);
  });
});

/* ------------------------------------------------------------------------------------------------------------- */

/** Every object and array of a result, collected before anything is changed. */
function nodesOf(root: unknown): object[] {
  const out: object[] = [];
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== "object") return;
    out.push(v);
    for (const x of Object.values(v)) visit(x);
  };
  visit(root);
  return out;
}

/** Changes every node of a plain-JSON value in place: arrays grow, objects gain a key, every leaf is overwritten. */
function vandalize(root: unknown): void {
  for (const node of nodesOf(root)) {
    const o = node as Record<string, unknown>;
    for (const [k, v] of Object.entries(o)) {
      if (typeof v === "string") o[k] = SENTINEL;
      else if (typeof v === "number") o[k] = -1;
      else if (typeof v === "boolean") o[k] = !v;
      else if (v === null) o[k] = SENTINEL;
    }
    if (Array.isArray(o)) o.push(SENTINEL);
    else o[SENTINEL] = SENTINEL;
  }
}

/** Changes a host's input in place after the call (Dates included). */
function vandalizeInput(root: unknown): void {
  const seen = new Set<unknown>();
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== "object" || seen.has(v)) return;
    seen.add(v);
    if (v instanceof Date) {
      v.setTime(0);
      return;
    }
    const o = v as Record<string, unknown>;
    for (const x of Object.values(o)) visit(x);
    for (const [k, x] of Object.entries(o)) {
      if (typeof x === "string") o[k] = SENTINEL;
      else if (typeof x === "number") o[k] = -1;
      else if (typeof x === "boolean") o[k] = !x;
    }
    if (Array.isArray(o)) o.push(SENTINEL);
  };
  visit(root);
}

/** A result is a tree of fresh, mutable nodes: none frozen, sealed or non-extensible, none reached twice. */
function expectFreshTree(result: unknown): void {
  const nodes = nodesOf(result);
  const frozen = nodes.filter((n) => !Object.isExtensible(n) || Object.isSealed(n) || Object.isFrozen(n));
  expect(frozen, "frozen or sealed nodes in a result").toEqual([]);
  expect(new Set(nodes).size, "a node appears twice in one result").toBe(nodes.length);
}

/** The check of finding 2 for one rule and one valid input. */
function checkNoSharedState(fn: PublicRule["fn"], input: object): void {
  const pristineInput = structuredClone(input);
  const r1 = fn(input as never);
  const pristine = structuredClone(r1);
  expectFreshTree(r1);
  // The host edits its own input after the call: the result it got does not change.
  vandalizeInput(input);
  expect(r1).toEqual(pristine);
  // The host edits the result: the next call with the same input gives the same result.
  vandalize(r1);
  const r2 = fn(structuredClone(pristineInput) as never);
  expect(r2).toEqual(pristine);
  expectFreshTree(r2);
}

const SEED = 11;

describe("finding 2: results share arrays with the shipped profiles", () => {
  it("rightsRequestDeadlines: basis.standardRespondBy[0].cites is the result's own array, not relaso's", () => {
    const input = { profile: "relaso", right: "access", receivedOn: "2026-01-01", jurisdiction: "other" } as const;
    const r = api.rightsRequestDeadlines(input);
    const cites = r.basis.standardRespondBy[0]?.cites as string[];
    expect(cites).toEqual(["relaso.access.30-days", "relaso.end.identity"]);
    expect(cites).not.toBe(api.relasoProfile.rights.respondWithinDays.stated && api.relasoProfile.rights.respondWithinDays.clauses);
    expect(Object.isFrozen(cites)).toBe(false);
    cites.push(SENTINEL);
    cites[0] = SENTINEL;
    expect(api.relasoProfile.rights.respondWithinDays).toEqual({ stated: true, value: 30, clauses: ["relaso.access.30-days", "relaso.end.identity"] });
    expect(api.rightsRequestDeadlines(input).basis.standardRespondBy[0]?.cites).toEqual(["relaso.access.30-days", "relaso.end.identity"]);
  });

  it("rightsRequestDeadlines: the policy's basis under standardRespondBy and extendedRespondBy are two objects", () => {
    const r = api.rightsRequestDeadlines({ profile: "relaso", right: "access", receivedOn: "2026-01-01", jurisdiction: "eea" });
    const standard = r.basis.standardRespondBy.find((b) => b.source === "policy");
    const extended = r.basis.extendedRespondBy.find((b) => b.source === "policy");
    expect(standard).toEqual(extended);
    expect(standard).not.toBe(extended);
    expect(standard?.cites).not.toBe(extended?.cites);
  });

  it("a host profile's clause lists are copied into the result, not shared with the input", () => {
    const host = structuredClone(api.relasoProfile) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    host.id = "acme";
    host.marketing.honourOptOutWithinBusinessDays = { stated: true, value: 3, clauses: ["relaso.opt-out"] };
    const input = { profile: host, channel: "email", optedOutOn: "2026-01-05", jurisdiction: "other" } as const;
    const r = api.marketingOptOutDeadline(input as never);
    expect(r.basis).toEqual([{ source: "policy", date: "2026-01-08", period: "3 business days", cites: ["relaso.opt-out"] }]);
    host.marketing.honourOptOutWithinBusinessDays.clauses.push(SENTINEL);
    expect(r.basis[0]?.cites).toEqual(["relaso.opt-out"]);
  });

  describe.each(publicRules)("$name", ({ fn, valid }) => {
    test.prop([valid], { numRuns: 50, seed: SEED })(
      "the result is fresh mutable JSON: editing it, or the input afterwards, changes no later result",
      (input) => checkNoSharedState(fn, input),
    );
  });

  // The privacy rules again with a host's own profile object (a copy of the named one that also states the
  // periods no shipped profile states), so that clause lists read from the input reach the results.
  const hostProfile = (name: api.ProfileName): object => {
    const p = structuredClone(api.privacyProfiles[name]) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    p.id = "acme";
    p.rights.acknowledgeWithinBusinessDays = { stated: true, value: 5, clauses: [...p.scopeClauses] };
    p.marketing.honourOptOutWithinBusinessDays = { stated: true, value: 3, clauses: [...p.scopeClauses] };
    return p;
  };
  describe.each(privacyRules)("$name with a host profile", ({ fn, valid }) => {
    test.prop([valid], { numRuns: 50, seed: SEED })("the result shares nothing with the host's profile object", (input) => {
      const i = input as { profile?: api.ProfileName };
      checkNoSharedState(fn, { ...i, profile: hostProfile(i.profile ?? "relument") });
    });
  });

  it("the other functions that return data return fresh, mutable copies", () => {
    const calls: (() => unknown)[] = [
      () => api.inputJsonSchemas(),
      () => api.privacyProfileJsonSchema(),
      () => api.toInputJsonSchema(api.slaInputSchema),
      () => api.profileCitations(api.relumentProfile),
      () => api.withCitations(api.relentaProfile),
      () => api.usFederalHolidays(2026),
    ];
    for (const call of calls) {
      const r1 = call();
      const pristine = structuredClone(r1);
      expectFreshTree(r1);
      vandalize(r1);
      expect(call()).toEqual(pristine);
    }
    const copy = api.withCitations(api.relentaProfile);
    expect(copy).not.toBe(api.relentaProfile);
    expect(api.relentaProfile).toEqual(api.privacyProfiles.relenta);
  });
});
