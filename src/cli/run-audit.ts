/**
 * `relument-policy audit`: reads the cases (streaming), audits them in the
 * main thread or on N worker threads (results merged in line order), shows a
 * progress bar on stderr when it is a terminal, and returns the summary and
 * the non-agreed rows.
 */
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import cliProgress from "cli-progress";
import { emptySummary, type AuditOptions, type AuditRow, type AuditSummary } from "../audit/index.js";
import type { Edition } from "../editions/edition.js";
import { auditItems, mergeSummary, sortedSummary, type ChunkResult } from "./audit-items.js";
import { openSource, type InputFormat, type Item, type SourceStats } from "./cases.js";
import { pack } from "./pack.js";

export interface AuditRunOptions {
  readonly file: string;
  readonly format: InputFormat;
  readonly jobs: number;
  /** The edition (already validated) and its JSON, for the workers. */
  readonly edition?: { readonly value: Edition; readonly json: unknown };
  readonly progress: boolean;
}

export interface AuditRun {
  readonly source: SourceStats;
  readonly summary: AuditSummary;
  /** Every row that is not `agreed`, in line order. */
  readonly rows: AuditRow[];
}

/** Cases per chunk sent to a worker. */
const CHUNK = 1000;

async function* chunked(items: AsyncIterable<Item>, size: number): AsyncGenerator<Item[]> {
  let chunk: Item[] = [];
  for await (const item of items) {
    chunk.push(item);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}

/** The worker thread, as built (`worker.js`) or, when the CLI runs from source through tsx, `worker.ts` (with tsx registered in the worker). */
function startWorker(edition: unknown): Worker {
  const ext = extname(fileURLToPath(import.meta.url));
  const url = new URL(`./worker${ext}`, import.meta.url);
  const workerData = { edition: edition ?? null };
  if (ext === ".ts")
    return new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`, { eval: true, workerData });
  return new Worker(url, { workerData });
}

export async function runAudit(opts: AuditRunOptions): Promise<AuditRun> {
  const source = await openSource(opts.file, opts.format);
  const summary = emptySummary();
  const rows: AuditRow[] = [];
  const progress = opts.progress ? new Progress(source.size) : undefined;
  const take = (r: ChunkResult): void => {
    mergeSummary(summary, r.summary);
    for (const row of r.rows) rows.push(row);
    progress?.update(summary, source.bytesRead());
  };
  try {
    if (opts.jobs <= 1) {
      const options: AuditOptions = opts.edition ? { edition: opts.edition.value } : {};
      for await (const chunk of chunked(source.items, 200)) take(auditItems(chunk, options));
    } else await onWorkers(chunked(source.items, CHUNK), opts.jobs, opts.edition?.json, take);
  } finally {
    progress?.stop();
  }
  // Read errors of CSV records are reported as soon as the parser finds them: order by line.
  rows.sort((a, b) => a.line - b.line);
  return { source: source.stats, summary: sortedSummary(summary), rows };
}

/** Audits the chunks on `jobs` workers, at most 2 chunks in flight per worker; results are taken in chunk order. */
async function onWorkers(chunks: AsyncIterable<Item[]>, jobs: number, edition: unknown, take: (r: ChunkResult) => void): Promise<void> {
  const workers = Array.from({ length: jobs }, () => startWorker(edition));
  const load = workers.map(() => 0);
  const done = new Map<number, ChunkResult>();
  let sent = 0;
  let next = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const signal = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  workers.forEach((w, i) => {
    w.on("message", (m: { seq: number; result: ChunkResult }) => {
      load[i] = (load[i] ?? 1) - 1;
      done.set(m.seq, m.result);
      for (let r = done.get(next); r; r = done.get(next)) {
        done.delete(next++);
        take(r);
      }
      signal();
    });
    w.on("error", (e) => {
      failure ??= new Error(`a worker thread failed: ${e.message}`);
      signal();
    });
    w.on("exit", (code) => {
      if (next < sent) failure ??= new Error(`a worker thread exited (code ${code}) with work in flight`);
      signal();
    });
  });
  const wait = () => new Promise<void>((resolve) => (wake = resolve));
  try {
    for await (const items of chunks) {
      while (sent - next >= jobs * 2 && !failure) await wait();
      if (failure) throw failure;
      const i = load.indexOf(Math.min(...load));
      load[i] = (load[i] ?? 0) + 1;
      const message = pack(sent++, items);
      workers[i]?.postMessage(message, "lines" in message ? [message.lines.buffer as ArrayBuffer] : []);
    }
    while (next < sent && !failure) await wait();
    if (failure) throw failure;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** The progress bar on stderr: counts, rate and (for a file) percentage and ETA by bytes read. */
class Progress {
  private readonly bar: cliProgress.SingleBar;
  private readonly start = Date.now();
  constructor(private readonly size: number | null) {
    const counts = "{cases} cases | {disagreed} disagreed | {invalid} invalid | {rate} cases/s";
    this.bar = new cliProgress.SingleBar(
      {
        format: size ? `audit [{bar}] {percentage}% | ${counts} | ETA {eta_formatted}` : `audit | ${counts}`,
        stream: process.stderr,
        hideCursor: true,
        clearOnComplete: true,
        fps: 5,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    this.bar.start(size || 1, 0, { cases: 0, disagreed: 0, invalid: 0, rate: 0 });
  }
  update(s: AuditSummary, bytes: number): void {
    const seconds = Math.max((Date.now() - this.start) / 1000, 0.001);
    this.bar.update(this.size ? Math.min(bytes, this.size) : 0, {
      cases: s.cases.toLocaleString("en-US"),
      disagreed: s.disagreed.toLocaleString("en-US"),
      invalid: s.invalid.toLocaleString("en-US"),
      rate: Math.round(s.cases / seconds).toLocaleString("en-US"),
    });
  }
  stop(): void {
    this.bar.stop();
  }
}
