/**
 * `npm run bench`: runs every `bench/*.bench.ts` module (each exports `run()`),
 * in file-name order. Benchmarks never run under `npm test`.
 */
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .sort();
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { run?: () => void | Promise<void> };
  if (typeof mod.run !== "function") {
    console.warn(`${file}: no exported run(), skipped`);
    continue;
  }
  await mod.run();
}
