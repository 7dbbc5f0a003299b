/**
 * Generates docs/privacy-profiles.md: the four privacy profiles side by side,
 * one row per rule, one column per profile, built only from the profile data
 * (src/privacy/profiles). test/privacy-table.test.ts regenerates it in memory
 * and fails when the committed file differs.
 *
 * Run: `npx tsx scripts/gen-privacy-table.ts`
 */
import { writeFileSync } from "node:fs";
import { mdCell } from "../handbook/markdown.js";
import { fileURLToPath } from "node:url";
import { privacyProfiles, profileCitations } from "../src/privacy/profiles/index.js";
import { COLLECTION_ITEMS, PRIVACY_ACTIONS, PROFILE_NAMES, type ActionGate, type CollectionLimit, type PrivacyAction, type PrivacyProfile, type Stated } from "../src/privacy/schema.js";

const cell = mdCell;
const cites = (ids: readonly string[]): string => (ids.length ? ` (${ids.map((i) => `\`${i}\``).join(", ")})` : "");

function stated<T>(f: Stated<T>, show: (v: T) => string): string {
  return f.stated ? `${show(f.value)}${cites(f.clauses)}` : "not stated";
}

function gate(g: ActionGate, action: PrivacyAction): string {
  // The fallback gate of checkConsent: the RMM agent also stops when the membership ends (T21).
  if (g.status === "not-stated") return `not stated (fallback: consent; stops on opt-out${action === "rmm-install" ? "; stops when the membership ends" : ""})`;
  if (g.status === "prohibited") return `never${cites(g.clauses)}`;
  const parts = [
    g.requires.length ? `needs ${g.requires.join(" + ")}` : "no grant needed",
    g.requiresPixels ? "pixels enabled" : null,
    g.requiresIntegration === true ? "integration enabled" : null,
    g.blockedByOptOut ? "stops on opt-out" : "continues after opt-out",
    g.blockedByGpc ? "stops on GPC" : null,
    g.minimumAge !== null ? `age ≥ ${g.minimumAge}` : null,
    g.endsWithMembership ? "stops when the membership ends" : null,
    g.laws.length ? `law: ${g.laws.join(", ")}` : null,
  ].filter((x): x is string => x !== null);
  return `${parts.join("; ")}${cites(g.clauses)}`;
}

/** P2: what collectionCheck reads for one item (absent: not stated). */
function collection(l: CollectionLimit | undefined): string {
  if (l === undefined || l.status === "not-stated") return "not stated (needs a policy basis)";
  if (l.status === "never") return `never${cites(l.clauses)}`;
  if (l.status === "allowed-if") return `only with ${l.requires.join(" + ")}${cites(l.clauses)}`;
  return `${l.category === null ? "yes" : `yes, as ${l.category}`}${cites(l.clauses)}`;
}

type Row = [rule: string, render: (p: PrivacyProfile) => string];

const rows: Row[] = [
  ["P1 minimum age", (p) => stated(p.age.minimum, String)],
  ["P1 child's data found", (p) => stated(p.age.deleteIfLearned, (v) => (v ? "deleted" : "kept"))],
  ["P1/P4 sale/sharing age", (p) => stated(p.age.saleOrShareMinimum, (v) => `never under ${v}`)],
  ["P2 data categories", (p) => p.dataCategories.map((c) => `${c.label}${cites(c.clauses)}`).join("; ")],
  ["P2 never collects", (p) => stated(p.neverCollects, (v) => v.join(", "))],
  ...COLLECTION_ITEMS.map((item): Row => [`P2 collect ${item}`, (p) => collection(p.collection?.[item])]),
  ["P4 sells personal information", (p) => stated(p.sells, (v) => (v ? "yes" : "never"))],
  ...PRIVACY_ACTIONS.map((a): Row => [`P3 ${a}`, (p) => gate(p.actions[a], a)]),
  ["P5 law the policy addresses", (p) => stated(p.jurisdiction, String)],
  ["P5 rights offered", (p) => p.rights.offered.map((r) => `${r.right}${r.verification.stated ? (r.verification.value ? " (verified)" : " (no verification)") : ""}`).join(", ")],
  ["P5 authorized agent", (p) => (p.rights.agent ? `needs signed permission${cites(p.rights.agent.clauses)}` : "not stated (accepted as the consumer)")],
  ["P5 policy's answer deadline", (p) => stated(p.rights.respondWithinDays, (v) => (v === 0 ? "immediate" : `${v} days`))],
  ["P5 policy's acknowledgement deadline", (p) => stated(p.rights.acknowledgeWithinBusinessDays, (v) => `${v} business days`)],
  ["P5 account changes take effect", (p) => stated(p.rights.accountChangeHours, (v) => (v === 0 ? "immediately" : `within ${v} h`))],
  [
    "P6 retention after closure (months)",
    (p) =>
      p.retention.categories
        .map((c) => `${c.id}: ${c.afterClosureMonths === null ? "no end date" : c.afterClosureMonths}${c.periodSource === "default" ? "*" : ""}${c.exception ? ` [${c.exception}]` : ""}`)
        .join("; "),
  ],
  ["P6 residual copies purged", (p) => stated(p.retention.residualPurgeDays, (v) => `within ${v} days`)],
  ["P6 backups", (p) => stated(p.retention.backups, String)],
  ["P7 changes announced", (p) => stated(p.changes.notice, (v) => (v.of === "none" ? "no notice owed" : `${v.of} changes: ${v.channels.join(", ")}`))],
  ["P7 advance notice", (p) => stated(p.changes.advanceNoticeDays, (v) => `${v} days (significant changes)`)],
  ["P7 terminate after a change", (p) => stated(p.changes.terminationWithinDays, (v) => `within ${v} days`)],
  ["P7 may change at any time", (p) => stated(p.changes.mayChangeAtAnyTime, (v) => (v ? "yes" : "no"))],
  ["P8 marketing opt-out", (p) => stated(p.marketing.optOut, (v) => (v ? "yes" : "no"))],
  ["P8 transactional continues", (p) => stated(p.marketing.transactionalContinues, (v) => (v ? "yes" : "no"))],
  ["P8 mandatory announcements", (p) => stated(p.marketing.mandatoryAnnouncements, (v) => (v ? "yes" : "no"))],
  ["P8 opt-out honoured within (policy)", (p) => stated(p.marketing.honourOptOutWithinBusinessDays, (v) => `${v} business days`)],
  ["Clauses cited (`citations`)", (p) => `${profileCitations(p).length}: ${profileCitations(p).map((i) => `\`${i}\``).join(", ")}`],
];

/**
 * Renders the comparison table of `profiles` (default: the four shipped ones) as Markdown.
 *
 * @example
 * ```ts
 * renderPrivacyTable().startsWith("# Privacy profiles compared"); //=> true
 * ```
 */
export function renderPrivacyTable(profiles: readonly PrivacyProfile[] = PROFILE_NAMES.map((n) => privacyProfiles[n])): string {
  const head = `| rule | ${profiles.map((p) => `${p.id} (${p.name})`).join(" | ")} |`;
  const sep = `| --- | ${profiles.map(() => "---").join(" | ")} |`;
  const body = rows.map(([rule, render]) => `| ${cell(rule)} | ${profiles.map((p) => cell(render(p))).join(" | ")} |`);
  return [
    "# Privacy profiles compared",
    "",
    "<!-- Generated by scripts/gen-privacy-table.ts from src/privacy/profiles; do not edit by hand. test/privacy-table.test.ts fails if it drifts. -->",
    "",
    "One row per rule (POLICY-SPEC P1–P8), one column per profile. Each stated cell cites the clause it comes from;",
    "\"not stated\" means the policy is silent and the rules handle that explicitly (see the interpretation register).",
    "Retention periods marked `*` are the library's overridable defaults (`retentionPeriods`), not the policy's numbers;",
    "law deadlines (CCPA, GDPR, CAN-SPAM, TCPA) are applied by the rules and are not profile data.",
    "",
    head,
    sep,
    ...body,
    "",
  ].join("\n");
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = fileURLToPath(new URL("../docs/privacy-profiles.md", import.meta.url));
  writeFileSync(out, renderPrivacyTable());
  console.log(`wrote ${out}`);
}
