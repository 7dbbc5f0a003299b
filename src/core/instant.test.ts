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

  it("accepts every field at its largest value and refuses one past it (23:59:59, offset ±23:59, the month's last day)", () => {
    expect(parseInstantString("2026-12-31T23:59:59Z")).toBe(Date.UTC(2026, 11, 31, 23, 59, 59));
    expect(parseInstantString("2026-01-31T00:00:00Z")).toBe(Date.UTC(2026, 0, 31));
    expect(parseInstantString("2026-01-01T00:00Z")).toBe(Date.UTC(2026, 0, 1));
    expect(parseInstantString("2024-02-29T12:00Z")).toBe(Date.UTC(2024, 1, 29, 12));
    expect(parseInstantString("2026-03-07T12:00:00+23:59")).toBe(Date.UTC(2026, 2, 7, 12) - (23 * 60 + 59) * 60_000);
    expect(parseInstantString("2026-03-07T12:00:00-23:59")).toBe(Date.UTC(2026, 2, 7, 12) + (23 * 60 + 59) * 60_000);
    for (const s of [
      "2026-03-07T12:60Z",
      "2026-03-07T12:00:60Z",
      "2026-03-07T12:00:00+24:00",
      "2026-03-07T12:00:00+05:60",
      "2026-04-31T12:00Z",
      "2025-02-29T12:00Z",
      "2026-00-10T12:00Z",
      "2026-13-10T12:00Z",
      "2026-03-00T12:00Z",
    ]) {
      expect(parseInstantString(s), s).toBeNull();
    }
  });

  it("reads a compact offset (+0530), 1 to 9 fraction digits (truncated to the millisecond) and nothing around the instant", () => {
    expect(parseInstantString("2026-03-07T12:00:00+0530")).toBe(Date.UTC(2026, 2, 7, 6, 30));
    expect(parseInstantString("2026-03-07T12:00:00-0800")).toBe(Date.UTC(2026, 2, 7, 20));
    expect(parseInstantString("2026-03-07T12:00:00.5Z")).toBe(Date.UTC(2026, 2, 7, 12, 0, 0, 500));
    expect(parseInstantString("2026-03-07T12:00:00.123456789Z")).toBe(Date.UTC(2026, 2, 7, 12, 0, 0, 123));
    expect(parseInstantString("2026-03-07T12:00:00.9999999Z")).toBe(Date.UTC(2026, 2, 7, 12, 0, 0, 999));
    expect(parseInstantString("2026-03-07T12:00:00.2509Z")).toBe(Date.UTC(2026, 2, 7, 12, 0, 0, 250));
    for (const s of [
      "2026-03-07T12:00:00.1234567890Z",
      "2026-03-07T12:00:00.Z",
      "2026-03-07T12:00:Z",
      "2026-03-07T12Z",
      " 2026-03-07T12:00Z",
      "x2026-03-07T12:00Z",
      "2026-03-07T12:00Z ",
      "2026-03-07T12:00Zjunk",
      "2026-03-07T12:00+05",
      "2026-03-07T12:00+5:30",
      "2026-03-07T12:00*05:30",
      "26-03-07T12:00Z",
      "2026-3-07T12:00Z",
      "2026-03-7T12:00Z",
      "2026-03-07T1:00Z",
      "2026-03-07T12:0Z",
      "2026-03-07T12:00:0Z",
      "2026-03-07 12:00Z",
    ]) {
      expect(parseInstantString(s), s).toBeNull();
    }
  });

  it("prints milliseconds only when there are some, and builds wall times through DST gaps and overlaps", () => {
    expect(formatInstant(Date.UTC(2026, 2, 7, 20, 0, 0, 250))).toBe("2026-03-07T12:00:00.250-08:00");
    expect(formatInstant(Date.UTC(2026, 2, 7, 20))).toBe("2026-03-07T12:00:00-08:00");
    expect(formatInstant(pacificInstant("2026-03-07", 23 * 60 + 59))).toBe("2026-03-07T23:59:00-08:00");
    // 02:30 does not exist on 2026-03-08 (clocks jump from 02:00 to 03:00): moved forward by the gap.
    expect(formatInstant(pacificInstant("2026-03-08", 2 * 60 + 30))).toBe("2026-03-08T03:30:00-07:00");
    // 01:30 happens twice on 2026-11-01: the earlier, daylight reading.
    expect(formatInstant(pacificInstant("2026-11-01", 60 + 30))).toBe("2026-11-01T01:30:00-07:00");
    expect(pacificTime(Date.UTC(2026, 0, 1, 7, 59))).toEqual({ date: "2025-12-31", minuteOfDay: 23 * 60 + 59, weekday: 3 });
    expect(pacificTime(Date.UTC(2026, 0, 1, 8))).toEqual({ date: "2026-01-01", minuteOfDay: 0, weekday: 4 });
  });
});
