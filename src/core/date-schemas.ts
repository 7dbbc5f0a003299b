import * as z from "zod/mini";
import { isCalendarDate } from "./calendar.js";
import { inInstantRange, parseInstantString } from "./iso.js";
import { received } from "./issues.js";

/** `"YYYY-MM-DD"`, a real Pacific calendar date of the years 1900–2999. */
export const calendarDateSchema = z.string().check(
  z.refine(isCalendarDate, { message: "expected a real calendar date YYYY-MM-DD (Pacific) of the years 1900–2999" }),
);

const RANGE = "between 1900-01-01 and 2999-12-31 (Pacific)";

/** A `Date` (valid) or an ISO-8601 string with an offset or `Z`, of the years 1900–2999 (Pacific). */
export const instantSchema = z
  .custom<Date | string>((v) => v instanceof Date || typeof v === "string", {
    error: (iss) =>
      iss.input === undefined
        ? "required: expected an instant (a Date, or an ISO-8601 string with an offset or Z)"
        : `expected an instant (a Date, or an ISO-8601 string with an offset or Z), received ${received(iss.input)}`,
  })
  .check(
    z.refine((v) => !(v instanceof Date) || !Number.isNaN(v.getTime()), {
      message: "expected a valid Date, received an Invalid Date (its time value is NaN)",
      abort: true,
    }),
    z.refine((v) => v instanceof Date || parseInstantString(v) !== null, {
      message: "expected an ISO-8601 instant with an offset or Z (a time without one is ambiguous)",
      abort: true,
    }),
    z.refine((v) => inInstantRange(v instanceof Date ? v.getTime() : (parseInstantString(v) as number)), {
      message: `expected an instant ${RANGE}`,
    }),
  );
