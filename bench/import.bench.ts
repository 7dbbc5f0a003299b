/**
 * Bench: cold import. Each sample is a fresh `node` process (the ESM loader
 * and module cache start empty) that times, with `performance.now()` inside
 * the child, one dynamic import:
 *
 * - `@relument/policy`: the package's own built `dist/` through its `exports`
 *   map (a module inside a package may import the package by its name; the
 *   child runs with the repository as working directory). `run.ts` rebuilds
 *   `dist/` first when it is missing or older than `src/`.
 * - its dependencies alone: exactly the bare modules that `dist/index.js`
 *   reaches, found by walking the built module graph (today `decimal.js`,
 *   `@date-fns/tz` and `zod/mini`; `date-fns` is a declared dependency that no
 *   built module imports).
 * - an empty child, for the process start-up cost both include.
 *
 * Variants are interleaved (A, B, C, A, B, C, ...) so a busy machine affects
 * them alike; N = 15 each; median and minimum are reported, for the import
 * alone and for the whole process (spawn to exit, measured by the parent).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fmtNum, median, root, type SummaryRow } from "./harness.js";

const N = 15;

/** Bare specifiers reached from `dist/index.js` through relative imports. */
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
      else bare.add(s);
    }
  }
  if (seen.size < 2) throw new Error(`import bench: ${entry} imports no module; is dist/ built?`);
  return [...bare].sort();
}

interface Sample {
  importMs: number;
  wallMs: number;
}

/** One fresh child: imports `specs` (none for the empty child) and reports the time inside it. */
function child(specs: readonly string[]): Sample {
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
  const deps = distDependencies();
  const variants = [
    { name: "@relument/policy (dist)", specs: ["@relument/policy"] },
    { name: `its dependencies alone (${deps.join(", ")})`, specs: deps },
    { name: "empty node process", specs: [] as string[] },
  ];
  const samples = variants.map(() => [] as Sample[]);
  child(["@relument/policy"]); // one untimed child so the file-system cache is warm for every variant
  for (let i = 0; i < N; i++) variants.forEach((v, k) => samples[k]?.push(child(v.specs)));

  const rows = variants.map((v, k) => {
    const s = samples[k] as Sample[];
    return {
      name: v.name,
      importMedian: median(s.map((x) => x.importMs)),
      importMin: Math.min(...s.map((x) => x.importMs)),
      wallMedian: median(s.map((x) => x.wallMs)),
      wallMin: Math.min(...s.map((x) => x.wallMs)),
    };
  });
  console.log(`\ncold import (fresh node ${process.version} processes, N = ${N} each, interleaved; ms)`);
  console.table(
    rows.map((r) => ({
      import: r.name,
      "import median": fmtNum(r.importMedian, 1),
      "import min": fmtNum(r.importMin, 1),
      "process median": fmtNum(r.wallMedian, 1),
      "process min": fmtNum(r.wallMin, 1),
    })),
  );
  const [pkg, alone, empty] = rows as [(typeof rows)[0], (typeof rows)[0], (typeof rows)[0]];
  return [
    {
      name: "cold import @relument/policy",
      value: `${fmtNum(pkg.importMedian, 1)} ms median (min ${fmtNum(pkg.importMin, 1)}); process ${fmtNum(pkg.wallMedian, 1)} ms`,
      ratio: `${(pkg.importMedian / alone.importMedian).toFixed(2)}× deps`,
      target: "",
      met: undefined,
    },
    {
      name: "cold import of its dependencies alone",
      value: `${fmtNum(alone.importMedian, 1)} ms median (min ${fmtNum(alone.importMin, 1)}); process ${fmtNum(alone.wallMedian, 1)} ms`,
      ratio: "",
      target: "",
      met: undefined,
    },
    {
      name: "empty node process",
      value: `process ${fmtNum(empty.wallMedian, 1)} ms median (min ${fmtNum(empty.wallMin, 1)})`,
      ratio: "",
      target: "",
      met: undefined,
    },
  ];
}
