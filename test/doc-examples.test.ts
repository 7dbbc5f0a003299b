/**
 * The `@example`s of the documented modules run: each block is executed with
 * the package's exports in scope, and every `expression; //=> value` line
 * must give that value (compared as JSON; a trailing "(…)" remark after the
 * value is a comment). Blocks that only show a call without `//=>` still run.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";

/** Source files whose examples are executed. */
const FILES = ["src/editions/edition.ts", "src/editions/define.ts", "src/editions/edition-for.ts", "src/json-schema.ts", "src/core/errors.ts"];

interface Example {
  readonly file: string;
  readonly code: string[];
}

function examplesOf(file: string): Example[] {
  const text = readFileSync(new URL(`../${file}`, import.meta.url), "utf8");
  const out: Example[] = [];
  const re = /@example\s*\n\s*\*\s*```ts\n([\s\S]*?)\n\s*\*\s*```/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ file, code: (m[1] as string).split("\n").map((l) => l.replace(/^\s*\* ?/, "")) });
  return out;
}

/** The JS value of an expected result: `"45.00"`, `[…]`, `{ … }`, `true`, … (a trailing parenthesised remark is dropped). */
function expected(text: string): unknown {
  const value = text.replace(/\s+\([^()]*\)\s*$/, "").trim();
  return new Function(`return (${value});`)();
}

const examples = FILES.flatMap(examplesOf);

describe("JSDoc @examples run and give what they show", () => {
  it("finds the examples", () => expect(examples.length).toBeGreaterThanOrEqual(8));

  it.each(examples.map((e, i) => [`${e.file} #${i}`, e] as const))("%s", (_, ex) => {
    const scope = Object.keys(api).filter((k) => k !== "default");
    const body: string[] = [];
    const checks: { expr: string; want: unknown }[] = [];
    for (const line of ex.code) {
      const m = /^(.*?);?\s*\/\/=>\s*(.+)$/.exec(line);
      if (!m) {
        body.push(line);
        continue;
      }
      const expr = (m[1] as string).trim();
      if (/^\/\/|^try|^\}/.test(expr) || expr === "") {
        body.push(line.replace(/\/\/=>.*$/, ""));
        continue;
      }
      checks.push({ expr, want: expected(m[2] as string) });
      body.push(`__results.push(${expr});`);
    }
    const results: unknown[] = [];
    new Function("__api", "__results", `const { ${scope.join(", ")} } = __api;\n${body.join("\n")}`)(api, results);
    expect(results.map((r) => JSON.parse(JSON.stringify(r)))).toEqual(checks.map((c) => c.want));
  });
});
