/**
 * `npm run bench`: runs every `bench/*.bench.ts` module (each exports `run()`,
 * which may return summary rows), in file-name order, then prints one summary
 * table: name, figure, ratio, target, met. Benchmarks never run under `npm test`.
 *
 * The benches measure the built package, as users run it, so `dist/` is
 * rebuilt first (`npm run build`) when it is missing or older than any
 * non-test source file or the tsup config. Exit status: non-zero only when the harness itself
 * fails (a build error, implementations that disagree, a task that throws);
 * a missed speed target is printed as "NO", not a failure: timings depend on
 * the machine and on its load, which is printed with the table.
 *
 * `npm run bench -- decisions` runs only the bench files whose name contains
 * one of the given words.
 */
import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { loadNote, root, type SummaryRow } from "./harness.js";

const here = dirname(fileURLToPath(import.meta.url));

/** Files under `dir` (recursively) whose name passes `keep`. */
function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && keep(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** Why `dist/` must be rebuilt, or `undefined` when it is up to date. */
function staleDist(): string | undefined {
  const dist = join(root, "dist");
  if (!existsSync(join(dist, "index.js"))) return "dist/index.js is missing";
  const built = filesUnder(dist, (n) => n.endsWith(".js") || n.endsWith(".cjs"));
  const oldestBuilt = Math.min(...built.map((f) => statSync(f).mtimeMs));
  const sources = [...filesUnder(join(root, "src"), (n) => n.endsWith(".ts") && !/\.test(-d)?\.ts$/.test(n)), join(root, "tsup.config.ts")];
  const newer = sources.find((f) => statSync(f).mtimeMs > oldestBuilt);
  return newer === undefined ? undefined : `${relative(root, newer)} is newer than dist/`;
}

const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts") && (only.length === 0 || only.some((w) => f.includes(w))))
  .sort();

const why = staleDist();
if (why !== undefined) {
  console.log(`bench: ${why}; running npm run build first`);
  execSync("npm run build", { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
}

const before = await loadNote();
const started = performance.now();
const rows: SummaryRow[] = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { run?: () => unknown };
  if (typeof mod.run !== "function") {
    console.warn(`${file}: no exported run(), skipped`);
    continue;
  }
  const out = await mod.run();
  if (Array.isArray(out)) rows.push(...(out as SummaryRow[]));
}

console.log(`\nSummary (node ${process.version}, ${((performance.now() - started) / 1000).toFixed(0)} s; before: ${before}; after: ${await loadNote()})`);
console.table(
  rows.map((r) => ({
    name: r.name,
    measured: r.value,
    ratio: r.ratio,
    target: r.target,
    met: r.met === undefined ? "" : r.met ? "yes" : "NO",
  })),
);
const missed = rows.filter((r) => r.met === false);
if (missed.length > 0) console.log(`Targets missed (reported, not a failure): ${missed.map((r) => r.name).join("; ")}`);
