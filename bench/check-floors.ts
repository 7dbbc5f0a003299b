/**
 * `npx tsx bench/check-floors.ts`: only the byte-identity and refusal checks
 * of the full-output floors (no timing, a few seconds), against the built
 * `dist/` (or `BENCH_DIST`). Exit status 1 with the first difference printed
 * when a floor's output differs from the library's: after a change of
 * wording in `src/`, repeat it in `bench/full-floors.ts`.
 * Not a bench file (`run.ts` runs `*.bench.ts` only); the benches run the same checks before timing.
 */
import type { VisitAllowanceInput } from "../src/index.js";
import { CONSENT_INPUTS, FULL_OVERTIME_INPUTS, FULL_QUOTE_INPUTS, INVALID_INPUTS, NO_SHOW_INPUTS, REFUND_INPUTS, RIGHTS_INPUTS, VISIT_INPUTS, visitScenario } from "./floor-inputs.js";
import { loadPackage } from "./harness.js";
import { assertBothRefuse, assertIdentical } from "./identity.js";
import { loadFloors } from "./load-floors.js";

const lib = await loadPackage();
const f = await loadFloors();
const cases: [string, (i: never) => unknown, (i: never) => unknown, readonly unknown[]][] = [
  ["overtimeCharge", lib.overtimeCharge, f.floorOvertimeCharge, FULL_OVERTIME_INPUTS],
  ["quoteService", lib.quoteService, f.floorQuoteService, FULL_QUOTE_INPUTS],
  ["noShowCharge", lib.noShowCharge, f.floorNoShowCharge, NO_SHOW_INPUTS],
  ["rightsRequestDeadlines", lib.rightsRequestDeadlines, f.floorRightsRequestDeadlines, RIGHTS_INPUTS],
  ["checkConsent", lib.checkConsent, f.floorCheckConsent, CONSENT_INPUTS],
  ["yearlyRefund", lib.yearlyRefund, f.floorYearlyRefund, REFUND_INPUTS],
  ["visitAllowance", lib.visitAllowance, f.floorVisitAllowance, [...VISIT_INPUTS, ...[1, 10, 50, 200].map((y): VisitAllowanceInput => visitScenario(y))]],
];
let failed = 0;
for (const [name, l, fl, inputs] of cases) {
  try {
    assertIdentical(name, l as (i: unknown) => unknown, fl as (i: unknown) => unknown, inputs);
    assertBothRefuse(name, l as (i: unknown) => unknown, fl as (i: unknown) => unknown, INVALID_INPUTS[name] ?? []);
    console.log(`${name}: byte-identical on ${inputs.length} inputs; ${INVALID_INPUTS[name]?.length ?? 0} invalid inputs refused by both`);
  } catch (e) {
    failed++;
    if (!(e as Error).message.includes("byte-identical")) console.error((e as Error).message);
  }
}
if (failed > 0) {
  console.error(`check-floors: ${failed} floor(s) differ from the library`);
  process.exit(1);
}
