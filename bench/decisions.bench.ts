/**
 * Bench: the cost of a decision. All ratios come from one `npm run bench` run, on the same inputs.
 *
 * - `overtimeCharge` vs its decimal.js floor (`floors.ts`: the same numbers, no
 *   validation, no explanation). Target: the rule at most 3× the floor's time.
 * - `quoteService` vs its floor (same lines and total). Target: at most 3×.
 * - The overtime rule written for json-rules-engine (`engine.ts`) vs
 *   `overtimeCharge` (validation and explanation included). Target: ours at
 *   least 8× faster.
 *
 * Each comparison runs in rounds (see `runRounds` in `harness.ts`); a ratio is
 * the median of its per-round ratios, ops/s the median round's.
 *
 * Before any timing, every implementation is run once on every bench input
 * and they must agree (blocks, fee string and cents; quote lines and total):
 * if they do not, the comparison would be meaningless and the bench throws,
 * which fails `npm run bench`. A missed speed target is reported, not thrown.
 *
 * The rules are the built package (`dist/`, rebuilt by `run.ts` when older
 * than `src/`), as users run it: see `loadPackage` in `harness.ts` for why not
 * the source through tsx.
 */
import type { OvertimeInput, QuoteServiceInput } from "../src/index.js";
import { engineOvertime } from "./engine.js";
import { floorOvertime, floorQuote, OVERTIME_INPUTS, QUOTE_INPUTS } from "./floors.js";
import {
  batched,
  batchedAsync,
  fmtInt,
  loadPackage,
  overRounds,
  printStats,
  ROUNDS,
  roundRatios,
  runRounds,
  type SummaryRow,
  type TaskStats,
} from "./harness.js";

const { overtimeCharge, quoteService } = await loadPackage();

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
    { name: "overtime floor (decimal.js)", value: `${fmtInt(otFloor.opsPerSec)} ops/s`, ratio: "", target: "", met: undefined },
    {
      name: "overtimeCharge / floor",
      value: `${fmtInt(ot.opsPerSec)} ops/s`,
      ratio: `${otRatio.median.toFixed(2)}× slower`,
      target: "≤ 3×",
      met: otRatio.median <= 3,
    },
    { name: "quote floor (decimal.js)", value: `${fmtInt(qFloor.opsPerSec)} ops/s`, ratio: "", target: "", met: undefined },
    {
      name: "quoteService / floor",
      value: `${fmtInt(q.opsPerSec)} ops/s`,
      ratio: `${qRatio.median.toFixed(2)}× slower`,
      target: "≤ 3×",
      met: qRatio.median <= 3,
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
