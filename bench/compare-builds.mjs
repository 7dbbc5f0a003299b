// Compares two builds of the library on the handbook's worked examples, in one process: for each rule,
// 15 interleaved rounds (old, new, old, new, …) and the median of the per-round ratios new/old.
// Issue 12 used it for "the base edition does not get slower": the build of 172a1cf (before editions)
// against today's dist/.
//
//   git worktree add /tmp/old 172a1cf && (cd /tmp/old && ln -s "$PWD/../../node_modules" . ; npx tsup)
//   npx tsx -e 'import("./handbook/all-examples.ts").then(({ allExamples }) => require("node:fs").writeFileSync("/tmp/examples.json", JSON.stringify(allExamples.map(({ fn, input }) => ({ fn, input })))))'
//   node bench/compare-builds.mjs /tmp/old/dist/index.js dist/index.js /tmp/examples.json
//
// (Dump the examples from the OLD commit's handbook: its inputs are valid for both builds.)
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [oldPath, newPath, examplesPath] = process.argv.slice(2);
if (!oldPath || !newPath || !examplesPath) {
  console.error("usage: node bench/compare-builds.mjs <old dist/index.js> <new dist/index.js> <examples.json>");
  process.exit(2);
}
const load = (p) => import(pathToFileURL(resolve(p)).href);
const [before, now] = [await load(oldPath), await load(newPath)];
const examples = JSON.parse(readFileSync(examplesPath, "utf8"));
const rules = ["overtimeCharge", "quoteService", "noShowCharge", "rightsRequestDeadlines", "checkConsent", "yearlyRefund", "visitAllowance", "classifyRequest", "ageRule", "retentionDecision"];
const ROUNDS = 15;

/** µs per call of `f` over `inputs`, cycled for at least 60 ms. */
function time(f, inputs) {
  let n = 0;
  const t0 = process.hrtime.bigint();
  do {
    for (const i of inputs) f(i);
    n += inputs.length;
  } while (process.hrtime.bigint() - t0 < 60_000_000n);
  return Number(process.hrtime.bigint() - t0) / 1000 / n;
}
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];

console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
console.log("| rule | before µs | now µs | now / before |\n| --- | --- | --- | --- |");
for (const fn of rules) {
  const inputs = examples.filter((e) => e.fn === fn).map((e) => e.input);
  if (inputs.length === 0 || typeof before[fn] !== "function" || typeof now[fn] !== "function") continue;
  for (const i of inputs) (before[fn](i), now[fn](i)); // both must accept every input
  const a = [], b = [], r = [];
  for (let k = 0; k < ROUNDS; k++) {
    const x = time(before[fn], inputs);
    const y = time(now[fn], inputs);
    a.push(x), b.push(y), r.push(y / x);
  }
  console.log(`| ${fn} | ${median(a).toFixed(2)} | ${median(b).toFixed(2)} | ${median(r).toFixed(2)}× |`);
}
