import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

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
