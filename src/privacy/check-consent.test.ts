import { describe, expect, it } from "vitest";
import { PolicyInputError } from "../core/errors.js";
import { checkConsent } from "./check-consent.js";
import { privacyProfiles } from "./profiles/index.js";
import { PROFILE_NAMES } from "./schema.js";

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
