import { describe, expect, it } from "vitest";
import { PolicyInputError } from "../core/errors.js";
import { marketingOptOutDeadline } from "./marketing-opt-out-deadline.js";

describe("marketingOptOutDeadline (P8)", () => {
  it("privacy.7.marketing: email opt-out Fri 2026-11-20 is honoured by 2026-12-07 (10 business days over Thanksgiving, CAN-SPAM); transactional continues", () => {
    const r = marketingOptOutDeadline({ channel: "email", optedOutOn: "2026-11-20" });
    expect(r).toMatchObject({ honourBy: "2026-12-07", transactionalContinues: true, lawCitations: ["law.can-spam"] });
    expect(r.citations).toContain("privacy.7.marketing");
  });

  it("privacy.7.marketing: SMS opt-out Thu 2026-12-24: 10 business days under the TCPA revocation rule: 2027-01-11", () => {
    expect(marketingOptOutDeadline({ channel: "sms", optedOutOn: "2026-12-24" })).toMatchObject({ honourBy: "2027-01-11", lawCitations: ["law.tcpa.revocation"] });
  });

  it("relaso.rights.objection: an EEA email objection received 2026-01-31 is honoured by 2026-02-28 at the latest", () => {
    const r = marketingOptOutDeadline({ profile: "relaso", channel: "email", optedOutOn: "2026-01-31" });
    expect(r.honourBy).toBe("2026-02-28");
    expect(r.lawCitations).toContain("law.gdpr.21-3");
  });

  it("reliom.1.information: Reliom states nothing: null without a jurisdiction, CAN-SPAM's 10 business days in the US", () => {
    expect(marketingOptOutDeadline({ profile: "reliom", channel: "email", optedOutOn: "2026-11-20" }).honourBy).toBeNull();
    expect(marketingOptOutDeadline({ profile: "reliom", channel: "email", optedOutOn: "2026-11-20", jurisdiction: "us" }).honourBy).toBe("2026-12-07");
  });

  it("relenta.3.announcements: mandatory announcements continue", () => {
    expect(marketingOptOutDeadline({ profile: "relenta", channel: "email", optedOutOn: "2026-11-20" })).toMatchObject({ mandatoryAnnouncements: true, transactionalContinues: true });
  });

  it("bad input throws PolicyInputError and input is not mutated", () => {
    expect(() => marketingOptOutDeadline({ channel: "fax" as never, optedOutOn: "2026-11-20" })).toThrow(PolicyInputError);
    expect(() => marketingOptOutDeadline({ channel: "email", optedOutOn: "20-11-2026" })).toThrow(PolicyInputError);
    const input = Object.freeze({ channel: "email" as const, optedOutOn: "2026-11-20" });
    marketingOptOutDeadline(input);
    expect(input).toEqual({ channel: "email", optedOutOn: "2026-11-20" });
  });
});

