/**
 * One dispatcher over every rule of the Terms and of privacy: `evaluate(rule, input)`.
 * It sits above the rules and imports them all; nothing below imports it.
 */
import * as rules from "../index.js";
import { inputSchemas } from "../input-schemas.js";
import { PolicyInputError } from "../core/errors.js";
import { received } from "../core/issues.js";
import type { Decision } from "../core/decision.js";

/** The name of a rule `evaluate` accepts. */
export type RuleName = keyof typeof inputSchemas;

/**
 * Every rule name `evaluate` accepts (the Terms and privacy rules), in the
 * order of the rules' input schemas.
 *
 * @example
 * ```ts
 * ruleNames.includes("quoteService"); //=> true
 * ```
 */
export const ruleNames: readonly RuleName[] = Object.freeze(Object.keys(inputSchemas) as RuleName[]);

const table = new Map<string, (input: never) => Decision>(ruleNames.map((name) => [name, (rules as unknown as Record<string, (input: never) => Decision>)[name] as (input: never) => Decision]));

/** True when `name` is a rule `evaluate` accepts. */
export function isRuleName(name: unknown): name is RuleName {
  return typeof name === "string" && table.has(name);
}

/**
 * Runs the rule named `rule` on `input` and returns its decision.
 *
 * @throws PolicyInputError with path `["rule"]` for an unknown rule, or the rule's own input errors.
 *
 * @example
 * ```ts
 * evaluate("overtimeCharge", { mode: "onsite", minutes: 125 }).fee.amount; //=> "90.00"
 * ```
 */
export function evaluate(rule: RuleName | (string & {}), input: unknown): Decision & Record<string, unknown> {
  const fn = typeof rule === "string" ? table.get(rule) : undefined;
  if (fn === undefined)
    throw new PolicyInputError(
      [{ path: ["rule"], message: `expected one of the rule names (${ruleNames.join(", ")}), received ${received(rule)}` }],
      "evaluate",
    );
  return fn(input as never) as Decision & Record<string, unknown>;
}
