import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { defineConfig } from "tsup";

const entry = {
  index: "src/index.ts",
  "terms/index": "src/terms/index.ts",
  "privacy/index": "src/privacy/index.ts",
  "testing/index": "src/testing/index.ts",
  "testing/vitest": "src/testing/vitest.ts",
  "audit/index": "src/audit/index.ts",
};

/** Every file under `dir`, recursively. */
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

/**
 * The type declarations: one .d.ts per source module with a declaration map (tsconfig.build.json, `tsc`),
 * so that go-to-definition lands in the module that defines a name (and, through the map, in its source
 * under src/, which the package ships), instead of hash-named rolled chunks. Each .d.ts gets a .d.cts twin
 * for `require` (node16 reads a .d.ts under `"type": "module"` as ESM): the same text with relative
 * specifiers `./x.js` → `./x.cjs` and its own map.
 */
function declarations(): void {
  const tsc = spawnSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], { encoding: "utf8" });
  if (tsc.status !== 0) throw new Error(`tsc -p tsconfig.build.json failed:\n${tsc.stdout}${tsc.stderr}`);
  let count = 0;
  for (const file of walk("dist").filter((f) => f.endsWith(".d.ts") && !f.startsWith(join("dist", "cli")))) {
    const cts = file.replace(/\.d\.ts$/, ".d.cts");
    // decimal.js's declarations are CommonJS (`export default Decimal` in a package without "type": "module"):
    // under `moduleResolution: nodenext` an ESM default import of it is the whole module object, which
    // `InstanceType<typeof Dec>` (src/core/money.ts) rejects. Its named export `Decimal` is the same class in
    // every resolution mode (decimal.mjs and decimal.js export it too). Same line, so the map stays exact.
    const esm = readFileSync(file, "utf8").replace(/^import (\w+) from "decimal\.js";$/m, 'import { Decimal as $1 } from "decimal.js";');
    writeFileSync(file, esm);
    const text = esm
      .replace(/(["'])(\.\.?\/[^"']*)\.js\1/g, "$1$2.cjs$1")
      .replace(/\/\/# sourceMappingURL=(.*)\.d\.ts\.map\s*$/, "//# sourceMappingURL=$1.d.cts.map\n");
    writeFileSync(cts, text);
    const map = JSON.parse(readFileSync(`${file}.map`, "utf8")) as { file: string };
    map.file = map.file.replace(/\.d\.ts$/, ".d.cts");
    writeFileSync(`${cts}.map`, JSON.stringify(map));
    count++;
  }
  console.log(`DTS ${count} modules: .d.ts + .d.cts with declaration maps`);
}

export default defineConfig([
  // ESM: one output module per source module, so that a host bundler with
  // `sideEffects: false` keeps only the modules of the rules it imports.
  // Unbundled and unminified, esbuild keeps every class and function name as written (no renaming),
  // so `keepNames` (which adds a `__name(…)` call per function and would defeat tree shaking) is not needed here.
  {
    entry: ["src/**/*.ts", "!src/**/*.test.ts", "!src/**/*.test-d.ts", "!src/cli/**"],
    format: ["esm"],
    bundle: false,
    dts: false,
    target: "node20",
    sourcemap: false,
  },
  {
    entry,
    format: ["cjs"],
    dts: false,
    // Shared chunks: every entry point requires the same PolicyInputError class
    // (without splitting each CJS entry carried its own copy, and `instanceof`
    // across entry points failed).
    splitting: true,
    // The CJS chunks are rewritten from ESM by tsup (sucrase), which turns classes with fields into
    // `_class = class extends Error …`: without keepNames, `PolicyInputError.name` was "_class".
    keepNames: true,
    // `import.meta` is a syntax error in CommonJS, and tsup's CJS-with-splitting path (ESM chunks rewritten
    // by sucrase) leaves it in place: `import.meta.url` becomes a `__filename`-based URL (shims) and a bare
    // `import.meta` (src/testing/fast-check.ts reads `.resolve` from it) an empty object, as esbuild's own
    // CJS output does.
    shims: true,
    esbuildOptions(options) {
      options.define = { ...options.define, "import.meta": "{}" };
    },
    target: "node20",
    sourcemap: false,
    external: ["fast-check", "vitest", "@jest/globals"],
    onSuccess: async () => declarations(),
  },
  // The CLI `relument-policy` (package.json `bin` → dist/cli/index.js): its own entry, Node-only, ESM, one
  // module per source file (not bundled), so that it and its worker threads import the built library
  // (dist/audit/index.js, …) instead of carrying a copy. src/cli/index.ts starts with `#!/usr/bin/env node`,
  // which esbuild keeps as the first line of dist/cli/index.js. Class names (UsageError) are kept
  // for the same reason as in the ESM build above.
  {
    entry: ["src/cli/*.ts", "!src/cli/**/*.test.ts"],
    outDir: "dist/cli",
    format: ["esm"],
    bundle: false,
    dts: false,
    target: "node20",
    sourcemap: false,
  },
]);
