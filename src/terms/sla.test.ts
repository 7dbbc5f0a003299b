import { describe, expect, it } from "vitest";
import { test, fc } from "@fast-check/vitest";
import { slaTarget } from "./sla.js";
import { PolicyInputError } from "../core/errors.js";
import { LIMITS } from "../core/limits.js";
import { isBusinessDay } from "../core/business-days.js";
import { policyErrorOf } from "../../test/policy-error.js";

const due = (mode: "remote" | "onsite", customer: "member" | "non-member", requestedAt: string, extra: object = {}) => {
  const r = slaTarget({ mode, customer, requestedAt, ...extra });
  return [r.dueDate, r.dueBy];
};

describe("slaTarget (§4)", () => {
  it("terms.4.sla: member remote is due the same business day at the close", () => {
    expect(due("remote", "member", "2026-11-23T10:00:00-08:00")).toEqual(["2026-11-23", "2026-11-23T17:00:00-08:00"]);
  });

  it("terms.4.sla: non-member remote within 1 business day, on-site next business day", () => {
    expect(due("remote", "non-member", "2026-11-23T10:00:00-08:00")).toEqual(["2026-11-24", "2026-11-24T17:00:00-08:00"]);
    expect(due("onsite", "member", "2026-11-23T10:00:00-08:00")).toEqual(["2026-11-24", "2026-11-24T17:00:00-08:00"]);
  });

  it("terms.4.support-hours: after hours and on weekends the request counts from the next opening", () => {
    expect(due("remote", "member", "2026-11-23T17:00:00-08:00")).toEqual(["2026-11-24", "2026-11-24T17:00:00-08:00"]);
    expect(due("remote", "member", "2026-11-21T12:00:00-08:00")).toEqual(["2026-11-23", "2026-11-23T17:00:00-08:00"]);
    expect(due("remote", "non-member", "2026-11-23T07:00:00-08:00")).toEqual(["2026-11-24", "2026-11-24T17:00:00-08:00"]);
    expect(slaTarget({ mode: "remote", customer: "member", requestedAt: "2026-11-22T23:00:00-08:00" }).countsFrom).toBe("2026-11-23");
  });

  it("terms.4.sla: Thanksgiving is skipped (Wednesday evening → Friday)", () => {
    expect(due("remote", "member", "2026-11-25T18:30:00-08:00")).toEqual(["2026-11-27", "2026-11-27T17:00:00-08:00"]);
    expect(due("onsite", "non-member", "2026-11-25T11:00:00-08:00")).toEqual(["2026-11-27", "2026-11-27T17:00:00-08:00"]);
  });

  it("terms.4.sla: a holiday observed on a Friday (July 4, 2026 is a Saturday) and on a Monday (July 4, 2027 is a Sunday)", () => {
    expect(due("onsite", "member", "2026-07-02T10:00:00-07:00")).toEqual(["2026-07-06", "2026-07-06T17:00:00-07:00"]);
    expect(due("onsite", "member", "2027-07-02T10:00:00-07:00")).toEqual(["2027-07-06", "2027-07-06T17:00:00-07:00"]);
  });

  it("terms.4.sla: the close is read in Pacific time across the spring-forward weekend", () => {
    expect(due("remote", "non-member", "2026-03-06T16:00:00-08:00")).toEqual(["2026-03-09", "2026-03-09T17:00:00-07:00"]);
  });

  it("terms.4.support-hours: posted hours and closures override the defaults", () => {
    const supportHours = { days: ["mon", "tue", "wed", "thu", "fri", "sat"], open: "08:00", close: "20:00" } as const;
    expect(due("remote", "member", "2026-11-21T19:00:00-08:00", { supportHours })).toEqual(["2026-11-21", "2026-11-21T20:00:00-08:00"]);
    expect(due("remote", "member", "2026-11-26T10:00:00-08:00", { holidays: [] })).toEqual(["2026-11-26", "2026-11-26T17:00:00-08:00"]);
    expect(due("remote", "member", "2026-11-24T10:00:00-08:00", { holidays: ["2026-11-24"] })[0]).toBe("2026-11-25");
  });

  it("terms.4.sla: the result is a target, cited and explained", () => {
    const r = slaTarget({ mode: "onsite", customer: "member", requestedAt: "2026-11-23T10:00:00-08:00" });
    expect(r.guaranteed).toBe(false);
    expect(r.citations).toEqual(expect.arrayContaining(["terms.4.sla", "terms.4.support-hours"]));
    expect(r.explanation.join(" ")).toMatch(/not a guarantee/);
  });

  it("terms.4.sla: a member remote request within hours, every sentence and the clauses in order", () => {
    const r = slaTarget({ mode: "remote", customer: "member", requestedAt: "2026-11-23T10:00:00-08:00" });
    expect(r.explanation).toEqual([
      "Support hours: mon, tue, wed, thu, fri 09:00–17:00 Pacific (default: the Terms leave the hours as a placeholder); closed on US federal holidays as observed.",
      "Requested 2026-11-23T10:00:00-08:00, within support hours: counts from 2026-11-23.",
      "SLA target remote, member (Home/Office): same business day → due 2026-11-23, by the 17:00 close: 2026-11-23T17:00:00-08:00. This is a target, not a guarantee.",
    ]);
    expect(r.citations).toEqual(["terms.4.support-hours", "terms.4.sla"]);
    expect(r).toMatchObject({ countsFrom: "2026-11-23", businessDays: 0 });
  });

  it("terms.4.support-hours: 09:00 is within hours, 08:59 counts from that day's opening; 16:59 is within hours", () => {
    const at = (requestedAt: string, customer: "member" | "non-member" = "non-member") => slaTarget({ mode: "remote", customer, requestedAt });
    const early = at("2026-11-23T08:59:00-08:00");
    expect(early.explanation[1]).toBe("Requested 2026-11-23T08:59:00-08:00, outside support hours: counts from the next opening, 2026-11-23 09:00.");
    expect(early.explanation[2]).toBe(
      "SLA target remote, non-member: within 1 business day → due 2026-11-24, by the 17:00 close: 2026-11-24T17:00:00-08:00. This is a target, not a guarantee.",
    );
    expect(early).toMatchObject({ countsFrom: "2026-11-23", businessDays: 1 });
    expect(at("2026-11-23T09:00:00-08:00").explanation[1]).toBe("Requested 2026-11-23T09:00:00-08:00, within support hours: counts from 2026-11-23.");
    expect(at("2026-11-23T16:59:00-08:00", "member").dueDate).toBe("2026-11-23");
    const late = at("2026-11-23T17:00:00-08:00", "member");
    expect(late.explanation[1]).toBe("Requested 2026-11-23T17:00:00-08:00, outside support hours: counts from the next opening, 2026-11-24 09:00.");
  });

  it("terms.4.sla: on-site is the next business day, stated as such", () => {
    const r = slaTarget({ mode: "onsite", customer: "non-member", requestedAt: "2026-11-23T10:00:00-08:00" });
    expect(r.explanation[2]).toBe(
      "SLA target on-site: next business day → due 2026-11-24, by the 17:00 close: 2026-11-24T17:00:00-08:00. This is a target, not a guarantee.",
    );
    expect(r.businessDays).toBe(1);
  });

  it("terms.4.support-hours: posted hours and a holiday list are named as given, not as defaults", () => {
    const r = slaTarget({
      mode: "remote",
      customer: "member",
      requestedAt: "2026-11-21T19:59:00-08:00",
      supportHours: { days: ["mon", "sat"], open: "08:00", close: "20:00" },
      holidays: ["2026-12-25"],
    });
    expect(r.explanation[0]).toBe("Support hours: mon, sat 08:00–20:00 Pacific; closed on the given holidays.");
    expect(r.dueBy).toBe("2026-11-21T20:00:00-08:00");
    // The latest valid times are accepted: 23:59 close.
    expect(slaTarget({ mode: "remote", customer: "member", requestedAt: "2026-11-23T23:00:00-08:00", supportHours: { days: ["mon"], open: "00:00", close: "23:59" } }).dueBy).toBe(
      "2026-11-23T23:59:00-08:00",
    );
  });

  it("rejects bad support hours naming the field and the reason (Invalid input to slaTarget)", () => {
    const issues = (supportHours: unknown) =>
      policyErrorOf(() => slaTarget({ mode: "remote", customer: "member", requestedAt: "2026-11-23T10:00:00Z", supportHours } as never), "slaTarget").issues;
    expect(issues({ days: ["mon"], open: "09:00", close: "09:00" })).toEqual([{ path: ["supportHours", "close"], message: "support hours must open before they close" }]);
    expect(issues({ days: ["mon", "mon"], open: "09:00", close: "17:00" })).toEqual([{ path: ["supportHours", "days"], message: "a weekday is listed twice" }]);
    expect(issues({ days: ["mon"], open: "24:00", close: "23:00" })).toContainEqual({ path: ["supportHours", "open"], message: "expected a time HH:MM (24-hour)" });
    expect(issues({ days: ["mon"], open: "09:60", close: "23:00" })).toContainEqual({ path: ["supportHours", "open"], message: "expected a time HH:MM (24-hour)" });
    expect(issues({ days: ["mon"], open: "09:00", close: "17:00:00" })).toContainEqual({ path: ["supportHours", "close"], message: "expected a time HH:MM (24-hour)" });
    expect(issues({ days: ["mon"], open: "x09:00", close: "17:00" })).toContainEqual({ path: ["supportHours", "open"], message: "expected a time HH:MM (24-hour)" });
    expect(issues({ days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun", "mon"], open: "09:00", close: "17:00" })[0]?.path).toEqual(["supportHours", "days"]);
  });

  it("terms.4.support-hours: up to LIMITS.holidays (10,000) holidays are accepted, more are rejected", () => {
    const many = Array.from({ length: LIMITS.holidays }, () => "2030-01-01");
    expect(slaTarget({ mode: "remote", customer: "member", requestedAt: "2026-11-23T10:00:00-08:00", holidays: many }).dueDate).toBe("2026-11-23");
    expect(() => slaTarget({ mode: "remote", customer: "member", requestedAt: "2026-11-23T10:00:00-08:00", holidays: [...many, "2030-01-02"] })).toThrow(PolicyInputError);
  });

  it("rejects bad input with PolicyInputError", () => {
    for (const bad of [
      { mode: "remote", customer: "member", requestedAt: "2026-11-23T10:00:00" },
      { mode: "remote", customer: "member", requestedAt: "2026-11-23T10:00:00Z", supportHours: { days: [], open: "09:00", close: "17:00" } },
      { mode: "remote", customer: "member", requestedAt: "2026-11-23T10:00:00Z", supportHours: { days: ["mon"], open: "17:00", close: "09:00" } },
      { mode: "remote", customer: "member", requestedAt: "2026-11-23T10:00:00Z", supportHours: { days: ["mon"], open: "9:00", close: "17:00" } },
      { mode: "remote", customer: "member", requestedAt: "2026-11-23T10:00:00Z", holidays: ["2026-02-30"] },
      { mode: "remote", customer: "member", requestedAt: "2026-11-23T10:00:00Z", priority: "high" },
    ]) {
      expect(() => slaTarget(bad as never), JSON.stringify(bad)).toThrow(PolicyInputError);
    }
  });

  test.prop([
    fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) }),
    fc.constantFrom("remote" as const, "onsite" as const),
    fc.constantFrom("member" as const, "non-member" as const),
  ])("the due day is a business day, at or after the request, and at the 17:00 Pacific close", (ms, mode, customer) => {
    const r = slaTarget({ mode, customer, requestedAt: new Date(ms) });
    expect(isBusinessDay(r.dueDate)).toBe(true);
    expect(Date.parse(r.dueBy)).toBeGreaterThan(ms);
    expect(r.dueBy).toMatch(new RegExp(`^${r.dueDate}T17:00:00-0[78]:00$`));
  });
});
