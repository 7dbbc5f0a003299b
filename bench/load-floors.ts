/**
 * Loads the full-output floors (`full-floors.ts`) compiled the way the
 * package is: bundled by esbuild without `keepNames`. Imported through tsx,
 * every closure a floor creates per call would be wrapped in a
 * `__name(fn, "name")` property definition that the tsup-built library does
 * not pay (see `loadPackage` in `harness.ts`), which would make the floors
 * slower than hand-written code is and flatter the library's ratios.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { root } from "./harness.js";

/** The floors module's exports. */
export type Floors = typeof import("./full-floors.js");

let loaded: Promise<Floors> | undefined;

/** The floors, compiled once per process into a temporary directory. */
export function loadFloors(): Promise<Floors> {
  loaded ??= (async () => {
    const outfile = join(mkdtempSync(join(tmpdir(), "bench-floors-")), "full-floors.mjs");
    await build({
      entryPoints: [join(root, "bench", "full-floors.ts")],
      bundle: true,
      format: "esm",
      platform: "node",
      target: "node20",
      outfile,
      logLevel: "error",
    });
    return (await import(pathToFileURL(outfile).href)) as Floors;
  })();
  return loaded;
}
