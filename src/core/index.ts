export { PolicyInputError, type PolicyInputIssue } from "./errors.js";
export { type Money, type MoneyInput } from "./money.js";
export { type CalendarDate } from "./calendar.js";
export { type Instant, PACIFIC } from "./instant.js";
export { type Decision } from "./decision.js";
export { usFederalHolidays, addBusinessDays, isBusinessDay, type BusinessCalendar } from "./business-days.js";
export { clauses, clauseById, policyFiles, type Clause, type PolicyDocument } from "./clauses/index.js";
export { calendarDateSchema, instantSchema, moneyInputSchema } from "./schema.js";
export { interpretations, type Interpretation } from "./interpretations/index.js";
