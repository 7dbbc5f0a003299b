import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";

const entry = fileURLToPath(new URL("../src/index.ts", import.meta.url));
const LIMIT = 25 * 1024;

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
  it.each(rules)("%s ships at most 25 kB gzipped", async (name) => {
    const size = await hostBundleSize([name]);
    expect(size, `${name}: ${size} bytes`).toBeLessThanOrEqual(LIMIT);
  });
});
