export { PolicyInputError, isPolicyInputError, type PolicyInputIssue } from "./errors.js";
export { type Money, type MoneyInput } from "./money.js";
export { type CalendarDate } from "./calendar.js";
export { type Instant, PACIFIC } from "./instant.js";
export { type Decision } from "./decision.js";
export { usFederalHolidays, addBusinessDays, isBusinessDay } from "./business-days-api.js";
export { type BusinessCalendar } from "./business-days.js";
export { clauses, clauseById, policyFiles, type Clause, type PolicyDocument } from "./clauses/index.js";
export { LIMITS, LIMITS as limits, type Limits } from "./limits.js";
import { calendarDateSchema as calendarDate, instantSchema as instant, moneyInputSchema as moneyInput } from "./schema.js";
import { deepFreeze } from "./freeze.js";
// Frozen where the package exports them (issue 11): a host importing only one of them gets it frozen too.
/** `"YYYY-MM-DD"`, a real Pacific calendar date (zod schema, frozen). */
export const calendarDateSchema = /* @__PURE__ */ deepFreeze(calendarDate);
/** A `Date` (valid) or an ISO-8601 string with an offset or `Z` (zod schema, frozen). */
export const instantSchema = /* @__PURE__ */ deepFreeze(instant);
/** Money as hosts pass it in: a non-negative decimal string or number with at most 2 fraction digits (zod schema, frozen). */
export const moneyInputSchema = /* @__PURE__ */ deepFreeze(moneyInput);
export { interpretations, type Interpretation } from "./interpretations/index.js";
