import { describe, expect, it } from "vitest";
import { test, fc } from "@fast-check/vitest";
import { classifyRequest, EXCLUDED_CATEGORIES, IN_SCOPE_CATEGORIES, PROJECT_CATEGORIES } from "./classify-request.js";
import { PolicyInputError } from "../core/errors.js";

const FAIR = ["reduce-frequency", "schedule-as-project", "upgrade-plan"];

describe("classifyRequest (§7, §9)", () => {
  it("terms.7.scope: normal support is in scope with no options", () => {
    for (const category of ["tune-up", "malware-removal", "os-configuration", "network-setup", "printer-setup", "data-transfer", "troubleshooting"] as const)
      expect(classifyRequest({ category })).toMatchObject({ class: "in-scope", options: [] });
  });

  it("terms.7.excluded-systems / excluded-forensic / excluded-causes: exclusions are quoted separately", () => {
    expect(classifyRequest({ category: "server" })).toMatchObject({ class: "excluded", options: ["quote-separately"] });
    expect(classifyRequest({ category: "server" }).citations).toContain("terms.7.excluded-systems");
    expect(classifyRequest({ category: "litigation-support" }).citations).toContain("terms.7.excluded-forensic");
    expect(classifyRequest({ category: "third-party-outage" }).citations).toContain("terms.7.excluded-causes");
  });

  it("terms.7.projects: office moves, mass deployments and complex migrations are projects", () => {
    for (const category of PROJECT_CATEGORIES) expect(classifyRequest({ category })).toMatchObject({ class: "project", options: ["project-rates"] });
  });

  it("terms.9.examples-repetitive: standing meetings and staff augmentation are always reviewed", () => {
    expect(classifyRequest({ category: "standing-meeting" })).toMatchObject({ class: "fair-use-review", options: FAIR });
    expect(classifyRequest({ category: "staff-augmentation" }).citations).toEqual(expect.arrayContaining(["terms.9.examples-repetitive", "terms.9.options"]));
  });

  it("terms.9.examples-repetitive: training is reviewed from 3 similar requests in 30 days", () => {
    expect(classifyRequest({ category: "training", similarInLast30Days: 2 }).class).toBe("in-scope");
    expect(classifyRequest({ category: "training", similarInLast30Days: 3 }).class).toBe("fair-use-review");
    expect(classifyRequest({ category: "training", similarInLast30Days: 3, thresholds: { repeatedRequests: 5 } }).class).toBe("in-scope");
  });

  it("terms.9.examples-setups: custom setups and data migrations over 120 minutes are reviewed", () => {
    expect(classifyRequest({ category: "custom-setup", minutes: 120 }).class).toBe("in-scope");
    expect(classifyRequest({ category: "custom-setup", minutes: 121 }).class).toBe("fair-use-review");
    expect(classifyRequest({ category: "data-migration", minutes: 240 }).class).toBe("fair-use-review");
    expect(classifyRequest({ category: "custom-setup", minutes: 150, thresholds: { multiHourMinutes: 180 } }).class).toBe("in-scope");
    expect(classifyRequest({ category: "custom-setup" }).class).toBe("in-scope");
  });

  it("terms.9.examples-setups: re-installs not tied to an incident are reviewed", () => {
    expect(classifyRequest({ category: "reinstall", tiedToIncident: false }).class).toBe("fair-use-review");
    expect(classifyRequest({ category: "reinstall", tiedToIncident: true }).class).toBe("in-scope");
    expect(classifyRequest({ category: "reinstall" }).class).toBe("in-scope");
  });

  it("terms.7.excluded-*: every excluded category cites the §7 bullet it comes from", () => {
    const bullet: Record<string, string> = {
      "enterprise-system": "terms.7.excluded-systems",
      server: "terms.7.excluded-systems",
      "domain-controller": "terms.7.excluded-systems",
      "custom-code": "terms.7.excluded-systems",
      "line-of-business-app": "terms.7.excluded-systems",
      "complex-cabling": "terms.7.excluded-systems",
      "construction-permit": "terms.7.excluded-systems",
      electrical: "terms.7.excluded-systems",
      "licensed-contractor": "terms.7.excluded-systems",
      "forensic-recovery": "terms.7.excluded-forensic",
      "litigation-support": "terms.7.excluded-forensic",
      "compliance-certification": "terms.7.excluded-forensic",
      "third-party-outage": "terms.7.excluded-causes",
      "manufacturer-defect": "terms.7.excluded-causes",
      "unsupported-software": "terms.7.excluded-causes",
    };
    expect(Object.keys(bullet).sort()).toEqual([...EXCLUDED_CATEGORIES].sort());
    for (const category of EXCLUDED_CATEGORIES) expect(classifyRequest({ category }).citations, category).toEqual([bullet[category]]);
    const r = classifyRequest({ category: "server" });
    expect(r.reasons).toEqual(['"server" is excluded from the scope of work']);
    expect(r.explanation).toEqual(['"server" is excluded from the scope of work: it can only be quoted separately.']);
  });

  it("terms.7.projects: the reason and explanation say project rates", () => {
    const r = classifyRequest({ category: "office-move" });
    expect(r.reasons).toEqual(['"office-move" exceeds normal support scope']);
    expect(r.explanation).toEqual(['"office-move" exceeds normal support scope: quoted separately at project rates.']);
    expect(r.citations).toEqual(["terms.7.projects"]);
  });

  it("terms.9.examples-repetitive / terms.9.options: fair-use reviews name the reason and the three options", () => {
    const meeting = classifyRequest({ category: "standing-meeting" });
    expect(meeting.reasons).toEqual(["Standing daily meetings"]);
    expect(meeting.explanation).toEqual([
      "Standing daily meetings: outside fair use, to be reviewed.",
      "Options to propose: reduce frequency, schedule as a project (quoted), or upgrade plan.",
    ]);
    expect(meeting.citations).toEqual(["terms.9.examples-repetitive", "terms.9.options"]);
    const staff = classifyRequest({ category: "staff-augmentation" });
    expect(staff).toMatchObject({ class: "fair-use-review", options: FAIR, reasons: ["Tasks that constitute staff augmentation"] });
    const training = classifyRequest({ category: "training", similarInLast30Days: 3 });
    expect(training.reasons).toEqual(["Repetitive training: 3 similar requests in 30 days (threshold 3)"]);
    expect(training.citations).toEqual(["terms.9.examples-repetitive", "terms.9.options"]);
  });

  it("terms.9.examples-setups: multi-hour setups, large migrations and untied re-installs name their reason", () => {
    const setup = classifyRequest({ category: "custom-setup", minutes: 121 });
    expect(setup.reasons).toEqual(["Multi-hour custom setup: 121 min (over 120)"]);
    expect(setup.citations).toEqual(["terms.9.examples-setups", "terms.9.options"]);
    expect(classifyRequest({ category: "data-migration", minutes: 240 }).reasons).toEqual(["Large data migration: 240 min (over 120)"]);
    expect(classifyRequest({ category: "data-migration", minutes: 120 }).class).toBe("in-scope");
    expect(classifyRequest({ category: "data-migration", minutes: 121 }).class).toBe("fair-use-review");
    expect(classifyRequest({ category: "reinstall", tiedToIncident: false }).reasons).toEqual(["Re-install not tied to a support incident"]);
    expect(classifyRequest({ category: "reinstall", tiedToIncident: false }).citations).toEqual(["terms.9.examples-setups", "terms.9.options"]);
    // Size and repetition only matter for the categories §9 names.
    expect(classifyRequest({ category: "tune-up", minutes: 600, similarInLast30Days: 10, tiedToIncident: false }).class).toBe("in-scope");
  });

  it("terms.7.scope / terms.9.fair-use: in-scope reasons state why the fair-use test did not apply", () => {
    const plain = classifyRequest({ category: "tune-up" });
    expect(plain.reasons).toEqual(['"tune-up" is normal support']);
    expect(plain.explanation).toEqual(['"tune-up" is normal support: in scope.']);
    expect(plain.citations).toEqual(["terms.7.scope"]);
    const training = classifyRequest({ category: "training" });
    expect(training.reasons).toEqual(['"training" is normal support (0 similar requests in 30 days, under the threshold of 3)']);
    expect(training.citations).toEqual(["terms.7.scope", "terms.9.fair-use"]);
    expect(classifyRequest({ category: "custom-setup" }).reasons).toEqual(['"custom-setup" is normal support (no duration given, so not treated as multi-hour)']);
    expect(classifyRequest({ category: "data-migration", minutes: 90 }).reasons).toEqual(['"data-migration" is normal support (90 min, not over 120)']);
    expect(classifyRequest({ category: "reinstall" }).reasons).toEqual(['"reinstall" is normal support (not stated as untied to an incident, so treated as tied to one)']);
    expect(classifyRequest({ category: "reinstall", tiedToIncident: true }).explanation).toEqual(['"reinstall" is normal support (tied to a support incident): in scope.']);
    expect(classifyRequest({ category: "custom-setup", minutes: 150, thresholds: { multiHourMinutes: 180 } }).reasons).toEqual([
      '"custom-setup" is normal support (150 min, not over 180)',
    ]);
  });

  it("T14 thresholds: bounds of the overridable thresholds and counts, and the rule name in errors", () => {
    expect(classifyRequest({ category: "training", similarInLast30Days: 1, thresholds: { repeatedRequests: 1 } }).class).toBe("fair-use-review");
    expect(classifyRequest({ category: "custom-setup", minutes: 1, thresholds: { multiHourMinutes: 0 } }).class).toBe("fair-use-review");
    expect(classifyRequest({ category: "custom-setup", minutes: 0, thresholds: { multiHourMinutes: 0 } }).class).toBe("in-scope");
    expect(classifyRequest({ category: "custom-setup", minutes: 1_000_000, thresholds: { multiHourMinutes: 1_000_000 } }).class).toBe("in-scope");
    expect(classifyRequest({ category: "training", similarInLast30Days: 1_000_000, thresholds: { repeatedRequests: 1_000_000 } }).class).toBe("fair-use-review");
    for (const bad of [
      { category: "training", thresholds: { repeatedRequests: 0 } },
      { category: "training", thresholds: { repeatedRequests: 1_000_001 } },
      { category: "training", thresholds: { repeatedRequests: 2.5 } },
      { category: "custom-setup", thresholds: { multiHourMinutes: -1 } },
      { category: "custom-setup", thresholds: { multiHourMinutes: 1_000_001 } },
      { category: "custom-setup", minutes: -1 },
      { category: "custom-setup", minutes: 1_000_001 },
      { category: "training", similarInLast30Days: 1_000_001 },
      { category: "training", similarInLast30Days: 1.5 },
      { category: "training", thresholds: { repeated: 2 } },
    ])
      expect(() => classifyRequest(bad as never), JSON.stringify(bad)).toThrow(/^Invalid input to classifyRequest/);
  });

  it("rejects bad input with PolicyInputError", () => {
    for (const bad of [{ category: "gardening" }, { category: "training", similarInLast30Days: -1 }, { category: "tune-up", minutes: Number.NaN }, { category: "tune-up", urgent: true }, {}]) {
      expect(() => classifyRequest(bad as never), JSON.stringify(bad)).toThrow(PolicyInputError);
    }
  });

  test.prop([fc.constantFrom(...EXCLUDED_CATEGORIES), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 50 })])(
    "an excluded category stays excluded whatever its size or frequency",
    (category, minutes, similarInLast30Days) => {
      expect(classifyRequest({ category, minutes, similarInLast30Days }).class).toBe("excluded");
    },
  );

  test.prop([fc.constantFrom(...IN_SCOPE_CATEGORIES), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 50 })])(
    "an in-scope category is in scope or reviewed, never excluded or a project; review always offers the three options",
    (category, minutes, similarInLast30Days) => {
      const r = classifyRequest({ category, minutes, similarInLast30Days });
      expect(["in-scope", "fair-use-review"]).toContain(r.class);
      expect(r.options).toEqual(r.class === "fair-use-review" ? FAIR : []);
    },
  );
});
