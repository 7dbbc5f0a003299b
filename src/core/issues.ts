/**
 * Plain-English messages for zod issues. zod/mini ships no locale (and
 * configuring one is global, which would change every other zod user in the
 * host), so the library words its own messages: what was expected and, for a
 * short scalar, what was received; echoed text is cut and escaped (`shown`).
 */
import { shown, type PolicyInputIssue } from "./errors.js";

/** The fields of a zod issue the library reads (zod/v4/core `$ZodIssue`, loosely). */
export interface RawIssue {
  readonly code?: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly expected?: unknown;
  readonly received?: unknown;
  readonly input?: unknown;
  readonly keys?: readonly string[];
  readonly values?: readonly unknown[];
  readonly options?: readonly unknown[];
  readonly discriminator?: string;
  readonly note?: string;
  readonly errors?: readonly (readonly RawIssue[])[];
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly inclusive?: boolean;
  readonly origin?: string;
}

/** zod's type names in plain words. */
const TYPE_WORDS: Record<string, string> = {
  int: "a whole number",
  number: "a number",
  string: "a string",
  boolean: "true or false",
  date: "a valid Date",
  object: "an object",
  array: "an array",
  null: "null",
};

function typeWords(expected: unknown): string {
  const t = String(expected);
  return TYPE_WORDS[t] ?? t;
}

/** What was received: the value itself for a short scalar, its kind otherwise. */
export function received(v: unknown): string {
  if (v === null) return "null";
  if (v === undefined) return "nothing";
  switch (typeof v) {
    case "number":
      return Number.isNaN(v) ? "NaN" : String(v);
    case "boolean":
      return String(v);
    case "string":
      return v.length <= 40 ? JSON.stringify(shown(v, 40)) : `a string of ${v.length} characters`;
    case "bigint":
      return "a bigint";
    case "symbol":
      return "a symbol";
    case "function":
      return "a function";
  }
  if (Array.isArray(v)) return `an array of ${v.length} item${v.length === 1 ? "" : "s"}`;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "an Invalid Date (its time value is NaN)" : "a Date";
  return "an object";
}

function bound(i: RawIssue, big: boolean): string {
  const n = String(big ? i.maximum : i.minimum);
  const many = n !== "1";
  const what = i.origin === "array" ? (many ? " items" : " item") : i.origin === "string" ? (many ? " characters" : " character") : "";
  return `${big ? "at most" : "at least"} ${n}${what}${i.inclusive === false ? " (exclusive)" : ""}`;
}

function size(v: unknown): string {
  if (Array.isArray(v)) return ` (received ${v.length} item${v.length === 1 ? "" : "s"})`;
  if (typeof v === "string") return ` (received ${v.length} character${v.length === 1 ? "" : "s"})`;
  if (typeof v === "number") return `, received ${received(v)}`;
  return "";
}

function isRootTypeMismatch(branch: readonly RawIssue[]): boolean {
  return branch.some(
    (i) =>
      i.path.length === 0 &&
      (i.code === "invalid_type" ||
        (i.code === "invalid_value" && typeof i.input !== typeof i.values?.[0]) ||
        (i.code === "invalid_union" && isAllTypeMismatch(i))),
  );
}

function isAllTypeMismatch(i: RawIssue): boolean {
  return (i.errors ?? []).length > 0 && (i.errors ?? []).every(isRootTypeMismatch);
}

/** The issues of one zod issue, appended to `out`. */
function convert(i: RawIssue, prefix: readonly (string | number)[], out: PolicyInputIssue[]): void {
  const path = [...prefix, ...i.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
  const custom = i.message && i.message !== "Invalid input" ? i.message : undefined;
  switch (i.code) {
    case "unrecognized_keys":
      for (const key of i.keys ?? [])
        out.push({ path: [...path, shown(key, 80)], message: `unknown key "${shown(key)}" (a typo must not silently change a result)` });
      return;
    case "invalid_type":
      if (custom) return void out.push({ path, message: custom });
      if (i.received === "Invalid Date") return void out.push({ path, message: `expected a valid Date, received an Invalid Date (its time value is NaN)` });
      out.push({
        path,
        message: i.input === undefined ? `required: expected ${typeWords(i.expected)}` : `expected ${typeWords(i.expected)}, received ${received(i.input)}`,
      });
      return;
    case "invalid_value":
      out.push({
        path,
        message: `expected one of ${(i.values ?? []).map((v) => JSON.stringify(v)).join(", ")}${i.input === undefined ? "" : `, received ${received(i.input)}`}`,
      });
      return;
    case "too_small":
      out.push({ path, message: custom ?? `expected ${bound(i, false)}${size(i.input)}` });
      return;
    case "too_big":
      out.push({ path, message: custom ?? `expected ${bound(i, true)}${size(i.input)}` });
      return;
    case "invalid_union": {
      if (custom) return void out.push({ path, message: custom });
      if (i.discriminator !== undefined) {
        const value = (i.input as Record<string, unknown> | undefined)?.[i.discriminator];
        const options = (i.options ?? []).map((v) => JSON.stringify(v)).join(", ");
        return void out.push({
          path: [...path, ...(path[path.length - 1] === i.discriminator ? [] : [i.discriminator])],
          message: value === undefined ? `required: expected one of ${options}` : `expected one of ${options}, received ${received(value)}`,
        });
      }
      // The branch whose kind matches (an object given to "a name or a profile") explains best.
      const branches = i.errors ?? [];
      const matching = branches.filter((b) => !isRootTypeMismatch(b));
      if (matching.length >= 1) {
        for (const sub of matching[0] as readonly RawIssue[]) convert(sub, path, out);
        return;
      }
      const kinds = [...new Set(branches.flatMap((b) => b.filter((s) => s.path.length === 0 && s.code === "invalid_type").map((s) => typeWords(s.expected))))];
      const expected = kinds.length ? kinds.join(" or ") : "one of the accepted forms";
      out.push({ path, message: i.input === undefined ? `required: expected ${expected}` : `expected ${expected}, received ${received(i.input)}` });
      return;
    }
    default:
      out.push({ path, message: custom ?? "invalid value" });
  }
}

/** Turns zod issues into the library's issues: one per unknown key, each with a readable message. */
export function toPolicyIssues(issues: readonly RawIssue[]): PolicyInputIssue[] {
  const out: PolicyInputIssue[] = [];
  for (const i of issues) convert(i, [], out);
  return out;
}
