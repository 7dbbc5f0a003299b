import type { Clause } from "./types.js";
import { PolicyInputError } from "../errors.js";
import { received } from "../issues.js";
import { termsClauses } from "./terms.js";
import { privacyClauses } from "./privacy.js";
import { deepFreeze } from "../freeze.js";

export type { Clause, PolicyDocument } from "./types.js";
export { policyFiles } from "./types.js";

/**
 * The clause registry: every clause the library cites, with its document,
 * section, title and verbatim text. Rules cite clauses by `id`.
 *
 * @example
 * ```ts
 * clauses.find((c) => c.id === "terms.5.overtime")?.section; //=> "5"
 * ```
 */
export const clauses: readonly Clause[] = /* @__PURE__ */ deepFreeze([...termsClauses, ...privacyClauses]);

/**
 * Looks a clause up by id.
 *
 * @example
 * ```ts
 * clauseById("terms.12.cap")?.title; //=> "Liability cap"
 * ```
 */
export function clauseById(id: string): Clause | undefined {
  if (typeof id !== "string" || id.length > 200)
    throw new PolicyInputError([{ path: ["id"], message: `expected a clause id (a string of at most 200 characters), received ${received(id)}` }], "clauseById");
  return clauses.find((c) => c.id === id);
}
