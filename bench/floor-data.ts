/**
 * Data of the full-output floors: the Relument privacy profile's consent gates, copied by hand
 * from `src/privacy/profiles/relument.ts` (policy text, not logic), as a host that hand-writes
 * `checkConsent` for the default profile would keep them. `floors.bench` checks the floors'
 * output against the library on every bench input, so a drift here fails the bench.
 */

/** One stated gate of the Relument profile (`status` "allowed-if" or "prohibited"), or a silent one. */
export interface FloorGate {
  readonly status: "allowed-if" | "prohibited" | "not-stated";
  readonly requires?: readonly string[];
  readonly blockedByOptOut?: boolean;
  readonly blockedByGpc?: boolean;
  readonly minimumAge?: number | null;
  readonly requiresPixels?: boolean;
  readonly requiresIntegration?: boolean;
  readonly endsWithMembership?: { readonly clauses: readonly string[] };
  readonly clauses?: readonly string[];
  readonly laws?: readonly string[];
  readonly note: string;
}

/** The gates of `checkConsent` under the default profile, by action id. */
export const RELUMENT_GATES: Readonly<Record<string, FloorGate>> = {
  "remote-session": {
    "status": "allowed-if",
    "requires": [
      "consent"
    ],
    "blockedByOptOut": true,
    "blockedByGpc": false,
    "minimumAge": null,
    "requiresPixels": false,
    "clauses": [
      "privacy.7.remote-access",
      "privacy.1.d-remote-session",
      "terms.4.remote-access"
    ],
    "laws": [],
    "note": "Only when the customer starts it (their consent); ending the session (optedOut) stops it at once. The end of a membership does not stop a session the customer starts."
  },
  "screen-recording": {
    "status": "allowed-if",
    "requires": [
      "notice",
      "consent"
    ],
    "blockedByOptOut": true,
    "blockedByGpc": false,
    "minimumAge": null,
    "requiresPixels": false,
    "clauses": [
      "privacy.1.d.recording"
    ],
    "laws": [],
    "note": "Screens/audio/video are recorded only when the customer was notified and consented: both are needed."
  },
  "file-transfer": {
    "status": "allowed-if",
    "requires": [
      "permission"
    ],
    "blockedByOptOut": true,
    "blockedByGpc": false,
    "minimumAge": null,
    "requiresPixels": false,
    "clauses": [
      "privacy.1.d.file-transfer"
    ],
    "laws": [],
    "note": "Files are transferred only with the customer's permission, temporarily, to diagnose or repair."
  },
  "rmm-install": {
    "status": "allowed-if",
    "requires": [
      "consent"
    ],
    "blockedByOptOut": true,
    "blockedByGpc": false,
    "minimumAge": null,
    "requiresPixels": false,
    "endsWithMembership": {
      "clauses": [
        "terms.8.rmm",
        "privacy.7.rmm"
      ]
    },
    "clauses": [
      "privacy.7.rmm",
      "terms.8.rmm",
      "terms.2.3.monitoring"
    ],
    "laws": [],
    "note": "The RMM agent is installed (and operated) only with consent; a request to uninstall (optedOut) removes it, and so does the end of the membership (\"removed on request or after cancellation\")."
  },
  "marketing-email": {
    "status": "allowed-if",
    "requires": [],
    "blockedByOptOut": true,
    "blockedByGpc": false,
    "minimumAge": null,
    "requiresPixels": false,
    "clauses": [
      "privacy.7.marketing",
      "terms.17.communications"
    ],
    "laws": [
      "law.can-spam"
    ],
    "note": "Marketing email may be sent until the customer opts out (unsubscribe link or contact)."
  },
  "marketing-sms": {
    "status": "allowed-if",
    "requires": [],
    "blockedByOptOut": true,
    "blockedByGpc": false,
    "minimumAge": null,
    "requiresPixels": false,
    "clauses": [
      "privacy.7.marketing",
      "terms.17.communications"
    ],
    "laws": [
      "law.tcpa.revocation"
    ],
    "note": "Marketing SMS, like marketing email, may be sent until the customer opts out (\"Opt out of marketing emails/SMS via the unsubscribe link\"); the opt-out is honoured within the TCPA rules' period."
  },
  "transactional-message": {
    "status": "allowed-if",
    "requires": [],
    "blockedByOptOut": false,
    "blockedByGpc": false,
    "minimumAge": null,
    "requiresPixels": false,
    "clauses": [
      "privacy.7.marketing",
      "privacy.2.communicate",
      "terms.17.communications"
    ],
    "laws": [
      "law.can-spam"
    ],
    "note": "Service/transactional messages are still sent after a marketing opt-out."
  },
  "analytics-cookie": {
    "status": "allowed-if",
    "requires": [],
    "blockedByOptOut": true,
    "blockedByGpc": false,
    "minimumAge": null,
    "requiresPixels": false,
    "clauses": [
      "privacy.3.cookies",
      "privacy.7.cookies"
    ],
    "laws": [],
    "note": "Analytics pixels may be used; the customer's cookie controls (an explicit opt-out, optedOut) stop them. A GPC signal does not: it opts out of \"sharing\" through advertising pixels (POLICY-SPEC P3), and analytics is not that sharing."
  },
  "ad-pixel-sharing": {
    "status": "allowed-if",
    "requires": [],
    "blockedByOptOut": true,
    "blockedByGpc": true,
    "minimumAge": 16,
    "requiresPixels": true,
    "clauses": [
      "privacy.4.no-sale",
      "privacy.8.sale-sharing",
      "privacy.8.gpc",
      "privacy.8.children"
    ],
    "laws": [
      "law.ccpa-regs.7025",
      "law.ccpa.1798-120-c"
    ],
    "note": "\"Sharing\" for cross-context advertising happens only if advertising pixels are enabled, the customer has not opted out, no GPC signal is present, and the customer is not under 16."
  },
  "sale": {
    "status": "prohibited",
    "clauses": [
      "privacy.4.no-sale",
      "privacy.8.sale-sharing"
    ],
    "laws": [],
    "note": "Relument does not sell personal information."
  },
  "call-log-access": {
    "status": "not-stated",
    "note": "The Relument policy does not mention call logs."
  },
  "integration-access": {
    "status": "not-stated",
    "note": "The Relument policy does not mention integrations a customer enables."
  },
  "testimonial-post": {
    "status": "not-stated",
    "note": "The Relument policy does not mention testimonials."
  },
  "third-party-login-data": {
    "status": "not-stated",
    "note": "The Relument policy does not mention signing in with a third-party account."
  },
  "unrelated-sharing": {
    "status": "not-stated",
    "note": "§4 lists whom Relument discloses to (service providers, technicians, business transfers, legal/safety) without saying the list is exhaustive or what sharing for an unrelated purpose needs."
  },
  "service-provider-marketing": {
    "status": "prohibited",
    "clauses": [
      "privacy.4.service-providers-marketing",
      "privacy.8.shine-the-light"
    ],
    "laws": [],
    "note": "Relument does not permit service providers to use personal data for their independent marketing (nor discloses it to third parties for their direct marketing): no grant makes it allowed."
  }
};
