export * from "./core/index.js";
export * from "./terms/index.js";
export * from "./privacy/index.js";
