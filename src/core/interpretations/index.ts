import type { Interpretation } from "./types.js";
import { termsInterpretations } from "./terms.js";
import { lifecycleInterpretations } from "./lifecycle.js";
import { privacyInterpretations } from "./privacy.js";
import { editionInterpretations } from "./editions.js";
import { deepFreeze } from "../freeze.js";

export type { Interpretation } from "./types.js";

/**
 * The interpretation register: every reading the policy texts leave open and
 * the library's choice, with the clauses concerned and the option (if any)
 * that selects another reading.
 *
 * @example
 * ```ts
 * interpretations.some((r) => r.clauses.includes("terms.5.overtime")); //=> true
 * ```
 */
export const interpretations: readonly Interpretation[] = /* @__PURE__ */ deepFreeze([
  ...termsInterpretations,
  ...lifecycleInterpretations,
  ...editionInterpretations,
  ...privacyInterpretations,
]);
