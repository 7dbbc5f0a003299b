/**
 * The first step of every public function: a copy of the input made of its
 * own, enumerable data only, read once. What zod then parses is this copy, so
 *
 * - inherited values (a polluted `Object.prototype`, `Object.create(proto)`) are never read;
 * - class instances, Maps, Sets and other non-plain objects are refused, not taken as `{}`;
 * - an own `__proto__`, `constructor` or `prototype` key is refused everywhere;
 * - a getter or Proxy that throws becomes a `PolicyInputError` ("could not read …") with the original as `cause`;
 * - sizes are bounded before any work: nesting depth, items per array, characters per string and key;
 * - `-0` reads as `0`;
 * - an absent optional field reads `undefined` even when a host (or a library it loaded) polluted
 *   `Object.prototype`: the copy's objects then inherit nothing (an empty frozen prototype).
 */
import { PolicyInputError, shown, type PolicyInputIssue } from "./errors.js";
import { withArticle } from "./plural.js";

/** Generic bounds of any input, checked before validation (each field has its own, smaller limit too). */
export const WALK_LIMITS = {
  /** Nesting depth of objects and arrays. */
  depth: 32,
  /** Items in any one array. */
  arrayItems: 10_000,
  /** Characters in any one string. */
  stringLength: 10_000,
  /** Characters in any one object key. */
  keyLength: 1_000,
  /** Keys in any one object. */
  objectKeys: 10_000,
} as const;


/**
 * The prototype of the copy's objects: empty, frozen, and itself without a
 * prototype. (`Object.create(null)` objects live in V8's slow dictionary mode;
 * objects with this prototype stay fast, and still inherit nothing.)
 */
const NO_INHERITANCE: object = Object.freeze(Object.create(null) as object);

/** The brand of trusted data: a module-private symbol, so a host cannot forge it. */
const TRUSTED: unique symbol = Symbol("trusted");

/**
 * Frozen data the library built and validated itself (editions of the Terms):
 * passed back in as input, it is taken by reference, not copied again.
 * @internal
 */
export const trustedData = Object.freeze({
  /** Brands `value` (call before freezing it). */
  add(value: object): void {
    Object.defineProperty(value, TRUSTED, { value: true });
  },
  has(value: object): boolean {
    return Object.prototype.hasOwnProperty.call(value, TRUSTED);
  },
});

type Path = (string | number)[];

/** True when something added an enumerable property to `Object.prototype` (prototype pollution). @internal */
export function prototypePolluted(): boolean {
  for (const _ in Object.prototype) return true;
  return false;
}

/** A read that threw (the issue is recorded already). */
const UNREADABLE: unique symbol = Symbol("unreadable");

class Walk {
  issues: PolicyInputIssue[] = [];
  cause: unknown;
  /**
   * Objects of the copy inherit nothing when `Object.prototype` is polluted. Otherwise they are
   * object literals (V8's fast objects, which zod parses faster), whose prototype holds nothing
   * enumerable a rule could read. Checked once per call (a few nanoseconds).
   */
  readonly isolated = prototypePolluted();
  /** The path of the value being read (pushed and popped, never copied unless an issue needs it). */
  readonly path: Path = [];
  /** A `-0` was seen (the copy then reads it as `0`). */
  negativeZero = false;

  /** `copy`: build the plain copy; otherwise only check (sizes, kinds, keys, reads). */
  constructor(readonly copy: boolean) {}

  fail(message: string, key?: string | number): undefined {
    const path = this.path.slice();
    if (key !== undefined) path.push(key);
    this.issues.push({ path, message });
    return undefined;
  }

  threw(e: unknown, key: string | number | undefined, what: string): undefined {
    this.cause ??= e;
    return this.fail(`could not read ${what} (${key === undefined ? "it" : "reading it"} threw${e instanceof Error ? `: ${shown(e.message)}` : ""})`, key);
  }

  read(holder: object, key: string | number): unknown {
    try {
      return (holder as Record<string | number, unknown>)[key];
    } catch (e) {
      this.threw(e, key, "this value");
      return UNREADABLE;
    }
  }

  value(v: unknown, depth: number): unknown {
    switch (typeof v) {
      case "number":
        if (v === 0 && 1 / v < 0) this.negativeZero = true;
        return v === 0 ? 0 : v;
      case "string":
        return v.length > WALK_LIMITS.stringLength ? this.fail(`expected at most ${WALK_LIMITS.stringLength} characters (received ${v.length})`) : v;
      case "object":
        return v === null ? v : this.object(v, depth);
      default:
        return v;
    }
  }

  object(v: object, depth: number): unknown {
    if (depth >= WALK_LIMITS.depth) return this.fail(`nested deeper than ${WALK_LIMITS.depth} levels`);
    let proto: object | null;
    let isArray: boolean;
    try {
      isArray = Array.isArray(v);
      proto = Object.getPrototypeOf(v) as object | null;
      if (proto === Object.prototype && Object.prototype.hasOwnProperty.call(v, TRUSTED)) return v;
    } catch (e) {
      return this.threw(e, undefined, "this value");
    }
    if (proto === Object.prototype || proto === null) return this.record(v, depth);
    if (isArray) return proto === Array.prototype ? this.array(v as unknown[], depth) : this.fail("expected a plain array");
    if (Object.prototype.toString.call(v) === "[object Date]") {
      // A copy: nothing the host does to its Date afterwards reaches a result.
      try {
        const time = Date.prototype.getTime.call(v);
        return this.copy ? new Date(time) : v;
      } catch (e) {
        return this.threw(e, undefined, "this Date");
      }
    }
    return this.fail(`expected plain data (an object literal, array, string, number, boolean or Date), received ${describe(v)}`);
  }

