import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { PolicyInputError } from "../core/errors.js";
import { rightsRequestDeadlines } from "./rights-request-deadlines.js";
import { privacyProfiles } from "./profiles/index.js";
import { rightsRequestInputArbitrary } from "../testing/privacy-arbitraries.js";

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

// The explanation is what an auditor reads: each case below pins every sentence of one branch, and the citations
// (clause ids in first-use order) and law ids it relies on. Dates as counted by hand in the cases above.
describe("rightsRequestDeadlines: the explanation and citations of each branch", () => {
  const DEFAULT = 'No profile given: the default profile "relument" (Relument Solutions\' Privacy Policy) applies.';

  it("privacy.8.know: received 2026-11-25, not extended: the CCPA's three deadlines, the extension, verification and the agent, in order", () => {
    const r = rightsRequestDeadlines({ right: "know", receivedOn: "2026-11-25" });
    expect(r.explanation).toEqual([
      DEFAULT,
      'The policy offers the right "know".',
      "Received on 2026-11-25; that day is day 0 and is not counted.",
      'No jurisdiction given: the policy addresses "california", so that law applies.',
      "No answer deadline in the policy: The policy states no answer deadline of its own; the CCPA's deadlines apply to California residents.",
      "CCPA: confirm receipt within 10 business days (by 2026-12-10); respond within 45 calendar days (by 2027-01-09); one extension of 45 more days with notice (by 2027-02-23).",
      "If extended: the extended deadline is 2027-02-23; the notice of the extension with its reasons is due by 2027-01-09.",
      "Not extended (extended not given, taken as false): respondBy is the standard deadline, 2027-01-09 (register P5.respond-by-in-force).",
      "The requester's identity is verified first.",
      "An authorized agent may act with proof of authorization.",
    ]);
    expect(r.citations).toEqual(["privacy.8.know", "privacy.8.rights", "privacy.8.verification", "privacy.8.agent"]);
    expect(r.lawCitations).toEqual(["law.ccpa-regs.7021", "law.ccpa.1798-130", "law.ccpa-regs.7060"]);
    expect(r.basis).toEqual({
      acknowledgeBy: [{ source: "law", date: "2026-12-10", period: "10 business days", cites: ["law.ccpa-regs.7021"] }],
      standardRespondBy: [{ source: "law", date: "2027-01-09", period: "45 calendar days", cites: ["law.ccpa.1798-130", "law.ccpa-regs.7021"] }],
      extendedRespondBy: [{ source: "law", date: "2027-02-23", period: "45 + 45 calendar days", cites: ["law.ccpa.1798-130", "law.ccpa-regs.7021"] }],
    });
    expect(r).toMatchObject({ accountChangeHours: null, residualPurgeBy: null });
  });

  it("privacy.8.know: extended: false given says only \"Not extended\" (no default taken)", () => {
    const r = rightsRequestDeadlines({ right: "know", receivedOn: "2026-11-25", extended: false });
    expect(r.explanation).toContain("Not extended: respondBy is the standard deadline, 2027-01-09 (register P5.respond-by-in-force).");
  });

  it("privacy.8.opt-out: received 2026-12-24: the CCPA regulations' two sentences; the policy's \"verification: no\" needs no sentence, no agent", () => {
    const r = rightsRequestDeadlines({ right: "opt-out-sale-sharing", receivedOn: "2026-12-24" });
    expect(r.explanation.slice(1)).toEqual([
      'The policy offers the right "opt-out-sale-sharing".',
      "Received on 2026-12-24; that day is day 0 and is not counted.",
      'No jurisdiction given: the policy addresses "california", so that law applies.',
      "No answer deadline in the policy: The policy states no answer deadline of its own; the CCPA's deadlines apply to California residents.",
      "CCPA: confirm receipt within 10 business days (by 2027-01-11), the confirmation period of the CCPA regulations, applied to every CCPA right including opt-outs and limits (register P5.acknowledge-every-ccpa-right).",
      "CCPA regulations: honour within 15 business days, by 2027-01-19; no verification may be required and there is no extension.",
      "Not extended (extended not given, taken as false): respondBy is the standard deadline, 2027-01-19 (register P5.respond-by-in-force).",
    ]);
    expect(r.citations).toEqual(["privacy.8.opt-out", "privacy.8.gpc", "privacy.8.rights"]);
    expect(r.lawCitations).toEqual(["law.ccpa-regs.7021", "law.ccpa-regs.7026", "law.ccpa-regs.7060"]);
    expect(r.basis.standardRespondBy).toEqual([{ source: "law", date: "2027-01-19", period: "15 business days", cites: ["law.ccpa-regs.7026"] }]);
  });

  it("privacy.8.limit-spi: received 2027-12-22: 15 business days under the limit rule (7027), not the opt-out rule", () => {
    const r = rightsRequestDeadlines({ right: "limit-spi", receivedOn: "2027-12-22" });
    expect(r.lawCitations).toEqual(["law.ccpa-regs.7021", "law.ccpa-regs.7027", "law.ccpa-regs.7060"]);
    expect(r.basis.standardRespondBy).toEqual([{ source: "law", date: "2028-01-14", period: "15 business days", cites: ["law.ccpa-regs.7027"] }]);
    expect(r.explanation).toContain("CCPA regulations: honour within 15 business days, by 2028-01-14; no verification may be required and there is no extension.");
  });

  it("privacy.8.rights: outside California (\"other\"): no law sets a deadline, both nulls are explained, no law cited", () => {
    const r = rightsRequestDeadlines({ right: "know", receivedOn: "2026-03-14", jurisdiction: "other" });
    expect(r.lawCitations).toEqual([]);
    expect(r.basis).toEqual({ acknowledgeBy: [], standardRespondBy: [], extendedRespondBy: [] });
    expect(r.explanation.slice(3)).toEqual([
      'Jurisdiction "other" as given.',
      "No answer deadline in the policy: The policy states no answer deadline of its own; the CCPA's deadlines apply to California residents.",
      'No law the library encodes sets a deadline for "other".',
      "No acknowledgement deadline applies (neither the policy nor the law sets one): acknowledgeBy is null.",
      "No answer deadline applies: respondBy is null (never a number the policy does not state).",
      "Not extended (extended not given, taken as false): respondBy is the standard deadline, none (register P5.respond-by-in-force).",
      "The requester's identity is verified first.",
      "An authorized agent may act with proof of authorization.",
    ]);
  });

  it("relaso.access.30-days: received 2028-01-31: the policy's 30 days vs the GDPR's month, the earlier applies, the promise binds an extension", () => {
    const r = rightsRequestDeadlines({ profile: "relaso", right: "access", receivedOn: "2028-01-31" });
    expect(r.explanation).toEqual([
      'Profile "relaso" (Relaso Sales CRM\'s privacy policy).',
      'The policy offers the right "access".',
      "Received on 2028-01-31; that day is day 0 and is not counted.",
      'No jurisdiction given: the policy addresses "eea", so that law applies.',
      "The policy: answer within 30 days of receipt, by 2028-03-01.",
      "GDPR Art. 12(3): act within one month of receipt (same day next month, clamped: 2028-02-29); extendable by 2 further months where necessary (by 2028-04-30), telling the requester within the first month.",
      "Without an extension the earlier deadline applies: 2028-02-29 (policy 2028-03-01 vs law 2028-02-29).",
      "No acknowledgement deadline applies (neither the policy nor the law sets one): acknowledgeBy is null.",
      "If extended: the law would allow until 2028-04-30, but the policy's promise (30 calendar days, 2028-03-01) has no extension and still binds, so the extended deadline is 2028-03-01; the notice of the extension with its reasons is due by 2028-02-29 (register P5.extension-with-policy-promise).",
      "Not extended (extended not given, taken as false): respondBy is the standard deadline, 2028-02-29 (register P5.respond-by-in-force).",
      "The requester's identity is verified first.",
    ]);
    expect(r.citations).toEqual(["relaso.rights", "relaso.rights.access", "relaso.access.30-days", "relaso.end.identity"]);
    expect(r.lawCitations).toEqual(["law.gdpr.12-3"]);
    expect(rightsRequestDeadlines({ profile: "relaso", right: "access", receivedOn: "2028-01-31", extended: true }).explanation).toContain(
      "Extended with notice: respondBy is the extended deadline, 2028-03-01 (register P5.respond-by-in-force).",
    );
  });

  it("relaso.access.72h: a rectification's account change is explained with its 72 hours; an access request has none", () => {
    const r = rightsRequestDeadlines({ profile: "relaso", right: "rectification", receivedOn: "2028-02-15" });
    expect(r.explanation).toContain("A change made in the account takes effect within 72 hours.");
    expect(r.citations).toContain("relaso.access.72h");
    expect(rightsRequestDeadlines({ profile: "relaso", right: "erasure", receivedOn: "2028-02-15" }).accountChangeHours).toBe(72);
    const access = rightsRequestDeadlines({ profile: "relaso", right: "access", receivedOn: "2028-02-15" });
    expect(access.accountChangeHours).toBeNull();
    expect(access.citations).not.toContain("relaso.access.72h");
  });

  it("reliom.7.rights: no jurisdiction, access: nothing invented; verification by the register's reading for a disclosing right", () => {
    const r = rightsRequestDeadlines({ profile: "reliom", right: "access", receivedOn: "2026-05-31", extended: false });
    expect(r.explanation.slice(1)).toEqual([
      'The policy offers the right "access".',
      "Received on 2026-05-31; that day is day 0 and is not counted.",
      "No jurisdiction given and the policy names none: no law's deadline is applied (pass `jurisdiction` to apply one).",
      "No answer deadline in the policy: Not stated: the rules apply the law of the jurisdiction given, if any.",
      "No acknowledgement deadline applies (neither the policy nor the law sets one): acknowledgeBy is null.",
      "No answer deadline applies: respondBy is null (never a number the policy does not state).",
      "Not extended: respondBy is the standard deadline, none (register P5.respond-by-in-force).",
      "The policy does not say whether requests are verified; the library requires verification for a right that discloses or changes data (register P5.verification-silent).",
    ]);
    expect(r.lawCitations).toEqual([]);
    expect(r.verificationRequired).toBe(true);
  });

  it("reliom.7.rights: EEA access: the GDPR month, and GDPR Art. 12(6) for the verification the library requires", () => {
    const r = rightsRequestDeadlines({ profile: "reliom", right: "access", receivedOn: "2026-05-31", jurisdiction: "eea" });
    expect(r.lawCitations).toEqual(["law.gdpr.12-3", "law.gdpr.12-6"]);
    expect(r.explanation).toContain("If extended: the extended deadline is 2026-08-31; the notice of the extension with its reasons is due by 2026-06-30.");
    // An EEA objection needs no verification, so Art. 12(6) is not relied on.
    const objection = rightsRequestDeadlines({ profile: "reliom", right: "objection", receivedOn: "2026-05-31", jurisdiction: "eea" });
    expect(objection).toMatchObject({ verificationRequired: false, lawCitations: ["law.gdpr.12-3"] });
  });

  it("reliom.7.rights: a Californian's objection: the CCPA sets no deadline for it, no verification (register), no law cited", () => {
    const r = rightsRequestDeadlines({ profile: "reliom", right: "objection", receivedOn: "2026-05-31", jurisdiction: "california" });
    expect(r.lawCitations).toEqual([]);
    expect(r.explanation).toContain('The CCPA sets no deadline for "objection".');
    expect(r.explanation).toContain("The policy does not say whether requests are verified; the library requires none for an objection or opt-out (register P5.verification-silent).");
    // A Californian's erasure under a policy silent on verification: verified by the register's reading, CCPA cited without 7060.
    const erasure = rightsRequestDeadlines({ profile: "reliom", right: "erasure", receivedOn: "2026-05-31", jurisdiction: "california" });
    expect(erasure).toMatchObject({ verificationRequired: true, lawCitations: ["law.ccpa-regs.7021", "law.ccpa.1798-130"] });
  });

  it("relenta.5.deletion: an erasure is immediate (period \"immediately\"), the account change and the residual purge are explained", () => {
    const r = rightsRequestDeadlines({ profile: "relenta", right: "erasure", receivedOn: "2026-01-10" });
    expect(r.basis.standardRespondBy).toEqual([{ source: "policy", date: "2026-01-10", period: "immediately", cites: ["relenta.5.deletion"] }]);
    expect(r.citations).toEqual(["relenta.5.deletion"]);
    expect(r.explanation.slice(4)).toEqual([
      "The policy: takes effect immediately, on 2026-01-10.",
      "No acknowledgement deadline applies (neither the policy nor the law sets one): acknowledgeBy is null.",
      "Not extended (extended not given, taken as false): respondBy is the standard deadline, 2026-01-10 (register P5.respond-by-in-force).",
      "The requester's identity is verified first.",
      "A change made in the account takes effect immediately.",
      "Residual copies are purged from the servers within 90 days, by 2026-04-10 (backups may keep them).",
    ]);
    // "delete" is the same act: residual copies too; a "correct" is a change without a purge.
    expect(rightsRequestDeadlines({ profile: "relenta", right: "delete", receivedOn: "2026-01-10" })).toMatchObject({ residualPurgeBy: "2026-04-10", accountChangeHours: 0 });
    expect(rightsRequestDeadlines({ profile: "relenta", right: "correct", receivedOn: "2026-01-10" })).toMatchObject({ residualPurgeBy: null, accountChangeHours: 0 });
  });

  it("relenta.5.deletion: a Californian's extended erasure of Mon 2026-03-02: the immediate answer is the acknowledgement, and the extension gains no time", () => {
    const r = rightsRequestDeadlines({ profile: "relenta", right: "erasure", receivedOn: "2026-03-02", jurisdiction: "california", extended: true });
    expect(r.lawCitations).toEqual(["law.ccpa-regs.7021", "law.ccpa.1798-130", "law.ccpa-regs.7060"]);
    expect(r.explanation).toEqual(
      expect.arrayContaining([
        "The answer is due (2026-03-02) before the acknowledgement (2026-03-16): the answer confirms receipt, so acknowledgeBy is 2026-03-02.",
        "Without an extension the earlier deadline applies: 2026-03-02 (policy 2026-03-02 vs law 2026-04-16).",
        "If extended: the law would allow until 2026-05-31, but the policy's promise (immediately, 2026-03-02) has no extension and still binds, so the extended deadline is 2026-03-02 (the extension gains no time); the notice of the extension with its reasons is due by 2026-03-02 (register P5.extension-with-policy-promise).",
        "Extended with notice: respondBy is the extended deadline, 2026-03-02 (register P5.respond-by-in-force).",
      ]),
    );
  });

  it("extension not available: the sentence names the right, the profile, the jurisdiction (or none) and the standard deadline (or none)", () => {
    expect(rightsRequestDeadlines({ profile: "reliom", right: "access", receivedOn: "2026-05-31", extended: true }).explanation).toContain(
      'extended: true, but no extension exists for "access" under profile "reliom" (jurisdiction none): no law gives one and the policy states none, so extended is irrelevant; respondBy stays the standard deadline, none, and extendedRespondBy stays null (register P5.extension-not-available).',
    );
  });

  it("privacy.8.opt-out: outside California the policy's own \"no verification\" for an opt-out is explained", () => {
    const r = rightsRequestDeadlines({ right: "opt-out-sale-sharing", receivedOn: "2026-03-15", jurisdiction: "other" });
    expect(r).toMatchObject({ verificationRequired: false, lawCitations: [] });
    expect(r.explanation).toContain("No verification is needed.");
  });

  it("relenta.5.choices: a correction has no residual copies to purge, and says none", () => {
    const r = rightsRequestDeadlines({ profile: "relenta", right: "correct", receivedOn: "2026-01-10" });
    expect(r.explanation.join(" ")).not.toMatch(/Residual copies/);
  });

  it("bad input: a schema failure names the rule", () => {
    expect(() => rightsRequestDeadlines({ right: "know", receivedOn: "2026-02-30" })).toThrow(/^Invalid input to rightsRequestDeadlines/);
  });

  it("privacy.8.rights: a right not offered: the message names the rule, the profile and what it offers", () => {
    expect(() => rightsRequestDeadlines({ right: "erasure", receivedOn: "2026-01-05" })).toThrow(
      /^Invalid input to rightsRequestDeadlines[\s\S]*profile "relument" does not offer the right "erasure"; it offers: know, delete, correct, opt-out-sale-sharing, limit-spi/,
    );
  });
});

