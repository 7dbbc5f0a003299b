import { describe, expect, it } from "vitest";
import { test, fc } from "@fast-check/vitest";
import { PolicyInputError } from "../core/errors.js";
import { addDays } from "../core/calendar.js";
import { checkConsent } from "./check-consent.js";
import { privacyProfiles } from "./profiles/index.js";
import { GRANTS, PROFILE_NAMES } from "./schema.js";
import { checkConsentInputArbitrary } from "../testing/privacy-arbitraries.js";
import { policyErrorOf } from "../../test/policy-error.js";

describe("checkConsent: Relument (P3, P4, P8)", () => {
  const adult = { action: "ad-pixel-sharing" as const, pixelsEnabled: true, age: 30 };

  it("privacy.8.gpc: GPC off, pixels on, adult, no opt-out: sharing allowed", () => {
    const r = checkConsent({ ...adult, gpc: false });
    expect(r).toMatchObject({ allowed: true, missing: [], blockedBy: [], gate: "policy" });
    expect(r.citations).toContain("privacy.8.sale-sharing");
  });

  it("privacy.8.gpc: GPC on blocks sharing and cites the CCPA opt-out-signal rule", () => {
    const r = checkConsent({ ...adult, gpc: true });
    expect(r).toMatchObject({ allowed: false, missing: [], blockedBy: ["gpc"] });
    expect(r.citations).toContain("privacy.8.gpc");
    expect(r.lawCitations).toContain("law.ccpa-regs.7025");
  });

  it("privacy.4.no-sale: sharing needs pixels enabled", () => {
    expect(checkConsent({ action: "ad-pixel-sharing", age: 30 }).blockedBy).toEqual(["pixels-disabled"]);
  });

  it("privacy.8.sale-sharing: an opt-out stops sharing", () => {
    expect(checkConsent({ ...adult, optedOut: true }).blockedBy).toEqual(["opted-out"]);
  });

  it("privacy.8.children: age 15 is never shared, age 12 is below the minimum age", () => {
    expect(checkConsent({ ...adult, age: 15 }).blockedBy).toEqual(["under-sharing-age"]);
    expect(checkConsent({ ...adult, age: 16 }).allowed).toBe(true);
    expect(checkConsent({ ...adult, age: 12 }).blockedBy).toEqual(["below-minimum-age"]);
  });

  it("privacy.1.d.recording: screen recording needs notice AND consent", () => {
    expect(checkConsent({ action: "screen-recording" }).missing).toEqual(["notice", "consent"]);
    expect(checkConsent({ action: "screen-recording", granted: ["consent"] }).missing).toEqual(["notice"]);
    expect(checkConsent({ action: "screen-recording", granted: ["notice"] }).missing).toEqual(["consent"]);
    expect(checkConsent({ action: "screen-recording", granted: ["notice", "consent"] }).allowed).toBe(true);
  });

  it("privacy.1.d.file-transfer: file transfer needs permission, consent is not enough", () => {
    expect(checkConsent({ action: "file-transfer", granted: ["consent"] })).toMatchObject({ allowed: false, missing: ["permission"] });
    expect(checkConsent({ action: "file-transfer", granted: ["permission"] }).allowed).toBe(true);
  });

  it("privacy.7.remote-access: a remote session only when the customer starts it, and it ends when they end it", () => {
    expect(checkConsent({ action: "remote-session" }).missing).toEqual(["consent"]);
    expect(checkConsent({ action: "remote-session", granted: ["consent"] }).allowed).toBe(true);
    expect(checkConsent({ action: "remote-session", granted: ["consent"], optedOut: true }).blockedBy).toEqual(["opted-out"]);
  });

  it("privacy.7.rmm: the RMM agent needs consent; an uninstall request stops it", () => {
    expect(checkConsent({ action: "rmm-install" }).missing).toEqual(["consent"]);
    expect(checkConsent({ action: "rmm-install", granted: ["consent"], optedOut: true }).allowed).toBe(false);
  });

  it("privacy.7.marketing: marketing email stops on opt-out; transactional messages continue", () => {
    expect(checkConsent({ action: "marketing-email" }).allowed).toBe(true);
    expect(checkConsent({ action: "marketing-email", optedOut: true }).blockedBy).toEqual(["opted-out"]);
    const tx = checkConsent({ action: "transactional-message", optedOut: true });
    expect(tx.allowed).toBe(true);
    expect(tx.citations).toContain("privacy.7.marketing");
  });

  it("privacy.7.marketing: marketing SMS is opt-out like marketing email: allowed with nothing granted, stopped by an opt-out", () => {
    const r = checkConsent({ action: "marketing-sms" });
    expect(r).toMatchObject({ allowed: true, missing: [], blockedBy: [], gate: "policy" });
    expect(r.citations).toEqual(expect.arrayContaining(["privacy.7.marketing", "terms.17.communications"]));
    expect(r.lawCitations).toEqual(["law.tcpa.revocation"]);
    const out = checkConsent({ action: "marketing-sms", optedOut: true });
    expect(out).toMatchObject({ allowed: false, missing: [], blockedBy: ["opted-out"] });
    expect(checkConsent({ action: "marketing-sms", granted: ["consent"], optedOut: true }).allowed).toBe(false);
  });

  it("privacy.7.marketing: marketing SMS and marketing email get the same answer, opted out or not", () => {
    for (const optedOut of [false, true]) {
      const sms = checkConsent({ action: "marketing-sms", optedOut });
      const email = checkConsent({ action: "marketing-email", optedOut });
      expect([sms.allowed, sms.missing, sms.blockedBy]).toEqual([email.allowed, email.missing, email.blockedBy]);
    }
  });

  it("privacy.3.cookies: analytics pixels are allowed until an explicit cookie opt-out; a GPC signal does not stop them", () => {
    expect(checkConsent({ action: "analytics-cookie" }).allowed).toBe(true);
    expect(checkConsent({ action: "analytics-cookie", optedOut: true })).toMatchObject({ allowed: false, blockedBy: ["opted-out"] });
    const gpc = checkConsent({ action: "analytics-cookie", gpc: true });
    expect(gpc).toMatchObject({ allowed: true, missing: [], blockedBy: [] });
    expect(gpc.lawCitations).toEqual([]);
    expect(gpc.explanation.join(" ")).toMatch(/GPC opts out of sale and ad-pixel sharing only/);
    expect(checkConsent({ action: "analytics-cookie", gpc: true, optedOut: true }).blockedBy).toEqual(["opted-out"]);
  });

  it("privacy.8.gpc: GPC still stops ad-pixel sharing and sale under every profile", () => {
    for (const profile of PROFILE_NAMES) {
      for (const action of ["ad-pixel-sharing", "sale"] as const) {
        expect(checkConsent({ profile, action, gpc: true, pixelsEnabled: true, age: 30, granted: ["consent", "notice", "permission"] }).allowed, `${profile} ${action}`).toBe(false);
      }
    }
  });

  it("privacy.4.no-sale: a sale is never allowed, whatever is granted", () => {
    const r = checkConsent({ action: "sale", granted: ["consent", "notice", "permission"], pixelsEnabled: true, age: 40 });
    expect(r).toMatchObject({ allowed: false, missing: [], blockedBy: ["prohibited"] });
  });

  it("privacy.1.categories: call logs are not in Relument's policy: the fallback gate asks for consent", () => {
    const r = checkConsent({ action: "call-log-access" });
    expect(r).toMatchObject({ gate: "fallback", missing: ["consent"] });
    expect(r.citations).toEqual(["privacy.1.categories"]);
  });

  it("states every absent flag in the explanation", () => {
    expect(checkConsent({ action: "marketing-email" }).explanation.join(" ")).toMatch(/granted: none, optedOut: false, gpc: false, pixelsEnabled: false/);
  });
});

