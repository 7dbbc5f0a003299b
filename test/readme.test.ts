/**
 * Issue 17: every claim the README and the CHANGELOG show as code is executed.
 *
 * Each ```ts block of README.md and CHANGELOG.md runs with its
 * `@relument/policy…` imports bound to the sources (`src/…`); every line
 * `expression; //=> value` must give that value (deep equal after a JSON round
 * trip, so `Money` objects compare by their fields). The value may continue on
 * the next comment lines (`//    …`) and may end with a parenthesised remark
 * (`//=> 23 (the spring-forward night has 23 hours)`). A block must reach every
 * `//=>` it shows (one inside a branch that never runs fails too). Blocks
 * without `//=>` are compiled (a syntax error fails), not run.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { transformSync } from "esbuild";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { inputJsonSchemas } from "../src/json-schema.js";
import { END, inputRows, START } from "../scripts/readme-inputs.js";

export interface Block {
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly code: string;
}

/** The ```ts (or ```typescript) blocks of a Markdown text. */
export function tsBlocks(file: string, markdown: string): Block[] {
  const out: Block[] = [];
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!/^```(ts|typescript)\s*$/.test(lines[i]!)) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
    out.push({ file, line: start + 1, code: body.join("\n") });
  }
  return out;
}

interface Check {
  readonly line: string;
  readonly expr: string;
  readonly want: unknown;
}

interface Prepared {
  readonly imports: { readonly names: [string, string][]; readonly from: string }[];
  readonly body: string;
  readonly checks: Check[];
}

/** The JS value of an expected result (a trailing parenthesised remark is dropped). */
function expected(text: string): unknown {
  const value = text.replace(/\s+\([^()]*\)\s*$/, "").trim();
  return new Function(`return (${value});`)();
}

/** Splits a block into its imports, its statements (each `//=>` line turned into a recorded check) and its checks. */
export function prepare(code: string): Prepared {
  const imports: Prepared["imports"] = [];
  const source = code.replace(/^import\s+(type\s+)?\{([^}]*)\}\s+from\s+"([^"]+)";?[^\n]*$/gm, (_, type: string | undefined, names: string, from: string) => {
    if (!type)
      imports.push({
        from,
        names: names
          .split(",")
          .map((n) => n.trim())
          .filter((n) => n && !n.startsWith("type "))
          .map((n) => {
            const [a, b] = n.split(/\s+as\s+/);
            return [a!.trim(), (b ?? a)!.trim()] as [string, string];
          }),
      });
    return "";
  });
  const lines = source.split("\n");
  const body: string[] = [];
  const checks: Check[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let m = /^(\s*)(.*?);?\s*\/\/=>\s*(.+)$/.exec(line);
    if (!m) {
      body.push(line);
      continue;
    }
    if (m[2]!.trim() === "") {
      // `//=> value` on its own line: the value of the statement on the line before.
      let prev = body.length - 1;
      while (prev >= 0 && body[prev]!.trim() === "") prev--;
      const statement = prev >= 0 ? /^(\s*)(.+?);\s*$/.exec(body[prev]!) : null;
      if (!statement || /^(const|let|var|if|for|while|try|import|export)\b|[{}]$/.test(statement[2]!.trim()))
        throw new Error(`README/CHANGELOG: \`${line.trim()}\` follows no one-line expression statement`);
      body.splice(prev, 1);
      m = Object.assign([line, statement[1]!, statement[2]!, m[3]!], { index: 0, input: line }) as unknown as RegExpExecArray;
    }
    // The expected value may go on over the following `//` comment lines.
    let valueText = m[3]!;
    let want: unknown;
    for (;;) {
      try {
        want = expected(valueText);
        break;
      } catch (e) {
        const next = lines[i + 1];
        if (next === undefined || !/^\s*\/\/(?!=>)/.test(next)) throw new Error(`README/CHANGELOG: cannot read the expected value of \`${line.trim()}\`: ${String(e)}`);
        valueText += `\n${next.replace(/^\s*\/\//, "")}`;
        i++;
        body.push("");
      }
    }
    checks.push({ line: `${m[2]!.trim()} //=> ${m[3]!.trim()}`, expr: m[2]!, want });
    body.push(`${m[1]}__check(${checks.length - 1}, (${m[2]}));`);
  }
  return { imports, body: body.join("\n"), checks };
}

