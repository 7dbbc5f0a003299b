import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { clauses } from "../src/index.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const run = (file: string) =>
  execFileSync(process.execPath, ["--import", "tsx", file], { cwd: root, encoding: "utf8", env: { ...process.env, TZ: "Asia/Kolkata" } });

describe("runnable examples (run as a host would, with npx tsx)", () => {
  it("npm start: the demo prints each decision with its total, lines, citations and explanation", () => {
    const out = run("examples/demo.ts");
    expect(out).toContain("total: $90.00");
    expect(out).toContain("terms.5.overtime");
    expect(out).toContain("noticeHours: 23");
    expect(out).toContain("explanation:");
  });

  it("npm start: privacy scenarios too (GPC, a rights-request deadline, retention)", () => {
    const out = run("examples/demo.ts");
    expect(out).toContain("═══ Privacy policies ═══");
    expect(out).toMatch(/action: "ad-pixel-sharing"\n\s+allowed: false[\s\S]*blockedBy: \[ "gpc" \]/);
    expect(out).toContain('respondBy: "2027-01-09"');
    expect(out).toContain('until: "2033-01-15"');
    expect(out).toContain("privacy.8.gpc — Global Privacy Control (§8)");
  });

  it("npm start: every cited clause is quoted whole, wrapped at spaces, never cut mid-word", () => {
    const out = run("examples/demo.ts");
    // Each quote: from “ to the closing ” over its wrapped lines, joined back with single spaces.
    const quotes = [...out.matchAll(/^ {6}“([\s\S]*?)”$/gm)].map((m) => m[1]!.replace(/\n\s+/g, " "));
    expect(quotes.length).toBeGreaterThanOrEqual(15);
    const texts = clauses.map((c) => c.text.replace(/\s*\n-?\n?/g, " ").trim());
    for (const q of quotes) expect(texts, q).toContain(q);
    expect(out).not.toContain("…”");
    for (const line of out.split("\n")) expect(line.length, line).toBeLessThanOrEqual(100);
  });

  it("npm start: clean wording (no \"(s)\" plurals, no doubled possessive)", () => {
    const out = run("examples/demo.ts");
    const withoutQuotes = out.replace(/“[\s\S]*?”/g, "");
    expect(withoutQuotes).not.toMatch(/\w\(s\)/);
    expect(withoutQuotes).not.toMatch(/s's\b/);
    expect(withoutQuotes).not.toMatch(/\ba (object|array|integer)\b/);
  });

  it("billing-invoice: a month turned into cited invoice lines", () => {
    const out = run("examples/billing-invoice.ts");
    expect(out).toMatch(/Overtime, 1 × \$45\.00 \(110 min\)\s+\$\s+45\.00\s+\[terms\.5\.overtime\]/);
    expect(out).toMatch(/Total\s+\$\s+179\.00/);
  });

  it("refund-desk: itemised deductions and refund + retained = paid", () => {
    const out = run("examples/refund-desk.ts");
    expect(out).toContain("Refund:                 $962.60");
    expect(out).toContain("Retained:               $225.40");
  });

  it("privacy-request: a California deletion and a Relaso erasure with deadlines", () => {
    const out = run("examples/privacy-request.ts");
    expect(out).toContain("acknowledge by 2026-12-10, respond by 2027-01-09");
    expect(out).toContain("respond by 2028-02-29");
  });
});