describe("checkConsent: the other profiles", () => {
  it("relaso.call-logs.opt-in: call-log access is opt-in", () => {
    expect(checkConsent({ profile: "relaso", action: "call-log-access" }).missing).toEqual(["consent"]);
    expect(checkConsent({ profile: "relaso", action: "call-log-access", granted: ["consent"] }).allowed).toBe(true);
    expect(checkConsent({ profile: "relaso", action: "call-log-access", granted: ["consent"], optedOut: true }).allowed).toBe(false);
  });

  it("relaso.cookies.third-party: analytics cookies are disabled even with consent", () => {
    expect(checkConsent({ profile: "relaso", action: "analytics-cookie", granted: ["consent"] }).blockedBy).toEqual(["prohibited"]);
  });

  it("relaso.never-sold: advertising sharing is never allowed, whatever is granted (the same answer as Reliom's)", () => {
    const base = { profile: "relaso" as const, action: "ad-pixel-sharing" as const, pixelsEnabled: true, age: 30 };
    for (const granted of [[], ["consent"], ["consent", "notice", "permission"]] as const) {
      const r = checkConsent({ ...base, granted: [...granted] });
      expect(r).toMatchObject({ allowed: false, missing: [], blockedBy: ["prohibited"], gate: "policy" });
      expect(r.citations).toEqual(expect.arrayContaining(["relaso.never-sold", "relaso.cookies.third-party"]));
    }
    const reliom = checkConsent({ ...base, profile: "reliom", granted: ["consent"] });
    const relaso = checkConsent({ ...base, granted: ["consent"] });
    expect([relaso.allowed, relaso.missing, relaso.blockedBy]).toEqual([reliom.allowed, reliom.missing, reliom.blockedBy]);
  });

  it("reliom.3.no-sale, relenta.4.no-sale: advertising sharing is never allowed", () => {
    for (const profile of ["reliom", "relenta"] as const) {
      expect(checkConsent({ profile, action: "ad-pixel-sharing", pixelsEnabled: true, granted: ["consent"], age: 30 }).blockedBy).toEqual(["prohibited"]);
    }
  });

  it("reliom.3.no-sale: analytics by service providers is not sharing, so GPC does not stop it", () => {
    expect(checkConsent({ profile: "reliom", action: "analytics-cookie", gpc: true }).allowed).toBe(true);
  });

  it("relenta.3.announcements: mandatory announcements continue after an opt-out", () => {
    const r = checkConsent({ profile: "relenta", action: "transactional-message", optedOut: true });
    expect(r.allowed).toBe(true);
    expect(r.citations).toContain("relenta.3.announcements");
  });

  it("relenta.2.personal-information: a silent policy gets the fallback gate; no minimum age is stated, so a 12-year-old is not blocked (COPPA named as the host's obligation)", () => {
    expect(checkConsent({ profile: "relenta", action: "remote-session" })).toMatchObject({ gate: "fallback", missing: ["consent"] });
    const r = checkConsent({ profile: "relenta", action: "remote-session", granted: ["consent"], age: 12 });
    expect(r).toMatchObject({ allowed: true, blockedBy: [] });
    expect(r.lawCitations).toContain("law.coppa");
    expect(r.explanation.join(" ")).toMatch(/states no minimum age/);
  });

  it("relaso.children: a stated minimum age still blocks (Relaso 15)", () => {
    expect(checkConsent({ profile: "relaso", action: "call-log-access", granted: ["consent"], age: 15 }).blockedBy).toEqual(["below-minimum-age"]);
  });

  it("privacy.1.categories: a silent policy's analytics cookie (fallback gate) does not stop on GPC, its sharing does", () => {
    const r = privacyProfiles.relument;
    const host = { ...r, id: "acme", actions: { ...r.actions, "analytics-cookie": { status: "not-stated" as const, note: "silent" }, "ad-pixel-sharing": { status: "not-stated" as const, note: "silent" } } };
    expect(checkConsent({ profile: host, action: "analytics-cookie", granted: ["consent"], gpc: true })).toMatchObject({ gate: "fallback", allowed: true });
    expect(checkConsent({ profile: host, action: "ad-pixel-sharing", granted: ["consent"], pixelsEnabled: true, age: 30, gpc: true }).blockedBy).toEqual(["gpc"]);
  });

  it.each(PROFILE_NAMES)("%s: sale is never allowed", (profile) => {
    expect(checkConsent({ profile, action: "sale", granted: ["consent", "notice", "permission"], pixelsEnabled: true, age: 50 }).allowed).toBe(false);
  });

  it("a host profile that allows sale with consent is applied (and validated)", () => {
    const host = {
      ...privacyProfiles.relument,
      id: "acme",
      name: "Acme",
      sells: { stated: true as const, value: true, clauses: ["acme.sale"] },
      actions: {
        ...privacyProfiles.relument.actions,
        sale: { status: "allowed-if" as const, requires: ["consent" as const], blockedByOptOut: true, blockedByGpc: true, minimumAge: 16, requiresPixels: false, clauses: ["acme.sale"], laws: [], note: "Sold with consent." },
      },
    };
    expect(checkConsent({ profile: host, action: "sale", granted: ["consent"], age: 20 })).toMatchObject({ profile: "acme", allowed: true });
    expect(checkConsent({ profile: host, action: "sale", granted: ["consent"], gpc: true }).allowed).toBe(false);
    expect(() => checkConsent({ profile: { ...host, actions: { ...host.actions, sale: { status: "maybe" } } } as never, action: "sale" })).toThrow(PolicyInputError);
  });

  it("bad input throws PolicyInputError", () => {
    expect(() => checkConsent({ action: "telepathy" as never })).toThrow(PolicyInputError);
    expect(() => checkConsent({ action: "sale", granted: ["blessing" as never] })).toThrow(PolicyInputError);
    expect(() => checkConsent({ action: "sale", gcp: true } as never)).toThrow(PolicyInputError);
  });

  it("does not mutate its input", () => {
    const granted = ["consent"] as ("consent" | "notice" | "permission")[];
    const input = Object.freeze({ action: "screen-recording" as const, granted: Object.freeze(granted) as typeof granted });
    checkConsent(input);
    expect(input).toEqual({ action: "screen-recording", granted: ["consent"] });
  });
});

