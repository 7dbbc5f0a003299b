/**
 * Bench: `visitAllowance` folds a membership's events into its visit ledger.
 *
 * 1. Full-output floor (issue 15): `floorVisitAllowance` (`full-floors.ts`)
 *    must return JSON byte-identical to `visitAllowance` on every ledger of
 *    `VISIT_INPUTS` and on the scenario at every size below (else the bench
 *    throws); then the rule is timed against it in interleaved rounds on the
 *    `VISIT_INPUTS` ledgers and on the 10-year scenario (ratios reported, no goal).
 * 2. Linearity: the scenario (a Home yearly member from 2020-01-15 with one
 *    visit a month on the 20th and a three-week suspension, June 1-21, every
 *    other year, read on December 31 of the last year) over 1, 10, 50 and 200
 *    years (process CPU time, sizes interleaved over rounds, medians).
 *    Goal: µs per event at 200 years within 1.3× of 1 year (a fold
 *    quadratic in days or events would give far more).
 * 3. 100,000 suspensions (and 10,000, the events limit `LIMITS.events`): one
 *    call in a child process that is killed after a time limit
 *    (`VISIT_SUSPENSIONS_TIMEOUT_S`, default 20 s), reported as "NO (timeout)"
 *    then; figure: seconds. It must finish.
 *
 * The rule is the built package (`dist/`), as users run it.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { VisitAllowanceInput } from "../src/index.js";
import { INVALID_INPUTS, VISIT_INPUTS, visitScenario } from "./floor-inputs.js";
import { cpuMs, distDir, fmtNum, fmtUs, interleave, loadNote, loadPackage, median, QUICK, root, type SummaryRow } from "./harness.js";
import { assertBothRefuse, assertIdentical } from "./identity.js";
import { loadFloors } from "./load-floors.js";

/** The built package, as users run it (see `loadPackage`). */
const { visitAllowance } = await loadPackage();
const { floorVisitAllowance } = await loadFloors();

/** The scenario over `years` years (monthly visits, a suspension every other year). */
export function scenario(years: number): VisitAllowanceInput {
  return visitScenario(years);
}

/** The 10-year scenario (kept for callers of the earlier bench). */
export function tenYearScenario(): VisitAllowanceInput {
  return scenario(10);
}

const SIZES = [1, 10, 50, 200] as const;
const SUSPENSION_TIMEOUT_S = Number(process.env.VISIT_SUSPENSIONS_TIMEOUT_S ?? 20);

/**
 * Source of `manySuspensions(count, visits)`, run in the child: `count`
 * suspensions of 1–5 days spread over a century of membership (overlapping
 * ones included) and `visits` monthly visits, read at the end of the century.
 * A string, not a function's `toString()`: tsx adds helper calls to compiled
 * functions that a bare child process does not have.
 */
const MANY_SUSPENSIONS_SOURCE = `function manySuspensions(count, visits) {
  const day = (n) => new Date(Date.UTC(2000, 0, 1) + n * 86400000).toISOString().slice(0, 10);
  const span = 36500;
  const events = [];
  for (let k = 0; k < count; k++) {
    const from = (k * 7919) % span;
    events.push({ type: "suspended", from: day(from), to: day(from + (k % 5)) });
  }
  for (let m = 0; m < visits; m++) events.push({ type: "visit", date: day(Math.floor(m * 30.4) + 10) });
  return { plan: "home-yearly", startDate: "2000-01-01", asOf: day(span + 30), events };
}`;

/** One `visitAllowance` call on `manySuspensions(count)` in a child process, killed after the time limit. */
function suspensionsInChild(count: number, visits: number): { seconds?: number; error?: string; timedOut: boolean; events: number } {
  const code =
    `const { visitAllowance } = await import(${JSON.stringify(pathToFileURL(join(distDir(), "index.js")).href)});` +
    `${MANY_SUSPENSIONS_SOURCE}` +
    `const input = manySuspensions(${count}, ${visits});` +
    `const t0 = performance.now();` +
    `let error;` +
    `try { visitAllowance(input); } catch (e) { error = String(e && e.message || e).slice(0, 300); }` +
    `process.stdout.write(JSON.stringify({ seconds: (performance.now() - t0) / 1000, error, events: input.events.length }));`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", code], {
    cwd: root,
    encoding: "utf8",
    timeout: SUSPENSION_TIMEOUT_S * 1000,
    killSignal: "SIGKILL",
    maxBuffer: 1 << 20,
  });
  if (r.error !== undefined && (r.error as NodeJS.ErrnoException).code === "ETIMEDOUT") return { timedOut: true, events: count + visits };
  if (r.signal === "SIGKILL") return { timedOut: true, events: count + visits };
  if (r.status !== 0) {
    const why = r.stderr.split("\n").find((l) => /Error/.test(l)) ?? r.stderr.slice(0, 200);
    return { timedOut: false, error: `child exited ${String(r.status)}: ${why.trim()}`, events: count + visits };
  }
  const out = JSON.parse(r.stdout) as { seconds: number; error?: string; events: number };
  return { timedOut: false, ...out };
}

/** CPU µs per call of `visitAllowance(input)` (see `cpuMs`): the median of `samples` timed batches of at least `minMs` CPU ms. */
function timeCall(input: VisitAllowanceInput, samples: number, minMs: number): number {
  for (let w = 0; w < 3; w++) visitAllowance(input);
  const xs: number[] = [];
  for (let s = 0; s < samples; s++) {
    let n = 0;
    const t0 = cpuMs();
    let el = 0;
    do {
      visitAllowance(input);
      n++;
      el = cpuMs() - t0;
    } while (el < minMs);
    xs.push((el * 1000) / n);
  }
  return median(xs);
}

