import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderRegister } from "../handbook/register.js";
import { interpretations } from "../src/index.js";

describe("docs/interpretation-register.md", () => {
  it("is generated from the register data and up to date (npm run docs:register)", () => {
    const committed = readFileSync(new URL("../docs/interpretation-register.md", import.meta.url), "utf8");
    expect(committed).toBe(renderRegister());
  });
});

describe("register ids named in explanations and comments", () => {
  // An explanation that says "(register P9.x)" sends the auditor to the register: the entry must exist.
  const sources = (dir: URL): string[] =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith(".ts") && !/\.test(-d)?\.ts$/.test(e.name))
      .map((e) => readFileSync(join(e.parentPath, e.name), "utf8"));
  const named = new Set(sources(new URL("../src/", import.meta.url)).flatMap((text) => [...text.matchAll(/register ([TP]\d+\.[A-Za-z0-9-]+)/g)].map((m) => m[1] as string)));

  it("finds the mentions it checks", () => expect(named.size).toBeGreaterThanOrEqual(30));
  it("every register id named in src/ is an entry of the register", () => {
    const ids = new Set(interpretations.map((i) => i.id));
    expect([...named].filter((id) => !ids.has(id))).toEqual([]);
  });
});