// Each case pins the sentences an auditor reads for one branch of the gate, and the clause and law ids it cites.
describe("checkConsent: the explanation and citations of each branch", () => {
  const DEFAULT = 'No profile given: the default profile "relument" (Relument Solutions\' Privacy Policy) applies.';
  const all = { granted: [] as ("consent" | "notice" | "permission")[], optedOut: false, gpc: false, pixelsEnabled: true };

  it("privacy.8.sale-sharing: an adult (30) with pixels on and every flag given: no default sentence, the policy's note, no grant needed, allowed", () => {
    const r = checkConsent({ ...all, action: "ad-pixel-sharing", age: 30 });
    expect(r.explanation).toHaveLength(4);
    expect(r.explanation[0]).toBe(DEFAULT);
    expect(r.explanation[1]).toMatch(/^"ad-pixel-sharing": "Sharing" for cross-context advertising happens only if advertising pixels are enabled/);
    expect(r.explanation.slice(2)).toEqual(["No grant is needed.", '"ad-pixel-sharing" is allowed.']);
    expect(r.citations).toEqual(["privacy.4.no-sale", "privacy.8.sale-sharing", "privacy.8.gpc", "privacy.8.children"]);
    expect(r.lawCitations).toEqual(["law.ccpa-regs.7025", "law.ccpa.1798-120-c"]);
  });

  it("privacy.8.gpc / privacy.4.no-sale / privacy.8.sale-sharing: GPC, disabled pixels and an opt-out are each explained, and together all three block", () => {
    const r = checkConsent({ ...all, action: "ad-pixel-sharing", age: 30, gpc: true, optedOut: true, pixelsEnabled: false });
    expect(r).toMatchObject({ allowed: false, missing: [], blockedBy: ["opted-out", "gpc", "pixels-disabled"] });
    expect(r.explanation.slice(2)).toEqual([
      "No grant is needed.",
      "The person opted out (or withdrew, or ended the session): the action stops.",
      "A Global Privacy Control signal is present: it is an opt-out of sale/sharing, so the action stops (register P3.gpc-scope).",
      "Advertising pixels are not enabled: there is no sharing to allow.",
      '"ad-pixel-sharing" is not allowed.',
    ]);
  });

  it("privacy.8.children: age 15 is under the sharing age 16 (explained); 16 is not; age unknown does not block (P1.age-unknown)", () => {
    const r15 = checkConsent({ ...all, action: "ad-pixel-sharing", age: 15 });
    expect(r15.explanation).toContain("Age 15 is under 16: never sold or shared.");
    expect(checkConsent({ ...all, action: "ad-pixel-sharing", age: 16 }).blockedBy).toEqual([]);
    const unknown = checkConsent({ ...all, action: "ad-pixel-sharing" });
    expect(unknown).toMatchObject({ allowed: true, blockedBy: [] });
    expect(unknown.explanation).toContain('Age unknown: the policy\'s age condition (16) concerns persons known to be younger ("knowingly"), so it does not block (register P1.age-unknown).');
  });

  it("privacy.12.children: age 12 is under the minimum age 13: collection stops, explained once and cited; 13 is not under it", () => {
    const r = checkConsent({ ...all, action: "ad-pixel-sharing", age: 12 });
    expect(r.blockedBy).toEqual(["below-minimum-age"]);
    expect(r.citations).toEqual(["privacy.4.no-sale", "privacy.8.sale-sharing", "privacy.8.gpc", "privacy.8.children", "privacy.12.children"]);
    expect(r.explanation).toContain("Age 12 is under the policy's minimum age 13: no personal information is collected, so no action is allowed.");
    expect(r.explanation.join(" ")).not.toMatch(/never sold or shared/);
    // 13: at the minimum, still under the sharing age.
    expect(checkConsent({ ...all, action: "ad-pixel-sharing", age: 13 }).blockedBy).toEqual(["under-sharing-age"]);
    // A transactional message to a 12-year-old is blocked too: nothing is collected.
    expect(checkConsent({ action: "transactional-message", age: 12 }).blockedBy).toEqual(["below-minimum-age"]);
    expect(checkConsent({ action: "transactional-message", age: 13 }).allowed).toBe(true);
  });

  it("privacy.1.d.recording: the grants needed, granted and missing are listed in the explanation", () => {
    expect(checkConsent({ action: "screen-recording" }).explanation.slice(-2)).toEqual(["Needs notice and consent; granted: nothing; missing: notice, consent.", '"screen-recording" is not allowed.']);
    expect(checkConsent({ action: "screen-recording", granted: ["consent"] }).explanation).toContain("Needs notice and consent; granted: consent; missing: notice.");
    const ok = checkConsent({ action: "screen-recording", granted: ["notice", "consent"] });
    expect(ok.explanation).toContain("Needs notice and consent; granted: notice, consent.");
    expect(ok.explanation).toContain("Not given, so taken as: optedOut: false, gpc: false, pixelsEnabled: false.");
    expect(ok.citations).toEqual(["privacy.1.d.recording"]);
  });

  it("privacy.7.marketing: without an opt-out, a transactional message is explained without the opt-out sentence", () => {
    const r = checkConsent({ action: "transactional-message", optedOut: false, gpc: false });
    expect(r).toMatchObject({ allowed: true, blockedBy: [], missing: [] });
    expect(r.explanation).toEqual([
      DEFAULT,
      "Not given, so taken as: granted: none, pixelsEnabled: false.",
      '"transactional-message": Service/transactional messages are still sent after a marketing opt-out.',
      "No grant is needed.",
      '"transactional-message" is allowed.',
    ]);
  });

  it("privacy.7.marketing: a transactional message continues after an opt-out, and the explanation says so", () => {
    const r = checkConsent({ action: "transactional-message", optedOut: true, gpc: true });
    expect(r).toMatchObject({ allowed: true, blockedBy: [], lawCitations: ["law.can-spam"] });
    expect(r.citations).toEqual(["privacy.7.marketing", "privacy.2.communicate", "terms.17.communications"]);
    expect(r.explanation).toEqual([
      DEFAULT,
      "Not given, so taken as: granted: none, pixelsEnabled: false.",
      '"transactional-message": Service/transactional messages are still sent after a marketing opt-out.',
      "No grant is needed.",
      "An opt-out (a marketing opt-out) does not stop this action: transactional/service messages continue.",
      "A GPC signal is present but does not concern this action: GPC opts out of sale and ad-pixel sharing only (register P3.gpc-scope).",
      '"transactional-message" is allowed.',
    ]);
  });

  it("privacy.4.no-sale: the prohibition is explained and cited; nothing is asked for", () => {
    const r = checkConsent({ action: "sale", granted: ["consent"] });
    expect(r.citations).toEqual(["privacy.4.no-sale", "privacy.8.sale-sharing"]);
    expect(r.explanation.slice(-2)).toEqual(['"sale" is never allowed under this profile, whatever is granted.', '"sale" is not allowed.']);
  });

  it("privacy.1.categories: the fallback gate for call logs is explained with the policy's note and the register entry", () => {
    const r = checkConsent({ action: "call-log-access", granted: ["consent"], optedOut: false, gpc: true, pixelsEnabled: false });
    expect(r).toMatchObject({ gate: "fallback", allowed: true, lawCitations: [] });
    expect(r.explanation).toEqual([
      DEFAULT,
      'The policy is silent on "call-log-access" (The Relument policy does not mention call logs.); the library\'s fallback gate applies: The policy is silent: the library asks for consent and honours an opt-out. (register P3.not-stated-fallback).',
      "Needs consent; granted: consent.",
      "A GPC signal is present but does not concern this action: GPC opts out of sale and ad-pixel sharing only (register P3.gpc-scope).",
      '"call-log-access" is allowed.',
    ]);
    expect(checkConsent({ action: "call-log-access", granted: ["consent"], optedOut: true }).blockedBy).toEqual(["opted-out"]);
  });

  it("relenta.2.personal-information: no minimum age stated: a 12-year-old is named as the host's COPPA obligation, a 13-year-old is not", () => {
    const r = checkConsent({ profile: "relenta", action: "remote-session", granted: ["consent"], age: 12 });
    expect(r.lawCitations).toEqual(["law.coppa"]);
    expect(r.explanation).toContain(
      "The policy states no minimum age, so age 12 blocks nothing here (register P1.no-minimum-stated). Host obligation, not a policy term: where COPPA applies, a child under 13 needs verifiable parental consent first.",
    );
    const r13 = checkConsent({ profile: "relenta", action: "remote-session", granted: ["consent"], age: 13 });
    expect(r13.lawCitations).toEqual([]);
    expect(r13.explanation.join(" ")).not.toMatch(/COPPA/);
  });

  it("relaso.children: Relaso's minimum age is 16: 15 is blocked, 16 is not", () => {
    expect(checkConsent({ profile: "relaso", action: "call-log-access", granted: ["consent"], age: 16 })).toMatchObject({ allowed: true, blockedBy: [] });
  });

  it("bad input names the rule", () => {
    expect(() => checkConsent({ action: "telepathy" as never })).toThrow(/^Invalid input to checkConsent/);
  });
});

