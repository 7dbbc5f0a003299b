/**
 * Bench: the cost of a decision. All ratios come from one `npm run bench` run, on the same inputs.
 *
 * Issue 15, the full-output floors (`full-floors.ts`, inputs in
 * `floor-inputs.ts`): for `overtimeCharge`, `quoteService`, `noShowCharge`,
 * `rightsRequestDeadlines`, `checkConsent` and `yearlyRefund`, a hand-written
 * implementation that validates, cites, explains and returns JSON
 * byte-identical to the library's. Before any timing every bench input is run
 * through both and their `JSON.stringify` must be equal (else the first
 * difference is printed and the bench throws, failing `npm run bench`). Each
 * rule is then timed against its floor in interleaved rounds in this process
 * (`interleave` in `harness.ts`, process CPU time, the fastest of alternating
 * slices per round): the ratio is the median of the per-round ratios. Goals: overtimeCharge, quoteService, noShowCharge and
 * rightsRequestDeadlines ≤ 2× their floors; checkConsent ≤ 3×; yearlyRefund ≤ 2.5×.
 *
 * Also, for reference (no goal): the numbers-only decimal.js floors of
 * `floors.ts` (no validation, no explanation), and the overtime rule written
 * for json-rules-engine (`engine.ts`) against `overtimeCharge` (goal: ours at
 * least 8× faster), timed with tinybench in rounds (`runRounds`).
 *
 * The rules are the built package (`dist/`, rebuilt by `run.ts` when older
 * than `src/`), as users run it; the floors are bundled by esbuild the same
 * way (`load-floors.ts`).
 */
import os from "node:os";
import type { OvertimeInput, QuoteServiceInput } from "../src/index.js";
import { engineOvertime } from "./engine.js";
import { floorOvertime, floorQuote, OVERTIME_INPUTS, QUOTE_INPUTS } from "./floors.js";
import { CONSENT_INPUTS, FULL_OVERTIME_INPUTS, FULL_QUOTE_INPUTS, INVALID_INPUTS, NO_SHOW_INPUTS, REFUND_INPUTS, RIGHTS_INPUTS } from "./floor-inputs.js";
import { assertBothRefuse, assertIdentical } from "./identity.js";
import { loadFloors } from "./load-floors.js";
import {
  batched,
  batchedAsync,
  fmtInt,
  fmtUs,
  interleave,
  loadNote,
  loadPackage,
  overRounds,
  printStats,
  ROUNDS,
  roundRatios,
  runRounds,
  type SummaryRow,
  type TaskStats,
} from "./harness.js";

const lib = await loadPackage();
const { overtimeCharge, quoteService } = lib;
const floors = await loadFloors();

/** One full-output comparison: the rule, its floor, the bench inputs and the goal (at most `goal` × the floor's time). */
interface FullFloorCase {
  readonly name: string;
  readonly lib: (input: never) => unknown;
  readonly floor: (input: never) => unknown;
  readonly inputs: readonly unknown[];
  readonly goal: number;
}

const FULL_FLOOR_CASES: readonly FullFloorCase[] = [
  { name: "overtimeCharge", lib: lib.overtimeCharge, floor: floors.floorOvertimeCharge, inputs: FULL_OVERTIME_INPUTS, goal: 2 },
  { name: "quoteService", lib: lib.quoteService, floor: floors.floorQuoteService, inputs: FULL_QUOTE_INPUTS, goal: 2 },
  { name: "noShowCharge", lib: lib.noShowCharge, floor: floors.floorNoShowCharge, inputs: NO_SHOW_INPUTS, goal: 2 },
  { name: "rightsRequestDeadlines", lib: lib.rightsRequestDeadlines, floor: floors.floorRightsRequestDeadlines, inputs: RIGHTS_INPUTS, goal: 2 },
  { name: "checkConsent", lib: lib.checkConsent, floor: floors.floorCheckConsent, inputs: CONSENT_INPUTS, goal: 3 },
  { name: "yearlyRefund", lib: lib.yearlyRefund, floor: floors.floorYearlyRefund, inputs: REFUND_INPUTS, goal: 2.5 },
];

