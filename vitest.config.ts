import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
  resolve: {
    // Examples import the package by its name, as host code does.
    alias: [
      { find: /^@relument\/policy\/testing\/vitest$/, replacement: src("testing/vitest.ts") },
      { find: /^@relument\/policy\/(terms|privacy|testing|audit)$/, replacement: src("$1/index.ts") },
      { find: /^@relument\/policy$/, replacement: src("index.ts") },
    ],
  },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts", "examples/**/*.test.ts"],
    // The type tests (*.test-d.ts) are checked by `tsc -p tsconfig.typetests.json`, the first step of `npm test`:
    // vitest's typecheck mode printed "Testing types with tsc and vue-tsc is an experimental feature" first on
    // every run, and vitest 4.1 has no option to silence it (it warns whenever `typecheck.enabled` is true).
    typecheck: { enabled: false, include: ["test/**/*.test-d.ts", "src/**/*.test-d.ts"] },
    testTimeout: 60_000,
    // vitest's default (one worker fewer than the cores) runs files one at a time on a 2-core machine; two
    // workers there took `npm test` from 5 min 5 s to about 4 min (the suite is CPU-bound in the workers).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // `npm test` measures coverage of src/ and fails below these floors (issue 6 asks for at least 95 % of
    // branches; measured 99.7 %, so the floors sit a little under what is measured, to catch a real drop).
    coverage: {
      enabled: true,
      provider: "v8",
      include: ["src/**/*.ts"],
      // The CLI runs only in child processes (test/cli.test.ts): its behaviour is tested there, not measured here.
      exclude: ["src/**/*.test.ts", "src/**/*.test-d.ts", "src/cli/**"],
      reporter: ["text-summary", "json-summary"],
      // Branches 96: issues 11–14 added defensive branches (unreadable getters, polluted prototypes, edition paths) measured at 96.4 %.
      thresholds: { branches: 96, statements: 98, functions: 98, lines: 98 },
    },
  },
});
