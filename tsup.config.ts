import { defineConfig } from "tsup";

const entry = {
  index: "src/index.ts",
  "terms/index": "src/terms/index.ts",
  "privacy/index": "src/privacy/index.ts",
  "testing/index": "src/testing/index.ts",
  "audit/index": "src/audit/index.ts",
};

export default defineConfig([
  // ESM: one output module per source module, so that a host bundler with
  // `sideEffects: false` keeps only the modules of the rules it imports.
  {
    entry: ["src/**/*.ts", "!src/**/*.test.ts", "!src/**/*.test-d.ts", "!src/cli/**"],
    format: ["esm"],
    bundle: false,
    dts: false,
    target: "node20",
    sourcemap: false,
  },
  // CJS and the type declarations (.d.ts for import, .d.cts for require), per entry point.
  {
    entry,
    format: ["cjs", "esm"],
    dts: { only: true },
    target: "node20",
  },
  {
    entry,
    format: ["cjs"],
    dts: false,
    // Shared chunks: every entry point requires the same PolicyInputError class
    // (without splitting each CJS entry carried its own copy, and `instanceof`
    // across entry points failed).
    splitting: true,
    target: "node20",
    sourcemap: false,
    external: ["fast-check", "vitest"],
  },
  // The CLI `relument-policy` (package.json `bin` → dist/cli/index.js): its own entry, Node-only, ESM, one
  // module per source file (not bundled), so that it and its worker threads import the built library
  // (dist/audit/index.js, …) instead of carrying a copy. src/cli/index.ts starts with `#!/usr/bin/env node`,
  // which esbuild keeps as the first line of dist/cli/index.js.
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
