import type { Interpretation } from "./types.js";

/** Readings of the privacy rules (P1–P8). */
export const privacyInterpretations: readonly Interpretation[] = [];