describe("checkConsent: T21, the RMM agent after the membership ends", () => {
  const on = "2026-07-01";
  const consent = { granted: ["consent" as const], on };

  it("terms.8.rmm / privacy.7.rmm: the day the membership ends and after it, the agent may be neither installed nor operated, even with consent", () => {
    for (const membershipEndedOn of ["2026-07-01", "2026-06-30", "2020-01-01"]) {
      const r = checkConsent({ action: "rmm-install", ...consent, membershipEndedOn });
      expect(r, membershipEndedOn).toMatchObject({ allowed: false, missing: [], blockedBy: ["membership-ended"], gate: "policy" });
      expect(r.citations).toEqual(expect.arrayContaining(["terms.8.rmm", "privacy.7.rmm"]));
      expect(r.explanation).toContain(
        `The membership ended on ${membershipEndedOn}, on or before the check date ${on}: the RMM agent is removed after cancellation, so it may be neither installed nor operated, whatever was granted (T21; "rmm-install" stands for installing and operating the agent: register T21.operating).`,
      );
    }
  });

  it("terms.8.rmm: a membership ending after the check date does not stop the agent yet; without membershipEndedOn the membership is taken as not ended", () => {
    const later = checkConsent({ action: "rmm-install", ...consent, membershipEndedOn: "2026-07-02" });
    expect(later).toMatchObject({ allowed: true, blockedBy: [] });
    expect(later.explanation).toContain("The membership ends on 2026-07-02, after the check date 2026-07-01: it has not ended yet, so it does not stop the agent (T21).");
    const none = checkConsent({ action: "rmm-install", ...consent });
    expect(none.allowed).toBe(true);
    expect(none.explanation).toContain("No membershipEndedOn given: the membership is taken as not ended, so it does not stop the agent.");
  });

  it("terms.8.rmm: an ended membership and missing consent: both are reported (the consent is asked for, the end blocks)", () => {
    expect(checkConsent({ action: "rmm-install", on, membershipEndedOn: on })).toMatchObject({ allowed: false, missing: ["consent"], blockedBy: ["membership-ended"] });
    expect(checkConsent({ action: "rmm-install", ...consent, optedOut: true, membershipEndedOn: on }).blockedBy).toEqual(["opted-out", "membership-ended"]);
  });

  it("terms.2.3.monitoring: installation requires consent (the RMM gate cites §2.3 with §8)", () => {
    const r = checkConsent({ action: "rmm-install" });
    expect(r.missing).toEqual(["consent"]);
    expect(r.citations).toEqual(["privacy.7.rmm", "terms.8.rmm", "terms.2.3.monitoring"]);
  });

  it("terms.8.rmm: under a policy silent on monitoring agents (fallback gate), the Terms' rule still stops the agent (register T21.silent-policy)", () => {
    for (const profile of ["relaso", "reliom", "relenta"] as const) {
      const r = checkConsent({ profile, action: "rmm-install", ...consent, membershipEndedOn: "2026-06-01" });
      expect(r, profile).toMatchObject({ gate: "fallback", allowed: false, missing: [], blockedBy: ["membership-ended"] });
      expect(r.citations).toContain("terms.8.rmm");
      expect(checkConsent({ profile, action: "rmm-install", ...consent }).allowed).toBe(true);
    }
  });

  it("privacy.7.remote-access / terms.4.remote-access: a remote session the customer starts is unaffected by the end of the membership, and the explanation says so", () => {
    const r = checkConsent({ action: "remote-session", ...consent, membershipEndedOn: "2026-06-30" });
    expect(r).toMatchObject({ allowed: true, blockedBy: [] });
    expect(r.citations).toContain("terms.4.remote-access");
    expect(r.explanation).toContain("membershipEndedOn (2026-06-30) is ignored: the end of a membership stops the RMM agent only, not a remote session the customer starts (T21).");
    expect(checkConsent({ action: "remote-session", on, membershipEndedOn: "2026-06-30" }).missing).toEqual(["consent"]);
  });

  it("terms.8.rmm: for any other action membershipEndedOn is ignored and said so; under a prohibition it changes nothing", () => {
    const email = checkConsent({ action: "marketing-email", on, membershipEndedOn: "2026-06-30" });
    expect(email.allowed).toBe(true);
    expect(email.explanation).toContain(
      'membershipEndedOn (2026-06-30) is ignored: the end of a membership stops the RMM agent only (T21); this profile\'s gate for "marketing-email" does not end with it (register T21.other-actions).',
    );
    expect(checkConsent({ action: "sale", on, membershipEndedOn: "2026-06-30" }).explanation).toContain('membershipEndedOn (2026-06-30) changes nothing: "sale" is never allowed under this profile.');
  });

  it("T21: membershipEndedOn needs `on` (an input error naming the field); a bad date is an input error", () => {
    const { issues } = policyErrorOf(() => checkConsent({ action: "rmm-install", granted: ["consent"], membershipEndedOn: "2026-06-30" }), "checkConsent");
    expect(issues).toEqual([{ path: ["membershipEndedOn"], message: expect.stringMatching(/needs `on`/) }]);
    // Even where it would change nothing: the input is incomplete.
    expect(() => checkConsent({ action: "remote-session", membershipEndedOn: "2026-06-30" })).toThrow(PolicyInputError);
    expect(() => checkConsent({ action: "rmm-install", on, membershipEndedOn: "2026-02-30" })).toThrow(PolicyInputError);
    expect(() => checkConsent({ action: "rmm-install", on: "July 1", membershipEndedOn: "2026-06-30" })).toThrow(PolicyInputError);
  });

  it("T21 with profiles (editions): the check date picks the edition and decides the end of the membership", () => {
    const v1 = { ...privacyProfiles.relument, edition: { id: "r1", effectiveOn: "2026-01-01" } };
    const r = checkConsent({ profiles: [v1], action: "rmm-install", granted: ["consent"], on, membershipEndedOn: on });
    expect(r).toMatchObject({ edition: "r1", blockedBy: ["membership-ended"] });
  });

  test.prop([checkConsentInputArbitrary(), fc.integer({ min: 0, max: 3000 })], { numRuns: 500 })(
    "property: RMM is never allowed once the membership has ended, whatever the grants and the profile",
    (input, daysAgo) => {
      const on = input.on ?? "2026-07-01";
      const membershipEndedOn = addDays(on, -daysAgo);
      for (const granted of [input.granted ?? [], [...GRANTS]]) {
        const r = checkConsent({ ...input, action: "rmm-install", granted, on, membershipEndedOn });
        expect(r.allowed).toBe(false);
        expect(r.blockedBy).toContain("membership-ended");
        expect(r.citations).toContain("terms.8.rmm");
      }
    },
  );

  test.prop([checkConsentInputArbitrary(), fc.integer({ min: -3000, max: 3000 })], { numRuns: 500 })(
    "property: a remote session gets the same answer with or without membershipEndedOn (before, on or after the check date)",
    (input, offset) => {
      const on = input.on ?? "2026-07-01";
      const { membershipEndedOn: _drop, ...rest } = input;
      const without = checkConsent({ ...rest, action: "remote-session", on });
      const withEnd = checkConsent({ ...rest, action: "remote-session", on, membershipEndedOn: addDays(on, offset) });
      expect([withEnd.allowed, withEnd.missing, withEnd.blockedBy, withEnd.citations]).toEqual([without.allowed, without.missing, without.blockedBy, without.citations]);
    },
  );

  test.prop([checkConsentInputArbitrary()], { numRuns: 500 })("property: membershipEndedOn changes the answer of no action other than rmm-install", (input) => {
    fc.pre(input.action !== "rmm-install" && input.membershipEndedOn !== undefined);
    const { membershipEndedOn: _drop, ...rest } = input;
    const a = checkConsent(input);
    const b = checkConsent(rest);
    expect([a.allowed, a.missing, a.blockedBy]).toEqual([b.allowed, b.missing, b.blockedBy]);
  });
});

