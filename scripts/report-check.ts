/**
 * `npm run report:check`: opens the audit's HTML report in headless Chromium
 * (Debian's `chromium`, no downloaded browser) as an auditor would, and fails
 * unless the rendered page shows the summary (cases, agreed, disagreed,
 * invalid), the table by clause and each disagreement with billed value,
 * policy value, difference, citations and explanation. The report is produced
 * fresh from examples/audit/invoices.jsonl by the CLI. A screenshot is saved
 * to docs/site/_check/audit-report.png (not committed).
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = fileURLToPath(new URL("..", import.meta.url));
const chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

function fail(message: string): never {
  console.error(`report:check FAILED: ${message}`);
  process.exit(1);
}
if (!chromium) fail("Debian's chromium is not installed: `apt-get install chromium`");

const dir = mkdtempSync(join(tmpdir(), "report-check-"));
const report = join(dir, "report.html");
// Exit 1 is expected: the example month holds wrong invoices on purpose.
await run(process.execPath, ["--import", "tsx", join(root, "src/cli/index.ts"), "audit", join(root, "examples/audit/invoices.jsonl"), "--format", "html", "--out", report]).catch(
  (e: { code?: number }) => {
    if (e.code !== 1) fail(`the CLI exited ${String(e.code)} (expected 1: the example holds wrong invoices)`);
  },
);
const json = JSON.parse(
  (
    await run(process.execPath, ["--import", "tsx", join(root, "src/cli/index.ts"), "audit", join(root, "examples/audit/invoices.jsonl"), "--format", "json"]).catch(
      (e: { stdout: string }) => ({ stdout: e.stdout }),
    )
  ).stdout,
) as { summary: { cases: number; agreed: number; disagreed: number; invalid: number }; rows: { status: string; differences: { path: string }[] }[] };

const flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + join(dir, "profile")];
const { stdout: dom } = await run(chromium, [...flags, "--dump-dom", `file://${report}`], { maxBuffer: 64 * 1024 * 1024 });
const text = dom.replace(/<[^>]+>/g, " ").replace(/&amp;/g, "&").replace(/\s+/g, " ");
const { summary } = json;
const must = [
  [`Cases Agreed Disagreed Invalid ${summary.cases} ${summary.agreed} ${summary.disagreed} ${summary.invalid}`, "the summary counts"],
  ["agreed", "the agreed count"],
  ["disagreed", "the disagreed count"],
  ["invalid", "the invalid count"],
  ["terms.5.overtime", "a clause of the summary by clause"],
] as const;
for (const [needle, what] of must) if (!text.toLowerCase().includes(needle.toLowerCase())) fail(`the rendered report does not show ${what} ("${needle}")`);
for (const row of json.rows.filter((r) => r.status === "disagreed"))
  for (const d of row.differences) if (!text.includes(d.path)) fail(`the rendered report does not show the disagreement at ${d.path}`);
if (!/billed/i.test(text) || !/polic/i.test(text)) fail("the rendered report does not label billed and policy values");
if (summary.agreed + summary.disagreed + summary.invalid !== summary.cases) fail("the counts do not add up");

const shots = join(root, "docs/site/_check");
mkdirSync(shots, { recursive: true });
const shot = join(shots, "audit-report.png");
await run(chromium, [...flags, "--window-size=1200,1600", `--screenshot=${shot}`, `file://${report}`]);
if (!existsSync(shot) || readFileSync(shot).length < 1000) fail("no screenshot was written");
console.log(
  `report:check passed: ${summary.cases} cases (${summary.agreed} agreed, ${summary.disagreed} disagreed, ${summary.invalid} invalid) shown in headless Chromium; screenshot ${shot}`,
);
