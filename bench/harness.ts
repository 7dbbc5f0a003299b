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

/**
 * Quick mode (`BENCH_QUICK=1 npm run bench`): fewer rounds, shorter slices,
 * fewer cold-import processes and a smaller audit file, for a check that the
 * benches run and the floors are byte-identical (about a minute); the figures
 * are rougher.
 */
export const QUICK = process.env.BENCH_QUICK !== undefined && process.env.BENCH_QUICK !== "" && process.env.BENCH_QUICK !== "0";

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
  return (await import(pathToFileURL(join(distDir(), "index.js")).href)) as PolicyApi;
}

/**
 * The build measured: `dist/`, or the directory named by `BENCH_DIST` (e.g. a
 * build made elsewhere while `dist/` is being rebuilt by someone else; the
 * cold-import bench always measures `dist/` through the package's exports).
 */
export function distDir(): string {
  return process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : join(root, "dist");
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
export const TASK_TIME_MS = QUICK ? 150 : 500;
export const WARMUP_TIME_MS = QUICK ? 50 : 200;
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

/** One library-vs-floor comparison over interleaved rounds. */
export interface Interleaved {
  /** Median over the rounds of the library's µs per call. */
  readonly libUs: number;
  /** Median over the rounds of the floor's µs per call. */
  readonly floorUs: number;
  /** Median of the per-round ratios library ÷ floor. */
  readonly ratio: number;
  /** The per-round ratios, in round order. */
  readonly ratios: readonly number[];
  readonly rounds: number;
}

/** Keeps a result alive: its explanation length, or 1. */
function weigh(r: unknown): number {
  const e = (r as { explanation?: unknown[] } | null)?.explanation;
  return Array.isArray(e) ? e.length : 1;
}

/** CPU time of this process (user + system, all its threads), in ms. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Runs whole passes over `inputs` until `sliceMs` of this process's CPU time
 * have been spent; returns CPU µs per call. CPU time, not wall time: on a
 * shared machine the time this process waits for a core is not its cost, and
 * with wall time one preemption ruins a slice. (GC threads count: both sides pay theirs.)
 */
function slice<I>(fn: (i: I) => unknown, inputs: readonly I[], sliceMs: number): number {
  let calls = 0;
  let acc = 0;
  const t0 = cpuMs();
  let elapsed = 0;
  do {
    for (let k = 0; k < inputs.length; k++) acc += weigh(fn(inputs[k] as I));
    calls += inputs.length;
    elapsed = cpuMs() - t0;
  } while (elapsed < sliceMs);
  sink.n += acc;
  return (elapsed * 1000) / calls;
}

/**
 * Library against floor in one process, interleaved: after a warm-up of both,
 * `rounds` rounds; a round alternates `subSlices` slices of the library and of
 * the floor (L F L F …, the order swapped every other round; each slice whole
 * passes over the same inputs for at least `sliceMs`) and keeps each side's
 * fastest slice, so that a slice in which another process held the CPU (this
 * machine is shared) does not count; times are this process's CPU time (see
 * `slice`). The round's ratio is library ÷ floor; the
 * ratio reported is the median of the rounds' ratios, the µs the medians of
 * the rounds' figures.
 */
export function interleave<I>(
  lib: (i: I) => unknown,
  floor: (i: I) => unknown,
  inputs: readonly I[],
  opts: { rounds?: number; subSlices?: number; sliceMs?: number; warmupMs?: number } = {},
): Interleaved {
  const rounds = opts.rounds ?? (QUICK ? 5 : 15);
  const subSlices = opts.subSlices ?? (QUICK ? 2 : 3);
  const sliceMs = opts.sliceMs ?? (QUICK ? 15 : 20);
  const warmupMs = opts.warmupMs ?? (QUICK ? 100 : 300);
  slice(lib, inputs, warmupMs);
  slice(floor, inputs, warmupMs);
  const libs: number[] = [];
  const floors: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let l = Infinity;
    let f = Infinity;
    for (let k = 0; k < subSlices; k++) {
      if (r % 2 === 0) {
        l = Math.min(l, slice(lib, inputs, sliceMs));
        f = Math.min(f, slice(floor, inputs, sliceMs));
      } else {
        f = Math.min(f, slice(floor, inputs, sliceMs));
        l = Math.min(l, slice(lib, inputs, sliceMs));
      }
    }
    libs.push(l);
    floors.push(f);
    ratios.push(l / f);
  }
  return { libUs: median(libs), floorUs: median(floors), ratio: median(ratios), ratios, rounds };
}

/** "0.97 µs" with 2–3 significant digits. */
export function fmtUs(us: number): string {
  return `${us < 1 ? us.toFixed(3) : us < 10 ? us.toFixed(2) : us < 100 ? us.toFixed(1) : fmtInt(us)} µs`;
}
