/**
 * `npm run docs:check`: opens the built handbook in headless Chromium (Debian's
 * `chromium`, no downloaded browser) the way a person would, over HTTP on
 * localhost, and checks that the page of Terms §5 (Overtime) shows the
 * clause's text and a worked example computed by the library. Run
 * `npm run docs` first. Exits non-zero on failure.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { clauseById, overtimeCharge } from "../src/index.js";

const site = fileURLToPath(new URL("../docs/site/", import.meta.url));
const chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
if (!existsSync(join(site, "index.html"))) fail("docs/site is not built: run `npm run docs` first");
if (!chromium) fail("Debian's chromium is not installed: `apt-get install chromium`");

function fail(message: string): never {
  console.error(`docs:check FAILED: ${message}`);
  process.exit(1);
}

const page = readdirSync(join(site, "documents")).find((f) => /Terms.*§5_/.test(f));
if (!page) fail("no handbook page for Terms §5 in docs/site/documents");

const types: Record<string, string> = { ".html": "text/html", ".css": "text/css", ".js": "text/javascript", ".svg": "image/svg+xml" };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent((req.url ?? "/").split("?")[0] as string)).replace(/^(\.\.[/\\])+/, "");
  const file = join(site, path.endsWith("/") ? `${path}index.html` : path);
  if (!file.startsWith(site) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
});

const run = promisify(execFile);

server.listen(0, "127.0.0.1", async () => {
  const { port } = server.address() as { port: number };
  const url = `http://127.0.0.1:${port}/documents/${encodeURIComponent(page)}`;
  const flags = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    `--user-data-dir=${mkdtempSync(join(tmpdir(), "docs-check-"))}`,
  ];
  let dom = "";
  try {
    // Asynchronous, so that this process's server can answer the browser.
    dom = (await run(chromium, [...flags, "--dump-dom", url], { encoding: "utf8", timeout: 60_000, maxBuffer: 64 * 1024 * 1024 })).stdout;
    await run(chromium, [...flags, "--window-size=1280,2000", `--screenshot=${join(site, "handbook-terms-5.png")}`, url], { timeout: 60_000 });
  } finally {
    server.close();
  }
  const text = dom.replace(/<[^>]+>/g, " ").replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/\s+/g, " ");
  const clause = clauseById("terms.5.overtime");
  if (!clause) fail("terms.5.overtime is not in the registry");
  const checks: [string, string][] = [
    ["the clause text (remote)", "Remote overtime: +$35 per 30 minutes beyond the included time block."],
    ["the clause text (on-site)", "On-site overtime: +$45 per 30 minutes beyond the included time block."],
    ["the rule implementing it", "overtimeCharge"],
    ["a worked example's title", "Remote, 61 minutes"],
    ["the worked example's fee, as the library computes it", `$${overtimeCharge({ mode: "remote", minutes: 61 }).fee.amount}`],
  ];
  const missing = checks.filter(([, needle]) => !text.includes(needle));
  for (const [what, needle] of checks) console.log(`${missing.some(([w]) => w === what) ? "✗" : "✓"} ${what}: ${needle}`);
  if (missing.length) fail(`the §5 page (${url}) does not show: ${missing.map(([w]) => w).join(", ")}`);
  console.log(`docs:check passed: ${page} shows the §5 Overtime clause and a worked example (screenshot: docs/site/handbook-terms-5.png)`);
});