describe("checkConsent: the actions of the other texts (P3)", () => {
  const all = ["consent" as const, "notice" as const, "permission" as const];

  it("reliom.3.no-sale: an integration gets data only when the person enabled it; nothing else is asked for", () => {
    const off = checkConsent({ profile: "reliom", action: "integration-access" });
    expect(off).toMatchObject({ gate: "policy", allowed: false, missing: [], blockedBy: ["integration-disabled"] });
    expect(off.citations).toEqual(["reliom.3.no-sale"]);
    expect(off.explanation).toContain("integrationEnabled not given, so taken as false: an integration gets data only once the person has enabled it.");
    const disabled = checkConsent({ profile: "reliom", action: "integration-access", integrationEnabled: false, granted: all });
    expect(disabled).toMatchObject({ allowed: false, blockedBy: ["integration-disabled"] });
    expect(disabled.explanation).toContain("The integration is not enabled: it gets no data.");
    const on = checkConsent({ profile: "reliom", action: "integration-access", integrationEnabled: true });
    expect(on).toMatchObject({ allowed: true, missing: [], blockedBy: [] });
    expect(on.explanation).toContain("The integration is enabled: it may receive the data.");
    expect(checkConsent({ profile: "reliom", action: "integration-access", integrationEnabled: true, optedOut: true }).blockedBy).toEqual(["opted-out"]);
  });

  it("reliom.3.no-sale: integrationEnabled given where no gate depends on it is ignored, and the explanation says so", () => {
    for (const profile of ["relument", "relaso", "relenta"] as const) {
      const r = checkConsent({ profile, action: "integration-access", integrationEnabled: true });
      expect(r, profile).toMatchObject({ gate: "fallback", allowed: false, missing: ["consent"], blockedBy: [] });
      expect(r.explanation).toContain('integrationEnabled (true) is ignored: this profile\'s gate for "integration-access" does not depend on an enabled integration.');
    }
    const other = checkConsent({ profile: "reliom", action: "transactional-message", integrationEnabled: false });
    expect(other.allowed).toBe(true);
    expect(other.explanation).toContain('integrationEnabled (false) is ignored: this profile\'s gate for "transactional-message" does not depend on an enabled integration.');
    expect(checkConsent({ profile: "reliom", action: "sale", integrationEnabled: true }).explanation.join(" ")).toMatch(/integrationEnabled \(true\) is ignored/);
    // Not given and not relevant: nothing is said about it.
    expect(checkConsent({ profile: "reliom", action: "transactional-message" }).explanation.join(" ")).not.toMatch(/integration/);
  });

  it("relaso.testimonials: a testimonial is posted only with the user's permission; consent is not that permission", () => {
    expect(checkConsent({ profile: "relaso", action: "testimonial-post" })).toMatchObject({ allowed: false, missing: ["permission"] });
    expect(checkConsent({ profile: "relaso", action: "testimonial-post", granted: ["consent"] })).toMatchObject({ allowed: false, missing: ["permission"] });
    const ok = checkConsent({ profile: "relaso", action: "testimonial-post", granted: ["permission"] });
    expect(ok).toMatchObject({ allowed: true, gate: "policy" });
    expect(ok.citations).toEqual(["relaso.testimonials"]);
    expect(checkConsent({ profile: "relaso", action: "testimonial-post", granted: ["permission"], optedOut: true }).blockedBy).toEqual(["opted-out"]);
  });

  it("relaso.third-party-login: data from a third-party sign-up account needs explicit consent", () => {
    expect(checkConsent({ profile: "relaso", action: "third-party-login-data" })).toMatchObject({ allowed: false, missing: ["consent"] });
    const ok = checkConsent({ profile: "relaso", action: "third-party-login-data", granted: ["consent"] });
    expect(ok).toMatchObject({ allowed: true, gate: "policy" });
    expect(ok.citations).toEqual(["relaso.third-party-login"]);
  });

  it("relaso.sharing.consent: sharing for a purpose not connected with the services needs prior specific consent; GPC does not concern it", () => {
    expect(checkConsent({ profile: "relaso", action: "unrelated-sharing" })).toMatchObject({ allowed: false, missing: ["consent"] });
    const ok = checkConsent({ profile: "relaso", action: "unrelated-sharing", granted: ["consent"], gpc: true });
    expect(ok).toMatchObject({ allowed: true, gate: "policy" });
    expect(ok.citations).toEqual(["relaso.sharing.consent"]);
    expect(checkConsent({ profile: "relaso", action: "unrelated-sharing", granted: ["consent"], optedOut: true }).blockedBy).toEqual(["opted-out"]);
  });

  it("privacy.4.service-providers-marketing / privacy.8.shine-the-light: Relument never lets service providers market with its data, whatever is granted", () => {
    const r = checkConsent({ action: "service-provider-marketing", granted: all, age: 40 });
    expect(r).toMatchObject({ allowed: false, missing: [], blockedBy: ["prohibited"], gate: "policy" });
    expect(r.citations).toEqual(["privacy.4.service-providers-marketing", "privacy.8.shine-the-light"]);
  });

  it("relaso.sharing.service-providers, reliom.3.no-sale, relenta.4.no-sale: service providers' own marketing is never allowed under the other three (register P3.closed-sharing-lists)", () => {
    const cites = { relaso: "relaso.sharing.service-providers", reliom: "reliom.3.no-sale", relenta: "relenta.4.no-sale" } as const;
    for (const profile of ["relaso", "reliom", "relenta"] as const) {
      const r = checkConsent({ profile, action: "service-provider-marketing", granted: all });
      expect(r, profile).toMatchObject({ allowed: false, blockedBy: ["prohibited"] });
      expect(r.citations).toEqual([cites[profile]]);
    }
  });

  it("reliom.3.no-sale, relenta.4.no-sale: sharing for an unrelated purpose is never allowed; Relument is silent, so the fallback gate asks for consent", () => {
    for (const profile of ["reliom", "relenta"] as const) expect(checkConsent({ profile, action: "unrelated-sharing", granted: all }).blockedBy, profile).toEqual(["prohibited"]);
    const relument = checkConsent({ action: "unrelated-sharing" });
    expect(relument).toMatchObject({ gate: "fallback", missing: ["consent"] });
    expect(relument.citations).toEqual(["privacy.1.categories"]);
  });

  it("privacy.1.categories: testimonials, third-party sign-up data and integrations are silent under Relument: the fallback gate", () => {
    for (const action of ["testimonial-post", "third-party-login-data", "integration-access"] as const) {
      expect(checkConsent({ action }), action).toMatchObject({ gate: "fallback", missing: ["consent"] });
      expect(checkConsent({ action, granted: ["consent"] }).allowed, action).toBe(true);
    }
  });

  test.prop([checkConsentInputArbitrary()], { numRuns: 500 })("property: integrationEnabled changes no answer except Reliom's integration-access", (input) => {
    fc.pre(!(input.profile === "reliom" && input.action === "integration-access"));
    const a = checkConsent({ ...input, integrationEnabled: true });
    const b = checkConsent({ ...input, integrationEnabled: false });
    expect([a.allowed, a.missing, a.blockedBy]).toEqual([b.allowed, b.missing, b.blockedBy]);
  });

  test.prop([checkConsentInputArbitrary()], { numRuns: 500 })("property: service-provider marketing is never allowed under the four profiles", (input) => {
    expect(checkConsent({ ...input, action: "service-provider-marketing", granted: [...GRANTS] }).allowed).toBe(false);
  });
});