  array(v: unknown[], depth: number): unknown {
    const length = this.read(v, "length");
    if (length === UNREADABLE) return undefined;
    if ((length as number) > WALK_LIMITS.arrayItems) return this.fail(`expected at most ${WALK_LIMITS.arrayItems} items (received ${length as number})`);
    const out: unknown[] | null = this.copy ? new Array(length as number) : null;
    const path = this.path;
    for (let i = 0; i < (length as number); i++) {
      const item = this.read(v, i);
      if (item === UNREADABLE) continue;
      path.push(i);
      const value = this.value(item, depth + 1);
      if (out !== null) out[i] = value;
      path.pop();
      if (this.issues.length > 200) break;
    }
    return out;
  }

  record(v: object, depth: number): unknown {
    let keys: string[];
    try {
      keys = Object.keys(v);
    } catch (e) {
      return this.threw(e, undefined, "this value's keys");
    }
    if (keys.length > WALK_LIMITS.objectKeys) return this.fail(`expected at most ${WALK_LIMITS.objectKeys} keys (received ${keys.length})`);
    const out = (this.copy ? (this.isolated ? Object.create(NO_INHERITANCE) : {}) : null) as Record<string, unknown> | null;
    const path = this.path;
    for (const key of keys) {
      if (key.length > WALK_LIMITS.keyLength) {
        this.fail(`a key of ${key.length} characters (at most ${WALK_LIMITS.keyLength})`, shown(key));
        continue;
      }
      if (key === "__proto__" || key === "constructor" || key === "prototype") {
        this.fail(`the key "${key}" is not accepted (it would reach the object's prototype)`, key);
        continue;
      }
      const item = this.read(v, key);
      if (item === UNREADABLE) continue;
      // An own key set to `undefined` stays: an optional field reads it as absent, an unknown key is still refused.
      path.push(key);
      const value = this.value(item, depth + 1);
      if (out !== null) out[key] = value;
      path.pop();
      if (this.issues.length > 200) break;
    }
    return out;
  }
}

function describe(v: object): string {
  const tag = Object.prototype.toString.call(v).slice(8, -1);
  if (tag !== "Object") return withArticle(tag);
  try {
    const proto = Object.getPrototypeOf(v) as object;
    const ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") ? (proto as { constructor?: { name?: unknown } }).constructor : undefined;
    const name = ctor?.name;
    return typeof name === "string" && name && name !== "Object"
      ? `an instance of ${shown(name, 40)}`
      : "an object that inherits from another object (only own keys count, so it is refused)";
  } catch {
    return "an object that inherits from another object";
  }
}

/**
 * Checks `input` as described above and returns what zod should parse: the
 * input itself when it is clean (own plain data, no `-0`, `Object.prototype`
 * unpolluted: zod's output is then a fresh copy of own data), else the plain
 * copy. Throws a `PolicyInputError` naming every field that could not be taken
 * as plain data.
 */
export function plainInput(input: unknown, rule: string): { readonly data: unknown; readonly copied: boolean } {
  // The common case first, without allocating: plain data, within every limit, nothing to copy.
  if (!prototypePolluted()) {
    let clean = false;
    try {
      clean = isClean(input, 0);
    } catch {
      // a getter or Proxy threw: the walk below reports it, with the original error as cause
    }
    if (clean) return { data: input, copied: false };
  }
  const check = new Walk(false);
  check.value(input, 0);
  if (check.issues.length > 0) throw new PolicyInputError(check.issues, rule, { cause: check.cause });
  if (!check.negativeZero && !check.isolated) return { data: input, copied: false };
  const walk = new Walk(true);
  const data = walk.value(input, 0);
  if (walk.issues.length > 0) throw new PolicyInputError(walk.issues, rule, { cause: walk.cause });
  return { data, copied: true };
}

/**
 * True when `v` is plain data the walk would accept unchanged: no `-0`, no
 * reserved key, no non-plain object, every size within its limit. Anything
 * else (false, or a throw) goes to the full walk, which says what is wrong.
 */
function isClean(v: unknown, depth: number): boolean {
  if (typeof v !== "object" || v === null) {
    if (typeof v === "number") return v !== 0 || 1 / v > 0;
    return typeof v !== "string" || v.length <= WALK_LIMITS.stringLength;
  }
  if (depth >= WALK_LIMITS.depth) return false;
  const proto = Object.getPrototypeOf(v) as object | null;
  if (proto === Array.prototype) {
    const a = v as unknown[];
    if (!Array.isArray(a) || a.length > WALK_LIMITS.arrayItems) return false;
    for (let i = 0; i < a.length; i++) if (!isClean(a[i], depth + 1)) return false;
    return true;
  }
  if (proto !== Object.prototype) return proto !== null && Object.prototype.toString.call(v) === "[object Date]" && proto === Date.prototype;
  if (Object.prototype.hasOwnProperty.call(v, TRUSTED)) return true;
  const keys = Object.keys(v);
  if (keys.length > WALK_LIMITS.objectKeys) return false;
  for (const key of keys) {
    if (key.length > WALK_LIMITS.keyLength || key === "__proto__" || key === "constructor" || key === "prototype") return false;
    if (!isClean((v as Record<string, unknown>)[key], depth + 1)) return false;
  }
  return true;
}

/**
 * A result-side copy of validated input that a rule hands back (e.g. a host
 * profile): ordinary plain objects again, and keys set to `undefined` left out,
 * so the result is plain JSON that shares nothing with the input.
 */
export function plainOutput<T>(value: T): T {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v: unknown) => plainOutput(v)) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = plainOutput(v);
  }
  return out as T;
}
