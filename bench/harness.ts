/**
 * Shared pieces of the benchmarks (not a bench itself: `run.ts` only runs
 * `*.bench.ts`).
 *
 * Why batches: one call of `overtimeCharge` or of its decimal.js floor takes
 * well under a microsecond to a few microseconds, the same order as one
 * `performance.now()` call. tinybench times each iteration separately, so an
 * iteration here runs a batch of calls over the next inputs of a fixed,
 * cycled input array and reports the mean time per call of that batch
 * (`overriddenDuration`) while the whole batch counts against the time
 * budget (`overriddenIterationCost`). Every implementation of one comparison
 * walks the same input array in the same order.
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Bench, type FnReturnedObject, type Task } from "tinybench";

/** The repository root. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The package's API, typed from the source. */
export type PolicyApi = typeof import("../src/index.js");

/**
 * The package as users run it: the built `dist/index.js` (`run.ts` rebuilds a
 * stale `dist/`). Not the source through tsx: tsx compiles with esbuild's
 * `keepNames`, which wraps every closure created in a call with a
 * `__name(fn, "name")` property definition that the tsup build does not emit
 * (measured: about 12% of `quoteService`'s time). The path is computed so
 * that `tsc` does not need a build to type-check the benches.
 */
export async function loadPackage(): Promise<PolicyApi> {
  return (await import(pathToFileURL(join(root, "dist", "index.js")).href)) as PolicyApi;
}

/** One line of the final summary table printed by `run.ts`. */
export interface SummaryRow {
  readonly name: string;
  /** The measured figure, already formatted (e.g. "412,345 ops/s", "38.1 µs/run"). */
  readonly value: string;
  /** The ratio this row is judged on, formatted (e.g. "2.71×"), or "". */
  readonly ratio: string;
  /** The target, in words (e.g. "≤ 3×"), or "". */
  readonly target: string;
  /** Whether the target is met; `undefined` for rows without a target. */
  readonly met: boolean | undefined;
}

/**
 * Time budget per task and round, warm-up, and rounds. Each comparison runs
 * in ROUNDS rounds, the task order reversed every other round, so that a
 * burst of load from another process (this machine is shared) does not land
 * on one side of a ratio only; ratios are computed within a round and the
 * median round is reported. The whole `npm run bench` stays well under 2 minutes.
 */
export const TASK_TIME_MS = 500;
export const WARMUP_TIME_MS = 200;
export const ROUNDS = 3;

/** A tinybench `Bench` with the settings every bench here uses. */
export function newBench(name: string): Bench {
  return new Bench({ name, time: TASK_TIME_MS, warmupTime: WARMUP_TIME_MS, warmup: true, iterations: 20, throws: true });
}

/** A task to run in every round: a fresh task function per round (fresh cursor). */
export interface TaskDef {
  readonly name: string;
  readonly make: () => () => unknown;
  readonly async?: boolean;
}

