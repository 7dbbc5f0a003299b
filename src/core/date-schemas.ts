import * as z from "zod/mini";
import { isCalendarDate } from "./calendar.js";
import { parseInstantString } from "./iso.js";

/** `"YYYY-MM-DD"`, a real Pacific calendar date. */
export const calendarDateSchema = z.string().check(
  z.refine(isCalendarDate, { message: "expected a real calendar date YYYY-MM-DD (Pacific)" }),
);

/** A `Date` (valid) or an ISO-8601 string with an offset or `Z`. */
export const instantSchema = z.union([
  z.date().check(z.refine((d) => Number.isFinite(d.getTime()), { message: "invalid Date" })),
  z.string().check(
    z.refine((s) => parseInstantString(s) !== null, {
      message: "expected an ISO-8601 instant with an offset or Z (a time without one is ambiguous)",
    }),
  ),
]);
