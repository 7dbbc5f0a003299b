/**
 * A worker thread of `relument-policy audit --jobs N`: it imports the audit
 * module and audits the chunks of cases the main thread sends, answering
 * `{ seq, result }` for each `{ seq, items }`.
 */
import { parentPort, workerData } from "node:worker_threads";
import { toEdition } from "../editions/edition.js";
import type { AuditOptions } from "../audit/index.js";
import { auditItems } from "./audit-items.js";
import { unpack, type WorkerMessage } from "./pack.js";

const data = workerData as { edition?: unknown } | null;
// The edition was checked in the main thread; here it is validated once, then shared by every case.
const options: AuditOptions = data?.edition !== undefined && data.edition !== null ? { edition: toEdition(data.edition, ["edition"], "audit") } : {};

parentPort?.on("message", (msg: WorkerMessage) => {
  parentPort?.postMessage({ seq: msg.seq, result: auditItems(unpack(msg), options) });
});