/** Runs `tasks` in {@link ROUNDS} rounds (order reversed every other round); returns each task's stats per round. */
export async function runRounds(name: string, tasks: readonly TaskDef[]): Promise<Map<string, TaskStats[]>> {
  const out = new Map<string, TaskStats[]>(tasks.map((t) => [t.name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    const bench = newBench(`${name} round ${round + 1}`);
    const ordered = round % 2 === 0 ? tasks : [...tasks].reverse();
    for (const t of ordered) bench.add(t.name, t.make(), t.async === undefined ? {} : { async: t.async });
    await bench.run();
    for (const t of tasks) out.get(t.name)?.push(statsOf(bench, t.name));
  }
  return out;
}

/** The median of numbers (mean of the middle two for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** One task over all rounds: the median round's figures, samples summed. */
export function overRounds(rounds: readonly TaskStats[]): TaskStats {
  const first = rounds[0];
  if (first === undefined) throw new Error("no rounds");
  const medianMs = median(rounds.map((r) => r.medianMs));
  return {
    name: first.name,
    medianMs,
    meanMs: median(rounds.map((r) => r.meanMs)),
    rme: median(rounds.map((r) => r.rme)),
    samples: rounds.reduce((a, r) => a + r.samples, 0),
    opsPerSec: 1000 / medianMs,
  };
}

/** Per-round ratios `a / b` of median ms per call, and their median. */
export function roundRatios(a: readonly TaskStats[], b: readonly TaskStats[]): { median: number; rounds: number[] } {
  const rounds = a.map((x, i) => x.medianMs / (b[i] as TaskStats).medianMs);
  return { median: median(rounds), rounds };
}

/** Keeps results alive so the optimiser cannot drop the calls being measured. */
export const sink = { n: 0 };

/**
 * A synchronous tinybench task function that calls `fn` on the next `batch`
 * inputs (cycling through `inputs`) and reports the mean ms per call.
 */
export function batched<I>(inputs: readonly I[], batch: number, fn: (input: I) => number): () => FnReturnedObject {
  let cursor = 0;
  const n = inputs.length;
  return () => {
    let acc = 0;
    const t0 = performance.now();
    for (let k = 0; k < batch; k++) {
      acc += fn(inputs[cursor] as I);
      cursor = cursor + 1 === n ? 0 : cursor + 1;
    }
    const ms = performance.now() - t0;
    sink.n += acc;
    return { overriddenDuration: ms / batch, overriddenIterationCost: ms };
  };
}

/** The asynchronous twin of {@link batched}: each call is awaited in turn. */
export function batchedAsync<I>(inputs: readonly I[], batch: number, fn: (input: I) => Promise<number>): () => Promise<FnReturnedObject> {
  let cursor = 0;
  const n = inputs.length;
  return async () => {
    let acc = 0;
    const t0 = performance.now();
    for (let k = 0; k < batch; k++) {
      acc += await fn(inputs[cursor] as I);
      cursor = cursor + 1 === n ? 0 : cursor + 1;
    }
    const ms = performance.now() - t0;
    sink.n += acc;
    return { overriddenDuration: ms / batch, overriddenIterationCost: ms };
  };
}

/** Per-call statistics of a finished task (one round): median and mean ms per call, relative margin of error, samples. */
export interface TaskStats {
  readonly name: string;
  /** Median of the per-sample ms per call. */
  readonly medianMs: number;
  readonly meanMs: number;
  /** Relative margin of error of the mean latency, in %. */
  readonly rme: number;
  readonly samples: number;
  /** Operations per second from the median latency (robust to a busy machine's outliers). */
  readonly opsPerSec: number;
}

/** Reads a task's result, failing loudly if it did not complete. */
export function statsOf(bench: Bench, name: string): TaskStats {
  const task: Task | undefined = bench.getTask(name);
  if (!task) throw new Error(`bench ${bench.name}: no task ${name}`);
  const r = task.result;
  if (r.state !== "completed") throw new Error(`bench ${bench.name}: task ${name} ended ${r.state}${r.state === "errored" ? `: ${r.error.message}` : ""}`);
  return {
    name,
    medianMs: r.latency.p50,
    meanMs: r.latency.mean,
    rme: r.latency.rme,
    samples: r.latency.samplesCount,
    opsPerSec: 1000 / r.latency.p50,
  };
}

/** Prints one bench's tasks over the rounds: ops/s, µs per call (median round; mean ± rme), per-round µs, samples. */
export function printStats(title: string, stats: ReadonlyMap<string, readonly TaskStats[]>): void {
  console.log(`\n${title}`);
  console.table(
    [...stats].map(([name, rounds]) => {
      const s = overRounds(rounds);
      return {
        task: name,
        "ops/s": fmtInt(s.opsPerSec),
        "µs/call": fmtNum(s.medianMs * 1000, 3),
        "µs/call mean": `${fmtNum(s.meanMs * 1000, 3)} ± ${s.rme.toFixed(1)}%`,
        "µs/call per round": rounds.map((r) => fmtNum(r.medianMs * 1000, 3)).join(" "),
        samples: s.samples,
      };
    }),
  );
}

/** 1234567.8 → "1,234,568". */
export function fmtInt(x: number): string {
  return Math.round(x).toLocaleString("en-US");
}

/** Fixed digits with thousands separators. */
export function fmtNum(x: number, digits: number): string {
  return x.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** The 1-minute load average and core count, to say whether the machine was busy. */
export async function loadNote(): Promise<string> {
  const os = await import("node:os");
  const [l1, l5] = os.loadavg();
  return `load average ${(l1 ?? 0).toFixed(2)} (1 min), ${(l5 ?? 0).toFixed(2)} (5 min) on ${os.availableParallelism()} cores`;
}
