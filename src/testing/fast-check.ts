/**
 * Loads `fast-check` when an arbitrary is first asked for, not when
 * `@relument/policy/testing` is imported: fast-check is an optional peer
 * dependency, so the assertions and matchers work without it, and the
 * arbitraries say what is missing instead of a bare "Cannot find module".
 *
 * A static `import fc from "fast-check"` cannot do that in ESM: a missing
 * module fails the whole entry point at link time. So fast-check is loaded
 * synchronously, resolved from this package's location as any dependency is:
 * - ESM build: `import.meta.resolve("fast-check")` (the `import` condition)
 *   and `require` of that ES module (Node ≥ 20.19, Bun, Deno), so the
 *   arbitraries are made by the very copy a host's `import fc from "fast-check"`
 *   gets, and `fc.configureGlobal` reaches them; where `require` of an ES module
 *   is not supported, fast-check's CommonJS copy;
 * - CommonJS build (`import.meta` is empty there): the module's own `require`,
 *   the copy a CommonJS host gets.
 */
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type * as FastCheck from "fast-check";

/** The `fast-check` module, as its named exports. */
export type FastCheckModule = typeof FastCheck;

/** The message of the error thrown by every arbitrary when `fast-check` cannot be found. */
export const FAST_CHECK_MISSING =
  "@relument/policy/testing needs fast-check (npm install -D fast-check) for its arbitraries; its assertions and matchers work without it";

/** True when `error` says that the module `fast-check` itself (not something it needs) cannot be found. */
function isFastCheckNotFound(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  const text = typeof message === "string" ? message : "";
  const named = /['"`]fast-check['"`]/.test(text);
  if (code === "MODULE_NOT_FOUND" || code === "ERR_MODULE_NOT_FOUND") return named;
  return named && /cannot find (module|package)/i.test(text);
}

/**
 * Loads fast-check with the given `require` function, and turns its absence into
 * an `Error` naming the package and how to install it (the original error is its `cause`).
 * Any other failure (fast-check present but broken) is rethrown unchanged.
 */
export function loadFastCheck(load: (id: string) => unknown): FastCheckModule {
  let loaded: unknown;
  try {
    loaded = load("fast-check");
  } catch (error) {
    if (isFastCheckNotFound(error)) throw new Error(FAST_CHECK_MISSING, { cause: error });
    throw error;
  }
  const m = loaded as Partial<FastCheckModule> & { default?: Partial<FastCheckModule> };
  if (typeof m.integer === "function") return m as FastCheckModule;
  if (m.default && typeof m.default.integer === "function") return m.default as FastCheckModule;
  throw new Error(`${FAST_CHECK_MISSING} (the module found as "fast-check" is not fast-check)`);
}

/** `require` of an ES module is not supported here (Node < 20.19). */
const requireEsmUnsupported = (error: unknown) => (error as { code?: unknown } | null)?.code === "ERR_REQUIRE_ESM";

/**
 * The loader of this build: through the `import` resolution where `import.meta.resolve`
 * exists (ESM), else `require` (the CommonJS build, where `import.meta` is empty).
 */
export function moduleLoader(
  meta: { readonly url?: string; readonly resolve?: (specifier: string) => string },
  req: (id: string) => unknown,
): (id: string) => unknown {
  return (id) => {
    if (typeof meta.resolve === "function") {
      let url: string | undefined;
      try {
        url = meta.resolve(id);
      } catch {
        // Not found: the `require` below throws the error that says so.
      }
      if (url?.startsWith("file:"))
        try {
          return req(fileURLToPath(url));
        } catch (error) {
          if (!requireEsmUnsupported(error)) throw error;
        }
    }
    return req(id);
  };
}

let cached: FastCheckModule | undefined;

/** fast-check, loaded once, on first use. */
export function fastCheck(): FastCheckModule {
  if (cached === undefined) {
    const meta = import.meta as { readonly url?: string; readonly resolve?: (specifier: string) => string };
    // The ESM build makes a `require` from its URL; the CommonJS build (where `import.meta` is empty) has its module's own.
    // (Checked in this order: bundlers and test runners may define a `require` in ES modules that cannot load packages.)
    const req = typeof meta.url === "string" && meta.url.startsWith("file:") ? createRequire(meta.url) : require;
    cached = loadFastCheck(moduleLoader(meta, req));
  }
  return cached;
}
