/**
 * Text helpers of the handbook: making register readings self-contained (no
 * reference to documents a reader of the handbook cannot open) and escaping
 * text for VitePress Markdown.
 */

/**
 * Rewrites references to the project's internal specification ("POLICY-SPEC
 * P3", "POLICY-SPEC.md") so that a reading stands on its own: parenthetical
 * references are dropped, the others become "the library's reading".
 */
export function selfContained(text: string): string {
  const ref = String.raw`POLICY-SPEC(?: [A-Z]\d+(?:[–/-][A-Z]?\d+)*)?`;
  return text
    .replace(/POLICY-SPEC P1 gives Reliom only/g, "Reliom's policy gives only")
    .replace(/POLICY-SPEC P1 says "not stated" for Relenta/g, "Relenta's policy states no minimum age")
    .replace(/POLICY-SPEC P3 ties GPC/g, "the library ties GPC")
    .replace(/POLICY-SPEC P3\/P8 read marketing/g, "the library reads marketing")
    .replace(new RegExp(`\\(${ref} settles`, "g"), "(the library settles")
    .replace(new RegExp(`\\(${ref}: `, "g"), "(the library's rule: ")
    .replace(new RegExp(`${ref}'s rule for silent items`, "g"), "the library's rule for items a policy is silent on")
    .replace(new RegExp(`${ref}'s Relaso column`, "g"), "the library's Relaso profile")
    .replace(new RegExp(` \\(${ref}\\):`, "g"), ":")
    .replace(new RegExp(`\\s*\\(${ref}(?: consent words)?\\)`, "g"), "")
    .replace(/the spec's reading/g, "the library's reading")
    .replace(/the policy texts and `POLICY-SPEC\.md` leave open/g, "the policy texts leave open")
    .replace(new RegExp(ref, "g"), "the library's reading");
}

/** Escapes text for Markdown outside code: HTML, Vue interpolation, emphasis-like markers at line start. */
export function escapeMd(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\{\{/g, "&#123;&#123;").replace(/\|/g, "\\|");
}

/** Inline code that survives Markdown tables and Vue templates. */
export function code(s: string): string {
  return `<code>${s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\{/g, "&#123;").replace(/\|/g, "&#124;")}</code>`;
}

/** A URL-safe file slug. */
export function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
