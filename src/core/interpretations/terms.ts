import type { Interpretation } from "./types.js";

/** Readings of the per-service Terms rules (T1–T3, T5–T10, T14). */
export const termsInterpretations: readonly Interpretation[] = [];
