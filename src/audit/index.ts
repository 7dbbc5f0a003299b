/**
 * `@relument/policy/audit`: decisions as records, replay, and audits in bulk.
 * A separate entry point, so hosts that import only the rules do not load
 * canonical JSON or hashing.
 */
export { evaluate, ruleNames, isRuleName, type RuleName } from "./evaluate.js";
export {
  recordDecision,
  replayDecision,
  hashOf,
  differences,
  DECISION_RECORD_FORMAT,
  type DecisionRecord,
  type ReplayResult,
  type RecordDifference,
} from "./record.js";
export {
  auditCases,
  auditCase,
  at as valueAtPath,
  addToSummary,
  emptySummary,
  type AuditCase,
  type AuditRow,
  type AuditSummary,
  type AuditDifference,
  type AuditOptions,
} from "./audit.js";
export { PolicyInputError, isPolicyInputError, type PolicyInputIssue } from "../core/errors.js";
export { LIBRARY } from "../version.js";
