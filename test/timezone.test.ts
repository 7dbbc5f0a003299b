import { afterAll, describe, expect } from "vitest";
import { test, fc } from "@fast-check/vitest";
import { publicRules } from "./public-functions.js";

const ZONES = ["UTC", "America/Los_Angeles", "Asia/Kolkata", "Pacific/Kiritimati", "America/St_Johns"];
const original = process.env.TZ;
afterAll(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

function run(fn: (i: never) => unknown, input: unknown): unknown {
  try {
    return fn(input as never);
  } catch (e) {
    return { threw: (e as Error).name, message: (e as Error).message };
  }
}

describe.each(publicRules)("$name and the host time zone", ({ fn, valid }) => {
  test.prop([valid], { numRuns: 40 })("the result is the same whatever process.env.TZ is", (input) => {
    const results = ZONES.map((tz) => {
      process.env.TZ = tz;
      return run(fn, input);
    });
    // Sanity: the zone switch really took effect in this process.
    process.env.TZ = "Asia/Kolkata";
    expect(new Date(0).getTimezoneOffset()).toBe(-330);
    for (const r of results.slice(1)) expect(r).toEqual(results[0]);
  });
});
