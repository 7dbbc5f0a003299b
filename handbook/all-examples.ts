import { lifecycleExamples, privacyExamples, termsExamples, type WorkedExample } from "./examples.js";

export type { WorkedExample } from "./examples.js";

/** Every worked example of the handbook. */
export const allExamples: WorkedExample[] = [...termsExamples, ...lifecycleExamples, ...privacyExamples];
