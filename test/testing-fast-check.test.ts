/**
 * fast-check is an optional peer dependency of `@relument/policy/testing`: without it the
 * entry point still imports, its assertions and matchers work, and the arbitraries throw an
 * error naming fast-check and how to install it (not a bare "Cannot find module").
 * Unit tests of the loader with an injected `require`, then the entry point bundled as ESM
 * and as CommonJS (as tsup builds it) and run by Node in a directory without fast-check and
 * in one with it.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildSync } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { FAST_CHECK_MISSING, fastCheck, loadFastCheck, moduleLoader } from "../src/testing/fast-check.js";

const notFound = (id: string, code = "MODULE_NOT_FOUND") => Object.assign(new Error(`Cannot find module '${id}'\nRequire stack:\n- /app/x.js`), { code });
const throwing = (error: unknown) => () => {
  throw error;
};

describe("loadFastCheck: a missing fast-check is named, with how to install it", () => {
  it("MODULE_NOT_FOUND (require) and ERR_MODULE_NOT_FOUND (import) for fast-check itself", () => {
    for (const code of ["MODULE_NOT_FOUND", "ERR_MODULE_NOT_FOUND"]) {
      const cause = notFound("fast-check", code);
      let thrown: unknown;
      try {
        loadFastCheck(throwing(cause));
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(Error);
      expect((thrown as Error).message).toBe(FAST_CHECK_MISSING);
      expect((thrown as Error).cause).toBe(cause);
    }
    expect(FAST_CHECK_MISSING).toMatch(/^@relument\/policy\/testing needs fast-check \(npm install -D fast-check\) for its arbitraries/);
  });

  it("a runtime's message without a code (Bun, Deno: 'Cannot find package')", () => {
    expect(() => loadFastCheck(throwing(new Error('Cannot find package "fast-check" from "/app/x.js"')))).toThrow(FAST_CHECK_MISSING);
  });

  it("anything else is rethrown unchanged: a module fast-check needs, a broken fast-check, a non-error", () => {
    const nested = notFound("pure-rand");
    expect(() => loadFastCheck(throwing(nested))).toThrow(nested);
    const broken = new SyntaxError("Unexpected token");
    expect(() => loadFastCheck(throwing(broken))).toThrow(broken);
    expect(() => loadFastCheck(throwing(Object.assign(new Error("fast-check"), { code: "EACCES" })))).toThrow("fast-check");
    expect(() => loadFastCheck(throwing("fast-check"))).toThrow();
    for (const odd of [null, { code: "MODULE_NOT_FOUND", message: 42 }]) {
      let thrown: unknown = "nothing";
      try {
        loadFastCheck(throwing(odd));
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBe(odd);
    }
  });

  it("takes the named exports, or the default export's (a bundler's interop), and refuses a module that is not fast-check", () => {
    const named = { integer: () => 1 };
    expect(loadFastCheck(() => named)).toBe(named);
    const wrapped = { default: named };
    expect(loadFastCheck(() => wrapped)).toBe(named);
    expect(() => loadFastCheck(() => ({}))).toThrow(/is not fast-check/);
    expect(() => loadFastCheck(() => ({ default: {} }))).toThrow(/is not fast-check/);
  });

  it("fastCheck() loads the installed fast-check once", () => {
    expect(typeof fastCheck().integer).toBe("function");
    expect(fastCheck()).toBe(fastCheck());
  });
});

describe("moduleLoader: the ESM build loads the copy an ESM host imports, the CJS build its own require's", () => {
  it("with import.meta.resolve: requires the resolved ES module file", () => {
    const calls: string[] = [];
    const load = moduleLoader({ resolve: () => "file:///app/node_modules/fast-check/lib/fast-check.js" }, (id) => (calls.push(id), { id }));
    expect(load("fast-check")).toEqual({ id: fileURLToPath("file:///app/node_modules/fast-check/lib/fast-check.js") });
    expect(calls).toHaveLength(1);
  });

  it("falls back to require(id) when resolving fails, when the URL is not a file, or where require of an ES module is unsupported", () => {
    const req = (id: string) => {
      if (id !== "fast-check") throw Object.assign(new Error("require() of ES Module"), { code: "ERR_REQUIRE_ESM" });
      return "cjs";
    };
    expect(moduleLoader({ resolve: throwing(notFound("fast-check", "ERR_MODULE_NOT_FOUND")) }, req)("fast-check")).toBe("cjs");
    expect(moduleLoader({ resolve: () => "node:fs" }, req)("fast-check")).toBe("cjs");
    expect(moduleLoader({ resolve: () => "file:///app/fc.js" }, req)("fast-check")).toBe("cjs");
    expect(moduleLoader({}, req)("fast-check")).toBe("cjs");
    // Other failures of the resolved module are not hidden.
    const boom = new SyntaxError("bad");
    expect(() => moduleLoader({ resolve: () => "file:///app/fc.js" }, throwing(boom))("fast-check")).toThrow(boom);
  });
});

describe("the testing entry point built as ESM and as CommonJS, run by Node without and with fast-check", () => {
  const dir = mkdtempSync(join(tmpdir(), "relument-testing-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const entry = fileURLToPath(new URL("../src/testing/index.ts", import.meta.url));
  const fastCheckDir = fileURLToPath(new URL("../node_modules/fast-check", import.meta.url));

  // Each host directory has the entry point where a package manager puts it (node_modules/@relument/policy), bundled with
  // everything but fast-check, as tsup bundles the CJS build (external fast-check); the ESM bundle keeps import.meta.
  const hostDir = (withFc: boolean) => {
    const cwd = join(dir, withFc ? "with" : "without");
    const pkg = join(cwd, "node_modules", "@relument", "policy");
    mkdirSync(pkg, { recursive: true });
    for (const format of ["esm", "cjs"] as const)
      buildSync({ entryPoints: [entry], bundle: true, format, platform: "node", target: "node20", external: ["fast-check"], outfile: join(pkg, `testing.${format === "esm" ? "mjs" : "cjs"}`), logLevel: "silent" });
    if (withFc) symlinkSync(fastCheckDir, join(cwd, "node_modules", "fast-check"), "dir");
    return { cwd, pkg };
  };
  const hosts = { with: hostDir(true), without: hostDir(false) };

  const script = (format: "esm" | "cjs", withFc: boolean) => {
    const pkg = hosts[withFc ? "with" : "without"].pkg;
    const imports =
      format === "esm"
        ? `import * as t from ${JSON.stringify(pathToFileURL(join(pkg, "testing.mjs")).href)};${withFc ? ' import fc from "fast-check";' : ""}`
        : `const t = require(${JSON.stringify(join(pkg, "testing.cjs"))});${withFc ? ' const fc = require("fast-check");' : ""}`;
    return `${imports}
const money = { amount: "35.00", cents: 3500, currency: "USD" };
t.expectMoney(money, 35);
const m = t.policyMatchers.toCharge.call({}, money, "35.00");
let arbitraries;
try {
  const sample = ${withFc ? "fc.sample(t.quoteServiceInputArbitrary({ mode: 'remote' }), { numRuns: 5, seed: 1 }).map((i) => i.mode).join(',')" : "t.quoteServiceInputArbitrary()"};
  arbitraries = "ok " + sample${withFc ? " + ' same-copy=' + (t.calendarDateArbitrary() instanceof fc.Arbitrary)" : ""};
} catch (error) {
  arbitraries = error.message;
}
console.log(JSON.stringify({ assertions: "ok", matcher: m.pass, arbitraries }));`;
  };

  const run = (format: "esm" | "cjs", withFc: boolean) => {
    const { cwd } = hosts[withFc ? "with" : "without"];
    const file = join(cwd, `host.${format === "esm" ? "mjs" : "cjs"}`);
    writeFileSync(file, script(format, withFc));
    const env = { ...process.env };
    delete env.NODE_PATH;
    delete env.NODE_OPTIONS;
    return JSON.parse(execFileSync(process.execPath, [file], { cwd, env, encoding: "utf8" })) as { assertions: string; matcher: boolean; arbitraries: string };
  };

  for (const format of ["esm", "cjs"] as const) {
    it(`${format}: without fast-check, assertions and matchers work and an arbitrary names fast-check`, () => {
      expect(run(format, false)).toEqual({ assertions: "ok", matcher: true, arbitraries: FAST_CHECK_MISSING });
    });

    it(`${format}: with fast-check, arbitraries come from the host's own copy of it`, () => {
      // ESM: the copy `import fc from "fast-check"` gets (so fc.configureGlobal reaches the arbitraries); CJS: require's.
      expect(run(format, true)).toEqual({ assertions: "ok", matcher: true, arbitraries: "ok remote,remote,remote,remote,remote same-copy=true" });
    });
  }
});
