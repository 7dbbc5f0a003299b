/**
 * The command line `relument-policy`, run as a child process from source
 * (`node --import tsx src/cli/index.ts`, what `npx tsx src/cli/index.ts`
 * does) for every subcommand: exit codes, outputs, and one-line errors.
 *
 * Counting convention checked here (and documented in `audit --help` and the
 * README): lines are numbered as in the file, blank lines included; blank
 * lines are not cases, so `cases = agreed + disagreed + invalid` = the
 * non-blank lines (JSONL) or the records after the header (CSV).
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluate, hashOf, ruleNames } from "../src/audit/index.js";
import { defineEdition } from "../src/index.js";
import { inputJsonSchemas } from "../src/json-schema.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(root, "src/cli/index.ts");

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with `args`; `input` goes to stdin (stdin is always a pipe, closed after it). */
function cli(args: string[], input?: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", CLI, ...args], { cwd: root, env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input ?? "");
  });
}

const json = <T = Record<string, unknown>>(r: Result): T => JSON.parse(r.stdout) as T;

interface Summary {
  cases: number;
  agreed: number;
  disagreed: number;
  invalid: number;
  byRule: Record<string, { cases: number; disagreed: number }>;
  byClause: Record<string, { disagreed: number; deltaCents: number }>;
}
interface Row {
  line: number;
  id: string | number | null;
  rule: string | null;
  status: string;
  differences: { path: string; billed: unknown; policy: unknown; deltaCents?: number }[];
  citations: string[];
  explanation?: string[];
  error?: string;
}
interface AuditReport {
  source: { file: string; format: string; lines: number; blankLines: number };
  edition: string | null;
  summary: Summary;
  rows: Row[];
}

/** The counts add up: every case is one of agreed/disagreed/invalid, and the report lists every case that is not agreed. */
function expectCountsAddUp(r: AuditReport): void {
  const s = r.summary;
  expect(s.cases).toBe(s.agreed + s.disagreed + s.invalid);
  expect(r.rows.length).toBe(s.disagreed + s.invalid);
  expect(Object.values(s.byRule).reduce((n, x) => n + x.cases, 0)).toBe(s.agreed + s.disagreed);
}

/** A usage error: exit 2, nothing on stdout, ONE line on stderr and no stack trace. */
function expectUsageError(r: Result, message?: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe("");
  const lines = r.stderr.split("\n").filter((l) => l !== "");
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^relument-policy: /);
  expect(r.stderr).not.toMatch(/\n\s+at |node:internal|Error: /);
  if (message) expect(lines[0]).toMatch(message);
}

const OVERTIME = { mode: "onsite", minutes: 125 };
const c = (id: string | number, rule: string, input: unknown, billed: Record<string, unknown>) => JSON.stringify({ id, rule, input, billed });

let dir: string;
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "relument-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("relument-policy --help and usage errors", () => {
  it("--help, help <command> and <command> --help print help and exit 0", async () => {
    const top = await cli(["--help"]);
    expect(top.code).toBe(0);
    for (const command of ["rules", "eval", "schema", "record", "replay", "audit", "diff"]) expect(top.stdout).toContain(`relument-policy ${command}`);
    expect(top.stdout).toMatch(/Exit codes/);
    const audit = await cli(["audit", "--help"]);
    expect(audit.code).toBe(0);
    expect(audit.stdout).toMatch(/--jobs N/);
    expect(audit.stdout).toMatch(/cases = agreed \+ disagreed \+ invalid/);
    const diff = await cli(["help", "diff"]);
    expect(diff.code).toBe(0);
    expect(diff.stdout).toMatch(/^Usage: relument-policy diff/);
    const version = await cli(["--version"]);
    expect(version.stdout).toMatch(/^@relument\/policy \d+\.\d+\.\d+/);
  });

  it("an unknown command, an unknown flag, a missing or extra argument: exit 2 and one line on stderr", async () => {
    const results = await Promise.all([
      cli([]),
      cli(["bogus"]),
      cli(["--bogus"]),
      cli(["rules", "extra"]),
      cli(["schema"]),
      cli(["eval", "overtimeCharge", "--bogus"]),
      cli(["audit"]),
      cli(["audit", "x.jsonl", "--jobs"]),
    ]);
    expectUsageError(results[0] as Result, /missing a command/);
    expectUsageError(results[1] as Result, /unknown command "bogus"/);
    expectUsageError(results[2] as Result, /unknown option --bogus/);
    expectUsageError(results[3] as Result, /too many arguments/);
    expectUsageError(results[4] as Result, /missing an argument/);
    expectUsageError(results[5] as Result, /unknown option --bogus for eval/);
    expectUsageError(results[6] as Result, /missing an argument/);
    expectUsageError(results[7] as Result, /--jobs/);
  });
});

