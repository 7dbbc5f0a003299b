// The runtimes gate of `npm run check:package` (scripts/check-package.ts, gate 8): this one fixed scenario
// runs against the packed tarball, installed, under Node ESM, Node CJS, Bun, Deno and headless Chromium
// (an esbuild bundle), all with TZ=Asia/Kolkata, and the gate fails unless the five outputs are
// byte-identical. It prints one JSON document (with console.log, the only output channel all five share).
//
// Keep it free of runtime-specific APIs (no process, no fs, no Deno/Bun globals): only the package and
// the language. The CommonJS variant is made from this file by replacing the import line below, exactly
// as written, with `const policy = require("@relument/policy");`.
import * as policy from "@relument/policy";

const {
  PolicyInputError,
  checkConsent,
  noShowCharge,
  overtimeCharge,
  quoteService,
  rightsRequestDeadlines,
  visitAllowance,
} = policy;

/** One case: the decision as JSON (Dates become ISO strings), or the error a bad input throws. */
function attempt(fn) {
  try {
    return { result: fn() };
  } catch (e) {
    return {
      threw: {
        name: e?.name,
        constructor: e?.constructor?.name,
        isPolicyInputError: e instanceof PolicyInputError && policy.isPolicyInputError(e),
        code: e?.code,
        message: e?.message,
        issues: e?.issues,
      },
    };
  }
}

const cases = {
  // Terms §5: overtime in 15-minute blocks started, and a grace period.
  "overtimeCharge onsite 121 min": attempt(() => overtimeCharge({ mode: "onsite", minutes: 121 })),
  "overtimeCharge remote 61 min, full blocks": attempt(() => overtimeCharge({ mode: "remote", minutes: 61, rounding: "full" })),
  // Terms §4–§5: a member's included on-site visit with overtime, and a non-member remote session.
  "quoteService onsite member included visit": attempt(() =>
    quoteService({ mode: "onsite", minutes: 125, customer: "member", includedVisit: true, zip: "95678" }),
  ),
  "quoteService remote non-member 75 min": attempt(() => quoteService({ mode: "remote", minutes: 75, customer: "non-member" })),
  // Instants across the Pacific DST change (2026-03-08), read in Pacific time whatever the host TZ.
  "noShowCharge late cancellation over DST": attempt(() =>
    noShowCharge({ appointmentAt: "2026-03-08T10:00:00-07:00", canceledAt: "2026-03-07T10:00:00-08:00" }),
  ),
  "noShowCharge Date inputs": attempt(() =>
    noShowCharge({ appointmentAt: new Date(Date.UTC(2026, 10, 2, 18, 0)), canceledAt: new Date(Date.UTC(2026, 10, 1, 17, 59)) }),
  ),
  // Privacy: business days around Thanksgiving, and GDPR's month at the end of a leap-year January.
  "rightsRequestDeadlines relument delete 2026-11-25": attempt(() => rightsRequestDeadlines({ right: "delete", receivedOn: "2026-11-25" })),
  "rightsRequestDeadlines relaso erasure 2028-01-31": attempt(() =>
    rightsRequestDeadlines({ profile: "relaso", right: "erasure", receivedOn: "2028-01-31" }),
  ),
  "checkConsent ad-pixel-sharing with GPC": attempt(() => checkConsent({ action: "ad-pixel-sharing", age: 30, pixelsEnabled: true, gpc: true })),
  "checkConsent screen-recording": attempt(() => checkConsent({ action: "screen-recording" })),
  // Membership: a monthly plan's visit bank with a suspension, month-end anchors.
  "visitAllowance": attempt(() =>
    visitAllowance({
      plan: "home-monthly",
      startDate: "2026-01-31",
      asOf: "2026-06-15",
      events: [
        { type: "visit", date: "2026-02-10" },
        { type: "suspended", from: "2026-03-01", to: "2026-03-31" },
        { type: "visit", date: "2026-05-02" },
      ],
    }),
  ),
  // Errors: the class keeps its name in every build (ESM, CJS, bundled) and carries the path.
  "bad input: quoteService minutes -5": attempt(() => quoteService({ mode: "remote", minutes: -5, customer: "member" })),
  "bad input: overtimeCharge null": attempt(() => overtimeCharge(null)),
};

const output = {
  scenario: "relument-policy runtime scenario v1",
  // -330 when the host runs in Asia/Kolkata (UTC+5:30, no DST), as the gate asks: proves TZ was applied.
  hostUtcOffsetMinutes: -new Date(2026, 0, 15, 12, 0).getTimezoneOffset(),
  errorClass: { name: PolicyInputError.name, prototypeName: PolicyInputError.prototype.name ?? null },
  cases,
};

console.log(JSON.stringify(output, null, 2));