/** Where an import of the package is found in the sources. */
const ENTRY: Record<string, string> = {
  "@relument/policy": "../src/index.ts",
  "@relument/policy/terms": "../src/terms/index.ts",
  "@relument/policy/privacy": "../src/privacy/index.ts",
  "@relument/policy/testing": "../src/testing/index.ts",
  "@relument/policy/audit": "../src/audit/index.ts",
  "@relument/policy/testing/vitest": "../src/testing/vitest.ts",
};

async function load(from: string): Promise<Record<string, unknown>> {
  const path = ENTRY[from] ?? (from.startsWith("@relument/policy/") ? `../src/${from.slice("@relument/policy/".length)}/index.ts` : undefined);
  if (!path) throw new Error(`README/CHANGELOG: an import from ${JSON.stringify(from)}, not from @relument/policy`);
  return (await import(/* @vite-ignore */ path)) as Record<string, unknown>;
}

export interface Outcome {
  readonly results: { line: string; got: unknown; want: unknown }[];
  readonly unreached: string[];
}

/** Runs a block and returns what each `//=>` line gave and which were never reached. */
export async function runBlock(code: string): Promise<Outcome> {
  const { imports, body, checks } = prepare(code);
  const scope: Record<string, unknown> = {};
  for (const imp of imports) {
    const mod = await load(imp.from);
    for (const [name, local] of imp.names) {
      if (!(name in mod)) throw new Error(`README/CHANGELOG: ${imp.from} exports no ${name}`);
      scope[local] = mod[name];
    }
  }
  const js = transformSync(body, { loader: "ts", format: "esm", target: "es2022" }).code;
  const got = new Map<number, unknown>();
  const names = Object.keys(scope);
  new Function(...names, "__check", js)(...names.map((n) => scope[n]), (i: number, v: unknown) => got.set(i, v === undefined ? undefined : JSON.parse(JSON.stringify(v))));
  return {
    results: checks.filter((_, i) => got.has(i)).map((c) => ({ line: c.line, got: got.get(checks.indexOf(c)), want: c.want })),
    unreached: checks.filter((_, i) => !got.has(i)).map((c) => c.line),
  };
}

const blocks = ["README.md", "CHANGELOG.md"].flatMap((f) => tsBlocks(f, readFileSync(new URL(`../${f}`, import.meta.url), "utf8")));
const withResults = blocks.filter((b) => b.code.includes("//=>"));

describe("README and CHANGELOG code runs and gives what it shows", () => {
  it("finds the blocks", () => {
    expect(withResults.filter((b) => b.file === "README.md").length).toBeGreaterThanOrEqual(3);
  });

  it.each(withResults.map((b) => [`${b.file}:${b.line}`, b] as const))("%s", async (_, block) => {
    const outcome = await runBlock(block.code);
    expect(outcome.unreached, "every //=> line must be reached").toEqual([]);
    for (const r of outcome.results) expect(r.got, r.line).toEqual(r.want);
  });

  it.each(blocks.filter((b) => !b.code.includes("//=>")).map((b) => [`${b.file}:${b.line}`, b] as const))("%s compiles", (_, block) => {
    expect(() => transformSync(prepare(block.code).body, { loader: "ts", format: "esm" })).not.toThrow();
  });
});

describe("the README check can fail", () => {
  const header = 'import { overtimeCharge } from "@relument/policy";\n';

  it("a right result passes", async () => {
    const o = await runBlock(`${header}overtimeCharge({ mode: "onsite", minutes: 125 }).fee.amount; //=> "90.00"`);
    expect(o).toEqual({ results: [{ line: expect.any(String), got: "90.00", want: "90.00" }], unreached: [] });
  });

  it("a deliberately wrong //=> is caught", async () => {
    const o = await runBlock(`${header}overtimeCharge({ mode: "onsite", minutes: 125 }).fee.amount; //=> "45.00" (wrong on purpose)`);
    expect(o.results[0]!.got).not.toEqual(o.results[0]!.want);
  });

  it("a multi-line expected value and a partial object are compared whole", async () => {
    const o = await runBlock(`${header}overtimeCharge({ mode: "onsite", minutes: 125 }).fee; //=> { amount: "90.00",\n//    cents: 9000 }`);
    expect(o.results[0]!.got).not.toEqual(o.results[0]!.want); // currency is missing from the expected value
  });

  it("a //=> on its own line checks the statement before it", async () => {
    const o = await runBlock(`${header}overtimeCharge({ mode: "onsite", minutes: 125 }).fee.amount;\n//=> "45.00"`);
    expect(o.results).toHaveLength(1);
    expect(o.results[0]!.got).not.toEqual(o.results[0]!.want);
    await expect(runBlock(`${header}const x = 1;\n//=> 1`)).rejects.toThrow(/follows no one-line expression/);
  });

  it("a //=> that never runs is reported", async () => {
    const o = await runBlock(`${header}if (Number("1") === 2) {\n  overtimeCharge({ mode: "onsite", minutes: 125 }); //=> {}\n}`);
    expect(o.unreached).toHaveLength(1);
  });

  it("an import that is not exported fails", async () => {
    await expect(runBlock('import { noSuchRule } from "@relument/policy";\nnoSuchRule; //=> 1')).rejects.toThrow(/exports no noSuchRule/);
  });
});

