/** Writes schemas/<rule>.input.schema.json from the zod schemas (run by `npm run schemas`). */
import { mkdirSync, writeFileSync } from "node:fs";
import { inputJsonSchemas } from "../src/json-schema.js";

const dir = new URL("../schemas/", import.meta.url);
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(inputJsonSchemas())) {
  writeFileSync(new URL(`${name}.input.schema.json`, dir), `${JSON.stringify({ title: `${name} input`, ...schema }, null, 2)}\n`);
}
console.log(`wrote ${Object.keys(inputJsonSchemas()).length} schemas to schemas/`);
