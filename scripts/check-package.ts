/**
 * `npm run check:package`: checks the package AS USERS RECEIVE IT (the packed
 * tarball, installed from scratch), not the source tree. Called from `.ci/run`.
 *
 * Gates, in order (each one is a row of the summary table; any FAIL exits 1):
 *
 *  1. build + pack      `npm pack` into a temporary directory, which builds through the
 *                       `prepack` script (`npm run build`), as a fresh clone's `npm pack` does.
 *                       Reports the tarball's size and file count and checks that it
 *                       holds every entry point's .js/.cjs/.d.ts/.d.cts (per-module
 *                       declarations with their maps, no hash-named chunks), the LICENSE,
 *                       the node10 directory stubs, the JSON schemas and the sources the
 *                       declaration maps point to (src/, without tests), and no test files.
 *  2. publint           publint on the tarball with `strict: true` (warnings become
 *                       errors, like `publint run <tgz> --strict`). The CLI only exits
 *                       non-zero on errors; this gate also fails on any suggestion,
 *                       so every message must be fixed (or this script changed on purpose).
 *  3. attw              `@arethetypeswrong/cli <tgz> --format json --profile strict`.
 *                       Asserted from the JSON (not only the exit code): no problem at
 *                       all, and `.`, `./terms`, `./privacy`, `./testing` resolve to types
 *                       and to JavaScript under node10, node16 (from CJS: .d.cts/.cjs; from
 *                       ESM: .d.ts/.js) and bundler (`./testing/vitest` too). `./package.json` must resolve as JSON.
 *                       `./schemas/*` is a wildcard, which attw lists but cannot analyse
 *                       (it only resolves concrete specifiers); the smoke test loads the
 *                       schemas instead. node10 ignores `exports`: the subpaths resolve
 *                       through the directory stubs terms/, privacy/, testing/package.json.
 *  4. smoke test        A temporary project (`npm install <tgz> fast-check@4
 *                       --ignore-scripts`) runs scripts/check-package/fixtures/smoke.mjs
 *                       (`import` of every entry point) and smoke.cjs (`require` of every
 *                       entry point), each calling real rules and asserting the results;
 *                       then the repo's TypeScript compiles fixtures/consumer.ts against the
 *                       installed package as .mts + .cts under `--module nodenext`, as .ts
 *                       under `--moduleResolution bundler` (all declarations checked, no
 *                       skipLibCheck) and under `node10` (with skipLibCheck: see below).
 *  4b. CLI             In the same project, `npx relument-policy audit invoices.jsonl` (the
 *                       example month, copied there) must exit 1 (it holds wrong invoices on
 *                       purpose) with a JSON report whose counts add up (cases = agreed +
 *                       disagreed + invalid = the file's non-blank lines); `--jobs 2` (worker
 *                       threads, from the tarball's dist/cli/worker.js) gives the same report;
 *                       a usage error exits 2 with one line on stderr.
 *  5. bundle budget     esbuild (minify, ESM, tree shaking) + gzip, from the installed
 *                       package: (a) the library without its dependencies (all external),
 *                       per entry point, reported; (b) issue 15's two hosts, WITH their
 *                       dependencies: `import { overtimeCharge } from "@relument/policy"`
 *                       at most OVERTIME_BUNDLE_LIMIT gzipped (the bundle must still compute
 *                       $90.00), and `import { rightsRequestDeadlines }` (default profile)
 *                       at most RIGHTS_BUNDLE_LIMIT (the bundle must give the installed
 *                       package's deadlines). decimal.js, zod/mini and classic zod alone are
 *                       reported for context.
 *  6. audit             `npm audit --omit=dev --json` in the repo: no high or critical
 *                       finding. If the audit endpoint cannot be reached the gate FAILS
 *                       (an unverified audit is not a pass); set CHECK_PACKAGE_ALLOW_NO_AUDIT=1
 *                       to mark it SKIP instead, e.g. on a registry mirror without the
 *                       audit API.
 *  7. runtime deps      `dependencies` ⊆ {decimal.js, date-fns, @date-fns/tz, zod, and for the
 *                       ./audit entry point and the CLI only: json-canonicalize, @noble/hashes,
 *                       csv-parse, cli-progress}, no
 *                       optional/bundled dependencies, peers only the optional fast-check and vitest;
 *                       no preinstall/install/postinstall/prepare script in the published
 *                       package.json (`prepack` is allowed: it runs when the package is packed,
 *                       never when a tarball or the registry's copy is installed); no `hasInstallScript` in the runtime (non-dev)
 *                       part of package-lock.json, nor anywhere in the smoke project's lock.
 *
 *  8. runtimes          scripts/check-package/runtime-scenario.mjs (one fixed scenario: several
 *                       Terms and privacy rules and a bad input, printed as JSON) against the
 *                       installed tarball under Node ESM, Node CJS (the same file with the import
 *                       line replaced by `require`), Bun and Deno (from their npm packages in this
 *                       repo's node_modules; Deno offline: `--node-modules-dir=manual --cached-only`)
 *                       and headless Chromium (an esbuild browser bundle of the scenario, run by
 *                       playwright-core in /usr/bin/chromium, or CHROMIUM_PATH), all with
 *                       TZ=Asia/Kolkata (Chromium also with that timezoneId). Fails unless the
 *                       five outputs are byte-identical, the scenario saw UTC+5:30 and the error
 *                       class is named PolicyInputError. Prints runtime, version, bytes, SHA-256.
 *
 * Environment: CHECK_PACKAGE_KEEP=1 keeps the temporary directories (their paths are printed).
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";
import { publint } from "publint";
import { formatMessage } from "publint/utils";

const root = fileURLToPath(new URL("..", import.meta.url));
const fixtures = join(root, "scripts/check-package/fixtures");
const tsc = join(root, "node_modules/typescript/bin/tsc");
const attw = join(root, "node_modules/@arethetypeswrong/cli/dist/index.js");

// Issue 15's bundle limits (host + dependencies, minified + gzipped). Overtime: the issue's goal, 18 kB (measured
// 15,989 B on 2026-12-02). Rights: the issue asks ≤ 15 kB, not met (27,860 B: the rule looks the four shipped
// profiles up by name, so all are reachable); the limit is that figure rounded up to the next kB, a gate
// against growth until hosts can import only the profiles they use.
const OVERTIME_BUNDLE_LIMIT = 18 * 1024;
const RIGHTS_BUNDLE_LIMIT = 28 * 1024;
// The rules need only the first four; `./audit` adds json-canonicalize (RFC 8785) and @noble/hashes (SHA-256),
// the CLI (dist/cli, Node-only) csv-parse and cli-progress. Hosts importing the rules never load the last four.
const ALLOWED_DEPENDENCIES = ["decimal.js", "date-fns", "@date-fns/tz", "zod", "json-canonicalize", "@noble/hashes", "csv-parse", "cli-progress"];
const FORBIDDEN_SCRIPTS = ["preinstall", "install", "postinstall", "prepare"];
// Peers, all optional: fast-check for the ./testing arbitraries, vitest for the ./testing/vitest matchers.
const OPTIONAL_PEERS = ["fast-check", "vitest"];
const ENTRY_POINTS = [".", "./terms", "./privacy", "./testing", "./testing/vitest"] as const;
/** dist file (without extension) of each entry point. */
const ENTRY_FILES: Record<(typeof ENTRY_POINTS)[number], string> = {
  ".": "dist/index",
  "./terms": "dist/terms/index",
  "./privacy": "dist/privacy/index",
  "./testing": "dist/testing/index",
  "./testing/vitest": "dist/testing/vitest",
};
const TZ = "Asia/Kolkata";
const RESOLUTIONS = ["node10", "node16-cjs", "node16-esm", "bundler"] as const;

