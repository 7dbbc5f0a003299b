/**
 * Bench: cold import. Each sample is a fresh `node` process (the ESM loader
 * and module cache start empty) that times, with `performance.now()` inside
 * the child, one dynamic import of a set of specifiers:
 *
 * - each entry point of the package through its `exports` map (`.`,
 *   `./terms`, `./privacy`, `./testing`, `./audit`; a module inside a package
 *   may import the package by its name, the child runs with the repository
 *   as working directory). `run.ts` rebuilds `dist/` first when it is stale.
 * - each entry point's dependencies alone: exactly the bare modules its built
 *   module graph reaches (for the root today `decimal.js`, `@date-fns/tz` and
 *   `zod/mini`), found by walking the built files.
 * - an empty child, for the process start-up cost every variant includes.
 *
 * All variants are interleaved (A, B, C, …, A, B, C, …) so a busy machine
 * affects them alike; N = 15 each (BENCH_QUICK: 5). Reported per entry point:
 * the median import time, its dependencies' median, the ratio and the
 * library's own cost (the difference of the medians, ms). Goal: the root at
 * most 1.25× its dependencies alone (issue 15).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fmtNum, median, QUICK, root, type SummaryRow } from "./harness.js";

const N = QUICK ? 5 : 15;

/** The entry points measured: subpath, built file. */
const ENTRIES: readonly { readonly subpath: string; readonly spec: string; readonly file: string }[] = [
  { subpath: ".", spec: "@relument/policy", file: "dist/index.js" },
  { subpath: "./terms", spec: "@relument/policy/terms", file: "dist/terms/index.js" },
  { subpath: "./privacy", spec: "@relument/policy/privacy", file: "dist/privacy/index.js" },
  { subpath: "./testing", spec: "@relument/policy/testing", file: "dist/testing/index.js" },
  { subpath: "./audit", spec: "@relument/policy/audit", file: "dist/audit/index.js" },
];

/** Bare specifiers reached from `entry` through relative imports (node: built-ins left out). */
export function distDependencies(entry = join(root, "dist", "index.js")): string[] {
  const bare = new Set<string>();
  const seen = new Set<string>();
  const stack = [entry];
  // `import … from "x"`, `export … from "x"` and `import "x"` at the start of a statement.
  const spec = /(?:^|[\n;])\s*(?:(?:import|export)\s[^"';]*?\bfrom|import)\s*["']([^"']+)["']/g;
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, "utf8").matchAll(spec)) {
      const s = m[1] as string;
      if (s.startsWith(".")) stack.push(resolve(dirname(file), s));
      else if (!s.startsWith("node:")) bare.add(s);
    }
  }
  if (seen.size < 2) throw new Error(`import bench: ${entry} imports no module; is dist/ built?`);
  return [...bare].sort();
}

/** One fresh child: imports `specs` (none for the empty child); ms inside it, or NaN when it failed. */
function child(specs: readonly string[]): { importMs: number; wallMs: number } {
  const code =
    `const t0 = performance.now();` +
    `await Promise.all(${JSON.stringify(specs)}.map((s) => import(s)));` +
    `process.stdout.write(JSON.stringify({ importMs: performance.now() - t0 }));`;
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd: root, encoding: "utf8" });
  const wallMs = performance.now() - t0;
  if (r.status !== 0) throw new Error(`import bench: child importing ${specs.join(", ") || "nothing"} failed: ${r.stderr}`);
  const { importMs } = JSON.parse(r.stdout) as { importMs: number };
  return { importMs, wallMs };
}

/** Runs the bench and returns its summary rows. */
export async function run(): Promise<SummaryRow[]> {
  if (!existsSync(join(root, "dist", "index.js"))) throw new Error("import bench: dist/index.js is missing (run.ts builds it)");
  const entries = ENTRIES.filter((e) => existsSync(join(root, e.file))).map((e) => ({ ...e, deps: distDependencies(join(root, e.file)) }));
  // Variants: each entry, each distinct dependency set, the empty process.
  const variants = new Map<string, string[]>();
  for (const e of entries) {
    variants.set(`pkg ${e.subpath}`, [e.spec]);
    variants.set(`deps ${e.deps.join(", ")}`, e.deps);
  }
  variants.set("empty", []);
  const keys = [...variants.keys()];
  const samples = new Map<string, { importMs: number; wallMs: number }[]>(keys.map((k) => [k, []]));
  for (const e of entries) child([e.spec]); // untimed: the file-system cache warm for every variant
  for (let i = 0; i < N; i++) for (const k of keys) samples.get(k)?.push(child(variants.get(k) as string[]));
  const med = (k: string) => median((samples.get(k) ?? []).map((s) => s.importMs));
  const min = (k: string) => Math.min(...(samples.get(k) ?? []).map((s) => s.importMs));
  const wall = (k: string) => median((samples.get(k) ?? []).map((s) => s.wallMs));

  const rows = entries.map((e) => {
    const pkg = med(`pkg ${e.subpath}`);
    const deps = med(`deps ${e.deps.join(", ")}`);
    return { e, pkg, pkgMin: min(`pkg ${e.subpath}`), deps, ratio: pkg / deps, own: pkg - deps, wall: wall(`pkg ${e.subpath}`) };
  });
  console.log(`\ncold import (fresh node ${process.version} processes, N = ${N} each, interleaved; medians in ms; empty process ${fmtNum(wall("empty"), 1)} ms)`);
  console.table(
    rows.map((r) => ({
      entry: r.e.subpath,
      import: fmtNum(r.pkg, 1),
      "import min": fmtNum(r.pkgMin, 1),
      "deps alone": fmtNum(r.deps, 1),
      deps: r.e.deps.join(", "),
      ratio: `${r.ratio.toFixed(2)}×`,
      "own cost": fmtNum(r.own, 1),
      process: fmtNum(r.wall, 1),
    })),
  );
  return rows.map((r) => {
    const isRoot = r.e.subpath === ".";
    return {
      name: `cold import ${isRoot ? "@relument/policy (root)" : r.e.subpath} vs its deps alone`,
      value: `${fmtNum(r.pkg, 1)} vs ${fmtNum(r.deps, 1)} ms; own ${fmtNum(r.own, 1)} ms`,
      ratio: `${r.ratio.toFixed(2)}×`,
      target: isRoot ? "≤ 1.25×" : "",
      met: isRoot ? r.ratio <= 1.25 : undefined,
    };
  });
}
