/**
 * The byte-identity check of the full-output floors: every bench input is run
 * through the library and through its floor before any timing, and their
 * `JSON.stringify` must be equal. The first difference is printed (input,
 * the first differing path and both values) and the bench throws, which
 * fails `npm run bench`.
 */

/** The first path where `a` and `b` differ, with both values, or `undefined` when their JSON is equal. */
export function firstDifference(a: unknown, b: unknown, path = "$"): { path: string; library: unknown; floor: unknown } | undefined {
  if (JSON.stringify(a) === JSON.stringify(b)) return undefined;
  if (typeof a === "object" && a !== null && typeof b === "object" && b !== null && Array.isArray(a) === Array.isArray(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (!Array.isArray(a) && ka.join("\u0000") !== kb.join("\u0000")) return { path: `${path} (keys)`, library: ka, floor: kb };
    const n = Math.max(ka.length, kb.length);
    for (let k = 0; k < n; k++) {
      const key = Array.isArray(a) ? String(k) : (ka[k] as string);
      const d = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], Array.isArray(a) ? `${path}[${key}]` : `${path}.${key}`);
      if (d !== undefined) return d;
    }
  }
  return { path, library: a, floor: b };
}

/** Throws (after printing the first difference) unless `lib` and `floor` give JSON-identical results on every input. */
export function assertIdentical<I>(name: string, lib: (i: I) => unknown, floor: (i: I) => unknown, inputs: readonly I[]): void {
  for (const [k, input] of inputs.entries()) {
    let ours: unknown;
    let theirs: unknown;
    try {
      ours = lib(input);
    } catch (e) {
      throw new Error(`${name}: the library throws on bench input #${k} ${JSON.stringify(input)}: ${(e as Error).message}`);
    }
    try {
      theirs = floor(input);
    } catch (e) {
      throw new Error(`${name}: the floor throws on bench input #${k} ${JSON.stringify(input)}: ${(e as Error).message}`);
    }
    const d = firstDifference(ours, theirs);
    if (d !== undefined) {
      const show = (v: unknown) => (JSON.stringify(v) ?? "undefined").slice(0, 2000);
      const message =
        `${name}: the floor's output is not byte-identical to the library's on bench input #${k} ${show(input)}\n` +
        `  first difference at ${d.path}\n  library: ${show(d.library)}\n  floor:   ${show(d.floor)}`;
      console.error(message);
      throw new Error(message);
    }
  }
}

/** Throws unless both the library and the floor refuse (throw on) every one of `inputs`: the floors validate. */
export function assertBothRefuse<I>(name: string, lib: (i: I) => unknown, floor: (i: I) => unknown, inputs: readonly I[]): void {
  const throws = (fn: (i: I) => unknown, i: I) => {
    try {
      fn(i);
      return false;
    } catch {
      return true;
    }
  };
  for (const [k, input] of inputs.entries()) {
    const l = throws(lib, input);
    const f = throws(floor, input);
    if (!l || !f)
      throw new Error(
        `${name}: invalid bench input #${k} ${JSON.stringify(input)} is ${l ? "refused" : "ACCEPTED"} by the library and ${f ? "refused" : "ACCEPTED"} by the floor (both must refuse it)`,
      );
  }
}
