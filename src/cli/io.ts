/** Reading the command's inputs: a file, stdin (`-`), or JSON given inline. */
import { readFile } from "node:fs/promises";
import { UsageError, fileError, oneLine } from "./errors.js";

/** All of stdin as text (a UTF-8 BOM stripped). */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return stripBom(Buffer.concat(chunks).toString("utf8"));
}

/** A whole file as text (a UTF-8 BOM stripped); `-` is stdin. An unreadable file is a UsageError (exit 2). */
export async function readText(path: string): Promise<string> {
  if (path === "-") return readStdin();
  try {
    return stripBom(await readFile(path, "utf8"));
  } catch (e) {
    throw fileError(path, e);
  }
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parses JSON text, or throws a one-line UsageError naming what it was. */
export function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new UsageError(`${what} is not valid JSON: ${oneLine(e instanceof Error ? e.message : String(e), 200)}`);
  }
}

/**
 * The JSON argument of `eval` / `record`: inline JSON, `-` for stdin, or
 * (absent) stdin when stdin is not a terminal.
 */
export async function jsonArgument(arg: string | undefined, what: string): Promise<unknown> {
  if (arg === undefined) {
    if (process.stdin.isTTY) throw new UsageError(`give the ${what} as a JSON argument, or - to read it from stdin`);
    return parseJson(await readStdin(), `the ${what} (stdin)`);
  }
  if (arg === "-") return parseJson(await readStdin(), `the ${what} (stdin)`);
  return parseJson(arg, `the ${what}`);
}
