export * from "./core/index.js";
export * from "./terms/index.js";
export * from "./privacy/index.js";
export { inputSchemas } from "./input-schemas.js";
export {
  inputJsonSchemas,
  toInputJsonSchema,
  privacyProfileJsonSchema,
  editionJsonSchema,
  PRIVACY_PROFILE_SCHEMA_FILE,
  EDITION_SCHEMA_FILE,
  type JsonSchema,
} from "./json-schema.js";
