/* The Terms over time (POLICY-SPEC T17): editions as data, which one binds whom, what-if and diffs. Re-exports only. */
export { BASE_TARIFF, TARIFF_KEYS, type TariffKey, type TariffKind, type TariffSpec } from "./base-tariff.js";
export { baseEdition, editionSchema, BASE_EDITION_ID, type Edition, type EditionChange, type EditionTariff } from "./edition.js";
export { defineEdition, compareEditions, clauseTextIn, type EditionComparison, type DefineEditionInput } from "./define.js";
export { editionFor, MAX_EDITIONS, type EditionForInput, type EditionForResult, type EditionBinding } from "./edition-for.js";
export { type CompiledTariff, type EditionStamp } from "./compiled.js";
