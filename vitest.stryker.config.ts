/**
 * Vitest settings for Stryker (`npm run mutation`): the same tests as
 * `npm test` minus the checks that measure or re-read the build rather than
 * run policy logic (type tests, which Stryker's runner cannot execute, and the
 * bundle-size budget, which would measure Stryker's instrumented source) and
 * the host-time-zone suite, which switches `process.env.TZ` and so needs a
 * process of its own (Stryker runs tests in worker threads, where the switch
 * does not take effect; CI runs the whole suite under three zones instead),
 * the runnable examples, which run in child processes that Stryker can
 * neither switch mutants in nor attribute coverage to, and the coverage
 * matrix, a traceability check that reads the source text (instrumented under
 * Stryker) and replays all 80 handbook examples: one second for every mutant.
 */
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

export default mergeConfig(
  base,
  defineConfig({
    test: {
      typecheck: { enabled: false },
      // One module graph per worker across runs: re-importing the library for every mutant dominated the time.
      isolate: false,
      exclude: ["test/bundle-size.test.ts", "test/timezone.test.ts", "test/examples.test.ts", "test/coverage-matrix.test.ts", "**/node_modules/**"],
      setupFiles: ["test/stryker-setup.ts"],
      coverage: { enabled: false },
    },
  }),
);
