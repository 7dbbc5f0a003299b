/**
 * Bench: audit throughput and memory (issue 14). A generated JSONL of
 * `quoteService` cases (AUDIT_BENCH_LINES, default 1,000,000) is audited by the
 * built CLI (`dist/cli`) with 1 and 2 jobs, against a floor that only reads
 * the same lines, `JSON.parse`s and `JSON.stringify`s them. Reported: lines per
 * second, the ratio to the floor (goal ≤ 3× with 1 job) and the peak RSS of the
 * CLI process (goal ≤ 300 MB, measured by /usr/bin/time). Also the cost of
 * `recordDecision` + `replayDecision` per decision and its ratio to `evaluate`.
 */
import { spawnSync } from "node:child_process";
import { createReadStream, existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { QUICK, root, type SummaryRow } from "./harness.js";

const LINES = Number(process.env.AUDIT_BENCH_LINES ?? (QUICK ? 100_000 : 1_000_000));

function makeFile(): string {
  const dir = mkdtempSync(join(tmpdir(), "audit-bench-"));
  const file = join(dir, "cases.jsonl");
  const modes = ["remote", "onsite"] as const;
  const chunks: string[] = [];
  for (let i = 0; i < LINES; i++) {
    const mode = modes[i % 2] as string;
    const minutes = 30 + (i % 150);
    const customer = i % 3 === 0 ? "non-member" : "member";
    chunks.push(JSON.stringify({ id: `c${i}`, rule: "quoteService", input: { mode, minutes, customer, ...(customer === "member" ? { includedVisit: i % 5 !== 0 } : {}) }, billed: { eligible: true } }));
  }
  writeFileSync(file, `${chunks.join("\n")}\n`);
  return file;
}

async function floor(file: string): Promise<number> {
  const started = performance.now();
  let n = 0;
  const rl = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of rl) {
    if (line.trim() === "") continue;
    JSON.stringify(JSON.parse(line));
    n++;
  }
  if (n !== LINES) throw new Error(`floor read ${n} lines, expected ${LINES}`);
  return (performance.now() - started) / 1000;
}

function cli(file: string, jobs: number): { seconds: number; rssMb: number } {
  const out = join(tmpdir(), `audit-bench-${jobs}.json`);
  const started = performance.now();
  const r = spawnSync("/usr/bin/time", ["-f", "RSS %M", process.execPath, join(root, "dist/cli/index.js"), "audit", file, "--format", "json", "--out", out, "--jobs", String(jobs)], {
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
  });
  const seconds = (performance.now() - started) / 1000;
  // Every case agrees (all are eligible): any other exit is a failure of the bench.
  if (r.status !== 0) throw new Error(`audit exited ${String(r.status)}: ${r.stderr}`);
  const rss = /RSS (\d+)/.exec(r.stderr);
  return { seconds, rssMb: rss ? Number(rss[1]) / 1024 : Number.NaN };
}

export async function run(): Promise<SummaryRow[]> {
  if (!existsSync(join(root, "dist/cli/index.js"))) throw new Error("dist/cli is missing: npm run build");
  const file = makeFile();
  const f = await floor(file);
  const one = cli(file, 1);
  const two = cli(file, 2);
  const rate = (s: number) => `${Math.round(LINES / s).toLocaleString("en-US")} lines/s`;
  console.log(`audit (${LINES.toLocaleString("en-US")} quoteService lines): floor ${f.toFixed(1)} s; --jobs 1 ${one.seconds.toFixed(1)} s, peak RSS ${one.rssMb.toFixed(0)} MB; --jobs 2 ${two.seconds.toFixed(1)} s, peak RSS ${two.rssMb.toFixed(0)} MB`);

  const audit = (await import(pathToFileURL(join(root, "dist/audit/index.js")).href)) as typeof import("../src/audit/index.js");
  const input = { mode: "onsite", minutes: 125, customer: "member", includedVisit: true };
  const N = 20_000;
  let t = performance.now();
  for (let i = 0; i < N; i++) audit.evaluate("quoteService", input);
  const evalUs = ((performance.now() - t) * 1000) / N;
  t = performance.now();
  for (let i = 0; i < N; i++) audit.replayDecision(audit.recordDecision("quoteService", input));
  const recUs = ((performance.now() - t) * 1000) / N;
  console.log(`records: evaluate ${evalUs.toFixed(2)} µs; recordDecision + replayDecision ${recUs.toFixed(2)} µs (${(recUs / evalUs).toFixed(1)}× evaluate)`);
  return [
    { name: "audit floor (read + parse + stringify)", value: rate(f), ratio: "", target: "", met: undefined },
    { name: "audit --jobs 1 / floor", value: rate(one.seconds), ratio: `${(one.seconds / f).toFixed(2)}× slower`, target: "≤ 3×", met: one.seconds / f <= 3 },
    { name: "audit --jobs 2", value: rate(two.seconds), ratio: `${(one.seconds / two.seconds).toFixed(2)}× jobs 1`, target: "", met: undefined },
    { name: "audit peak RSS (jobs 1 / 2)", value: `${one.rssMb.toFixed(0)} / ${two.rssMb.toFixed(0)} MB`, ratio: "", target: "≤ 300 MB", met: Math.max(one.rssMb, two.rssMb) <= 300 },
    { name: "record + replay / evaluate", value: `${recUs.toFixed(1)} µs/decision`, ratio: `${(recUs / evalUs).toFixed(1)}×`, target: "", met: undefined },
  ];
}
