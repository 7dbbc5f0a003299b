/** The package's name and version, as decision records carry them (a test checks them against package.json). */
export const LIBRARY = Object.freeze({ name: "@relument/policy", version: "0.2.0" });
