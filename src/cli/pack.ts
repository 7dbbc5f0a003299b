/** The message that carries a chunk of cases to a worker thread (`audit --jobs N`). */
import type { Item } from "./cases.js";

/**
 * A chunk as a worker message. JSONL lines go as ONE string (joined by "\n", which no line holds) and
 * their line numbers as a transferred Int32Array: far cheaper to clone than an array of objects.
 */
export function pack(seq: number, items: Item[]): WorkerMessage {
  if (!items.every((i) => "text" in i)) return { seq, items };
  const lines = new Int32Array(items.map((i) => i.line));
  return { seq, lines, text: (items as { text: string }[]).map((i) => i.text).join("\n") };
}

export type WorkerMessage = { seq: number; items: Item[] } | { seq: number; lines: Int32Array; text: string };

/** The items of a worker message. */
export function unpack(m: WorkerMessage): Item[] {
  if ("items" in m) return m.items;
  const texts = m.text.split("\n");
  return Array.from(m.lines, (line, i) => ({ line, text: texts[i] ?? "" }));
}
