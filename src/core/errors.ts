/** One problem found in a rule's input, with the path to the offending field. */
export interface PolicyInputIssue {
  /** Path from the input root to the field, e.g. `["payments", 2, "amount"]`. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in plain English. */
  readonly message: string;
}

/**
 * Thrown by every public rule when its input is not valid: wrong type, unknown
 * key, impossible date, instant without an offset, negative money, NaN, …
 *
 * @example
 * ```ts
 * try {
 *   overtimeCharge({ mode: "remote", minutes: -5 });
 * } catch (e) {
 *   if (e instanceof PolicyInputError) console.log(e.code, e.issues[0]?.path);
 *   //=> "POLICY_INPUT" ["minutes"]
 * }
 * ```
 */
export class PolicyInputError extends Error {
  override readonly name = "PolicyInputError" as const;
  readonly code = "POLICY_INPUT" as const;
  readonly issues: readonly PolicyInputIssue[];

  constructor(issues: readonly PolicyInputIssue[], rule?: string) {
    const head = rule ? `Invalid input to ${rule}` : "Invalid policy input";
    const detail = issues.map((i) => `${i.path.length ? i.path.join(".") : "(root)"}: ${i.message}`).join("; ");
    super(detail ? `${head}: ${detail}` : head);
    this.issues = issues;
  }
}

/** Throws a `PolicyInputError` for one issue (a rule-level check after schema parsing). */
export function inputError(path: readonly (string | number)[], message: string, rule?: string): never {
  throw new PolicyInputError([{ path, message }], rule);
}
