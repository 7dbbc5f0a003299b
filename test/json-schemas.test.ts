import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";

const dir = new URL("../schemas/", import.meta.url);

describe("JSON Schemas of the inputs", () => {
  const generated = api.inputJsonSchemas();

  it("there is one for every public rule, and the shipped files are up to date (npm run schemas)", () => {
    const files = readdirSync(dir).filter((f) => f.endsWith(".input.schema.json"));
    const profile = JSON.parse(readFileSync(new URL(api.PRIVACY_PROFILE_SCHEMA_FILE, dir), "utf8"));
    expect(profile, "schemas/privacy-profile.schema.json is stale: run npm run schemas").toEqual({ title: "privacy profile", ...api.privacyProfileJsonSchema() });
    const edition = JSON.parse(readFileSync(new URL(api.EDITION_SCHEMA_FILE, dir), "utf8"));
    expect(edition, "schemas/edition.schema.json is stale: run npm run schemas").toEqual({ title: "edition of the Terms", ...api.editionJsonSchema() });
    expect(files.map((f) => f.replace(".input.schema.json", "")).sort()).toEqual(Object.keys(generated).sort());
    for (const [name, schema] of Object.entries(generated)) {
      const onDisk = JSON.parse(readFileSync(new URL(`${name}.input.schema.json`, dir), "utf8"));
      expect(onDisk, `schemas/${name}.input.schema.json is stale: run npm run schemas`).toEqual({ title: `${name} input`, ...schema });
      expect(typeof (api as Record<string, unknown>)[name], name).toBe("function");
    }
  });

  it("privacy rules reference the profile schema instead of repeating it", () => {
    const s = generated.ageRule as { properties: { profile: { anyOf: { $ref?: string }[] } } };
    expect(s.properties.profile.anyOf.some((o) => o.$ref === api.PRIVACY_PROFILE_SCHEMA_FILE)).toBe(true);
  });

  it("unknown keys are refused and the library's formats are spelled out", () => {
    const s = generated.noShowCharge as { additionalProperties: boolean; required: string[]; properties: Record<string, { format?: string }> };
    expect(s.additionalProperties).toBe(false);
    expect(s.required).toEqual(["appointmentAt"]);
    expect(s.properties.appointmentAt?.format).toBe("date-time");
    const r = generated.yearlyRefund as { properties: Record<string, { anyOf?: unknown[]; format?: string }> };
    expect(r.properties.amountPaid?.anyOf).toHaveLength(2);
    expect(r.properties.purchasedOn?.format).toBe("date");
  });
});