describe("rightsRequestDeadlines: authorized agents (P5)", () => {
  const base = { right: "delete" as const, receivedOn: "2026-11-25" };
  const deadlines = (r: ReturnType<typeof rightsRequestDeadlines>) => [r.acknowledgeBy, r.respondBy, r.standardRespondBy, r.extendedRespondBy, r.verificationRequired];

  it("privacy.8.agent: an agent without signed permission: not accepted, missing signed-permission, deadlines computed anyway", () => {
    const r = rightsRequestDeadlines({ ...base, submittedBy: "agent" });
    expect(r).toMatchObject({ submittedBy: "agent", accepted: false, missing: ["signed-permission"], acknowledgeBy: "2026-12-10", respondBy: "2027-01-09" });
    expect(r.citations).toContain("privacy.8.agent");
    expect(r.explanation.join(" ")).toMatch(/without the consumer's signed permission \(signedPermission not given, taken as false\)/);
    expect(r.explanation.join(" ")).toMatch(/P5\.agent-deadlines/);
    expect(rightsRequestDeadlines({ ...base, submittedBy: "agent", signedPermission: false })).toMatchObject({ accepted: false, missing: ["signed-permission"] });
  });

  it("privacy.8.agent: an agent with signed permission is accepted, with the same deadlines as the consumer", () => {
    const r = rightsRequestDeadlines({ ...base, submittedBy: "agent", signedPermission: true });
    expect(r).toMatchObject({ submittedBy: "agent", accepted: true, missing: [] });
    expect(r.citations).toContain("privacy.8.agent");
    expect(deadlines(r)).toEqual(deadlines(rightsRequestDeadlines(base)));
  });

  it("privacy.8.agent: an opt-out by an agent also needs the signed permission (the policy asks it of every request)", () => {
    expect(rightsRequestDeadlines({ right: "opt-out-sale-sharing", receivedOn: "2026-12-24", submittedBy: "agent" })).toMatchObject({ accepted: false, missing: ["signed-permission"], respondBy: "2027-01-19" });
  });

  it("privacy.8.rights: the consumer's own request is accepted; absent submittedBy is the consumer", () => {
    expect(rightsRequestDeadlines(base)).toMatchObject({ submittedBy: "consumer", accepted: true, missing: [] });
    expect(rightsRequestDeadlines({ ...base, submittedBy: "consumer" })).toMatchObject({ submittedBy: "consumer", accepted: true, missing: [] });
  });

  it("privacy.8.rights: signedPermission on a consumer's own request is ignored, and the explanation says so", () => {
    const r = rightsRequestDeadlines({ ...base, signedPermission: false });
    expect(r).toMatchObject({ accepted: true, missing: [] });
    expect(r.explanation.join(" ")).toMatch(/`signedPermission` is ignored: the request was submitted by the consumer \(submittedBy not given\)/);
  });

  it.each([
    ["relaso.rights", "relaso", "erasure"],
    ["reliom.7.rights", "reliom", "delete"],
    ["relenta.5.deletion", "relenta", "delete"],
  ] as const)("%s: a policy silent on agents accepts the agent as the consumer, and says so", (_, profile, right) => {
    const r = rightsRequestDeadlines({ profile, right, receivedOn: "2026-11-25", submittedBy: "agent" });
    expect(r).toMatchObject({ accepted: true, missing: [] });
    expect(r.explanation.join(" ")).toMatch(/says nothing about authorized agents, so the agent's request is accepted as the consumer's own/);
    expect(deadlines(r)).toEqual(deadlines(rightsRequestDeadlines({ profile, right, receivedOn: "2026-11-25" })));
    const ignored = rightsRequestDeadlines({ profile, right, receivedOn: "2026-11-25", submittedBy: "agent", signedPermission: false });
    expect(ignored).toMatchObject({ accepted: true, missing: [] });
    expect(ignored.explanation.join(" ")).toMatch(/`signedPermission` is ignored: the policy asks for none/);
  });

  it("privacy.8.agent: the agent rule is profile data: a host profile without `agent` accepts agents", () => {
    const { agent: _, ...rights } = privacyProfiles.relument.rights;
    const host = { ...privacyProfiles.relument, id: "acme", rights };
    expect(rightsRequestDeadlines({ ...base, profile: host, submittedBy: "agent" })).toMatchObject({ accepted: true, missing: [] });
  });

  test.prop([rightsRequestInputArbitrary()])("accepted iff missing is empty; deadlines do not depend on who submitted", (input) => {
    const r = rightsRequestDeadlines(input);
    expect(r.accepted).toBe(r.missing.length === 0);
    const { submittedBy: _s, signedPermission: _p, ...consumer } = input;
    expect(deadlines(r)).toEqual(deadlines(rightsRequestDeadlines(consumer)));
    if (input.submittedBy !== "agent" || input.signedPermission === true) expect(r.accepted).toBe(true);
  });

  test.prop([fc.constantFrom("know", "delete", "correct", "opt-out-sale-sharing", "limit-spi" as const), fc.option(fc.constant(false), { nil: undefined })])(
    "privacy.8.agent: under Relument an agent without signed permission is never accepted",
    (right, signedPermission) => {
      const r = rightsRequestDeadlines({ right, receivedOn: "2026-06-01", submittedBy: "agent", ...(signedPermission === undefined ? {} : { signedPermission }) });
      expect(r).toMatchObject({ accepted: false, missing: ["signed-permission"] });
    },
  );

  it("input errors: an unknown submitter, a non-boolean permission", () => {
    expect(() => rightsRequestDeadlines({ ...base, submittedBy: "lawyer" as never })).toThrow(PolicyInputError);
    expect(() => rightsRequestDeadlines({ ...base, submittedBy: "agent", signedPermission: "yes" as never })).toThrow(PolicyInputError);
    try {
      rightsRequestDeadlines({ ...base, submittedBy: "lawyer" as never });
      expect.unreachable();
    } catch (e) {
      expect((e as PolicyInputError).issues[0]?.path).toEqual(["submittedBy"]);
    }
  });
});
