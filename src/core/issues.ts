/**
 * Plain-English messages for zod issues. zod/mini ships no locale (and
 * configuring one is global, which would change every other zod user in the
 * host), so the library words its own messages, and an unknown key gets a
 * path that names it.
 */
import type { PolicyInputIssue } from "./errors.js";

/** The fields of a zod issue the library reads (zod/v4/core `$ZodIssue`, loosely). */
export interface RawIssue {
  readonly code?: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly expected?: unknown;
  readonly input?: unknown;
  readonly keys?: readonly string[];
  readonly values?: readonly unknown[];
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly inclusive?: boolean;
  readonly origin?: string;
}

function kind(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "number" && Number.isNaN(v)) return "NaN";
  if (v instanceof Date) return "a Date";
  return typeof v === "undefined" ? "nothing" : `a ${typeof v}`;
}

function bound(i: RawIssue, big: boolean): string {
  const n = String(big ? i.maximum : i.minimum);
  const what = i.origin === "array" ? ` item(s)` : i.origin === "string" ? ` character(s)` : "";
  return `${big ? "at most" : "at least"}${i.inclusive === false ? ` (exclusive)` : ""} ${n}${what}`;
}

/** Turns zod issues into the library's issues: one per unknown key, each with a readable message. */
export function toPolicyIssues(issues: readonly RawIssue[]): PolicyInputIssue[] {
  const out: PolicyInputIssue[] = [];
  for (const i of issues) {
    const path = i.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    switch (i.code) {
      case "unrecognized_keys":
        for (const key of i.keys ?? []) out.push({ path: [...path, key], message: `unknown key "${key}" (a typo must not silently change a result)` });
        break;
      case "invalid_type":
        out.push({
          path,
          message: i.input === undefined ? `required: expected ${String(i.expected)}` : `expected ${String(i.expected)}, received ${kind(i.input)}`,
        });
        break;
      case "invalid_value":
        out.push({ path, message: `expected one of ${(i.values ?? []).map((v) => JSON.stringify(v)).join(", ")}` });
        break;
      case "too_small":
        out.push({ path, message: `expected ${bound(i, false)}` });
        break;
      case "too_big":
        out.push({ path, message: `expected ${bound(i, true)}` });
        break;
      case "invalid_union":
        out.push({ path, message: i.message && i.message !== "Invalid input" ? i.message : `does not match any accepted form (received ${kind(i.input)})` });
        break;
      default:
        out.push({ path, message: i.message });
    }
  }
  return out;
}