// ── small helpers ────────────────────────────────────────────────────────────

type Status = "PASS" | "FAIL" | "SKIP";
interface GateRow {
  gate: string;
  status: Status;
  detail: string;
  seconds: number;
}
const rows: GateRow[] = [];
const keep = process.env.CHECK_PACKAGE_KEEP === "1";
const temps: string[] = [];

class GateFailure extends Error {}
/** Fails the current gate with a message (caught by {@link gate}). */
function fail(message: string): never {
  throw new GateFailure(message);
}
function assert(condition: unknown, message: string): asserts condition {
  if (!condition) fail(message);
}

/** Runs one gate; returns its status. A thrown error fails the gate, never the script. */
async function gate(name: string, body: () => Promise<{ status?: Status; detail: string }>): Promise<Status> {
  console.log(`\n── ${name} ${"─".repeat(Math.max(0, 76 - name.length))}`);
  const start = performance.now();
  let status: Status;
  let detail: string;
  try {
    const r = await body();
    status = r.status ?? "PASS";
    detail = r.detail;
  } catch (e) {
    status = "FAIL";
    detail = e instanceof Error ? e.message : String(e);
    console.log(`FAIL: ${detail}`);
  }
  const seconds = (performance.now() - start) / 1000;
  rows.push({ gate: name, status, detail: detail.split("\n")[0] ?? "", seconds });
  console.log(`→ ${status} (${seconds.toFixed(1)} s)`);
  return status;
}
function notRun(name: string, reason: string): void {
  rows.push({ gate: name, status: "FAIL", detail: `not run: ${reason}`, seconds: 0 });
}

interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
}
/** Runs a command to completion, capturing its output (npm's config warnings are dropped from stderr). */
function run(cmd: string, args: string[], cwd: string): RunResult {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
  if (r.error) fail(`cannot run ${cmd}: ${r.error.message}`);
  const stderr = (r.stderr ?? "")
    .split("\n")
    .filter((l) => !/^npm warn Unknown (user|env) config/.test(l))
    .join("\n");
  return { status: r.status ?? 1, stdout: r.stdout ?? "", stderr };
}
/** Like {@link run}, but a non-zero exit fails the gate with the output's tail. */
function runOk(cmd: string, args: string[], cwd: string): RunResult {
  const r = run(cmd, args, cwd);
  if (r.status !== 0) {
    const tail = `${r.stdout}\n${r.stderr}`.trim().split("\n").slice(-30).join("\n");
    fail(`\`${cmd} ${args.join(" ")}\` exited ${r.status}\n${tail}`);
  }
  return r;
}
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}
const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;
const size = (bytes: number): string => `${bytes.toLocaleString("en-US")} B (${kB(bytes)})`;
/** Prints rows as an aligned text table. */
function table(header: string[], body: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  console.log(line(header));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const r of body) console.log(line(r));
}

// ── 1. build + pack ──────────────────────────────────────────────────────────

let tarball: string | undefined;
const packDir = tempDir("relument-pack-");

