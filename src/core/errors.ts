/** One problem found in a rule's input, with the path to the offending field. */
export interface PolicyInputIssue {
  /** Path from the input root to the field, e.g. `["payments", 2, "amount"]`. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in plain English: what was expected and, for a short scalar, what was received. */
  readonly message: string;
}

/** At most this many issues are kept in one error; the rest are counted in a last "… and N more" issue. */
export const MAX_ISSUES = 100;

/** Echoed text (keys, values) is cut to this many characters. */
export const MAX_ECHO = 80;

const BRAND = Symbol.for("@relument/policy/PolicyInputError");

/**
 * Text a host can log or show: control characters (CR, LF, ESC, …) escaped,
 * and cut to `max` characters with "…".
 */
export function shown(text: string, max = MAX_ECHO): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  // eslint-disable-next-line no-control-regex
  return cut.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    const named: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };
    return named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

function capped(issues: readonly PolicyInputIssue[]): readonly PolicyInputIssue[] {
  if (issues.length <= MAX_ISSUES) return issues;
  return [...issues.slice(0, MAX_ISSUES), { path: [], message: `… and ${issues.length - MAX_ISSUES} more` }];
}

function pathText(path: readonly (string | number)[]): string {
  return path.length ? path.map((p) => shown(String(p), 40)).join(".") : "(root)";
}

/**
 * Thrown by every public rule when its input is not valid: wrong type, unknown
 * key, impossible date, instant without an offset, negative money, NaN, a list
 * or text over its limit, a value that could not be read, …
 *
 * `instanceof PolicyInputError` fails between the ESM and the CommonJS build
 * of the package (two classes); {@link PolicyInputError.is} (or
 * {@link isPolicyInputError}) recognises an error from either build.
 *
 * @example
 * ```ts
 * try {
 *   overtimeCharge({ mode: "remote", minutes: -5 });
 * } catch (e) {
 *   if (PolicyInputError.is(e)) console.log(e.code, e.issues[0]?.path);
 *   //=> "POLICY_INPUT" ["minutes"]
 * }
 * ```
 */
export class PolicyInputError extends Error {
  override readonly name = "PolicyInputError" as const;
  readonly code = "POLICY_INPUT" as const;
  /** Every problem found, each with its path; at most 100, then one "… and N more". */
  readonly issues: readonly PolicyInputIssue[];

  constructor(issues: readonly PolicyInputIssue[], rule?: string, options?: { cause?: unknown }) {
    const kept = capped(issues.map((i) => ({ path: i.path, message: shown(i.message, 2000) })));
    const head = rule ? `Invalid input to ${rule}` : "Invalid policy input";
    const detail = kept.map((i) => `${pathText(i.path)}: ${i.message}`).join("; ");
    super(detail ? `${head}: ${detail}` : head, options?.cause === undefined ? undefined : { cause: options.cause });
    this.issues = kept;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /**
   * True when `e` is a `PolicyInputError` of this package, from the ESM or
   * the CommonJS build alike (where `instanceof` would fail).
   */
  static is(e: unknown): e is PolicyInputError {
    return isPolicyInputError(e);
  }
}

/**
 * True when `e` is a `PolicyInputError` from either build of the package
 * (ESM or CommonJS), where `instanceof` fails across the pair.
 *
 * @example
 * ```ts
 * try { overtimeCharge({ mode: "remote", minutes: -5 }); } catch (e) { isPolicyInputError(e); } //=> true
 * ```
 */
export function isPolicyInputError(e: unknown): e is PolicyInputError {
  return typeof e === "object" && e !== null && (e as Record<symbol, unknown>)[BRAND] === true;
}

/** Throws a `PolicyInputError` for one issue (a rule-level check after schema parsing). */
export function inputError(path: readonly (string | number)[], message: string, rule?: string): never {
  throw new PolicyInputError([{ path, message }], rule);
}
