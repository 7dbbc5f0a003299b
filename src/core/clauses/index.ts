import type { Clause } from "./types.js";
import { termsClauses } from "./terms.js";
import { privacyClauses } from "./privacy.js";

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
export const clauses: readonly Clause[] = [...termsClauses, ...privacyClauses];

/**
 * Looks a clause up by id.
 *
 * @example
 * ```ts
 * clauseById("terms.12.cap")?.title; //=> "Liability cap"
 * ```
 */
export function clauseById(id: string): Clause | undefined {
  return clauses.find((c) => c.id === id);
}
