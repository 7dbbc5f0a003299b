/**
 * Reading audit cases from a file or stdin, streaming: JSONL line by line or
 * CSV record by record. Each case becomes an {@link Item} with its line in the
 * file; a line that cannot be read becomes an item with an error (an
 * `invalid` row later), and the reading goes on.
 *
 * Counting (documented in the README and `--help`): every physical line is
 * numbered, blank lines included; blank lines are skipped (no case, no row),
 * so `cases = agreed + disagreed + invalid = lines − blank lines` for JSONL
 * (`source.lines`, `source.blankLines` in the JSON report), and the data
 * records (header excluded) for CSV.
 */
import { createReadStream, type ReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { parse, type CsvError, type Options } from "csv-parse";
import { editionJsonSchema, inputJsonSchemas, privacyProfileJsonSchema, type JsonSchema } from "../json-schema.js";
import { UsageError, fileError, oneLine } from "./errors.js";

/** One case as read: raw JSONL text, a value built from a CSV record, or why the record could not be read. */
export type Item = { readonly line: number; readonly text: string } | { readonly line: number; readonly value: unknown } | { readonly line: number; readonly error: string };

export type InputFormat = "jsonl" | "csv";

/** What was read, for the report (filled in as the reading goes). */
export interface SourceStats {
  readonly file: string;
  readonly format: InputFormat;
  /** Physical lines read (blank lines and, for CSV, the header included). */
  lines: number;
  /** Blank lines skipped. */
  blankLines: number;
}

export interface OpenedSource {
  readonly stats: SourceStats;
  readonly items: AsyncIterable<Item>;
  /** The file's size in bytes (null for stdin). */
  readonly size: number | null;
  /** Bytes read so far. */
  bytesRead(): number;
}

/** The input format: `--input-format`, else `.csv` → csv, anything else (and stdin) → jsonl. */
export function formatOf(path: string, flag: string | undefined): InputFormat {
  if (flag !== undefined) {
    if (flag !== "jsonl" && flag !== "csv") throw new UsageError(`--input-format must be jsonl or csv, not ${JSON.stringify(flag)}`);
    return flag;
  }
  return /\.csv$/i.test(path) ? "csv" : "jsonl";
}

/** Opens a file (or stdin for `-`); an unreadable file or a directory is a UsageError (exit 2), before anything is audited. */
export async function openInput(path: string): Promise<{ stream: Readable; size: number | null; bytesRead: () => number }> {
  if (path === "-") {
    let n = 0;
    process.stdin.on("data", (c: Buffer | string) => (n += c.length));
    return { stream: process.stdin, size: null, bytesRead: () => n };
  }
  let handle;
  try {
    handle = await open(path, "r");
    const st = await handle.stat();
    if (st.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    const stream: ReadStream = createReadStream("", { fd: handle, highWaterMark: 256 * 1024 });
    return { stream, size: st.size, bytesRead: () => stream.bytesRead };
  } catch (e) {
    await handle?.close().catch(() => undefined);
    throw fileError(path, e);
  }
}

/** Opens `path` as a source of cases. */
export async function openSource(path: string, format: InputFormat): Promise<OpenedSource> {
  const { stream, size, bytesRead } = await openInput(path);
  const stats: SourceStats = { file: path, format, lines: 0, blankLines: 0 };
  const items = format === "csv" ? csvItems(stream, stats) : jsonlItems(stream, stats);
  return { stats, items, size, bytesRead };
}

/** A read error in the middle of a file (rare: the file was checked when opened) is a UsageError. */
function readFailure(path: string, e: unknown): UsageError {
  return e instanceof UsageError ? e : fileError(path, e);
}

async function* jsonlItems(stream: Readable, stats: SourceStats): AsyncGenerator<Item> {
  let failure: unknown;
  stream.on("error", (e) => (failure = e));
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    for await (const raw of lines) {
      const line = ++stats.lines;
      const text = line === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      if (text.trim() === "") {
        stats.blankLines++;
        continue;
      }
      yield { line, text };
    }
  } catch (e) {
    throw readFailure(stats.file, e);
  } finally {
    lines.close();
  }
  if (failure !== undefined) throw readFailure(stats.file, failure);
}

// ── CSV ──────────────────────────────────────────────────────────────────────

const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

interface Column {
  readonly kind: "id" | "rule" | "input" | "billed";
  /** For input: the path segments under `input`; for billed: the dotted result path. */
  readonly segments: readonly string[];
  readonly path: string;
}

/** The header row: `id`, `rule`, `input.<path>`, `billed.<path>`; anything else is a UsageError (exit 2). */
function columnsOf(header: readonly string[]): Column[] {
  const seen = new Set<string>();
  const columns = header.map((name, i): Column => {
    const h = name.trim();
    if (seen.has(h)) throw new UsageError(`CSV header: column ${JSON.stringify(h)} appears twice`);
    seen.add(h);
    if (h === "id" || h === "rule") return { kind: h, segments: [], path: h };
    const m = /^(input|billed)\.(.+)$/.exec(h);
    if (!m) throw new UsageError(`CSV header: column ${i + 1} ${JSON.stringify(oneLine(h, 60))} is not id, rule, input.<path> or billed.<path>`);
    const segments = (m[2] as string).split(".");
    if (segments.some((s) => s === "" || UNSAFE_KEYS.has(s))) throw new UsageError(`CSV header: column ${JSON.stringify(oneLine(h, 60))} has an empty or reserved path segment`);
    return { kind: m[1] as "input" | "billed", segments, path: m[2] as string };
  });
  if (!seen.has("rule")) throw new UsageError("CSV header: no rule column (expected id, rule, input.<path> and billed.<path> columns)");
  if (!columns.some((c) => c.kind === "billed")) throw new UsageError("CSV header: no billed.<path> column (what the host billed, e.g. billed.fee.amount)");
  return columns;
}

/** A CSV record with its raw text and its first line in the file. */
interface CsvRecord {
  readonly record: string[];
  readonly raw: string;
  readonly line: number;
}

/** Line breaks in raw CSV text (CRLF, CR or LF, each one break). */
function breaks(raw: string): number {
  return raw.match(/\r\n|\r|\n/g)?.length ?? 0;
}

async function* csvItems(stream: Readable, stats: SourceStats): AsyncGenerator<Item> {
  // Lines are counted here, from each record's raw text, in the order the parser reads them (its own
  // count takes a CRLF inside a quoted cell for two lines). on_record and on_skip are called in order.
  let consumed = 0;
  const skipped: Item[] = [];
  const options: Options<CsvRecord, { record: string[]; raw: string }> = {
    bom: true,
    raw: true,
    skip_empty_lines: false,
    relax_column_count: true,
    skip_records_with_error: true,
    on_record: (rec, context) => {
      const raw = context.raw ?? rec.raw;
      const line = consumed + 1;
      consumed += breaks(raw);
      return { record: rec.record, raw, line };
    },
    on_skip: (err: CsvError | undefined, raw: string | undefined) => {
      const line = consumed + 1;
      consumed += breaks(raw ?? "");
      skipped.push({ line, error: `CSV: ${oneLine(err?.message ?? "unreadable record", 300)}` });
      return undefined;
    },
  };
  const parser = parse(options as unknown as Options);
  stream.on("error", (e) => parser.destroy(e));
  let endsWithBreak = false;
  stream.on("data", (c: Buffer | string) => {
    const last = typeof c === "string" ? c.charCodeAt(c.length - 1) : c[c.length - 1];
    if (c.length) endsWithBreak = last === 10 || last === 13;
  });
  stream.pipe(parser);
  let columns: Column[] | undefined;
  try {
    for await (const { record, raw, line } of parser as AsyncIterable<CsvRecord>) {
      yield* skipped.splice(0);
      stats.lines = Math.max(stats.lines, line);
      if (record.length === 1 && (record[0] ?? "").trim() === "" && !raw.includes('"')) {
        stats.blankLines++;
        continue;
      }
      if (!columns) {
        columns = columnsOf(record);
        continue;
      }
      if (record.length !== columns.length) {
        yield { line, error: `CSV: ${record.length} cells where the header has ${columns.length}` };
        continue;
      }
      yield { line, value: caseOf(columns, record) };
    }
  } catch (e) {
    throw readFailure(stats.file, e);
  }
  yield* skipped.splice(0);
  // Every line ends with a break but perhaps the last.
  stats.lines = Math.max(stats.lines, consumed + (endsWithBreak || (consumed === 0 && stats.lines === 0) ? 0 : 1));
  if (!columns) throw new UsageError(`${stats.file}: the CSV is empty (expected a header row of id, rule, input.<path> and billed.<path> columns)`);
}

/** A case from one CSV record: cells typed by the rule's input JSON Schema; an empty cell is absent. */
function caseOf(columns: readonly Column[], record: readonly string[]): unknown {
  const ruleIndex = columns.findIndex((c) => c.kind === "rule");
  const rule = (record[ruleIndex] ?? "").trim();
  const out: Record<string, unknown> = {};
  const input: Record<string, unknown> = {};
  const billed: Record<string, unknown> = {};
  columns.forEach((col, i) => {
    const cell = record[i] ?? "";
    if (cell === "") return;
    if (col.kind === "id") out.id = cell;
    else if (col.kind === "billed") billed[col.path] = cell;
    else if (col.kind === "input") setPath(input, col.segments, typedCell(rule, col.segments, cell));
  });
  if (rule !== "") out.rule = rule;
  out.input = input;
  out.billed = billed;
  return out;
}

function setPath(root: Record<string, unknown>, segments: readonly string[], value: unknown): void {
  let node: Record<string, unknown> | unknown[] = root;
  segments.forEach((seg, i) => {
    const last = i === segments.length - 1;
    const key: string | number = Array.isArray(node) && /^\d+$/.test(seg) ? Number(seg) : seg;
    const box = node as Record<string | number, unknown>;
    if (last) {
      box[key] = value;
      return;
    }
    let child = box[key];
    if (child === null || typeof child !== "object") {
      child = /^\d+$/.test(segments[i + 1] as string) ? [] : {};
      box[key] = child;
    }
    node = child as Record<string, unknown> | unknown[];
  });
}

// ── cells typed by the JSON Schema ───────────────────────────────────────────

let schemas: Record<string, JsonSchema> | undefined;
let refs: Record<string, JsonSchema> | undefined;
const typeCache = new Map<string, ReadonlySet<string>>();

/** The JSON types a schema allows at a path (empty when the path is unknown). */
function typesAt(rule: string, segments: readonly string[]): ReadonlySet<string> {
  const key = `${rule}\u0000${segments.join(".")}`;
  const cached = typeCache.get(key);
  if (cached) return cached;
  schemas ??= inputJsonSchemas();
  refs ??= { "edition.schema.json": editionJsonSchema(), "privacy-profile.schema.json": privacyProfileJsonSchema() };
  const types = new Set<string>();
  const root = Object.prototype.hasOwnProperty.call(schemas, rule) ? schemas[rule] : undefined;
  if (root) {
    let nodes: { node: JsonSchema; root: JsonSchema }[] = expand({ node: root, root });
    for (const seg of segments) nodes = nodes.flatMap((n) => child(n, seg)).flatMap(expand);
    for (const { node } of nodes) {
      const t = node.type;
      for (const x of Array.isArray(t) ? t : t === undefined ? [] : [t]) if (typeof x === "string") types.add(x);
      const values = Array.isArray(node.enum) ? node.enum : "const" in node ? [node.const] : [];
      for (const v of values) types.add(v === null ? "null" : typeof v === "number" ? "number" : typeof v);
    }
  }
  if (typeCache.size < 10_000) typeCache.set(key, types);
  return types;
}

/** A schema node with its `$ref`s resolved and its `anyOf`/`oneOf`/`allOf` alternatives listed. */
function expand(n: { node: JsonSchema; root: JsonSchema }, depth = 0): { node: JsonSchema; root: JsonSchema }[] {
  if (depth > 20) return [];
  const out: { node: JsonSchema; root: JsonSchema }[] = [n];
  const { node, root } = n;
  if (typeof node.$ref === "string") {
    const ref = node.$ref;
    if (ref.startsWith("#/")) {
      let target: unknown = root;
      for (const part of ref.slice(2).split("/")) target = (target as Record<string, unknown> | undefined)?.[part.replace(/~1/g, "/").replace(/~0/g, "~")];
      if (target && typeof target === "object") out.push(...expand({ node: target as JsonSchema, root }, depth + 1));
    } else if (refs?.[ref]) out.push(...expand({ node: refs[ref] as JsonSchema, root: refs[ref] as JsonSchema }, depth + 1));
  }
  for (const k of ["anyOf", "oneOf", "allOf"] as const) {
    const alts = node[k];
    if (Array.isArray(alts)) for (const a of alts) if (a && typeof a === "object") out.push(...expand({ node: a as JsonSchema, root }, depth + 1));
  }
  return out;
}

function child({ node, root }: { node: JsonSchema; root: JsonSchema }, seg: string): { node: JsonSchema; root: JsonSchema }[] {
  const out: { node: JsonSchema; root: JsonSchema }[] = [];
  const props = node.properties as Record<string, JsonSchema> | undefined;
  if (props && Object.prototype.hasOwnProperty.call(props, seg)) out.push({ node: props[seg] as JsonSchema, root });
  else if (node.additionalProperties && typeof node.additionalProperties === "object") out.push({ node: node.additionalProperties as JsonSchema, root });
  if (/^\d+$/.test(seg)) {
    const prefix = node.prefixItems;
    if (Array.isArray(prefix) && prefix[Number(seg)]) out.push({ node: prefix[Number(seg)] as JsonSchema, root });
    else if (node.items && typeof node.items === "object") out.push({ node: node.items as JsonSchema, root });
  }
  return out;
}

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A CSV cell as the type the rule's input schema asks for at that path: a
 * string when the schema allows one (money "45.00" stays a string), else a
 * number, a boolean, null, or JSON for an object/array; a cell that fits no
 * type stays text, and the rule's own validation says what is wrong.
 */
export function typedCell(rule: string, segments: readonly string[], cell: string): unknown {
  const types = typesAt(rule, segments);
  if (types.size === 0 || types.has("string")) return cell;
  const t = cell.trim();
  if ((types.has("number") || types.has("integer")) && NUMBER.test(t)) return Number(t);
  if (types.has("boolean") && /^(true|false)$/i.test(t)) return t.toLowerCase() === "true";
  if (types.has("null") && t === "null") return null;
  if ((types.has("object") || types.has("array")) && /^[[{]/.test(t)) {
    try {
      return JSON.parse(t) as unknown;
    } catch {
      return cell;
    }
  }
  return cell;
}