describe("marketingOptOutDeadline (P8): the explanation and citations of each branch", () => {
  it("privacy.7.marketing: Relument email opt-out Fri 2026-11-20: the whole explanation, citations in first-use order", () => {
    const r = marketingOptOutDeadline({ channel: "email", optedOutOn: "2026-11-20" });
    expect(r).toMatchObject({ profile: "relument", channel: "email", jurisdiction: "california", mandatoryAnnouncements: false });
    expect(r.basis).toEqual([{ source: "law", date: "2026-12-07", period: "10 business days", cites: ["law.can-spam"] }]);
    expect(r.citations).toEqual(["privacy.7.marketing", "privacy.8.rights", "terms.17.communications"]);
    expect(r.explanation).toEqual([
      'No profile given: the default profile "relument" (Relument Solutions\' Privacy Policy) applies.',
      "The policy lets the person opt out of marketing.",
      "Opt-out received on 2026-11-20; that day is day 0 and is not counted.",
      'No jurisdiction given: the policy addresses "california", so that law applies.',
      "CAN-SPAM: an email opt-out is honoured within 10 business days: by 2026-12-07.",
      "Service/transactional messages continue after the opt-out.",
    ]);
  });

  it("privacy.7.marketing: SMS opt-out Thu 2026-12-24: the TCPA sentence names the date 2027-01-11", () => {
    const r = marketingOptOutDeadline({ channel: "sms", optedOutOn: "2026-12-24" });
    expect(r.basis).toEqual([{ source: "law", date: "2027-01-11", period: "10 business days", cites: ["law.tcpa.revocation"] }]);
    expect(r.explanation).toContain("TCPA rules: a revocation of consent to texts is honoured within 10 business days: by 2027-01-11.");
  });

  it("relaso.rights.objection: EEA objection received 2026-01-31: one month clamped to 2026-02-28, both GDPR articles cited; transactional messages continue by the register's reading", () => {
    const r = marketingOptOutDeadline({ profile: "relaso", channel: "sms", optedOutOn: "2026-01-31" });
    expect(r).toMatchObject({ honourBy: "2026-02-28", transactionalContinues: true, mandatoryAnnouncements: false, lawCitations: ["law.gdpr.12-3", "law.gdpr.21-3"] });
    expect(r.basis).toEqual([{ source: "law", date: "2026-02-28", period: "1 month", cites: ["law.gdpr.12-3", "law.gdpr.21-3"] }]);
    expect(r.citations).toEqual(["relaso.opt-out", "relaso.rights.objection", "relaso.rights"]);
    expect(r.explanation.slice(4)).toEqual([
      "GDPR: an objection to direct marketing stops that processing; as a request it is acted on within one month at the latest: by 2026-02-28 (register P8.eea-marketing).",
      "The policy does not say; transactional messages are not marketing, so a marketing opt-out does not stop them (register P8.transactional-continues).",
    ]);
  });

  it("reliom.1.information: no opt-out clause and no jurisdiction: honourBy null, the law trail empty, the scope clause cited", () => {
    const r = marketingOptOutDeadline({ profile: "reliom", channel: "sms", optedOutOn: "2026-11-20" });
    expect(r).toMatchObject({ jurisdiction: null, honourBy: null, basis: [], lawCitations: [], transactionalContinues: true });
    expect(r.citations).toEqual(["reliom.1.information"]);
    expect(r.explanation).toContain("The policy does not mention a marketing opt-out (Not stated.); the law still applies.");
    expect(r.explanation).toContain("Neither the policy nor a law the library applies sets a period: honourBy is null.");
  });

  it("reliom.1.information: a US SMS opt-out on 2026-12-24 is honoured by 2027-01-11 (TCPA) and CAN-SPAM is cited for the transactional messages that continue", () => {
    const r = marketingOptOutDeadline({ profile: "reliom", channel: "sms", optedOutOn: "2026-12-24", jurisdiction: "us" });
    expect(r).toMatchObject({ honourBy: "2027-01-11", lawCitations: ["law.tcpa.revocation", "law.can-spam"] });
    expect(r.explanation).not.toContain("Neither the policy nor a law the library applies sets a period: honourBy is null.");
    // Same for a Californian (US federal law reaches California).
    expect(marketingOptOutDeadline({ profile: "reliom", channel: "sms", optedOutOn: "2026-12-24", jurisdiction: "california" }).lawCitations).toEqual(["law.tcpa.revocation", "law.can-spam"]);
    // An EEA requester: no CAN-SPAM citation.
    expect(marketingOptOutDeadline({ profile: "reliom", channel: "sms", optedOutOn: "2026-12-24", jurisdiction: "eea" }).lawCitations).toEqual(["law.gdpr.12-3", "law.gdpr.21-3"]);
  });

  it("reliom.1.information: a US email opt-out relies on CAN-SPAM twice (deadline and transactional messages) and cites it once", () => {
    const r = marketingOptOutDeadline({ profile: "reliom", channel: "email", optedOutOn: "2026-11-20", jurisdiction: "us" });
    expect(r).toMatchObject({ honourBy: "2026-12-07", lawCitations: ["law.can-spam"] });
    expect(r.explanation).toContain('Jurisdiction "us" as given.');
  });

  it("relenta.3.announcements: the reserved announcements are explained and cited", () => {
    const r = marketingOptOutDeadline({ profile: "relenta", channel: "email", optedOutOn: "2026-11-20" });
    expect(r.citations).toEqual(["relenta.2.personal-information", "relenta.3.announcements"]);
    expect(r.explanation.slice(-2)).toEqual([
      "Service/transactional messages continue after the opt-out.",
      "The policy reserves mandatory announcements related to the use of the service.",
    ]);
  });

  it("bad input names the rule", () => {
    expect(() => marketingOptOutDeadline({ channel: "fax" as never, optedOutOn: "2026-11-20" })).toThrow(/^Invalid input to marketingOptOutDeadline/);
  });
});