describe("README: the inputs of every rule", () => {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const section = readme.slice(readme.indexOf(START), readme.indexOf(END));

  /** The rows of one rule's table: name → [type, default, meaning]. */
  function table(rule: string): Map<string, string[]> {
    const at = section.indexOf(`#### \`${rule}\`\n`);
    if (at < 0) return new Map();
    const rows = new Map<string, string[]>();
    for (const line of section.slice(at).split("\n").slice(4)) {
      if (!line.startsWith("| `")) break;
      const cells = line.slice(2, -2).split(/(?<!\\) \| /);
      rows.set(cells[0]!.replace(/`/g, ""), cells.slice(1));
    }
    return rows;
  }

  it("has the generated section", () => expect(section.length).toBeGreaterThan(1000));

  it.each(Object.entries(inputJsonSchemas()))("%s: every input field with its type and whether it is required", (rule, schema) => {
    const rows = table(rule);
    const want = inputRows(schema);
    expect([...rows.keys()], `README's table of ${rule} (run npx tsx scripts/readme-inputs.ts)`).toEqual(want.map((r) => r.name));
    for (const r of want) {
      const [type, def] = rows.get(r.name)!;
      expect(type, `${rule}.${r.name}`).toBe(r.type);
      expect(def === "required", `${rule}.${r.name} required`).toBe(r.required);
    }
  });

  it("the check can fail: a field missing from a table is seen", () => {
    const want = inputRows(inputJsonSchemas().overtimeCharge).map((r) => r.name);
    expect(want).toContain("graceMinutes");
    expect([...table("overtimeCharge").keys()].filter((n) => n !== "graceMinutes")).not.toEqual(want);
  });
});

describe("README and CHANGELOG code type-checks as a TypeScript user's code would", () => {
  /** Type errors of each block, compiled as its own module with the package imports mapped to the sources. */
  function typeErrors(list: readonly Block[]): string[] {
    const root = fileURLToPath(new URL("..", import.meta.url));
    const files = new Map<string, string>(list.map((b, i) => [`${root}test/__readme_block_${i}.ts`, `${b.code}\nexport {};\n`]));
    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
      types: ["node"],
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      skipLibCheck: true,
      noEmit: true,
      esModuleInterop: true,
      baseUrl: root,
      paths: Object.fromEntries(Object.entries(ENTRY).map(([k, v]) => [k, [v.replace("../", "./")]]).concat([["@relument/policy/*", ["./src/*/index.ts"]]])),
    };
    const host = ts.createCompilerHost(options);
    const read = host.readFile.bind(host);
    const exists = host.fileExists.bind(host);
    const getSource = host.getSourceFile.bind(host);
    host.readFile = (f) => files.get(f) ?? read(f);
    host.fileExists = (f) => files.has(f) || exists(f);
    host.getSourceFile = (f, lang, ...rest) => (files.has(f) ? ts.createSourceFile(f, files.get(f)!, lang) : getSource(f, lang, ...rest));
    const program = ts.createProgram([...files.keys()], options, host);
    const out: string[] = [];
    [...files.keys()].forEach((f, i) => {
      for (const d of ts.getPreEmitDiagnostics(program, program.getSourceFile(f))) {
        const { line } = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : { line: 0 };
        out.push(`${list[i]!.file}:${list[i]!.line + 1 + line}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
      }
    });
    return out;
  }

  it("every ```ts block", { timeout: 180_000 }, () => {
    expect(typeErrors(blocks)).toEqual([]);
  });

  it("the type check can fail", { timeout: 180_000 }, () => {
    const wrong: Block = { file: "wrong.md", line: 1, code: 'import { overtimeCharge } from "@relument/policy";\novertimeCharge({ mode: "boat", minutes: 5 });' };
    expect(typeErrors([wrong]).join("\n")).toMatch(/wrong\.md:3: .*"boat"/);
  });
});
