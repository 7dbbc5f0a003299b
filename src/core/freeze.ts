/**
 * Deep freezing of the library's exported data: a host that writes into
 * `tariff`, `clauses`, a shipped profile or a schema must not change a later
 * result (issue 11). Frozen once, at module load.
 */

/**
 * Freezes `value` and everything reachable from its own data properties, and
 * returns it. zod schemas are frozen too, except zod's internal `_zod` bag
 * (zod fills lazy fields in it on first use); its `def` tree is frozen.
 */
export function deepFreeze<T>(value: T): T {
  freezeNode(value);
  return value;
}

function freezeNode(value: unknown): void {
  if (value === null || (typeof value !== "object" && typeof value !== "function")) return;
  // A RegExp's `lastIndex` is written by every match (zod resets it): its pattern and flags are read-only already.
  if (Object.isFrozen(value) || value instanceof RegExp) return;
  const o = value as Record<PropertyKey, unknown>;
  const isZod = Object.prototype.hasOwnProperty.call(o, "_zod");
  if (isZod) {
    const def = (o._zod as { def?: Record<string, unknown> }).def;
    // zod defines an object schema's `shape` as a getter that replaces itself on first read.
    if (def && "shape" in def) void def.shape;
    freezeNode(def);
    // zod's methods and members (`parse`, `safeParse`, `check`, `shape`, `~standard`, ...) are prototype getters
    // that define an own property on first read, which a frozen schema refuses: read each one first.
    for (let proto = Object.getPrototypeOf(o) as object | null; proto !== null && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
      for (const key of prototypeGetters(proto)) {
        if (Object.prototype.hasOwnProperty.call(o, key)) continue;
        void o[key];
      }
    }
  }
  Object.freeze(o);
  for (const key of Reflect.ownKeys(o)) {
    if (isZod && key === "_zod") continue;
    const d = Object.getOwnPropertyDescriptor(o, key);
    if (d && "value" in d) freezeNode(d.value);
  }
}

/** The getter keys of a prototype, listed once per prototype (zod's schemas share a few; listing them per schema was most of the import time). */
const gettersOf = new WeakMap<object, readonly PropertyKey[]>();

function prototypeGetters(proto: object): readonly PropertyKey[] {
  let keys = gettersOf.get(proto);
  if (keys === undefined) {
    keys = Reflect.ownKeys(proto).filter((key) => Object.getOwnPropertyDescriptor(proto, key)?.get !== undefined);
    gettersOf.set(proto, keys);
  }
  return keys;
}
