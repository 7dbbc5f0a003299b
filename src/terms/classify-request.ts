import * as z from "zod/mini";
import { Trace, type Decision } from "../core/decision.js";
import { parseInput } from "../core/schema.js";
import { plural } from "../core/plural.js";
import { deepFreeze } from "../core/freeze.js";

/** §7 scope: categories of normal support (some are fair-use reviewed on size or repetition, §9). */
export const IN_SCOPE_CATEGORIES = /* @__PURE__ */ deepFreeze([
  "tune-up",
  "malware-removal",
  "os-configuration",
  "network-setup",
  "printer-setup",
  "data-transfer",
  "troubleshooting",
  "training",
  "custom-setup",
  "data-migration",
  "reinstall",
] as const);
/** §7 exclusions: quoted separately. */
export const EXCLUDED_CATEGORIES = /* @__PURE__ */ deepFreeze([
  "enterprise-system",
  "server",
  "domain-controller",
  "custom-code",
  "line-of-business-app",
  "complex-cabling",
  "construction-permit",
  "electrical",
  "licensed-contractor",
  "forensic-recovery",
  "litigation-support",
  "compliance-certification",
  "third-party-outage",
  "manufacturer-defect",
  "unsupported-software",
] as const);
/** §7 projects: quoted at project rates. */
export const PROJECT_CATEGORIES = /* @__PURE__ */ deepFreeze(["office-move", "mass-deployment", "complex-migration"] as const);
/** §9: always reviewed under fair use. */
export const FAIR_USE_CATEGORIES = /* @__PURE__ */ deepFreeze(["standing-meeting", "staff-augmentation"] as const);

/** Every request category id of the API contract. */
export const REQUEST_CATEGORIES = /* @__PURE__ */ deepFreeze([...IN_SCOPE_CATEGORIES, ...EXCLUDED_CATEGORIES, ...PROJECT_CATEGORIES, ...FAIR_USE_CATEGORIES] as const);
/** A request category id (API contract). */
export type RequestCategory = (typeof REQUEST_CATEGORIES)[number];

/** Which §7 exclusion bullet each excluded category comes from. */
function exclusionClause(category: string): string {
  if (["forensic-recovery", "litigation-support", "compliance-certification"].includes(category)) return "terms.7.excluded-forensic";
  if (["third-party-outage", "manufacturer-defect", "unsupported-software"].includes(category)) return "terms.7.excluded-causes";
  return "terms.7.excluded-systems";
}

/** Fair-use thresholds. The Terms give none; these defaults are the spec's (T14). */
export const DEFAULT_FAIR_USE_THRESHOLDS = /* @__PURE__ */ deepFreeze({
  /** "Repetitive" training: this many or more similar requests in 30 days. */
  repeatedRequests: 3,
  /** "Multi-hour" custom setup and "large" data migration: over this many minutes. */
  multiHourMinutes: 120,
} as const);

/** Input of {@link classifyRequest}. */
export const classifyRequestInputSchema = /* @__PURE__ */ deepFreeze(z.strictObject({
  category: z.enum(REQUEST_CATEGORIES),
  /** Expected or actual minutes of work. */
  minutes: z.optional(z.number().check(z.gte(0), z.lte(1_000_000))),
  /** Re-installs: whether the re-install is tied to a support incident. */
  tiedToIncident: z.optional(z.boolean()),
  /** Similar requests in the last 30 days, compared directly with the threshold. */
  similarInLast30Days: z.optional(z.int().check(z.gte(0), z.lte(1_000_000))),
  /** Overrides of {@link DEFAULT_FAIR_USE_THRESHOLDS}. */
  thresholds: z.optional(
    z.strictObject({
      repeatedRequests: z.optional(z.int().check(z.gte(1), z.lte(1_000_000))),
      multiHourMinutes: z.optional(z.number().check(z.gte(0), z.lte(1_000_000))),
    }),
  ),
}));
/** Input of {@link classifyRequest}. */
export type ClassifyRequestInput = z.input<typeof classifyRequestInputSchema>;

/** What the request is. */
export type RequestClass = "in-scope" | "excluded" | "project" | "fair-use-review";
/** What can be offered for a request that is not plain support. */
export type RequestOption = "quote-separately" | "project-rates" | "reduce-frequency" | "schedule-as-project" | "upgrade-plan";

