/**
 * JSON Schemas (draft 2020-12) of every rule's input, generated from the zod
 * schemas, so hosts in other languages can validate their requests. The same
 * schemas ship as files under `schemas/` in the package.
 */
import * as z from "zod/mini";
import { calendarDateSchema, instantSchema } from "./core/date-schemas.js";
import { moneyInputSchema } from "./core/money-schema.js";
import { inputSchemas } from "./input-schemas.js";
import { privacyProfileSchema } from "./privacy/schema.js";
import { editionValueSchema } from "./editions/compiled.js";
import { editionSchema } from "./editions/edition.js";
import { retentionPeriodsSchema } from "./privacy/retention-decision.js";
import { MAX_RETENTION_PERIODS } from "./core/limits.js";
import { PolicyInputError } from "./core/errors.js";
import { parseInput } from "./core/schema.js";

const optionsSchema = z.strictObject({ inlineProfile: z.optional(z.boolean()) });

/** A JSON Schema document. */
export type JsonSchema = Record<string, unknown>;

const CALENDAR_DATE = {
  type: "string",
  pattern: "^\\d{4}-\\d{2}-\\d{2}$",
  format: "date",
  description: "A calendar date YYYY-MM-DD, meaning that day in Pacific time (America/Los_Angeles). Must be a real date.",
};
const INSTANT = {
  type: "string",
  pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})$",
  format: "date-time",
  description: "An ISO-8601 instant WITH an offset or Z; a time without one is rejected as ambiguous.",
};
const MONEY = {
  anyOf: [
    { type: "string", pattern: "^\\d{1,12}(\\.\\d{1,2})?$" },
    { type: "number", minimum: 0, maximum: 999999999999.99, multipleOf: 0.01 },
  ],
  description: "USD: a non-negative decimal string or number with at most 2 fraction digits.",
};

function replace(target: Record<string, unknown>, by: Record<string, unknown>): void {
  for (const k of Object.keys(target)) delete target[k];
  Object.assign(target, structuredClone(by));
}

/** File name of the JSON Schema of an edition of the Terms, which the Terms rules' schemas reference. */
export const EDITION_SCHEMA_FILE = "edition.schema.json";

/** File name of the privacy profile's JSON Schema, which the privacy rules' schemas reference. */
export const PRIVACY_PROFILE_SCHEMA_FILE = "privacy-profile.schema.json";

/**
 * The JSON Schema of one zod input schema, with the library's own formats
 * (calendar dates, instants with offsets, money) spelled out. A host's own
 * privacy profile is referenced (`privacy-profile.schema.json`), not repeated
 * in every privacy rule's schema.
 *
 * @example
 * ```ts
 * toInputJsonSchema(overtimeInputSchema).required; //=> ["mode", "minutes"]
 * ```
 */
export function toInputJsonSchema(schema: z.ZodMiniType, options: { inlineProfile?: boolean } = {}): JsonSchema {
  if (typeof schema !== "object" || schema === null || !Object.prototype.hasOwnProperty.call(schema, "_zod"))
    throw new PolicyInputError([{ path: ["schema"], message: "expected one of the library's zod input schemas (e.g. overtimeInputSchema)" }], "toInputJsonSchema");
  const opts = parseInput(optionsSchema, options, "toInputJsonSchema");
  return z.toJSONSchema(schema, {
    io: "input",
    unrepresentable: "any",
    override: (ctx) => {
      const json = ctx.jsonSchema as Record<string, unknown>;
      if (ctx.zodSchema === (calendarDateSchema as unknown)) replace(json, CALENDAR_DATE);
      else if (ctx.zodSchema === (instantSchema as unknown)) replace(json, INSTANT);
      else if (ctx.zodSchema === (moneyInputSchema as unknown)) replace(json, MONEY);
      // zod has no size check for records: their limit is a refine, stated here.
      else if (ctx.zodSchema === (retentionPeriodsSchema as unknown)) json.maxProperties = MAX_RETENTION_PERIODS;
      else if (ctx.zodSchema === (editionValueSchema as unknown))
        replace(json, { $ref: EDITION_SCHEMA_FILE, description: "An edition of the Terms (baseEdition, or one from defineEdition, as JSON); default the base edition." });
      else if (ctx.zodSchema === (privacyProfileSchema as unknown) && !opts.inlineProfile)
        replace(json, { $ref: PRIVACY_PROFILE_SCHEMA_FILE, description: "A host's own privacy profile (see privacyProfileSchema)." });
    },
  }) as JsonSchema;
}

/**
 * JSON Schemas of every rule's input, by rule name.
 *
 * @example
 * ```ts
 * inputJsonSchemas().noShowCharge.properties.appointmentAt.format; //=> "date-time"
 * ```
 */
export function inputJsonSchemas(): Record<keyof typeof inputSchemas, JsonSchema> {
  return Object.fromEntries(Object.entries(inputSchemas).map(([name, schema]) => [name, toInputJsonSchema(schema)])) as Record<
    keyof typeof inputSchemas,
    JsonSchema
  >;
}

/**
 * The JSON Schema of a privacy profile (what a host's own profile must look like).
 *
 * @example
 * ```ts
 * privacyProfileJsonSchema().required.slice(0, 2); //=> ["id", "name"]
 * ```
 */
export function privacyProfileJsonSchema(): JsonSchema {
  return toInputJsonSchema(privacyProfileSchema, { inlineProfile: true });
}

/**
 * The JSON Schema of an edition of the Terms, as `defineEdition` returns it
 * and as the rules' `edition` field accepts it back from JSON.
 *
 * @example
 * ```ts
 * editionJsonSchema().required; //=> ["id", "document", "announcedOn", "effectiveOn", "basedOn", "hypothetical", "tariff", "changes", "texts"]
 * ```
 */
export function editionJsonSchema(): JsonSchema {
  return toInputJsonSchema(editionSchema);
}
