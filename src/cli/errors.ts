/**
 * The CLI's errors and exit codes. Every error ends as ONE line on stderr
 * (never a stack trace): see `index.ts`.
 */

/** Exit codes: 0 all agree (or the command succeeded), 1 a disagreement / an invalid case / a replay that differs, 2 a usage error or an unreadable file. */
export const EXIT = Object.freeze({ ok: 0, differs: 1, usage: 2 } as const);

/** A mistake on the command line, an unreadable file, or input that is not what the command needs: exit 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** One line of text from anything thrown (control characters and newlines flattened). */
export function oneLine(text: string, max = 1000): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/\r?\n/g, " ").replace(/[\u0000-\u001f\u007f]/g, " ");
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** The message of a Node file-system error, as a person reads it. */
export function fileError(path: string, e: unknown): UsageError {
  const code = (e as { code?: unknown } | null)?.code;
  const why =
    code === "ENOENT"
      ? "no such file"
      : code === "EISDIR"
        ? "is a directory"
        : code === "EACCES" || code === "EPERM"
          ? "permission denied"
          : e instanceof Error
            ? e.message
            : String(e);
  return new UsageError(`cannot read ${path}: ${why}`);
}