/** Result of {@link classifyRequest}. */
export interface ClassifyRequestResult extends Decision {
  readonly class: RequestClass;
  readonly options: RequestOption[];
  readonly reasons: string[];
}

/**
 * §7 Scope of work and §9 fair use: classifies a request as in scope,
 * excluded (quoted separately), a project (project rates) or for fair-use
 * review (options: reduce frequency, schedule as a project, upgrade plan).
 * Training is reviewed when repeated (3+ similar requests in 30 days), custom
 * setups and data migrations when multi-hour (over 120 min), re-installs when
 * not tied to an incident; the thresholds are overridable.
 *
 * @example
 * ```ts
 * classifyRequest({ category: "server" }).class; //=> "excluded"
 * classifyRequest({ category: "custom-setup", minutes: 180 }).options;
 * //=> ["reduce-frequency", "schedule-as-project", "upgrade-plan"]
 * classifyRequest({ category: "tune-up" }).class; //=> "in-scope"
 * ```
 */
export function classifyRequest(input: ClassifyRequestInput): ClassifyRequestResult {
  const p = parseInput(classifyRequestInputSchema, input, "classifyRequest");
  const t = new Trace();
  const repeated = p.thresholds?.repeatedRequests ?? DEFAULT_FAIR_USE_THRESHOLDS.repeatedRequests;
  const multiHour = p.thresholds?.multiHourMinutes ?? DEFAULT_FAIR_USE_THRESHOLDS.multiHourMinutes;
  const c = p.category;
  const fairUse = (reason: string, clause: string): ClassifyRequestResult => {
    t.explain(`${reason}: outside fair use, to be reviewed.`, clause);
    t.explain("Options to propose: reduce frequency, schedule as a project (quoted), or upgrade plan.", "terms.9.options");
    return t.done({ class: "fair-use-review" as const, options: ["reduce-frequency", "schedule-as-project", "upgrade-plan"], reasons: [reason] });
  };
  if ((EXCLUDED_CATEGORIES as readonly string[]).includes(c)) {
    const reason = `"${c}" is excluded from the scope of work`;
    t.explain(`${reason}: it can only be quoted separately.`, exclusionClause(c));
    return t.done({ class: "excluded" as const, options: ["quote-separately"], reasons: [reason] });
  }
  if ((PROJECT_CATEGORIES as readonly string[]).includes(c)) {
    const reason = `"${c}" exceeds normal support scope`;
    t.explain(`${reason}: quoted separately at project rates.`, "terms.7.projects");
    return t.done({ class: "project" as const, options: ["project-rates"], reasons: [reason] });
  }
  if (c === "standing-meeting") return fairUse("Standing daily meetings", "terms.9.examples-repetitive");
  if (c === "staff-augmentation") return fairUse("Tasks that constitute staff augmentation", "terms.9.examples-repetitive");

  const similar = p.similarInLast30Days ?? 0;
  if (c === "training" && similar >= repeated)
    return fairUse(`Repetitive training: ${similar} similar requests in 30 days (threshold ${repeated})`, "terms.9.examples-repetitive");
  if ((c === "custom-setup" || c === "data-migration") && p.minutes !== undefined && p.minutes > multiHour)
    return fairUse(
      `${c === "custom-setup" ? "Multi-hour custom setup" : "Large data migration"}: ${p.minutes} min (over ${multiHour})`,
      "terms.9.examples-setups",
    );
  if (c === "reinstall" && p.tiedToIncident === false) return fairUse("Re-install not tied to a support incident", "terms.9.examples-setups");

  // Why the §9 test named for this category did not apply (the categories it names are mutually exclusive).
  let note: string | undefined;
  if (c === "training") note = `${plural(similar, "similar request")} in 30 days, under the threshold of ${repeated}`;
  else if (c === "custom-setup" || c === "data-migration")
    note = p.minutes === undefined ? "no duration given, so not treated as multi-hour" : `${p.minutes} min, not over ${multiHour}`;
  else if (c === "reinstall")
    note = p.tiedToIncident === undefined ? "not stated as untied to an incident, so treated as tied to one" : "tied to a support incident";
  const reason = `"${c}" is normal support${note === undefined ? "" : ` (${note})`}`;
  t.explain(`${reason}: in scope.`, "terms.7.scope");
  if (note !== undefined) t.cite("terms.9.fair-use");
  return t.done({ class: "in-scope" as const, options: [], reasons: [reason] });
}
