/**
 * One reading the policy text leaves open, as the library decided it.
 * The register is rendered into the auditor's handbook.
 */
export interface Interpretation {
  /** Stable id, e.g. `T8.no-cancellation`. */
  readonly id: string;
  /** Clause ids the reading concerns. */
  readonly clauses: readonly string[];
  /** The open question, in one sentence. */
  readonly question: string;
  /** The reading the library applies by default. */
  readonly reading: string;
  /** The option (input field) that selects another reading, where there is one. */
  readonly option?: string;
}