/** Runs the bench and returns its summary rows. */
export async function run(): Promise<SummaryRow[]> {
  const inputs = SIZES.map((years) => ({ years, input: scenario(years) }));
  assertIdentical("visitAllowance", visitAllowance, floorVisitAllowance as (i: VisitAllowanceInput) => unknown, [...VISIT_INPUTS, ...inputs.map((x) => x.input)]);
  const invalid = (INVALID_INPUTS.visitAllowance ?? []) as VisitAllowanceInput[];
  assertBothRefuse("visitAllowance", visitAllowance, floorVisitAllowance as (i: VisitAllowanceInput) => unknown, invalid);
  console.log(
    `lifecycle: floorVisitAllowance is byte-identical to visitAllowance on all ${VISIT_INPUTS.length + inputs.length} ledgers and refuses the ${invalid.length} invalid ones it refuses.`,
  );
  for (const { years, input } of inputs) {
    const r = visitAllowance(input);
    console.log(
      `lifecycle: ${years} year(s): ${input.events?.length ?? 0} events, ${r.periods.length} periods ` +
        `[available ${r.available}, bank ${r.bank}, used ${r.used}, forfeited ${r.forfeited}]`,
    );
  }

  // 1. Against the floor, interleaved.
  const mixed = interleave(visitAllowance, floorVisitAllowance as (i: VisitAllowanceInput) => unknown, VISIT_INPUTS);
  const ten = interleave(visitAllowance, floorVisitAllowance as (i: VisitAllowanceInput) => unknown, [scenario(10)]);
  console.log(
    `\nvisitAllowance vs full-output floor (interleaved, ${mixed.rounds} rounds; ${await loadNote()}): ` +
      `${VISIT_INPUTS.length} ledgers ${fmtUs(mixed.libUs)} vs ${fmtUs(mixed.floorUs)} = ${mixed.ratio.toFixed(2)}× (rounds ${mixed.ratios.map((x) => x.toFixed(2)).join(" ")}); ` +
      `10 years ${fmtUs(ten.libUs)} vs ${fmtUs(ten.floorUs)} = ${ten.ratio.toFixed(2)}×`,
  );

  // 2. Linearity, sizes interleaved over rounds.
  const rounds = QUICK ? 3 : 7;
  const perSize = new Map<number, number[]>(SIZES.map((y) => [y, []]));
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? inputs : [...inputs].reverse();
    for (const { years, input } of order) perSize.get(years)?.push(timeCall(input, 3, QUICK ? 15 : 30));
  }
  const stats = inputs.map(({ years, input }) => {
    const usPerRun = median(perSize.get(years) ?? []);
    const events = input.events?.length ?? 0;
    return { years, events, usPerRun, usPerEvent: usPerRun / events };
  });
  console.log(`\nlifecycle linearity (${rounds} rounds, sizes interleaved, CPU time, medians)`);
  console.table(stats.map((x) => ({ years: x.years, events: x.events, "µs/run": fmtNum(x.usPerRun, 1), "µs/event": fmtNum(x.usPerEvent, 3) })));
  const one = stats[0] as (typeof stats)[0];
  const big = stats[stats.length - 1] as (typeof stats)[0];
  const growth = big.usPerEvent / one.usPerEvent;

  // 3. Many suspensions, in a child that can be killed.
  // 100,000 suspensions (above LIMITS.events today), and the largest ledger accepted: 10,000 events.
  const susp = [
    { label: "100,000 suspensions", count: 100_000, visits: 1200 },
    { label: "8,800 suspensions (10,000 events)", count: 8800, visits: 1200 },
  ].map((c) => ({ ...c, r: suspensionsInChild(c.count, c.visits) }));
  for (const { label, r } of susp)
    console.log(
      `visitAllowance with ${label} (${r.events.toLocaleString("en-US")} events in all): ` +
        (r.timedOut ? `killed after ${SUSPENSION_TIMEOUT_S} s` : r.error !== undefined ? `threw after ${r.seconds?.toFixed(2) ?? "?"} s: ${r.error}` : `${r.seconds?.toFixed(3)} s`),
    );

  const suspRows: SummaryRow[] = susp.map(({ label, r }) => ({
    name: `visitAllowance ${label}`,
    value: r.timedOut ? `> ${SUSPENSION_TIMEOUT_S} s (killed)` : r.error !== undefined ? `refused: ${r.error.slice(0, 90)}` : `${(r.seconds as number).toFixed(3)} s`,
    ratio: "",
    target: "finishes",
    met: !r.timedOut && r.error === undefined,
  }));
  return [
    {
      name: "visitAllowance / full-output floor",
      value: `${fmtUs(mixed.libUs)} vs ${fmtUs(mixed.floorUs)} (${VISIT_INPUTS.length} ledgers); 10 y ${ten.ratio.toFixed(2)}×`,
      ratio: `${mixed.ratio.toFixed(2)}×`,
      target: "",
      met: undefined,
    },
    ...stats.map((x) => ({
      name: `visitAllowance ${x.years}y (${x.events} events)`,
      value: `${fmtNum(x.usPerRun, 1)} µs/run, ${fmtNum(x.usPerEvent, 3)} µs/event`,
      ratio: "",
      target: "",
      met: undefined,
    })),
    {
      name: "visitAllowance µs/event 200y ÷ 1y",
      value: `${fmtNum(big.usPerEvent, 3)} vs ${fmtNum(one.usPerEvent, 3)} µs/event`,
      ratio: `${growth.toFixed(2)}×`,
      target: "≤ 1.3×",
      met: growth <= 1.3,
    },
    ...suspRows,
  ];
}