/** Checks every full-output floor on every bench input, then times each rule against its floor; returns the summary rows. */
async function fullFloors(): Promise<SummaryRow[]> {
  for (const c of FULL_FLOOR_CASES) {
    assertIdentical(c.name, c.lib as (i: unknown) => unknown, c.floor as (i: unknown) => unknown, c.inputs);
    assertBothRefuse(c.name, c.lib as (i: unknown) => unknown, c.floor as (i: unknown) => unknown, INVALID_INPUTS[c.name] ?? []);
  }
  console.log(
    `decisions: the full-output floors are byte-identical to the library on every bench input (${FULL_FLOOR_CASES.map((c) => `${c.name} ${c.inputs.length}`).join(", ")}), ` +
      `and refuse the invalid inputs the library refuses (${FULL_FLOOR_CASES.reduce((n, c) => n + (INVALID_INPUTS[c.name]?.length ?? 0), 0)}).`,
  );
  const results = FULL_FLOOR_CASES.map((c) => {
    const before = os.loadavg()[0] ?? 0;
    const r = interleave(c.lib as (i: unknown) => unknown, c.floor as (i: unknown) => unknown, c.inputs);
    return { c, r, load: `${before.toFixed(2)}→${(os.loadavg()[0] ?? 0).toFixed(2)}` };
  });
  console.log(`\nfull-output floors (interleaved rounds library/floor in one process, CPU time, fastest of alternating slices per round, ${results[0]?.r.rounds ?? 0} rounds, medians; ${await loadNote()})`);
  console.table(
    results.map(({ c, r, load }) => ({
      rule: c.name,
      inputs: c.inputs.length,
      library: fmtUs(r.libUs),
      "full-output floor": fmtUs(r.floorUs),
      ratio: `${r.ratio.toFixed(2)}×`,
      "ratio per round": r.ratios.map((x) => x.toFixed(2)).join(" "),
      "load avg (1 min)": load,
      goal: `≤ ${c.goal}×`,
    })),
  );
  return results.map(({ c, r }) => ({
    name: `${c.name} / full-output floor`,
    value: `${fmtUs(r.libUs)} vs ${fmtUs(r.floorUs)}`,
    ratio: `${r.ratio.toFixed(2)}×`,
    target: `≤ ${c.goal}×`,
    met: r.ratio <= c.goal,
  }));
}

/** Calls per tinybench iteration (see `harness.ts`). */
const BATCH = 256;

/** Throws unless the rule, the floor and the engine agree on every overtime input. */
async function assertOvertimeAgreement(inputs: readonly OvertimeInput[]): Promise<void> {
  for (const input of inputs) {
    const rule = overtimeCharge(input);
    const floor = floorOvertime(input.mode, input.minutes);
    const engine = await engineOvertime(input.mode, input.minutes);
    const ours = [rule.blockMinutes, rule.overtimeMinutes, rule.blocks, rule.fee.amount, rule.fee.cents];
    const theirs = [floor.blockMinutes, floor.overtimeMinutes, floor.blocks, floor.fee, floor.cents];
    if (JSON.stringify(ours) !== JSON.stringify(theirs) || engine.blocks !== rule.blocks || engine.cents !== rule.fee.cents)
      throw new Error(
        `overtime implementations disagree on ${JSON.stringify(input)}: rule ${JSON.stringify(ours)}, floor ${JSON.stringify(theirs)}, engine ${JSON.stringify(engine)}`,
      );
  }
}

/** Throws unless `quoteService` and its floor agree on every quote input (eligibility, every line, total). */
function assertQuoteAgreement(inputs: readonly QuoteServiceInput[]): void {
  for (const input of inputs) {
    const rule = quoteService(input);
    const floor = floorQuote(input);
    const ours = { eligible: rule.eligible, lines: rule.lines.map((l) => [l.code, l.amount.amount, l.amount.cents]), total: [rule.total.amount, rule.total.cents] };
    const theirs = { eligible: floor.eligible, lines: floor.lines.map((l) => [l.code, l.amount, l.cents]), total: [floor.total, floor.totalCents] };
    if (JSON.stringify(ours) !== JSON.stringify(theirs))
      throw new Error(`quote implementations disagree on ${JSON.stringify(input)}: rule ${JSON.stringify(ours)}, floor ${JSON.stringify(theirs)}`);
  }
}

