import { deepFreeze } from "../freeze.js";

/** The policy documents the library encodes (files under `docs/policies/`). */
export type PolicyDocument =
  | "relument-terms"
  | "relument-privacy"
  | "relaso-privacy"
  | "reliom-privacy"
  | "relenta-privacy";

/** One clause of a policy, quoted verbatim. */
export interface Clause {
  /** Stable id cited by rules, e.g. `terms.5.overtime`. */
  readonly id: string;
  readonly document: PolicyDocument;
  /** Section number or heading as the document gives it. */
  readonly section: string;
  readonly title: string;
  /** The clause's words, verbatim from the document. */
  readonly text: string;
}

/** File name under `docs/policies/` of each document. */
export const policyFiles: Readonly<Record<PolicyDocument, string>> = /* @__PURE__ */ deepFreeze({
  "relument-terms": "relument-terms.txt",
  "relument-privacy": "relument-privacy.txt",
  "relaso-privacy": "relaso-privacy.md",
  "reliom-privacy": "reliom-privacy.txt",
  "relenta-privacy": "relenta-privacy.md",
});
