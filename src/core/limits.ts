/**
 * The documented maximum of every list, text and map in every input (issue
 * 11), in one place: the input schemas, the JSON Schemas under `schemas/`, the
 * README's "Limits" table and the tests all read these numbers, so they cannot
 * drift. The schemas import the named constants (a host bundle then carries
 * only the numbers its rule uses); hosts read `LIMITS`.
 */
import { MAX_MONEY } from "./max-money.js";

/** `LIMITS.events`. */
export const MAX_EVENTS = 10_000;
/** `LIMITS.payments`. */
export const MAX_PAYMENTS = 10_000;
/** `LIMITS.priceChanges`. */
export const MAX_PRICE_CHANGES = 10_000;
/** `LIMITS.renderedServices`. */
export const MAX_RENDERED_SERVICES = 10_000;
/** `LIMITS.serviceLength`. */
export const MAX_SERVICE_LENGTH = 200;
/** `LIMITS.devices`. */
export const MAX_DEVICES = 10_000;
/** `LIMITS.holidays`. */
export const MAX_HOLIDAYS = 10_000;
/** `LIMITS.weekdays`. */
export const MAX_WEEKDAYS = 7;
/** `LIMITS.profileListItems`. */
export const MAX_PROFILE_LIST_ITEMS = 1_000;
/** `LIMITS.idsPerField`. */
export const MAX_IDS_PER_FIELD = 20;
/** `LIMITS.profileClauses`. */
export const MAX_PROFILE_CLAUSES = 1_000;
/** `LIMITS.retentionPeriods`. */
export const MAX_RETENTION_PERIODS = 1_000;
/** `LIMITS.idLength`. */
export const MAX_ID_LENGTH = 100;
/** `LIMITS.textLength`. */
export const MAX_TEXT_LENGTH = 1_000;
/** Editions of the Terms (or of one privacy policy) in one list. */
export const MAX_EDITIONS = 1_000;
/** Characters of one clause text given by an edition. */
export const MAX_CLAUSE_TEXT = 10_000;
/** The largest count an edition may give a number of the Terms (days, months, minutes, visits). */
export const MAX_TARIFF_COUNT = 10_000;
/** ZIP codes in an edition's service area. */
export const MAX_SERVICE_AREA_ZIPS = 1_000;

/**
 * The maximum of every list, text and map of every input. Each is chosen so
 * that the worst input it admits is decided in well under a second (README,
 * "Limits", gives the measured worst cases); going over is a
 * `PolicyInputError` whose message names the limit. Strings with a fixed
 * format (dates, instants, money, ZIP codes, `HH:MM`) are bounded by their
 * format instead.
 *
 * @example
 * ```ts
 * LIMITS.events; //=> 10000
 * visitAllowance({ plan: "home-monthly", startDate: "2025-01-01", asOf: "2025-02-01", events: new Array(10_001).fill({ type: "visit", date: "2025-01-10" }) });
 * //=> throws PolicyInputError: "… events: expected at most 10000 items …"
 * ```
 */
export const LIMITS = /* @__PURE__ */ Object.freeze({
  /** `visitAllowance` `events`: ~27 years of daily events; the visit ledger is one sort and one pass over events and days. */
  events: MAX_EVENTS,
  /** `liabilityCap` `payments`: ~27 years of daily payments. */
  payments: MAX_PAYMENTS,
  /** `priceInForce` `changes` and `renewalCharge` `priceChanges`. */
  priceChanges: MAX_PRICE_CHANGES,
  /** `yearlyRefund` `renderedServices` (each is itemised in the explanation). */
  renderedServices: MAX_RENDERED_SERVICES,
  /** Characters of one `renderedServices[].service` label (echoed in the explanation: 2 MB of labels at most). */
  serviceLength: MAX_SERVICE_LENGTH,
  /** `deviceCoverage` `devices` (as `deviceLimit`). */
  devices: MAX_DEVICES,
  /** Closed dates of a business calendar: `slaTarget` `holidays`, and the `holidays` of `isBusinessDay` / `addBusinessDays` (business days are counted one day at a time). */
  holidays: MAX_HOLIDAYS,
  /** Open weekdays of a calendar (`supportHours.days`, `openWeekdays`): each weekday once. */
  weekdays: MAX_WEEKDAYS,
  /** The largest amount of money accepted, and the largest total computed from a list of amounts (`liabilityCap` `payments`, `yearlyRefund` `renderedServices`): cents stay exact integers. */
  money: MAX_MONEY,
  /** Items of each list of a host privacy profile: `dataCategories`, `retention.categories`, `neverCollects`, `changes.notice.channels`. */
  profileListItems: MAX_PROFILE_LIST_ITEMS,
  /** Ids listed in one field: each `clauses` / `scopeClauses` / `laws` / `requires` list of a profile, and `checkConsent` `granted`. */
  idsPerField: MAX_IDS_PER_FIELD,
  /** Distinct clause ids one privacy profile cites, and the length of its `citations` list (so `withCitations` of a valid profile is valid). */
  profileClauses: MAX_PROFILE_CLAUSES,
  /** Entries of `retentionDecision` `retentionPeriods` (each names a retention category of the profile). */
  retentionPeriods: MAX_RETENTION_PERIODS,
  /** Characters of an id: a profile's or a category's id, a clause or law id, `retentionDecision` `category` and the keys of `retentionPeriods`. */
  idLength: MAX_ID_LENGTH,
  /** Characters of one free text of a profile: `name`, `document`, a label, a note, a reason, a `neverCollects` item, a notice channel. */
  textLength: MAX_TEXT_LENGTH,
  /** Editions in one list: `editionFor` / `visitAllowance` `editions`, a privacy rule's `profiles`. */
  editions: MAX_EDITIONS,
  /** Characters of one clause text of an edition (`defineEdition` `texts`); the longest clause of the Terms has under 1,000. */
  clauseText: MAX_CLAUSE_TEXT,
  /** The largest count an edition may give a number of the Terms: bounds every loop over days, months or blocks. */
  tariffCount: MAX_TARIFF_COUNT,
  /** ZIP codes in an edition's `serviceAreaZips`. */
  serviceAreaZips: MAX_SERVICE_AREA_ZIPS,
});

/** The limits, by name (see {@link LIMITS}). */
export type Limits = typeof LIMITS;
