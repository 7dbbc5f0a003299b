/**
 * Loaded only by vitest.stryker.config.ts: fewer generated cases per property
 * (30 instead of 100) so that each of Stryker's thousands of mutant runs stays
 * short. `npm test` keeps fast-check's default.
 */
import fc from "fast-check";

fc.configureGlobal({ numRuns: 30 });
