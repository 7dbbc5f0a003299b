export { tariff, PLANS, type Plan, type TariffEntry } from "./tariff.js";
export * from "./lifecycle.js";
