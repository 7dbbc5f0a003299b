/**
 * `npm run docs:check`: opens the built handbook (docs/site, from `npm run
 * docs`) in headless Chromium (Debian's `chromium`, driven by playwright-core;
 * no downloaded browser) over HTTP on localhost, the way an auditor would, and
 * fails unless:
 * - the sidebar starts with Terms §1 and keeps the document order;
 * - searching "GPC" and "terms.5.overtime" lands on the right pages;
 * - the §5 page shows both overtime sentences and a worked example with its explanation;
 * - Try it on overtimeCharge (on site, 125 minutes) shows $45.00 and a link to terms.5.overtime,
 *   and the page's address reproduces the same result;
 * - no checked page logs a console error;
 * - every internal link of the built site resolves (page and anchor).
 * Screenshots of the checked pages go to docs/site/_check/.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Page } from "playwright-core";
import { overtimeCharge } from "../src/index.js";

const site = fileURLToPath(new URL("../docs/site/", import.meta.url));
const shots = join(site, "_check");
const executablePath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
if (!existsSync(join(site, "index.html"))) fail("docs/site is not built: run `npm run docs` first");
if (!executablePath) fail("Debian's chromium is not installed: `apt-get install chromium`");
mkdirSync(shots, { recursive: true });

function fail(message: string): never {
  console.error(`docs:check FAILED: ${message}`);
  process.exit(1);
}

const failures: string[] = [];
function check(what: string, ok: boolean, detail = ""): void {
  console.log(`${ok ? "✓" : "✗"} ${what}${detail ? `: ${detail}` : ""}`);
  if (!ok) failures.push(what);
}

// ---- a tiny static server over docs/site ----
const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css",
  ".js": "text/javascript",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
  ".woff2": "font/woff2",
};
/** The file a site path maps to (VitePress's "clean" paths too), or undefined. */
function fileFor(path: string): string | undefined {
  const p = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, "");
  const candidates = p.endsWith("/") ? [join(site, p, "index.html")] : [join(site, p), join(site, `${p}.html`), join(site, p, "index.html")];
  return candidates.find((f) => f.startsWith(site) && existsSync(f) && statSync(f).isFile());
}
const server = createServer((req, res) => {
  const file = fileFor((req.url ?? "/").split(/[?#]/)[0] as string);
  if (!file) {
    res.writeHead(404).end("not found");
    return;
  }
  res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

// ---- every internal link resolves (static crawl of the built HTML) ----
{
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
  const pages = walk(site).filter((f) => f.endsWith(".html") && !f.startsWith(shots));
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let s = ids.get(file);
    if (!s) {
      s = new Set([...readFileSync(file, "utf8").matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1] as string)));
      ids.set(file, s);
    }
    return s;
  };
  const broken: string[] = [];
  let count = 0;
  for (const page of pages) {
    const html = readFileSync(page, "utf8");
    const from = `/${relative(site, page)}`;
    for (const m of html.matchAll(/<a\s[^>]*href="([^"]*)"/g)) {
      const href = decodeEntities(m[1] as string);
      if (/^(https?:|mailto:|tel:|javascript:)/.test(href) || href === "") continue;
      count++;
      const url = new URL(href, `http://x${from}`);
      const target = url.pathname === from && href.startsWith("#") ? page : fileFor(url.pathname);
      if (!target) {
        broken.push(`${from} → ${href} (no such page)`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target.endsWith(".html") && !idsOf(target).has(anchor)) broken.push(`${from} → ${href} (no anchor #${anchor})`);
    }
  }
  check(`every internal link resolves (${count} links in ${pages.length} pages)`, broken.length === 0, broken.slice(0, 15).join("\n  "));
}

function decodeEntities(s: string): string {
  return s.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
}

// ---- in the browser ----
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
const consoleErrors: string[] = [];
async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("console", (msg) => {
    if (msg.type() === "error") consoleErrors.push(`${page.url()}: ${msg.text()}`);
  });
  page.on("pageerror", (err) => consoleErrors.push(`${page.url()}: ${err.message}`));
  page.on("response", (res) => {
    if (res.status() >= 400) consoleErrors.push(`${page.url()}: HTTP ${res.status()} for ${res.url()}`);
  });
  await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
  return page;
}

try {
  // Sidebar: Terms §1 first, then the document order.
  {
    const page = await open("/index.html");
    const items = (await page.locator(".VPSidebar .VPSidebarItem.level-1 .text").allInnerTexts()).map((t) => t.trim());
    const privacyStart = items.findIndex((t, i) => i > 0 && t.startsWith("§1 "));
    const terms = items.slice(0, privacyStart < 0 ? items.length : privacyStart);
    check("the sidebar starts with Terms §1", items[0]?.startsWith("§1 ") === true, items.slice(0, 3).join(" | "));
    const numbers = terms.map((t) => (/^§(\d+)(?:\.(\d+))?/.exec(t) ?? []).slice(1).map((n) => Number(n ?? 0)));
    const ordered = numbers.every((n, i) => i === 0 || (n[0] as number) > (numbers[i - 1]?.[0] as number) || ((n[0] as number) === numbers[i - 1]?.[0] && (n[1] as number) > (numbers[i - 1]?.[1] as number)));
    const lastTerms = terms.findIndex((t) => t.startsWith("§22 "));
    check("the Terms keep document order §1 … §22", ordered && lastTerms === terms.length - 1 && terms.length === 26, terms.map((t) => t.split(" ")[0]).join(" "));
    const groups = (await page.locator(".VPSidebar .VPSidebarItem.level-0 > .item .text").allInnerTexts()).map((t) => t.trim());
    const want = ["Relument Terms & Conditions", "Relument Privacy Policy", "Relaso Privacy Policy", "Reliom Privacy Policy", "Relenta Privacy Policy", "Reference"];
    check("the sidebar's groups follow the documents", want.every((g, i) => groups[i] === g), groups.join(" | "));
    await page.close();
  }

  // Search.
  async function search(query: string, expected: RegExp, shot?: string): Promise<void> {
    const page = await open("/index.html");
    await page.locator(".VPNavBarSearch button").first().click();
    const input = page.locator(".VPLocalSearchBox input");
    await input.fill(query);
    await page.waitForSelector(".VPLocalSearchBox .results li a", { timeout: 10_000 });
    await page.waitForTimeout(300);
    if (shot) await page.screenshot({ path: join(shots, shot) });
    const first = await page.locator(".VPLocalSearchBox .results li a").first().getAttribute("href");
    await input.press("Enter");
    await page.waitForURL((u) => expected.test(u.pathname + u.hash), { timeout: 10_000 }).catch(() => undefined);
    const landed = new URL(page.url());
    check(`searching "${query}" lands on ${expected.source}`, expected.test(landed.pathname + landed.hash), `first result ${first}, landed on ${landed.pathname}${landed.hash}`);
    await page.close();
  }
  await search("GPC", /relument-privacy-8/, "search-gpc.png");
  await search("terms.5.overtime", /relument-terms-5/, "search-terms-5-overtime.png");
  await search("T10.rounding", /register|relument-terms-5/);

  // The §5 page.
  {
    const page = await open("/relument-terms-5.html");
    const text = (await page.locator(".vp-doc").innerText()).replace(/\s+/g, " ");
    const fee = overtimeCharge({ mode: "remote", minutes: 61 });
    check("§5 shows the remote overtime sentence", text.includes("Remote overtime: +$35 per 30 minutes beyond the included time block."));
    check("§5 shows the on-site overtime sentence", text.includes("On-site overtime: +$45 per 30 minutes beyond the included time block."));
    check("§5 shows a worked example (Remote, 61 minutes)", text.includes("Example: Remote, 61 minutes") && text.includes(`$${fee.fee.amount}`));
    check("§5's worked example shows its explanation", text.includes(fee.explanation[0]?.replace(/\s+/g, " ") ?? "—"), fee.explanation[0]);
    check("§5 links overtimeCharge to its API page", (await page.locator('a[href*="api/index/functions/overtimeCharge"]').count()) > 0);
    check("§5 has the anchor terms.5.overtime", (await page.locator('[id="terms.5.overtime"]').count()) === 1);
    await page.screenshot({ path: join(shots, "terms-5.png"), fullPage: false });
    await page.locator("h4", { hasText: "Example: Remote, 61 minutes" }).evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: join(shots, "terms-5-example.png"), fullPage: false });
    await page.screenshot({ path: join(shots, "terms-5-full.png"), fullPage: true });
    await page.close();
  }
  {
    const page = await open("/relument-terms-6.html");
    await page.screenshot({ path: join(shots, "terms-6.png"), fullPage: false });
    await page.close();
  }
  {
    const page = await open("/relument-privacy-8.html#privacy.8.gpc");
    const text = await page.locator(".vp-doc").innerText();
    check("the Relument privacy §8 page shows the GPC clause", /Global Privacy Control|GPC/.test(text) && (await page.locator('[id="privacy.8.gpc"]').count()) === 1);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(shots, "privacy-8-gpc.png"), fullPage: false });
    await page.close();
  }

  // Try it: overtimeCharge, on site, 125 minutes, full 30 minutes only (T10.rounding; the default, every
  // started 30 minutes, bills $90.00).
  {
    const expected = overtimeCharge({ mode: "onsite", minutes: 125, rounding: "full" }).fee.amount;
    const page = await open("/try/overtimeCharge.html");
    await page.waitForSelector("form.try-form", { timeout: 30_000 });
    await page.selectOption("#try-mode", "onsite");
    await page.fill("#try-minutes", "125");
    await page.selectOption("#try-rounding", "full");
    await page.click("form.try-form button[type=submit]");
    const result = page.locator("[data-testid=try-result]");
    await result.waitFor({ timeout: 10_000 });
    const text = await result.innerText();
    check(`Try it: overtimeCharge on site 125 min (rounding full) shows fee $${expected}`, expected === "45.00" && /fee: \$45\.00/.test(text), text.split("\n").slice(0, 4).join(" / "));
    const link = result.locator('a.citation[href*="#terms.5.overtime"]');
    check("Try it links its citation to terms.5.overtime", (await link.count()) > 0);
    await page.screenshot({ path: join(shots, "try-overtimeCharge.png"), fullPage: true });
    const shared = page.url();
    check("Try it keeps the inputs in the address", /mode=onsite/.test(shared) && /minutes=125/.test(shared) && /rounding=full/.test(shared), shared);
    // The citation lands on the clause.
    await link.first().click();
    await page.waitForURL(/relument-terms-5/, { timeout: 10_000 }).catch(() => undefined);
    check("the citation link opens §5 at terms.5.overtime", /relument-terms-5(\.html)?#terms\.5\.overtime$/.test(decodeURIComponent(page.url())), page.url());
    await page.close();
    const again = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    again.on("console", (msg) => (msg.type() === "error" ? consoleErrors.push(`shared link: ${msg.text()}`) : undefined));
    again.on("pageerror", (err) => consoleErrors.push(`shared link: ${err.message}`));
    await again.goto(shared, { waitUntil: "networkidle" });
    const r2 = again.locator("[data-testid=try-result]");
    await r2.waitFor({ timeout: 15_000 }).catch(() => undefined);
    const text2 = (await r2.count()) ? await r2.innerText() : "";
    check("the shared address reproduces the result", text2 === text, text2 ? "same decision, explanation and citations" : "no result shown");
    await again.screenshot({ path: join(shots, "try-shared-link.png"), fullPage: true });
    await again.close();
  }

  // Every handbook page (all but the API reference) and every Try it page, opened once.
  {
    const pages = [
      ...readdirSync(site).filter((f) => f.endsWith(".html") && f !== "404.html"),
      ...readdirSync(join(site, "try")).filter((f) => f.endsWith(".html")).map((f) => `try/${f}`),
      "api/index.html",
      "api/index/functions/overtimeCharge.html",
    ];
    const page = await open("/index.html");
    for (const p of pages) await page.goto(`${base}/${p}`, { waitUntil: "networkidle" });
    await page.close();
    console.log(`  (opened ${pages.length} pages)`);
  }
  check("no checked page logs a console error", consoleErrors.length === 0, consoleErrors.slice(0, 10).join("\n  "));
} finally {
  await browser.close();
  server.close();
}

if (failures.length) fail(`${failures.length} check(s) failed: ${failures.join("; ")}`);
console.log(`docs:check passed (screenshots in ${relative(process.cwd(), shots)}/)`);
