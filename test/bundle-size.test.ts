import { readFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";

const entry = fileURLToPath(new URL("../src/index.ts", import.meta.url));
// 33 kB (the largest, visitAllowance with the Pacific time zone code and editionFor): issue 11 added the plain-data walk and plain-English messages (~2 kB), issue 12 the editions a rule decides under (~2 kB); issue 15 sets tighter per-rule budgets.
const LIMIT = 33 * 1024;

/** Minified + gzipped size of a host bundle that imports `names` from the package root. */
async function hostBundleSize(names: string[]): Promise<number> {
  const result = await build({
    stdin: { contents: `export { ${names.join(", ")} } from ${JSON.stringify(entry)};`, resolveDir: process.cwd(), loader: "ts" },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    logLevel: "silent",
  });
  return gzipSync(result.outputFiles[0]!.contents).length;
}

// Every public rule (each has an input schema).
const rules = Object.keys(api.inputSchemas);

describe("bundle size of a host that imports one rule (dependencies included)", () => {
  it("covers every rule", () => expect(rules.length).toBeGreaterThanOrEqual(13));
  it.each(rules)("%s ships at most 33 kB gzipped", async (name) => {
    const size = await hostBundleSize([name]);
    expect(size, `${name}: ${size} bytes`).toBeLessThanOrEqual(LIMIT);
  });
});

// Measured on the source, so Stryker (which instruments the source) skips this file.
describe("privacy profile data and tree-shaking", () => {
  it("tree-shaking: a host that imports only PRIVACY_ACTIONS bundles no profile data", async () => {
    const entry = fileURLToPath(new URL("../src/privacy/index.ts", import.meta.url));
    const result = await build({
      stdin: { contents: `export { PRIVACY_ACTIONS } from ${JSON.stringify(entry)};`, resolveDir: process.cwd(), loader: "ts" },
      bundle: true,
      minify: true,
      treeShaking: true,
      format: "esm",
      platform: "neutral",
      write: false,
      logLevel: "silent",
    });
    const code = new TextDecoder().decode(result.outputFiles[0]?.contents);
    expect(code).toContain("ad-pixel-sharing");
    expect(code).not.toContain("relaso.never-sold");
    expect(code).not.toContain("privacy.12.children");
  });

  it("tree-shaking: every module-level call in the profile files is annotated /* @__PURE__ */", () => {
    const dir = new URL("../src/privacy/profiles/", import.meta.url);
    let calls = 0;
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".ts") && !n.includes(".test"))) {
      const text = readFileSync(new URL(f, dir), "utf8");
      for (const m of text.matchAll(/^export const \w+(?::[^=]+)?=\s*(.*)$/gm)) {
        const rhs = m[1] as string;
        if (/^[\w.]+\(/.test(rhs) || /^\/\*/.test(rhs)) {
          calls++;
          expect(rhs, `${f}: ${m[0]}`).toMatch(/^\/\* @__PURE__ \*\/ /);
        }
      }
    }
    // The four profiles and `privacyProfiles`, each wrapped in deepFreeze (issue 11).
    expect(calls).toBe(5);
  });
});
