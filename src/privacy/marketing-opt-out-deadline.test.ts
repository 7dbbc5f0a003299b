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
