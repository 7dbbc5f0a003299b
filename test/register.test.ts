import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderRegister } from "../handbook/register.js";

describe("docs/interpretation-register.md", () => {
  it("is generated from the register data and up to date (npm run docs:register)", () => {
    const committed = readFileSync(new URL("../docs/interpretation-register.md", import.meta.url), "utf8");
    expect(committed).toBe(renderRegister());
  });
});