describe("rules, schema, eval", () => {
  it("rules: every rule name, one a line", async () => {
    const r = await cli(["rules"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split("\n")).toEqual([...ruleNames]);
  });

  it("schema <rule>: the rule's input JSON Schema; an unknown rule exits 2", async () => {
    const r = await cli(["schema", "noShowCharge"]);
    expect(r.code).toBe(0);
    expect(json(r)).toEqual(inputJsonSchemas().noShowCharge);
    expectUsageError(await cli(["schema", "nope"]), /unknown rule "nope"/);
  });

  it("eval <rule> <json>: the decision as JSON; - reads stdin; --explain prints the steps one a line", async () => {
    const [arg, stdin, explain] = await Promise.all([
      cli(["eval", "overtimeCharge", JSON.stringify(OVERTIME)]),
      cli(["eval", "overtimeCharge", "-"], JSON.stringify(OVERTIME)),
      cli(["eval", "overtimeCharge", JSON.stringify(OVERTIME), "--explain"]),
    ]);
    const expected = JSON.parse(JSON.stringify(evaluate("overtimeCharge", OVERTIME))) as Record<string, unknown>;
    expect(arg.code).toBe(0);
    expect(json(arg)).toEqual(expected);
    expect((json(arg).fee as { amount: string }).amount).toBe("90.00");
    expect(stdin.code).toBe(0);
    expect(json(stdin)).toEqual(expected);
    expect(explain.code).toBe(0);
    expect(explain.stdout.trimEnd().split("\n")).toEqual(expected.explanation);
  });

  it("eval: an unknown rule, input that is not JSON, input the rule rejects: exit 2 with one line", async () => {
    const [rule, notJson, rejected] = await Promise.all([
      cli(["eval", "nope", "{}"]),
      cli(["eval", "overtimeCharge", "{not json"]),
      cli(["eval", "overtimeCharge", '{"mode":"onsite","minutes":-1}']),
    ]);
    expectUsageError(rule, /unknown rule "nope"/);
    expectUsageError(notJson, /not valid JSON/);
    expectUsageError(rejected, /Invalid input to overtimeCharge: minutes: expected at least 0/);
  });
});

describe("record and replay", () => {
  it("record prints a decision record; replay of it exits 0 (intact, same), from a file or stdin", async () => {
    const rec = await cli(["record", "overtimeCharge", JSON.stringify(OVERTIME)]);
    expect(rec.code).toBe(0);
    const record = json(rec);
    expect(record).toMatchObject({ format: "relument-policy/decision@1", rule: "overtimeCharge", input: OVERTIME, edition: "relument-terms@base" });
    expect(record.inputHash).toBe(hashOf(OVERTIME));
    expect(record.outputHash).toBe(hashOf(record.output));
    const path = file("record.json", rec.stdout);
    const [fromFile, fromStdin] = await Promise.all([cli(["replay", path]), cli(["replay", "-"], rec.stdout)]);
    for (const r of [fromFile, fromStdin]) {
      expect(r.code, r.stderr).toBe(0);
      expect(json(r)).toMatchObject({ intact: true, same: true, differences: [] });
    }
  });

  it("replay of a tampered record exits 1 (intact: false); of a record from another tariff exits 1 (same: false, with the paths)", async () => {
    const rec = json<{ output: { fee: { amount: string; cents: number } }; outputHash: string }>(await cli(["record", "overtimeCharge", JSON.stringify(OVERTIME)]));
    const tampered = structuredClone(rec);
    tampered.output.fee.amount = "45.00";
    const other = structuredClone(tampered);
    other.output.fee.cents = 4500;
    other.outputHash = hashOf(other.output); // as recorded by a library whose tariff said $45.00
    const [t, o] = await Promise.all([cli(["replay", file("tampered.json", JSON.stringify(tampered))]), cli(["replay", "-"], JSON.stringify(other))]);
    expect(t.code).toBe(1);
    expect(json(t)).toMatchObject({ intact: false, same: false, tampered: ["output"] });
    expect(o.code).toBe(1);
    const replay = json<{ intact: boolean; same: boolean; differences: { path: string; recorded: unknown; now: unknown }[] }>(o);
    expect(replay.intact).toBe(true);
    expect(replay.same).toBe(false);
    expect(replay.differences).toEqual([
      { path: "fee.amount", recorded: "45.00", now: "90.00" },
      { path: "fee.cents", recorded: 4500, now: 9000 },
    ]);
  });

  it("replay of something that is not a record, or of a missing file: exit 2", async () => {
    const [notRecord, missing] = await Promise.all([cli(["replay", file("not-record.json", '{"hello":1}')]), cli(["replay", join(dir, "missing.json")])]);
    expectUsageError(notRecord, /Invalid input to replayDecision/);
    expectUsageError(missing, /cannot read .*missing\.json: no such file/);
  });
});

describe("audit: JSONL", () => {
  it("a file with a BOM, CRLF line ends, blank lines and bad lines: every non-blank line is one case, numbered as in the file", async () => {
    const text = [
      `\ufeff${c("a", "overtimeCharge", OVERTIME, { "fee.amount": "90.00" })}`, // 1 agreed (after the BOM)
      "", // 2 blank
      c("b", "overtimeCharge", { mode: "remote", minutes: 75 }, { "fee.amount": "30.00" }), // 3 disagreed
      "this is not JSON", // 4 invalid
      "   \t", // 5 blank (whitespace only)
      c("d", "nope", {}, { "x.amount": 1 }), // 6 invalid: unknown rule
      c("e", "overtimeCharge", { mode: "onsite", minutes: 80 }, { "fee.cents": 0 }), // 7 agreed, no final line break
    ].join("\r\n");
    const r = await cli(["audit", file("mixed.jsonl", text)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(""); // no progress bar when stderr is not a terminal
    const report = json<AuditReport>(r);
    expectCountsAddUp(report);
    expect(report.source).toMatchObject({ format: "jsonl", lines: 7, blankLines: 2 });
    expect(report.summary).toMatchObject({ cases: 5, agreed: 2, disagreed: 1, invalid: 2 });
    expect(report.summary.cases).toBe(report.source.lines - report.source.blankLines);
    expect(report.rows.map((row) => [row.line, row.id, row.status])).toEqual([
      [3, "b", "disagreed"],
      [4, null, "invalid"],
      [6, "d", "invalid"],
    ]);
    expect(report.rows[0]?.differences).toEqual([{ path: "fee.amount", billed: "30.00", policy: "35.00", deltaCents: -500 }]);
    expect(report.rows[1]?.error).toMatch(/^not valid JSON/);
    expect(report.rows[2]?.error).toMatch(/unknown rule "nope"/);
    expect(report.summary.byClause["terms.5.overtime"]).toEqual({ disagreed: 1, deltaCents: -500 });
  });

  it("exits 0 when every case agrees, and reads stdin with -", async () => {
    const text = `${c(1, "overtimeCharge", OVERTIME, { "fee.amount": "90.00" })}\n${c(2, "overtimeCharge", { mode: "remote", minutes: 75 }, { "fee.amount": 35 })}\n`;
    const [fromFile, fromStdin] = await Promise.all([cli(["audit", file("agree.jsonl", text)]), cli(["audit", "-"], text)]);
    for (const r of [fromFile, fromStdin]) {
      expect(r.code, r.stderr).toBe(0);
      expect(json<AuditReport>(r).summary).toMatchObject({ cases: 2, agreed: 2, disagreed: 0, invalid: 0 });
    }
    expect(json<AuditReport>(fromStdin).source.file).toBe("-");
  });

  it("--jobs 2 gives the same report as --jobs 1 (several chunks, bad and blank lines included)", async () => {
    const lines: string[] = [];
    for (let i = 1; i <= 2600; i++) {
      if (i % 500 === 0) lines.push("");
      else if (i % 777 === 0) lines.push("{broken");
      else {
        const minutes = i % 240;
        const billed = i % 7 === 0 ? "45.00" : (evaluate("overtimeCharge", { mode: "onsite", minutes }) as unknown as { fee: { amount: string } }).fee.amount;
        lines.push(c(i, "overtimeCharge", { mode: "onsite", minutes }, { "fee.amount": billed }));
      }
    }
    const path = file("many.jsonl", `${lines.join("\n")}\n`);
    const [one, two] = await Promise.all([cli(["audit", path, "--jobs", "1"]), cli(["audit", path, "--jobs", "2"])]);
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    const report = json<AuditReport>(one);
    expectCountsAddUp(report);
    expect(report.summary.cases).toBe(2600 - 5);
    expect(report.summary.invalid).toBe(3);
    expect(report.rows.map((r) => r.line)).toEqual([...report.rows.map((r) => r.line)].sort((a, b) => a - b));
    const md1 = await cli(["audit", path, "--jobs", "1", "--format", "md"]);
    const md2 = await cli(["audit", path, "--jobs", "2", "--format", "md"]);
    expect(md2.stdout).toBe(md1.stdout);
  });

  it("--edition applies an edition of the Terms to the Terms cases", async () => {
    const edition = defineEdition({ id: "test-2027", announcedOn: "2026-11-01", effectiveOn: "2027-01-01", changes: { onsiteOvertimeRate: "50.00" }, hypothetical: true });
    const editionFile = file("edition.json", JSON.stringify(edition));
    const cases = file("edition-cases.jsonl", `${c(1, "overtimeCharge", OVERTIME, { "fee.amount": "90.00" })}\n`);
    const [base, other] = await Promise.all([cli(["audit", cases]), cli(["audit", cases, "--edition", editionFile])]);
    expect(base.code).toBe(0);
    expect(other.code).toBe(1);
    const report = json<AuditReport>(other);
    expect(report.edition).toBe("test-2027");
    expect(report.rows[0]?.differences).toEqual([{ path: "fee.amount", billed: "90.00", policy: "100.00", deltaCents: -1000 }]);
    expectUsageError(await cli(["audit", cases, "--edition", file("bad-edition.json", '{"id":"x"}')]), /not an edition of the Terms/);
  });

  it("usage errors: bad --format, --jobs, --input-format; missing file; a directory; an unwritable --out", async () => {
    const ok = file("one.jsonl", `${c(1, "overtimeCharge", OVERTIME, { "fee.amount": "90.00" })}\n`);
    const results = await Promise.all([
      cli(["audit", ok, "--format", "pdf"]),
      cli(["audit", ok, "--jobs", "0"]),
      cli(["audit", ok, "--jobs", "two"]),
      cli(["audit", ok, "--input-format", "xml"]),
      cli(["audit", join(dir, "missing.jsonl")]),
      cli(["audit", dir]),
      cli(["audit", ok, "--out", join(dir, "no/such/dir/report.html")]),
    ]);
    expectUsageError(results[0] as Result, /--format must be json, md, html, csv/);
    expectUsageError(results[1] as Result, /--jobs must be a whole number/);
    expectUsageError(results[2] as Result, /--jobs must be a whole number/);
    expectUsageError(results[3] as Result, /--input-format must be jsonl or csv/);
    expectUsageError(results[4] as Result, /cannot read .*missing\.jsonl: no such file/);
    expectUsageError(results[5] as Result, /cannot read .*: is a directory/);
    expectUsageError(results[6] as Result, /cannot write/);
  });
});

describe("audit: CSV", () => {
  const HEADER =
    "id,rule,input.mode,input.minutes,input.purchasedOn,input.requestedOn,input.amountPaid,input.monthlyRate,input.servicesRendered,input.valuation,input.renderedServices.0.service,input.renderedServices.0.price,billed.fee.amount,billed.refund.amount";
  const refund = (evaluate("yearlyRefund", {
    purchasedOn: "2026-03-01",
    requestedOn: "2026-03-12",
    amountPaid: "300.00",
    monthlyRate: "30.00",
    servicesRendered: 1,
    valuation: "per-rendered-service",
    renderedServices: [{ service: "Tune-up, full", price: "40.00" }],
  }) as unknown as { refund: { amount: string } }).refund.amount;

  it("a real CSV: BOM, CRLF, quoted cells with commas, quotes and line breaks, a blank line, typed cells, nested paths, a short record", async () => {
    const text = `\ufeff${[
      HEADER, // 1
      '"inv,1",overtimeCharge,onsite,125,,,,,,,,,90.00,', // 2 agreed (a comma in the id; minutes typed as a number)
      '"inv ""2""",overtimeCharge,remote,75,,,,,,,,,"30.00",', // 3 disagreed (quotes in the id)
      "", // 4 blank
      '"multi\r\nline",overtimeCharge,onsite,80,,,,,,,,,0.00,', // 5–6 agreed
      "r4,yearlyRefund,,,2026-03-01,2026-03-09,300.00,30.00,false,,,,,300.00", // 7 agreed (servicesRendered: boolean)
      `r5,yearlyRefund,,,2026-03-01,2026-03-12,300.00,30.00,1,per-rendered-service,"Tune-up, full",40.00,,${refund}`, // 8 agreed (integer; renderedServices[0])
      "r6,overtimeCharge,onsite", // 9 invalid: too few cells
    ].join("\r\n")}\r\n`;
    const r = await cli(["audit", file("invoices.csv", text)]);
    expect(r.code, r.stderr).toBe(1);
    const report = json<AuditReport>(r);
    expectCountsAddUp(report);
    expect(report.source).toMatchObject({ format: "csv", lines: 9, blankLines: 1 });
    expect(report.summary).toMatchObject({ cases: 6, agreed: 4, disagreed: 1, invalid: 1 });
    expect(report.rows.map((row) => [row.line, row.id, row.status])).toEqual([
      [3, 'inv "2"', "disagreed"],
      [9, null, "invalid"],
    ]);
    expect(report.rows[1]?.error).toMatch(/3 cells where the header has 14/);
  });

  it("--input-format csv reads CSV from stdin; cells that do not fit the schema are left for the rule to reject", async () => {
    const text = `id,rule,input.mode,input.minutes,billed.fee.amount\n1,overtimeCharge,onsite,lots,90.00\n2,overtimeCharge,onsite,125,90.00\n`;
    const r = await cli(["audit", "-", "--input-format", "csv"], text);
    expect(r.code).toBe(1);
    const report = json<AuditReport>(r);
    expect(report.summary).toMatchObject({ cases: 2, agreed: 1, invalid: 1 });
    expect(report.rows[0]?.error).toMatch(/minutes/);
  });

  it("a header that is not id, rule, input.<path>, billed.<path>, or an empty file: exit 2", async () => {
    const [bad, noRule, reserved, empty] = await Promise.all([
      cli(["audit", file("bad-header.csv", "id,rule,customer,billed.fee.amount\n")]),
      cli(["audit", file("no-rule.csv", "id,input.mode,billed.fee.amount\n")]),
      cli(["audit", file("reserved.csv", "rule,input.__proto__.x,billed.fee.amount\n")]),
      cli(["audit", file("empty.csv", "")]),
    ]);
    expectUsageError(bad, /column 3 "customer" is not id, rule/);
    expectUsageError(noRule, /no rule column/);
    expectUsageError(reserved, /reserved path segment/);
    expectUsageError(empty, /the CSV is empty/);
  });

  it("the example month gives the same summary as JSONL and as CSV", async () => {
    const [jsonl, csv] = await Promise.all([cli(["audit", "examples/audit/invoices.jsonl"]), cli(["audit", "examples/audit/invoices.csv"])]);
    expect(jsonl.code).toBe(1);
    expect(csv.code).toBe(1);
    const a = json<AuditReport>(jsonl);
    const b = json<AuditReport>(csv);
    expectCountsAddUp(a);
    expect(b.summary).toEqual(a.summary);
    expect(a.summary).toMatchObject({ cases: 21, agreed: 15, disagreed: 5, invalid: 1 });
    // The committed report is what the CLI produces today.
    expect(JSON.parse(readFileSync(join(root, "examples/audit/report.json"), "utf8"))).toEqual(a);
  });
});

describe("audit: report formats", () => {
  const hostile = '<script>alert("x")</script> & co';
  let path: string;
  beforeAll(() => {
    path = file(
      "formats.jsonl",
      [
        c(hostile, "overtimeCharge", OVERTIME, { "fee.amount": "45.00" }), // 1 disagreed, −$45.00
        c("ok", "overtimeCharge", OVERTIME, { "fee.amount": "90.00" }), // 2 agreed
        c("img", "<img src=x onerror=alert(1)>", {}, { "fee.amount": "1.00" }), // 3 invalid
        c("=cmd|' /C calc'!A0", "overtimeCharge", { mode: "remote", minutes: 75 }, { "fee.amount": "30.00" }), // 4 disagreed, −$5.00
      ].join("\n"),
    );
  });

  it("html: one self-contained file, summary table by clause with totals, each disagreement; every value escaped", async () => {
    const r = await cli(["audit", path, "--format", "html"]);
    expect(r.code).toBe(1);
    const html = r.stdout;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<img|<link|<iframe|<[^>]*\s(src|href)=|@import|url\(/i);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    const summary = html.slice(html.indexOf('<table id="summary">'), html.indexOf("</table>", html.indexOf('<table id="summary">')));
    expect(summary).toContain("<code>terms.5.overtime</code>");
    expect(summary).toMatch(/<tfoot><tr><th>Total<\/th><td><\/td><td class="n">2<\/td><td class="n">−\$50\.00<\/td>/);
    const first = html.slice(html.indexOf('id="line-1"'), html.indexOf("</section>", html.indexOf('id="line-1"')));
    expect(first).toMatch(/<td class="n">45\.00<\/td><td class="n">90\.00<\/td><td class="n">−\$45\.00<\/td>/);
    expect(first).toContain("terms.5.overtime");
    expect(first).toContain("<li>Overtime: 2 × 30 min");
  });

  it("md: counts, clauses with totals, disagreements and invalid cases; values escaped", async () => {
    const r = await cli(["audit", path, "--format", "md"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("| 4 | 1 | 2 | 1 |");
    expect(r.stdout).toMatch(/\| \*\*total\*\* \| \| 2 \| −\$50\.00 \|/);
    expect(r.stdout).toContain("## Invalid cases");
    expect(r.stdout).not.toMatch(/<script|<img/);
    expect(r.stdout).toContain("=cmd\\|' /C calc'!A0");
  });

  it("csv: one row per case that is not agreed; a formula-like cell is defused", async () => {
    const r = await cli(["audit", path, "--format", "csv"]);
    expect(r.code).toBe(1);
    const rows = parseCsv(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => [row.line, row.status, row.delta_cents])).toEqual([
      ["1", "disagreed", "-4500"],
      ["3", "invalid", ""],
      ["4", "disagreed", "-500"],
    ]);
    expect(rows[0]?.id).toBe(hostile);
    expect(rows[2]?.id).toBe("'=cmd|' /C calc'!A0");
  });

  it("json (the default) and --out FILE: the report goes to the file, a one-line summary to stderr", async () => {
    const out = join(dir, "out", "report.json");
    mkdirSync(join(dir, "out"), { recursive: true });
    const r = await cli(["audit", path, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim()).toBe(`4 cases: 1 agreed, 2 disagreed, 1 invalid; json report written to ${out}`);
    const report = JSON.parse(readFileSync(out, "utf8")) as AuditReport;
    expectCountsAddUp(report);
    expect(report.rows.map((row) => row.status)).toEqual(["disagreed", "invalid", "disagreed"]);
    expect(report.rows[0]?.explanation?.length).toBeGreaterThan(0);
  });
});

describe("diff", () => {
  let editionFile: string;
  beforeAll(() => {
    const edition = defineEdition({ id: "diff-2027", announcedOn: "2026-11-01", effectiveOn: "2027-01-01", changes: { onsiteOvertimeRate: "50.00", noShowFee: "49.00" }, hypothetical: true });
    editionFile = file("diff-edition.json", JSON.stringify(edition, null, 2));
  });

  it("prints compareEditions(a, b) as JSON (exit 1 when they differ, 0 when not) or as text", async () => {
    const [differ, same, text] = await Promise.all([cli(["diff", "base", editionFile]), cli(["diff", "base", "base"]), cli(["diff", "base", editionFile, "--format", "text"])]);
    expect(differ.code).toBe(1);
    expect(json(differ)).toEqual({
      a: "relument-terms@base",
      b: "diff-2027",
      comparison: {
        changes: [
          { key: "noShowFee", clause: "terms.4.no-show", from: "45.00", to: "49.00" },
          { key: "onsiteOvertimeRate", clause: "terms.5.overtime", from: "45.00", to: "50.00" },
        ],
        texts: [],
      },
    });
    expect(same.code).toBe(0);
    expect(json(same)).toMatchObject({ comparison: { changes: [], texts: [] } });
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/onsiteOvertimeRate\s+45\.00 → 50\.00\s+\(terms\.5\.overtime\)/);
  });

  it("--cases: each case under both editions and the total difference per clause", async () => {
    const cases = file(
      "diff-cases.jsonl",
      [
        c(1, "overtimeCharge", OVERTIME, { "fee.amount": "90.00" }),
        JSON.stringify({ id: 2, rule: "noShowCharge", input: { appointmentAt: "2026-03-10T17:00:00Z", canceledAt: "2026-03-10T10:00:00Z" } }),
        "{bad",
        c(4, "ageRule", { birthDate: "2000-01-01", on: "2026-01-01" }, { "x.amount": 1 }),
      ].join("\n"),
    );
    const r = await cli(["diff", "base", editionFile, "--cases", cases]);
    expect(r.code).toBe(1);
    const report = json<{
      cases: { line: number; a?: Record<string, unknown>; b?: Record<string, unknown>; deltaCents?: number; error?: string }[];
      byClause: Record<string, { cases: number; changed: number; deltaCents: number }>;
      total: { cases: number; changed: number; invalid: number; deltaCents: number };
    }>(r);
    expect(report.cases[0]).toMatchObject({ line: 1, a: { "fee.amount": "90.00" }, b: { "fee.amount": "100.00" }, deltaCents: 1000 });
    expect(report.cases[1]).toMatchObject({ line: 2, a: { "fee.amount": "45.00" }, b: { "fee.amount": "49.00" }, deltaCents: 400 });
    expect(report.cases[2]?.error).toMatch(/not valid JSON/);
    expect(report.cases[3]?.error).toMatch(/does not depend on an edition/);
    expect(report.total).toEqual({ cases: 4, changed: 2, invalid: 2, deltaCents: 1400 });
    expect(report.byClause["terms.5.overtime"]).toEqual({ cases: 1, changed: 1, deltaCents: 1000 });
    expect(report.byClause["terms.4.no-show"]).toEqual({ cases: 1, changed: 1, deltaCents: 400 });
  });

  it("an edition file that is missing, not JSON or not an edition: exit 2", async () => {
    const [missing, notJson, notEdition] = await Promise.all([
      cli(["diff", "base", join(dir, "missing-edition.json")]),
      cli(["diff", "base", file("not-json.json", "{")]),
      cli(["diff", file("not-edition.json", '{"id":"x"}'), "base"]),
    ]);
    expectUsageError(missing, /cannot read .*: no such file/);
    expectUsageError(notJson, /is not valid JSON/);
    expectUsageError(notEdition, /not an edition of the Terms/);
  });
});
