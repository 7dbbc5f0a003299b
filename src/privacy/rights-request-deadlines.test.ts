import { describe, expect, it } from "vitest";
import { PolicyInputError } from "../core/errors.js";
import { rightsRequestDeadlines } from "./rights-request-deadlines.js";
import { privacyProfiles } from "./profiles/index.js";

// Every expected date below was counted by hand on a calendar: receipt is day 0; business days skip
// weekends and US federal holidays as observed; "one month" = same day next month, clamped.
describe("rightsRequestDeadlines: Relument (CCPA)", () => {
  it("privacy.8.know: received Wed 2026-11-25 (Thanksgiving on the 26th): acknowledge 2026-12-10, respond 2027-01-09, extended 2027-02-23", () => {
    const r = rightsRequestDeadlines({ right: "know", receivedOn: "2026-11-25" });
    expect(r).toMatchObject({
      profile: "relument",
      jurisdiction: "california",
      extended: false,
      acknowledgeBy: "2026-12-10",
      respondBy: "2027-01-09",
      standardRespondBy: "2027-01-09",
      extendedRespondBy: "2027-02-23",
      extensionNoticeBy: "2027-01-09",
      verificationRequired: true,
    });
    expect(r).not.toHaveProperty("dueBy");
    expect(r.citations).toContain("privacy.8.know");
    expect(r.lawCitations).toEqual(expect.arrayContaining(["law.ccpa-regs.7021", "law.ccpa.1798-130"]));
    expect(r.explanation[0]).toMatch(/default profile "relument"/);
  });

  it("privacy.8.delete: extended with notice, respondBy IS the extended deadline (45 + 45 days: 2027-02-23); the standard one stays beside it", () => {
    const r = rightsRequestDeadlines({ right: "delete", receivedOn: "2026-11-25", extended: true });
    expect(r).toMatchObject({
      extended: true,
      acknowledgeBy: "2026-12-10",
      respondBy: "2027-02-23",
      standardRespondBy: "2027-01-09",
      extendedRespondBy: "2027-02-23",
      extensionNoticeBy: "2027-01-09",
    });
    expect(r.explanation.join(" ")).toMatch(/Extended with notice: respondBy is the extended deadline, 2027-02-23/);
  });

  it("privacy.8.delete: extended: false is the same as not saying", () => {
    const a = rightsRequestDeadlines({ right: "delete", receivedOn: "2026-11-25", extended: false });
    expect(a).toMatchObject({ extended: false, respondBy: "2027-01-09", extendedRespondBy: "2027-02-23" });
    const b = rightsRequestDeadlines({ right: "delete", receivedOn: "2026-11-25" });
    expect(b.respondBy).toBe(a.respondBy);
    expect(b.explanation.join(" ")).toMatch(/extended not given, taken as false/);
  });

  it("privacy.8.correct: received Thu 2026-12-24 (Dec 25 and Jan 1 closed): acknowledge 2027-01-11, respond 2027-02-07", () => {
    expect(rightsRequestDeadlines({ right: "correct", receivedOn: "2026-12-24" })).toMatchObject({ acknowledgeBy: "2027-01-11", respondBy: "2027-02-07" });
  });

  it("privacy.8.opt-out: received Thu 2026-12-24: acknowledged within 10 business days (2027-01-11), honoured within 15 over both year-end holidays and MLK day (2027-01-19), no verification, no extension", () => {
    const r = rightsRequestDeadlines({ right: "opt-out-sale-sharing", receivedOn: "2026-12-24" });
    expect(r).toMatchObject({
      acknowledgeBy: "2027-01-11",
      respondBy: "2027-01-19",
      standardRespondBy: "2027-01-19",
      extendedRespondBy: null,
      extensionNoticeBy: null,
      verificationRequired: false,
    });
    expect(r.basis.acknowledgeBy).toEqual([{ source: "law", date: "2027-01-11", period: "10 business days", cites: ["law.ccpa-regs.7021"] }]);
    expect(r.lawCitations).toEqual(expect.arrayContaining(["law.ccpa-regs.7021", "law.ccpa-regs.7026"]));
    expect(r.explanation.join(" ")).toMatch(/P5\.acknowledge-every-ccpa-right/);
  });

  it("privacy.8.limit-spi: received Wed 2027-12-22 (Dec 24 and Dec 31 observed holidays): acknowledge 2028-01-07, honour 2028-01-14", () => {
    const r = rightsRequestDeadlines({ right: "limit-spi", receivedOn: "2027-12-22" });
    expect(r).toMatchObject({ acknowledgeBy: "2028-01-07", respondBy: "2028-01-14", verificationRequired: false });
    expect(r.lawCitations).toEqual(expect.arrayContaining(["law.ccpa-regs.7021", "law.ccpa-regs.7027"]));
  });

  it("privacy.8.limit-spi: a limit request has no extension: extended: true is irrelevant, respondBy stays 2028-01-14", () => {
    const r = rightsRequestDeadlines({ right: "limit-spi", receivedOn: "2027-12-22", extended: true });
    expect(r).toMatchObject({ extended: true, acknowledgeBy: "2028-01-07", respondBy: "2028-01-14", standardRespondBy: "2028-01-14", extendedRespondBy: null, extensionNoticeBy: null });
    expect(r.basis.extendedRespondBy).toEqual([]);
    expect(r.explanation.join(" ")).toMatch(/no extension exists for "limit-spi"/);
  });

  it("privacy.8.know: received on Saturday 2026-03-14: acknowledge 2026-03-27, respond 2026-04-28, extended 2026-06-12", () => {
    expect(rightsRequestDeadlines({ right: "know", receivedOn: "2026-03-14" })).toMatchObject({
      acknowledgeBy: "2026-03-27",
      respondBy: "2026-04-28",
      extendedRespondBy: "2026-06-12",
    });
  });

  it("privacy.8.opt-out: received on Sunday 2026-03-15: acknowledge 2026-03-27, honour 2026-04-03", () => {
    expect(rightsRequestDeadlines({ right: "opt-out-sale-sharing", receivedOn: "2026-03-15" })).toMatchObject({ acknowledgeBy: "2026-03-27", respondBy: "2026-04-03" });
  });

  it("privacy.8.opt-out: an opt-out has no extension: extended: true changes nothing (received 2026-03-15, honour by 2026-04-03)", () => {
    const r = rightsRequestDeadlines({ right: "opt-out-sale-sharing", receivedOn: "2026-03-15", extended: true });
    const plain = rightsRequestDeadlines({ right: "opt-out-sale-sharing", receivedOn: "2026-03-15" });
    expect(r).toMatchObject({ acknowledgeBy: "2026-03-27", respondBy: "2026-04-03", extendedRespondBy: null, verificationRequired: false });
    expect([r.respondBy, r.standardRespondBy, r.acknowledgeBy, r.citations, r.lawCitations]).toEqual([plain.respondBy, plain.standardRespondBy, plain.acknowledgeBy, plain.citations, plain.lawCitations]);
    expect(r.explanation.join(" ")).toMatch(/extended is irrelevant/);
  });

  it("privacy.8.rights: a GDPR right is not offered by Relument: PolicyInputError on path right", () => {
    try {
      rightsRequestDeadlines({ right: "erasure", receivedOn: "2026-01-05" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyInputError);
      expect((e as PolicyInputError).issues[0]?.path).toEqual(["right"]);
      expect((e as PolicyInputError).message).toMatch(/offers: know, delete, correct, opt-out-sale-sharing, limit-spi/);
    }
  });

  it("privacy.8.rights: outside California the policy states no deadline of its own", () => {
    expect(rightsRequestDeadlines({ right: "know", receivedOn: "2026-03-14", jurisdiction: "other" })).toMatchObject({ acknowledgeBy: null, respondBy: null, standardRespondBy: null, extendedRespondBy: null });
  });

  it("privacy.8.rights: outside California, extended: true is irrelevant: no deadline, no extension, no error", () => {
    const r = rightsRequestDeadlines({ right: "know", receivedOn: "2026-03-14", jurisdiction: "other", extended: true });
    expect(r).toMatchObject({ extended: true, respondBy: null, standardRespondBy: null, extendedRespondBy: null, extensionNoticeBy: null });
    expect(r.explanation.join(" ")).toMatch(/no extension exists for "know" under profile "relument" \(jurisdiction other\)/);
  });
});

describe("rightsRequestDeadlines: Relaso (30 days vs GDPR month)", () => {
  it("relaso.access.30-days: received 2028-01-31 (leap year): GDPR month 2028-02-29 is earlier than 30 days 2028-03-01; both cited", () => {
    const r = rightsRequestDeadlines({ profile: "relaso", right: "access", receivedOn: "2028-01-31" });
    expect(r).toMatchObject({ jurisdiction: "eea", acknowledgeBy: null, respondBy: "2028-02-29", standardRespondBy: "2028-02-29", extendedRespondBy: "2028-03-01", verificationRequired: true });
    expect(r.basis.standardRespondBy).toEqual([
      { source: "policy", date: "2028-03-01", period: "30 calendar days", cites: ["relaso.access.30-days", "relaso.end.identity"] },
      { source: "law", date: "2028-02-29", period: "1 month", cites: ["law.gdpr.12-3"] },
    ]);
    expect(r.citations).toContain("relaso.access.30-days");
    expect(r.lawCitations).toContain("law.gdpr.12-3");
  });

  it("relaso.access.30-days: extended, received 2028-01-31: the policy's 30 days (2028-03-01) still bind, not the GDPR's three months (2028-04-30); notice by 2028-02-29", () => {
    const r = rightsRequestDeadlines({ profile: "relaso", right: "access", receivedOn: "2028-01-31", extended: true });
    expect(r).toMatchObject({
      extended: true,
      respondBy: "2028-03-01",
      standardRespondBy: "2028-02-29",
      extendedRespondBy: "2028-03-01",
      extensionNoticeBy: "2028-02-29",
    });
    expect(r.basis.extendedRespondBy).toEqual([
      { source: "policy", date: "2028-03-01", period: "30 calendar days", cites: ["relaso.access.30-days", "relaso.end.identity"] },
      { source: "law", date: "2028-04-30", period: "1 + 2 months", cites: ["law.gdpr.12-3"] },
    ]);
    expect(r.citations).toEqual(expect.arrayContaining(["relaso.access.30-days", "relaso.end.identity"]));
    expect(r.lawCitations).toContain("law.gdpr.12-3");
    expect(r.explanation.join(" ")).toMatch(/has no extension and still binds/);
  });

  it("relaso.access.30-days: extended, received 2027-01-31 (common year): month 2027-02-28, extended to the 30 days 2027-03-02", () => {
    expect(rightsRequestDeadlines({ profile: "relaso", right: "erasure", receivedOn: "2027-01-31", extended: true })).toMatchObject({
      respondBy: "2027-03-02",
      standardRespondBy: "2027-02-28",
    });
  });

  it("relaso.access.30-days: extended, received 2028-03-01: the 30 days (2028-03-31) are already the deadline, so the extension gains no time", () => {
    const r = rightsRequestDeadlines({ profile: "relaso", right: "portability", receivedOn: "2028-03-01", extended: true });
    expect(r).toMatchObject({ respondBy: "2028-03-31", standardRespondBy: "2028-03-31", extendedRespondBy: "2028-03-31", extensionNoticeBy: "2028-03-31" });
    expect(r.explanation.join(" ")).toMatch(/the extension gains no time/);
  });

  it("relaso.access.30-days: received 2027-01-31 (common year): the month clamps to 2027-02-28, 30 days is 2027-03-02", () => {
    expect(rightsRequestDeadlines({ profile: "relaso", right: "erasure", receivedOn: "2027-01-31" }).respondBy).toBe("2027-02-28");
  });

  it("relaso.access.30-days: received 2028-03-01: 30 days (2028-03-31) is earlier than the month (2028-04-01)", () => {
    expect(rightsRequestDeadlines({ profile: "relaso", right: "portability", receivedOn: "2028-03-01" }).respondBy).toBe("2028-03-31");
  });

  it("relaso.access.30-days: received 2028-02-15: month 2028-03-15 beats 30 days 2028-03-16", () => {
    expect(rightsRequestDeadlines({ profile: "relaso", right: "objection", receivedOn: "2028-02-15" }).respondBy).toBe("2028-03-15");
  });

  it("relaso.access.72h: rectification made in the account takes effect within 72 hours", () => {
    expect(rightsRequestDeadlines({ profile: "relaso", right: "rectification", receivedOn: "2028-02-15" }).accountChangeHours).toBe(72);
  });

  it("relaso.rights: a CCPA right id is not offered by Relaso", () => {
    expect(() => rightsRequestDeadlines({ profile: "relaso", right: "know", receivedOn: "2028-02-15" })).toThrow(PolicyInputError);
  });

  it("relaso.access.30-days: outside the EEA only the 30-day promise holds, with no extension", () => {
    const r = rightsRequestDeadlines({ profile: "relaso", right: "access", receivedOn: "2028-01-31", jurisdiction: "other" });
    expect(r).toMatchObject({ respondBy: "2028-03-01", extendedRespondBy: null });
    expect(rightsRequestDeadlines({ profile: "relaso", right: "access", receivedOn: "2028-01-31", jurisdiction: "other", extended: true })).toMatchObject({
      respondBy: "2028-03-01",
      extendedRespondBy: null,
      extensionNoticeBy: null,
    });
  });
});

describe("rightsRequestDeadlines: Reliom and Relenta (no deadline stated)", () => {
  it("reliom.7.rights: no jurisdiction: no deadline is invented (null)", () => {
    const r = rightsRequestDeadlines({ profile: "reliom", right: "access", receivedOn: "2026-05-31" });
    expect(r).toMatchObject({ jurisdiction: null, acknowledgeBy: null, respondBy: null, standardRespondBy: null, extendedRespondBy: null, extensionNoticeBy: null });
    expect(r.citations).toEqual(["reliom.7.rights"]);
  });

  it("reliom.7.rights: no jurisdiction and extended: true: still no deadline (null), and no error", () => {
    const r = rightsRequestDeadlines({ profile: "reliom", right: "access", receivedOn: "2026-05-31", extended: true });
    expect(r).toMatchObject({ extended: true, respondBy: null, extendedRespondBy: null });
    expect(r.explanation.join(" ")).toMatch(/no extension exists/);
  });

  it("reliom.7.rights: EEA requester: GDPR month 2026-06-30, extended 2026-08-31", () => {
    expect(rightsRequestDeadlines({ profile: "reliom", right: "access", receivedOn: "2026-05-31", jurisdiction: "eea" })).toMatchObject({
      respondBy: "2026-06-30",
      extendedRespondBy: "2026-08-31",
    });
  });

  it("reliom.7.rights: EEA requester, extended: no policy promise, so the GDPR's three months apply: 2026-08-31", () => {
    expect(rightsRequestDeadlines({ profile: "reliom", right: "access", receivedOn: "2026-05-31", jurisdiction: "eea", extended: true })).toMatchObject({
      respondBy: "2026-08-31",
      standardRespondBy: "2026-06-30",
      extensionNoticeBy: "2026-06-30",
    });
  });

  it("reliom.7.rights: California requester, extended: 90 calendar days from Sunday 2026-05-31 is 2026-08-29", () => {
    expect(rightsRequestDeadlines({ profile: "reliom", right: "erasure", receivedOn: "2026-05-31", jurisdiction: "california", extended: true })).toMatchObject({
      acknowledgeBy: "2026-06-12",
      respondBy: "2026-08-29",
      standardRespondBy: "2026-07-15",
    });
  });

  it("reliom.7.rights: California requester received Sunday 2026-05-31: acknowledge 2026-06-12, respond 2026-07-15", () => {
    expect(rightsRequestDeadlines({ profile: "reliom", right: "erasure", receivedOn: "2026-05-31", jurisdiction: "california" })).toMatchObject({
      acknowledgeBy: "2026-06-12",
      respondBy: "2026-07-15",
    });
  });

  it("reliom.7.rights: the CCPA sets no deadline for an objection; no verification for it", () => {
    expect(rightsRequestDeadlines({ profile: "reliom", right: "objection", receivedOn: "2026-05-31", jurisdiction: "california" })).toMatchObject({
      respondBy: null,
      verificationRequired: false,
    });
  });

  it("relenta.5.deletion: deletion is immediate; residual copies by 2026-04-10 (90 days)", () => {
    expect(rightsRequestDeadlines({ profile: "relenta", right: "erasure", receivedOn: "2026-01-10" })).toMatchObject({
      respondBy: "2026-01-10",
      residualPurgeBy: "2026-04-10",
      accountChangeHours: 0,
    });
  });

  it("a host profile with its own 20-day promise is applied", () => {
    const host = {
      ...privacyProfiles.reliom,
      id: "acme",
      name: "Acme",
      rights: { ...privacyProfiles.reliom.rights, respondWithinDays: { stated: true as const, value: 20, clauses: ["acme.7"] } },
    };
    expect(rightsRequestDeadlines({ profile: host, right: "access", receivedOn: "2026-05-31" }).respondBy).toBe("2026-06-20");
  });

  it("bad input throws PolicyInputError", () => {
    expect(() => rightsRequestDeadlines({ right: "know", receivedOn: "2026-02-30" })).toThrow(PolicyInputError);
    expect(() => rightsRequestDeadlines({ right: "complaint" as never, receivedOn: "2026-02-03" })).toThrow(PolicyInputError);
    expect(() => rightsRequestDeadlines({ right: "know", receivedOn: "2026-02-03", jurisdiction: "mars" as never })).toThrow(PolicyInputError);
  });

  it("does not mutate its input", () => {
    const input = Object.freeze({ profile: "relaso" as const, right: "access" as const, receivedOn: "2028-01-31" });
    rightsRequestDeadlines(input);
    expect(input).toEqual({ profile: "relaso", right: "access", receivedOn: "2028-01-31" });
  });
});

describe("rightsRequestDeadlines: an answer due before the acknowledgement", () => {
  it("relenta.5.deletion: a Californian's extended erasure is still immediate: the policy's promise has no extension", () => {
    const r = rightsRequestDeadlines({ profile: "relenta", right: "erasure", receivedOn: "2026-03-02", jurisdiction: "california", extended: true });
    expect(r).toMatchObject({ acknowledgeBy: "2026-03-02", respondBy: "2026-03-02", standardRespondBy: "2026-03-02", extendedRespondBy: "2026-03-02" });
    expect(r.basis.extendedRespondBy.map((b) => [b.source, b.date])).toEqual([
      ["policy", "2026-03-02"],
      ["law", "2026-05-31"],
    ]);
  });

  it("relenta.5.choices: an immediate self-service change for a Californian needs no later acknowledgement", () => {
    expect(rightsRequestDeadlines({ profile: "relenta", right: "rectification", receivedOn: "2026-03-02", jurisdiction: "california" })).toMatchObject({
      respondBy: "2026-03-02",
      acknowledgeBy: "2026-03-02",
    });
  });
});
