import type { Interpretation } from "./types.js";

/** Readings of the membership-lifecycle rules (T4, T11–T13, T15). */
export const lifecycleInterpretations: readonly Interpretation[] = [];
