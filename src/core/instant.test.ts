import { describe, expect, it } from "vitest";
import { formatInstant, pacificInstant, pacificTime, parseInstantString } from "./instant.js";

describe("instants", () => {
  it("rejects an instant without an offset (ambiguous) and impossible dates or times", () => {
    expect(parseInstantString("2026-03-07T12:00:00")).toBeNull();
    expect(parseInstantString("2026-02-30T12:00:00Z")).toBeNull();
    expect(parseInstantString("2026-03-07T24:00:00Z")).toBeNull();
    expect(parseInstantString("2026-03-07")).toBeNull();
  });

  it("reads offsets and Z exactly", () => {
    expect(parseInstantString("2026-03-07T12:00:00-08:00")).toBe(Date.UTC(2026, 2, 7, 20));
    expect(parseInstantString("2026-03-07T12:00Z")).toBe(Date.UTC(2026, 2, 7, 12));
    expect(parseInstantString("2026-03-07T12:00:00.250+05:30")).toBe(Date.UTC(2026, 2, 7, 6, 30, 0, 250));
  });

  it("reads and builds Pacific wall time across DST (spring forward 2026-03-08, fall back 2026-11-01)", () => {
    expect(formatInstant(pacificInstant("2026-03-07", 12 * 60))).toBe("2026-03-07T12:00:00-08:00");
    expect(formatInstant(pacificInstant("2026-03-08", 12 * 60))).toBe("2026-03-08T12:00:00-07:00");
    expect(pacificInstant("2026-03-09", 0) - pacificInstant("2026-03-08", 0)).toBe(23 * 3_600_000);
    expect(pacificInstant("2026-11-02", 0) - pacificInstant("2026-11-01", 0)).toBe(25 * 3_600_000);
    expect(pacificTime(Date.UTC(2026, 10, 1, 9, 30))).toEqual({ date: "2026-11-01", minuteOfDay: 90, weekday: 0 });
  });
});
