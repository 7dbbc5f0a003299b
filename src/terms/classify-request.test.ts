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