/** Runs the decision benches and returns their summary rows. */
export async function run(): Promise<SummaryRow[]> {
  const full = await fullFloors();
  await assertOvertimeAgreement(OVERTIME_INPUTS);
  assertQuoteAgreement(QUOTE_INPUTS);
  console.log(
    `decisions: rule, floor and json-rules-engine agree on all ${OVERTIME_INPUTS.length} overtime inputs; ` +
      `quoteService and its floor agree on all ${QUOTE_INPUTS.length} quote inputs.`,
  );

  const stats = await runRounds("decisions", [
    { name: "overtimeCharge", make: () => batched(OVERTIME_INPUTS, BATCH, (i) => overtimeCharge(i).fee.cents) },
    { name: "overtime floor (decimal.js)", make: () => batched(OVERTIME_INPUTS, BATCH, (i) => floorOvertime(i.mode, i.minutes).cents) },
    {
      name: "overtime json-rules-engine",
      make: () => batchedAsync(OVERTIME_INPUTS, BATCH, async (i) => (await engineOvertime(i.mode, i.minutes)).cents),
      async: true,
    },
    { name: "quoteService", make: () => batched(QUOTE_INPUTS, BATCH, (i) => quoteService(i).total.cents) },
    { name: "quote floor (decimal.js)", make: () => batched(QUOTE_INPUTS, BATCH, (i) => floorQuote(i).totalCents) },
  ]);
  const get = (name: string) => stats.get(name) ?? [];
  printStats(
    `decisions (tinybench, ${ROUNDS} rounds, ${BATCH} calls per sample; overtime: ${OVERTIME_INPUTS.length} inputs cycled, quotes: ${QUOTE_INPUTS.length})`,
    stats,
  );
  const [ot, otFloor, engine, q, qFloor] = ["overtimeCharge", "overtime floor (decimal.js)", "overtime json-rules-engine", "quoteService", "quote floor (decimal.js)"].map(
    (n) => overRounds(get(n)),
  ) as [TaskStats, TaskStats, TaskStats, TaskStats, TaskStats];
  const otRatio = roundRatios(get("overtimeCharge"), get("overtime floor (decimal.js)"));
  const qRatio = roundRatios(get("quoteService"), get("quote floor (decimal.js)"));
  const engineRatio = roundRatios(get("overtime json-rules-engine"), get("overtimeCharge"));
  const perRound = (r: { rounds: number[] }) => `rounds ${r.rounds.map((x) => x.toFixed(2)).join(", ")}`;
  console.log(
    `ratios (median of rounds): overtimeCharge/floor ${otRatio.median.toFixed(2)}× (${perRound(otRatio)}); ` +
      `quoteService/floor ${qRatio.median.toFixed(2)}× (${perRound(qRatio)}); ` +
      `json-rules-engine/overtimeCharge ${engineRatio.median.toFixed(1)}× (${perRound(engineRatio)})`,
  );
  return [
    ...full,
    {
      name: "overtimeCharge / numbers-only floor",
      value: `${fmtInt(ot.opsPerSec)} vs ${fmtInt(otFloor.opsPerSec)} ops/s`,
      ratio: `${otRatio.median.toFixed(2)}×`,
      target: "",
      met: undefined,
    },
    {
      name: "quoteService / numbers-only floor",
      value: `${fmtInt(q.opsPerSec)} vs ${fmtInt(qFloor.opsPerSec)} ops/s`,
      ratio: `${qRatio.median.toFixed(2)}×`,
      target: "",
      met: undefined,
    },
    {
      name: "json-rules-engine vs overtimeCharge",
      value: `${fmtInt(engine.opsPerSec)} ops/s`,
      ratio: `ours ${engineRatio.median.toFixed(1)}× faster`,
      target: "≥ 8×",
      met: engineRatio.median >= 8,
    },
  ];
}
