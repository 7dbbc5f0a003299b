import * as z from "zod/mini";
import { parseInstantString } from "./iso.js";
import { PolicyInputError, shown } from "./errors.js";
import { toPolicyIssues, type RawIssue } from "./issues.js";
import { plainInput } from "./plain.js";
import { fastInput, type FastSpec } from "./fast.js";

// Re-exports only: each schema lives in its own module so that a host bundle
// pulls decimal.js or the time-zone code only when a rule needs them.
export { calendarDateSchema, instantSchema } from "./date-schemas.js";
export { moneyInputSchema } from "./money-schema.js";

/** A person's age in whole years. */
export const ageSchema = z.int().check(z.gte(0), z.lte(150));

/** A finite, non-negative integer. */
export const countSchema = z.int().check(z.gte(0), z.lte(1_000_000));

/** Epoch milliseconds of an already validated instant. */
export function instantMs(v: Date | string): number {
  return typeof v === "string" ? (parseInstantString(v) as number) : v.getTime();
}

/**
 * Parses `input` with `schema` or throws `PolicyInputError` carrying every
 * issue with its path. Internals only ever see parsed values.
 */
export function parseInput<S extends z.ZodMiniType>(schema: S, input: unknown, rule: string, fast?: FastSpec): z.output<S> {
  // The hand-written fast path (fast.ts): only input zod certainly accepts unchanged; anything else goes on below.
  if (fast !== undefined) {
    const parsed = fastInput(fast, input);
    if (parsed !== undefined) return parsed as z.output<S>;
  }
  // Own, plain data only, bounded in size (see plain.ts): checked before zod reads anything.
  const { data, copied } = plainInput(input, rule);
  // The fast path: zod's compiled object parser. Only a rejected input is parsed
  // again with `reportInput`, which the readable messages need ("received NaN").
  let result: ReturnType<typeof z.safeParse<S>>;
  try {
    result = z.safeParse(schema, data);
  } catch (e) {
    // A host getter or Proxy that read fine in the check and throws now.
    throw new PolicyInputError([{ path: [], message: `could not read the input (reading it threw${e instanceof Error ? `: ${shown(e.message)}` : ""})` }], rule, { cause: e });
  }
  // The schemas have no transforms, defaults or coercions. zod's output is a fresh copy of own data;
  // the walked copy (whose objects inherit nothing when Object.prototype is polluted) is used as is.
  if (result.success) return copied ? (data as z.output<S>) : result.data;
  // The same schema and input fail again, now with each issue's input attached.
  const { error } = z.safeParse(schema, data, { reportInput: true });
  throw new PolicyInputError(toPolicyIssues((error as typeof result.error).issues as readonly RawIssue[]), rule);
}
