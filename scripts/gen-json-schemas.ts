/** Writes schemas/<rule>.input.schema.json from the zod schemas (run by `npm run schemas`). */
import { mkdirSync, writeFileSync } from "node:fs";
import { EDITION_SCHEMA_FILE, PRIVACY_PROFILE_SCHEMA_FILE, editionJsonSchema, inputJsonSchemas, privacyProfileJsonSchema } from "../src/json-schema.js";

const dir = new URL("../schemas/", import.meta.url);
mkdirSync(dir, { recursive: true });
const schemas = inputJsonSchemas();
for (const [name, schema] of Object.entries(schemas)) {
  writeFileSync(new URL(`${name}.input.schema.json`, dir), `${JSON.stringify({ title: `${name} input`, ...schema }, null, 2)}\n`);
}
writeFileSync(new URL(PRIVACY_PROFILE_SCHEMA_FILE, dir), `${JSON.stringify({ title: "privacy profile", ...privacyProfileJsonSchema() }, null, 2)}\n`);
writeFileSync(new URL(EDITION_SCHEMA_FILE, dir), `${JSON.stringify({ title: "edition of the Terms", ...editionJsonSchema() }, null, 2)}\n`);
console.log(`wrote ${Object.keys(schemas).length} input schemas and ${PRIVACY_PROFILE_SCHEMA_FILE} to schemas/`);