await gate("1. build + pack", async () => {
  const buildStart = performance.now();
  // No --ignore-scripts: `prepack` builds (rm -rf dist && tsup), as on a fresh clone. Its output precedes the JSON.
  const out = runOk("npm", ["pack", "--pack-destination", packDir, "--json"], root);
  console.log(`npm pack (prepack: npm run build): ok (${((performance.now() - buildStart) / 1000).toFixed(1)} s)`);
  const jsonStart = out.stdout.search(/^\[\s*$/m);
  assert(jsonStart >= 0, `npm pack printed no JSON:\n${out.stdout.slice(-2000)}`);
  const [info] = JSON.parse(out.stdout.slice(jsonStart)) as { filename: string; size: number; unpackedSize: number; files: { path: string }[] }[];
  assert(info, "npm pack printed no result");
  tarball = join(packDir, info.filename);
  assert(existsSync(tarball), `npm pack did not write ${tarball}`);
  const files = info.files.map((f) => f.path);
  const byTop = new Map<string, number>();
  for (const f of files) {
    const top = f.includes("/") ? `${f.split("/")[0]}/` : f;
    byTop.set(top, (byTop.get(top) ?? 0) + 1);
  }
  console.log(`tarball: ${info.filename}`);
  console.log(`  packed ${size(info.size)}, unpacked ${size(info.unpackedSize)}, ${files.length} files`);
  console.log(`  files by top-level path: ${[...byTop].map(([k, n]) => `${k} ${n}`).join(", ")}`);

  const required = [
    "package.json",
    "README.md",
    "LICENSE",
    "docs/policies/README.md",
    "schemas/overtimeCharge.input.schema.json",
    "schemas/privacy-profile.schema.json",
    "dist/cli/index.js",
    "dist/cli/worker.js",
    // Per-module declarations with maps, and the source they map to.
    "dist/core/errors.d.ts",
    "dist/core/errors.d.ts.map",
    "dist/core/errors.d.cts",
    "dist/core/errors.d.cts.map",
    "src/core/errors.ts",
  ];
  for (const e of ENTRY_POINTS) {
    const f = ENTRY_FILES[e];
    required.push(`${f}.js`, `${f}.cjs`, `${f}.d.ts`, `${f}.d.cts`, `${f}.d.ts.map`, `${f}.d.cts.map`);
    if (e !== ".") required.push(`${e.slice(2)}/package.json`);
  }
  const missing = required.filter((f) => !files.includes(f));
  assert(missing.length === 0, `the tarball lacks ${missing.join(", ")}`);
  const stray = files.filter(
    (f) => /^(test|bench|coverage|node_modules|handbook|scripts|src\/cli)\//.test(f) || /\.test(-d)?\./.test(f) || (/\.map$/.test(f) && !/\.d\.c?ts\.map$/.test(f)),
  );
  assert(stray.length === 0, `the tarball ships files users do not need: ${stray.slice(0, 10).join(", ")}`);
  // Declarations are per module (go-to-definition lands in the right file), not rolled into hash-named chunks.
  // (tsup's chunk names end in an 8-character hash with an upper-case letter or a digit, e.g. calendar-D-plmvTM.d.ts;
  // module names are lower-case kebab words.)
  const rolled = files.filter((f) => /-(?=[\w-]*[A-Z0-9])[\w-]{8}\.d\.c?ts$/.test(f.split("/").pop() ?? f));
  assert(rolled.length === 0, `hash-named declaration chunks: ${rolled.slice(0, 5).join(", ")}`);
  const declarations = files.filter((f) => /\.d\.ts$/.test(f)).length;
  console.log(`  declarations: ${declarations} .d.ts (+ .d.cts twins), each with a declaration map; ${files.filter((f) => f.startsWith("src/")).length} source files for the maps`);
  return { detail: `${info.filename}: ${kB(info.size)} packed, ${kB(info.unpackedSize)} unpacked, ${files.length} files` };
});

if (!tarball) {
  for (const g of ["2. publint", "3. attw", "4. smoke test", "4b. CLI", "5. bundle budget", "6. npm audit", "7. runtime deps & install scripts", "8. runtimes"])
    notRun(g, "no tarball");
  finish();
}
const tgz = tarball as string;

// ── 2. publint ───────────────────────────────────────────────────────────────

await gate("2. publint (strict, on the tarball)", async () => {
  const bytes = readFileSync(tgz);
  const { messages, pkg } = await publint({ pack: { tarball: new Uint8Array(bytes).buffer }, strict: true, level: "suggestion" });
  const count = (t: string) => messages.filter((m) => m.type === t).length;
  for (const m of messages) console.log(`  ${m.type}: ${formatMessage(m, pkg, { color: false }) ?? m.code}`);
  const summary = `${count("error")} errors, ${count("warning")} warnings, ${count("suggestion")} suggestions`;
  console.log(summary);
  assert(messages.length === 0, `publint: ${summary}`);
  return { detail: summary };
});

// ── 3. are the types wrong ───────────────────────────────────────────────────

interface AttwResolution {
  resolutionKind: string;
  isWildcard?: boolean;
  resolution?: { fileName: string; isJson: boolean; isTypeScript: boolean };
  implementationResolution?: { fileName: string };
}
interface AttwProblem {
  kind: string;
  entrypoint?: string;
  resolutionKind?: string;
}
interface AttwJson {
  analysis: {
    types?: unknown;
    entrypoints: Record<string, { subpath: string; isWildcard: boolean; hasTypes: boolean; resolutions: Record<string, AttwResolution> }>;
    problems: AttwProblem[];
  };
}

await gate("3. attw (node10, node16 CJS/ESM, bundler)", async () => {
  const r = run(process.execPath, [attw, tgz, "--format", "json", "--profile", "strict"], root);
  let json: AttwJson;
  try {
    json = JSON.parse(r.stdout) as AttwJson;
  } catch {
    fail(`attw printed no JSON (exit ${r.status}): ${r.stderr.trim().split("\n").slice(-5).join(" / ")}`);
  }
  const { entrypoints, problems } = json.analysis;
  const base = (f: string) => f.replace(/^\/node_modules\/@relument\/policy\//, "");
  const body: string[][] = [];
  const errors: string[] = [];
  for (const [subpath, ep] of Object.entries(entrypoints)) {
    const cells = [subpath];
    for (const kind of RESOLUTIONS) {
      const res = ep.resolutions[kind];
      const problemsHere = problems.filter((p) => p.entrypoint === subpath && (p.resolutionKind ?? kind) === kind).map((p) => p.kind);
      if (!res) {
        cells.push("missing");
        errors.push(`${subpath} has no ${kind} resolution`);
      } else if (res.isWildcard) {
        cells.push("(wildcard: not analysed)");
      } else if (res.resolution?.isJson) {
        cells.push(`ok json ${problemsHere.join(",")}`.trim());
      } else {
        const types = res.resolution?.fileName;
        const impl = res.implementationResolution?.fileName;
        cells.push(types && impl ? `ok ${base(types)} | ${base(impl)}` : `FAIL ${problemsHere.join(",") || "no resolution"}`);
        const wantTypes = kind === "node16-esm" || kind === "bundler" ? /\.d\.ts$/ : /\.d\.cts$/;
        const wantImpl = kind === "node16-esm" || kind === "bundler" ? /\.js$/ : /\.cjs$/;
        if (!types || !res.resolution?.isTypeScript || !wantTypes.test(types)) errors.push(`${subpath} ${kind}: types resolve to ${types ?? "nothing"}`);
        if (!impl || !wantImpl.test(impl)) errors.push(`${subpath} ${kind}: JavaScript resolves to ${impl ?? "nothing"}`);
      }
    }
    body.push(cells);
  }
  table(["entry point", ...RESOLUTIONS], body);
  for (const e of ENTRY_POINTS) if (!entrypoints[e]) errors.push(`attw did not find the entry point ${e}`);
  if (entrypoints["./package.json"] === undefined) errors.push("attw did not find ./package.json");
  for (const p of problems) errors.push(`problem ${p.kind} at ${p.entrypoint ?? "?"} (${p.resolutionKind ?? "all"})`);
  if (r.status !== 0) errors.push(`attw exited ${r.status}`);
  const checked = Object.values(entrypoints).filter((e) => !e.isWildcard).length;
  console.log(`${problems.length} problems; ${checked} entry points analysed × ${RESOLUTIONS.length} resolution modes (wildcards are listed, not analysed)`);
  assert(errors.length === 0, errors.join("\n"));
  return { detail: `0 problems; ${ENTRY_POINTS.join(" ")} + ./package.json green in ${RESOLUTIONS.join(", ")}` };
});

// ── 4. smoke test ────────────────────────────────────────────────────────────

let smokeDir: string | undefined;

await gate("4. smoke test (install tarball; import, require, tsc)", async () => {
  const dir = tempDir("relument-smoke-");
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name: "relument-smoke", version: "0.0.0", private: true }, null, 2)}\n`);
  const t0 = performance.now();
  // --prefer-offline: metadata from npm's cache when present (CI has just run `npm ci`), the registry otherwise.
  runOk("npm", ["install", tgz, "fast-check@4", "--no-audit", "--no-fund", "--ignore-scripts", "--prefer-offline"], dir);
  const installed = ["@relument/policy", ...ALLOWED_DEPENDENCIES, "fast-check"]
    .filter((n) => existsSync(join(dir, "node_modules", n, "package.json")))
    .map((n) => `${n}@${String(readJson(join(dir, "node_modules", n, "package.json")).version)}`);
  const lock = readJson(join(dir, "package-lock.json")) as { packages: Record<string, unknown> };
  console.log(`npm install (${((performance.now() - t0) / 1000).toFixed(1)} s): ${Object.keys(lock.packages).length - 1} packages; ${installed.join(", ")}`);
  smokeDir = dir;

  const errors: string[] = [];
  const tail = (r: RunResult) => `${r.stdout}\n${r.stderr}`.trim().split("\n").slice(-15).join("\n");
  for (const file of ["smoke.mjs", "smoke.cjs"]) {
    copyFileSync(join(fixtures, file), join(dir, file));
    const r = run(process.execPath, [file], dir);
    let report: { kind: string; checks: string[]; failures: string[] } | undefined;
    try {
      report = JSON.parse(r.stdout.trim().split("\n").pop() ?? "") as typeof report;
    } catch {
      report = undefined;
    }
    if (!report) {
      errors.push(`node ${file} crashed (exit ${r.status})`);
      console.log(`node ${file}: crashed (exit ${r.status})\n${tail(r)}`);
      continue;
    }
    console.log(`node ${file} (${report.kind}): ${report.checks.length} checks passed, ${report.failures.length} failed`);
    for (const c of report.checks) console.log(`  ✓ ${c}`);
    for (const f of report.failures) console.log(`  ✗ ${f}`);
    for (const f of report.failures) errors.push(`${file}: ${f}`);
    if (r.status !== 0 && report.failures.length === 0) errors.push(`node ${file} exited ${r.status}`);
  }

  // ./testing/vitest needs vitest (an optional peer, not installed here): resolve it under both conditions.
  const resolved = run(
    process.execPath,
    ["--input-type=module", "-e", 'import { createRequire } from "node:module"; const s = "@relument/policy/testing/vitest"; console.log(import.meta.resolve(s), createRequire(import.meta.url).resolve(s));'],
    dir,
  );
  const [viaImport, viaRequire] = resolved.stdout.trim().split(" ");
  console.log(`./testing/vitest resolves: import → ${viaImport?.replace(/^.*node_modules\//, "") ?? "?"}, require → ${viaRequire?.replace(/^.*node_modules\//, "") ?? "?"}`);
  if (resolved.status !== 0 || !viaImport?.endsWith("dist/testing/vitest.js") || !viaRequire?.endsWith("dist/testing/vitest.cjs"))
    errors.push(`./testing/vitest does not resolve to dist/testing/vitest.js / .cjs: ${resolved.stderr.trim().split("\n").pop() ?? ""}`);

  for (const ext of ["ts", "mts", "cts"]) copyFileSync(join(fixtures, "consumer.ts"), join(dir, `consumer.${ext}`));
  const common = ["--noEmit", "--strict", "--target", "es2022"];
  const compiles: [string, string[]][] = [
    ["nodenext (consumer.mts as ESM, consumer.cts as CJS)", ["--module", "nodenext", "--moduleResolution", "nodenext", "consumer.mts", "consumer.cts"]],
    ["bundler (consumer.ts)", ["--module", "esnext", "--moduleResolution", "bundler", "consumer.ts"]],
    // node10 with `tsc --init`'s defaults (esModuleInterop, skipLibCheck): fast-check 4's own declarations do not
    // resolve pure-rand under node10 and zod's need esModuleInterop. Ours are checked in full by the two compiles
    // above; here the point is that the subpaths resolve to real types (the @ts-expect-error lines need them).
    ["node10 (consumer.ts; esModuleInterop, skipLibCheck)", ["--module", "commonjs", "--moduleResolution", "node10", "--esModuleInterop", "--skipLibCheck", "consumer.ts"]],
  ];
  for (const [label, args] of compiles) {
    const r = run(process.execPath, [tsc, ...common, ...args], dir);
    console.log(`tsc ${label}: ${r.status === 0 ? "ok" : `FAILED\n${tail(r)}`}`);
    if (r.status !== 0) errors.push(`tsc ${label} failed`);
  }
  assert(errors.length === 0, errors.join("\n"));
  return { detail: `import + require of ., ./terms, ./privacy, ./testing, package.json, schemas; ./testing/vitest resolves; tsc nodenext/bundler/node10 ok` };
});

// ── 4b. the CLI from the tarball ─────────────────────────────────────────────

await gate("4b. CLI (npx relument-policy audit, from the tarball)", async () => {
  const dir = smokeDir;
  assert(dir, "not run: the smoke test did not install the tarball");
  copyFileSync(join(root, "examples/audit/invoices.jsonl"), join(dir, "invoices.jsonl"));
  const npx = (args: string[]) => run("npx", ["--no", "relument-policy", ...args], dir);
  const r = npx(["audit", "invoices.jsonl", "--format", "json"]);
  const why = (x: RunResult) => x.stderr.trim().split("\n").slice(-3).join(" / ");
  assert(r.status === 1, `npx relument-policy audit invoices.jsonl exited ${r.status}, expected 1 (the example holds wrong invoices on purpose): ${why(r)}`);
  let report: { summary: { cases: number; agreed: number; disagreed: number; invalid: number; byRule: Record<string, { cases: number }> }; rows: unknown[] };
  try {
    report = JSON.parse(r.stdout) as typeof report;
  } catch {
    fail(`the audit printed no JSON report: ${r.stdout.slice(0, 200)}`);
  }
  const s = report.summary;
  const lines = readFileSync(join(dir, "invoices.jsonl"), "utf8").split(/\r?\n/).filter((l) => l.trim() !== "").length;
  const counts = `${s.cases} cases = ${s.agreed} agreed + ${s.disagreed} disagreed + ${s.invalid} invalid`;
  console.log(`npx relument-policy audit invoices.jsonl: exit ${r.status}; ${counts}; ${lines} non-blank lines; ${report.rows.length} rows reported`);
  assert(s.cases === s.agreed + s.disagreed + s.invalid, `the counts do not add up: ${counts}`);
  assert(s.cases === lines, `${s.cases} cases for ${lines} non-blank lines`);
  assert(report.rows.length === s.disagreed + s.invalid, `${report.rows.length} rows for ${s.disagreed + s.invalid} cases that are not agreed`);
  assert(Object.values(s.byRule).reduce((n, x) => n + x.cases, 0) === s.agreed + s.disagreed, "byRule does not count every valid case");
  assert(s.disagreed > 0 && s.invalid > 0, "the example should have disagreements and an invalid line");
  const r2 = npx(["audit", "invoices.jsonl", "--format", "json", "--jobs", "2"]);
  assert(r2.status === 1 && r2.stdout === r.stdout, `--jobs 2 (worker threads) exited ${r2.status} or gave another report: ${why(r2)}`);
  const u = npx(["audit", "invoices.jsonl", "--format", "pdf"]);
  const stderrLines = u.stderr.trim().split("\n").filter((l) => l.trim() !== "" && !/^npm warn/i.test(l));
  assert(u.status === 2 && stderrLines.length === 1, `a usage error exited ${u.status} with ${stderrLines.length} lines on stderr (expected 2, one line)`);
  return { detail: `exit 1; ${counts}; --jobs 2 same report; usage error exit 2` };
});

// ── 5. bundle budget ─────────────────────────────────────────────────────────

interface Bundle {
  minified: number;
  gzipped: number;
  code: Uint8Array;
  metafile: Metafile;
}
/** Minifies one ESM entry (a file path or source text resolved from `resolveDir`) and gzips it. */
async function bundle(entry: { file: string } | { contents: string }, resolveDir: string, externalDeps: boolean): Promise<Bundle> {
  const result = await build({
    ...("file" in entry ? { entryPoints: [entry.file] } : { stdin: { contents: entry.contents, resolveDir, loader: "js" as const } }),
    absWorkingDir: resolveDir,
    bundle: true,
    minify: true,
    treeShaking: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    ...(externalDeps ? { packages: "external" as const } : {}),
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const out = result.outputFiles[0];
  assert(out, "esbuild produced no output");
  return { minified: out.contents.length, gzipped: gzipSync(out.contents).length, code: out.contents, metafile: result.metafile };
}
/** Minified bytes per npm package in a bundle (gzip is not additive, so the split is pre-gzip). */
function perPackage(metafile: Metafile): string {
  const totals = new Map<string, number>();
  for (const output of Object.values(metafile.outputs))
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
      const name = m?.[1] ?? "(host)";
      totals.set(name, (totals.get(name) ?? 0) + bytesInOutput);
    }
  return [...totals]
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([name, n]) => `${name} ${kB(n)}`)
    .join(", ");
}

await gate("5. bundle budget (esbuild minify + gzip)", async () => {
  const dir = smokeDir;
  assert(dir, "not run: the smoke test did not install the tarball");
  const pkgDist = join(dir, "node_modules/@relument/policy/dist");
  const body: string[][] = [];
  const add = (label: string, b: Bundle, note: string) => body.push([label, size(b.minified), size(b.gzipped), note]);

  // (a) the library alone: every export of the entry point kept, all dependencies external.
  for (const [label, file] of [
    [". (dist/index.js, everything)", "index.js"],
    ["./terms", "terms/index.js"],
    ["./privacy", "privacy/index.js"],
    ["./testing", "testing/index.js"],
    ["./testing/vitest", "testing/vitest.js"],
  ] as const)
    add(`library ${label}`, await bundle({ file: join(pkgDist, file) }, dir, true), "deps external");

  // (b) the limits: hosts that import one rule from the package root, dependencies included.
  const host = await bundle({ contents: `export { overtimeCharge } from "@relument/policy";` }, dir, false);
  add("host: { overtimeCharge } from root", host, `OVERTIME_BUNDLE_LIMIT ${kB(OVERTIME_BUNDLE_LIMIT)}`);
  const rightsHost = await bundle({ contents: `export { rightsRequestDeadlines } from "@relument/policy";` }, dir, false);
  add("host: { rightsRequestDeadlines } from root", rightsHost, `RIGHTS_BUNDLE_LIMIT ${kB(RIGHTS_BUNDLE_LIMIT)}`);
  // The measured bundles must still work (tree shaking must not have dropped what the rules need).
  const hostFile = join(dir, "host-bundle.mjs");
  writeFileSync(hostFile, host.code);
  const { overtimeCharge } = (await import(pathToFileURL(hostFile).href)) as {
    overtimeCharge: (i: { mode: string; minutes: number }) => { fee: { amount: string } };
  };
  assert(overtimeCharge({ mode: "onsite", minutes: 121 }).fee.amount === "90.00", "the bundled overtimeCharge does not compute $90.00");
  const rightsFile = join(dir, "rights-bundle.mjs");
  writeFileSync(rightsFile, rightsHost.code);
  type Rights = (i: { right: string; receivedOn: string }) => unknown;
  const bundled = ((await import(pathToFileURL(rightsFile).href)) as { rightsRequestDeadlines: Rights }).rightsRequestDeadlines;
  const installed = (createRequire(join(dir, "package.json"))("@relument/policy") as { rightsRequestDeadlines: Rights }).rightsRequestDeadlines;
  const request = { right: "delete", receivedOn: "2026-11-25" };
  assert(
    JSON.stringify(bundled(request)) === JSON.stringify(installed(request)),
    "the bundled rightsRequestDeadlines (default profile) gives another decision than the installed package",
  );

  // Context: the dependencies alone.
  add("context: decimal.js (the Decimal class)", await bundle({ contents: `export { default } from "decimal.js";` }, dir, false), "");
  add(
    "context: zod/mini (strictObject + safeParse)",
    await bundle({ contents: `import * as z from "zod/mini"; export const s = z.strictObject({ a: z.string(), n: z.number() }); export const p = (v) => z.safeParse(s, v);` }, dir, false),
    "",
  );
  add("context: zod/mini (whole namespace)", await bundle({ contents: `export * as z from "zod/mini";` }, dir, false), "");
  add(
    "context: classic zod (z.object + safeParse)",
    await bundle({ contents: `import { z } from "zod"; export const s = z.strictObject({ a: z.string(), n: z.number() }); export const p = (v) => s.safeParse(v);` }, dir, false),
    "",
  );
  add("context: classic zod (whole namespace)", await bundle({ contents: `export * as z from "zod";` }, dir, false), "");

  table(["bundle", "minified", "min + gzip", "note"], body);
  console.log(`host overtimeCharge, minified bytes by package: ${perPackage(host.metafile)}`);
  console.log(`host rightsRequestDeadlines, minified bytes by package: ${perPackage(rightsHost.metafile)}`);
  const overtimeVerdict = `overtimeCharge host ${size(host.gzipped)} gzipped, OVERTIME_BUNDLE_LIMIT ${size(OVERTIME_BUNDLE_LIMIT)}`;
  const rightsVerdict = `rightsRequestDeadlines host ${size(rightsHost.gzipped)} gzipped, RIGHTS_BUNDLE_LIMIT ${size(RIGHTS_BUNDLE_LIMIT)}`;
  console.log(`${overtimeVerdict}\n${rightsVerdict}`);
  const over = [host.gzipped > OVERTIME_BUNDLE_LIMIT && overtimeVerdict, rightsHost.gzipped > RIGHTS_BUNDLE_LIMIT && rightsVerdict].filter(Boolean);
  assert(over.length === 0, `over the limit: ${over.join("; ")}`);
  return {
    detail: `overtimeCharge ${kB(host.gzipped)} ≤ ${kB(OVERTIME_BUNDLE_LIMIT)}, rightsRequestDeadlines ${kB(rightsHost.gzipped)} ≤ ${kB(RIGHTS_BUNDLE_LIMIT)} (hosts, deps included)`,
  };
});

// ── 6. npm audit ─────────────────────────────────────────────────────────────

await gate("6. npm audit --omit=dev", async () => {
  const r = run("npm", ["audit", "--omit=dev", "--json"], root);
  let report: { metadata?: { vulnerabilities?: Record<string, number> }; message?: string; error?: { summary?: string } };
  try {
    report = JSON.parse(r.stdout || "{}") as typeof report;
  } catch {
    report = {};
  }
  const v = report.metadata?.vulnerabilities;
  if (!v) {
    const why = report.message ?? (r.stderr.trim().split("\n").find((l) => /error/i.test(l)) || `npm audit exited ${r.status} without a report`);
    const message = `audit endpoint unreachable, no audit was done: ${why}`;
    if (process.env.CHECK_PACKAGE_ALLOW_NO_AUDIT === "1") {
      console.log(`${message}\nCHECK_PACKAGE_ALLOW_NO_AUDIT=1: marked SKIP, not PASS.`);
      return { status: "SKIP", detail: `unreachable (${why})` };
    }
    fail(`${message} (set CHECK_PACKAGE_ALLOW_NO_AUDIT=1 to mark this gate SKIP where the registry has no audit API)`);
  }
  const counts = ["info", "low", "moderate", "high", "critical"].map((k) => `${k} ${v[k] ?? 0}`).join(", ");
  console.log(`runtime vulnerabilities: ${counts}`);
  const bad = (v.high ?? 0) + (v.critical ?? 0);
  assert(bad === 0, `npm audit: ${bad} high/critical (${counts})`);
  return { detail: counts };
});

// ── 7. runtime dependencies and install scripts ──────────────────────────────

await gate("7. runtime deps & install scripts", async () => {
  // The package.json users receive: the one installed from the tarball (the repo's if the smoke test did not run).
  const published = smokeDir ? join(smokeDir, "node_modules/@relument/policy/package.json") : join(root, "package.json");
  const pkg = readJson(published) as {
    dependencies?: Record<string, string>;
    optionalDependencies?: Record<string, string>;
    bundleDependencies?: unknown;
    bundledDependencies?: unknown;
    peerDependencies?: Record<string, string>;
    peerDependenciesMeta?: Record<string, { optional?: boolean }>;
    scripts?: Record<string, string>;
  };
  const errors: string[] = [];
  const deps = Object.keys(pkg.dependencies ?? {});
  const extra = deps.filter((d) => !ALLOWED_DEPENDENCIES.includes(d));
  if (extra.length) errors.push(`dependencies beyond the allowed ones: ${extra.join(", ")}`);
  if (Object.keys(pkg.optionalDependencies ?? {}).length) errors.push("optionalDependencies must be empty");
  if (pkg.bundleDependencies ?? pkg.bundledDependencies) errors.push("bundleDependencies must be absent");
  for (const peer of Object.keys(pkg.peerDependencies ?? {}))
    if (!OPTIONAL_PEERS.includes(peer) || pkg.peerDependenciesMeta?.[peer]?.optional !== true)
      errors.push(`peer dependency ${peer} is not one of the optional ${OPTIONAL_PEERS.join(", ")}`);
  const scripts = FORBIDDEN_SCRIPTS.filter((s) => pkg.scripts?.[s] !== undefined);
  if (scripts.length) errors.push(`lifecycle scripts that run on install: ${scripts.join(", ")}`);
  console.log(`dependencies: ${deps.map((d) => `${d} ${pkg.dependencies?.[d]}`).join(", ")} (allowed: ${ALLOWED_DEPENDENCIES.join(", ")})`);
  console.log(`install-time scripts (${FORBIDDEN_SCRIPTS.join("/")}): ${scripts.length ? scripts.join(", ") : "none"}`);

  // package-lock.json: the runtime tree is every entry not marked dev.
  const lock = readJson(join(root, "package-lock.json")) as { packages: Record<string, { version?: string; dev?: boolean; hasInstallScript?: boolean }> };
  const runtime = Object.entries(lock.packages).filter(([path, p]) => path !== "" && !p.dev);
  console.log(`runtime tree in package-lock.json: ${runtime.length} packages: ${runtime.map(([p, e]) => `${p.replace(/^.*node_modules\//, "")}@${e.version}`).join(", ")}`);
  for (const [path, p] of runtime) if (p.hasInstallScript) errors.push(`${path} has an install script (package-lock.json)`);
  if (smokeDir) {
    const smokeLock = readJson(join(smokeDir, "package-lock.json")) as typeof lock;
    const withScripts = Object.entries(smokeLock.packages).filter(([, p]) => p.hasInstallScript);
    console.log(`smoke project lock: ${Object.keys(smokeLock.packages).length - 1} packages, ${withScripts.length} with install scripts`);
    for (const [path] of withScripts) errors.push(`${path} has an install script (as installed by a user)`);
  }
  assert(errors.length === 0, errors.join("\n"));
  return { detail: `deps: ${deps.join(", ")}; ${runtime.length} runtime packages, none with install scripts; no install-time lifecycle scripts` };
});

// ── 8. runtimes ──────────────────────────────────────────────────────────────

await gate("8. runtimes (Node ESM/CJS, Bun, Deno, Chromium; TZ=Asia/Kolkata)", async () => {
  const dir = smokeDir;
  assert(dir, "not run: the smoke test did not install the tarball");
  const scenario = readFileSync(join(root, "scripts/check-package/runtime-scenario.mjs"), "utf8");
  const importLine = 'import * as policy from "@relument/policy";';
  assert(scenario.split("\n").filter((l) => l === importLine).length === 1, `runtime-scenario.mjs must hold the line ${importLine} exactly once`);
  writeFileSync(join(dir, "runtime-scenario.mjs"), scenario);
  writeFileSync(join(dir, "runtime-scenario.cjs"), scenario.replace(importLine, 'const policy = require("@relument/policy");'));

  const env = { ...process.env, TZ, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1", DENO_NO_PROMPT: "1" };
  const bin = (name: string) => join(root, "node_modules/.bin", name);
  const exec = (cmd: string, args: string[]): RunResult => {
    const r = spawnSync(cmd, args, { cwd: dir, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
    if (r.error) return { status: 1, stdout: "", stderr: r.error.message };
    return { status: r.status ?? 1, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
  };
  const version = (cmd: string, args: string[]) => exec(cmd, args).stdout.trim().split("\n")[0] ?? "?";
  interface Outcome {
    runtime: string;
    version: string;
    output?: string;
    error?: string;
  }
  const outcomes: Outcome[] = [];
  const fromProcess = (runtime: string, v: string, r: RunResult) =>
    outcomes.push(
      r.status === 0
        ? { runtime, version: v, output: r.stdout }
        : { runtime, version: v, error: `exit ${r.status}: ${`${r.stderr}\n${r.stdout}`.trim().split("\n").slice(-5).join(" / ")}` },
    );

  fromProcess("node (ESM, import)", process.version, exec(process.execPath, ["runtime-scenario.mjs"]));
  fromProcess("node (CJS, require)", process.version, exec(process.execPath, ["runtime-scenario.cjs"]));
  // Bun and Deno from their npm packages (devDependencies of this repo), run inside the project where the
  // tarball is installed. Deno reads that project's package.json and node_modules (manual mode), offline.
  fromProcess("bun", `bun ${version(bin("bun"), ["--version"])}`, exec(bin("bun"), ["runtime-scenario.mjs"]));
  fromProcess(
    "deno",
    version(bin("deno"), ["--version"]),
    exec(bin("deno"), ["run", "--allow-read", "--allow-env", "--node-modules-dir=manual", "--no-lock", "--cached-only", "runtime-scenario.mjs"]),
  );

  // Headless Chromium: an esbuild browser bundle of the scenario (from the installed package), its console output.
  const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  try {
    const bundled = await build({
      entryPoints: [join(dir, "runtime-scenario.mjs")],
      absWorkingDir: dir,
      bundle: true,
      format: "iife",
      platform: "browser",
      target: "es2022",
      write: false,
      logLevel: "silent",
    });
    const code = bundled.outputFiles[0]?.text;
    assert(code, "esbuild produced no browser bundle");
    const { chromium } = createRequire(join(root, "package.json"))("playwright-core") as typeof import("playwright-core");
    const browser = await chromium.launch({ executablePath: chromiumPath, env: { ...env } as Record<string, string> });
    try {
      const context = await browser.newContext({ timezoneId: TZ });
      const page = await context.newPage();
      const logs: string[] = [];
      const errors: string[] = [];
      page.on("console", (m) => logs.push(`${m.type()}: ${m.text()}`));
      page.on("pageerror", (e) => errors.push(String(e)));
      await page.goto("about:blank");
      await page.addScriptTag({ content: code });
      const v = browser.version();
      if (errors.length || logs.length !== 1 || !logs[0]?.startsWith("log: "))
        outcomes.push({ runtime: "chromium (esbuild bundle)", version: v, error: `page errors ${errors.join(" / ") || "none"}; ${logs.length} console messages` });
      else outcomes.push({ runtime: "chromium (esbuild bundle)", version: `chromium ${v}, bundle ${kB(code.length)}`, output: `${logs[0].slice(5)}\n` });
    } finally {
      await browser.close();
    }
  } catch (e) {
    outcomes.push({ runtime: "chromium (esbuild bundle)", version: chromiumPath, error: e instanceof Error ? e.message.split("\n")[0] ?? "" : String(e) });
  }

  const hash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 16);
  table(
    ["runtime", "version", "bytes", "sha256 (first 16)", "result"],
    outcomes.map((o) => [o.runtime, o.version, o.output === undefined ? "-" : String(Buffer.byteLength(o.output)), o.output === undefined ? "-" : hash(o.output), o.error ?? "ok"]),
  );
  const errors = outcomes.filter((o) => o.error).map((o) => `${o.runtime}: ${o.error}`);
  const reference = outcomes.find((o) => o.output !== undefined)?.output;
  if (reference !== undefined) {
    for (const o of outcomes) if (o.output !== undefined && o.output !== reference) errors.push(`${o.runtime} printed another output than ${outcomes[0]?.runtime}`);
    const parsed = JSON.parse(reference) as { hostUtcOffsetMinutes: number; errorClass: { name: string }; cases: Record<string, { threw?: { name: string; constructor: string } }> };
    if (parsed.hostUtcOffsetMinutes !== 330) errors.push(`the scenario saw UTC offset ${parsed.hostUtcOffsetMinutes} min, not +330 (TZ=${TZ} not applied)`);
    if (parsed.errorClass.name !== "PolicyInputError") errors.push(`PolicyInputError.name is ${parsed.errorClass.name}`);
    for (const [name, c] of Object.entries(parsed.cases))
      if (c.threw && (c.threw.name !== "PolicyInputError" || c.threw.constructor !== "PolicyInputError")) errors.push(`${name}: threw ${c.threw.name} (constructor ${c.threw.constructor})`);
    if (keep) writeFileSync(join(dir, "runtime-output.json"), reference);
  }
  assert(errors.length === 0, errors.join("\n"));
  return { detail: `${outcomes.length} runtimes byte-identical (${Buffer.byteLength(reference ?? "")} B, sha256 ${hash(reference ?? "")}), TZ=${TZ}` };
});

finish();

// ── summary ──────────────────────────────────────────────────────────────────

function finish(): never {
  if (keep) console.log(`\nkept temporary directories: ${temps.join(" ")}`);
  else for (const d of temps) rmSync(d, { recursive: true, force: true });
  console.log("\n── summary " + "─".repeat(69));
  table(
    ["gate", "result", "time", "detail"],
    rows.map((r) => [r.gate, r.status, `${r.seconds.toFixed(1)} s`, r.detail]),
  );
  const failed = rows.filter((r) => r.status === "FAIL").length;
  const total = rows.reduce((s, r) => s + r.seconds, 0);
  console.log(`\ncheck:package ${failed ? `FAILED (${failed} gate${failed > 1 ? "s" : ""})` : "passed"} in ${total.toFixed(1)} s`);
  process.exit(failed ? 1 : 0);
}
