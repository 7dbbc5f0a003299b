#!/usr/bin/env node
/**
 * `relument-policy`: the rules from the command line (the package's `bin`).
 * Node-only code lives here, under src/cli/, and nowhere else in the library.
 *
 * Every failure ends as ONE line on stderr, never a stack trace, and exit
 * code 2 (usage error, unreadable file, invalid input); see `--help`.
 */
import { access, writeFile } from "node:fs/promises";
import { constants } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { evaluate, isRuleName, recordDecision, replayDecision, ruleNames, type DecisionRecord } from "../audit/index.js";
import { isPolicyInputError } from "../core/errors.js";
import type { Edition } from "../editions/edition.js";
import { inputJsonSchemas } from "../json-schema.js";
import { LIBRARY } from "../version.js";
import { formatOf } from "./cases.js";
import { diffText, loadEdition, runDiff } from "./diff.js";
import { EXIT, UsageError, oneLine } from "./errors.js";
import { COMMAND_HELP, PROGRAM_HELP } from "./help.js";
import { jsonArgument, parseJson, readText } from "./io.js";
import { REPORT_FORMATS, render, type ReportFormat } from "./report.js";
import { runAudit } from "./run-audit.js";

type Values = Record<string, string | boolean | undefined>;
interface Command {
  readonly options: Record<string, { type: "string" | "boolean" }>;
  readonly positionals: readonly [min: number, max: number];
  run(values: Values, args: string[]): Promise<number>;
}

const out = (text: string): void => void process.stdout.write(text);
const json = (value: unknown): void => out(`${JSON.stringify(value, null, 2)}\n`);

function ruleArg(name: string | undefined): string {
  if (name === undefined || !isRuleName(name)) throw new UsageError(`unknown rule ${JSON.stringify(oneLine(String(name), 80))}; \`relument-policy rules\` lists them`);
  return name;
}

/** Runs `fn`; a PolicyInputError (input the rule rejects) becomes a one-line usage error (exit 2). */
function inputErrors<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (isPolicyInputError(e)) throw new UsageError(e.message);
    throw e;
  }
}

const COMMANDS: Record<string, Command> = {
  rules: {
    options: {},
    positionals: [0, 0],
    run: async () => {
      out(`${ruleNames.join("\n")}\n`);
      return EXIT.ok;
    },
  },
  eval: {
    options: { explain: { type: "boolean" } },
    positionals: [1, 2],
    run: async (values, [rule, arg]) => {
      const name = ruleArg(rule);
      const input = await jsonArgument(arg, "input");
      const decision = inputErrors(() => evaluate(name, input));
      if (values.explain) out(`${decision.explanation.join("\n")}\n`);
      else json(decision);
      return EXIT.ok;
    },
  },
  schema: {
    options: {},
    positionals: [1, 1],
    run: async (_, [rule]) => {
      const name = ruleArg(rule) as keyof ReturnType<typeof inputJsonSchemas>;
      json(inputJsonSchemas()[name]);
      return EXIT.ok;
    },
  },
  record: {
    options: {},
    positionals: [1, 2],
    run: async (_, [rule, arg]) => {
      const name = ruleArg(rule);
      const input = await jsonArgument(arg, "input");
      json(inputErrors(() => recordDecision(name, input)));
      return EXIT.ok;
    },
  },
  replay: {
    options: {},
    positionals: [0, 1],
    run: async (_, [file]) => {
      const record = file === undefined || file === "-" ? await jsonArgument(undefined === file ? undefined : "-", "decision record") : parseJson(await readText(file), file);
      const r = inputErrors(() => replayDecision(record as DecisionRecord));
      json(r);
      return r.intact && r.same ? EXIT.ok : EXIT.differs;
    },
  },
  audit: {
    options: { format: { type: "string" }, out: { type: "string" }, jobs: { type: "string" }, edition: { type: "string" }, "input-format": { type: "string" } },
    positionals: [1, 1],
    run: async (values, [file]) => {
      const format = (values.format ?? "json") as ReportFormat;
      if (!REPORT_FORMATS.includes(format)) throw new UsageError(`--format must be ${REPORT_FORMATS.join(", ")}, not ${JSON.stringify(values.format)}`);
      const jobsText = (values.jobs as string | undefined) ?? "1";
      if (!/^\d{1,3}$/.test(jobsText) || Number(jobsText) < 1 || Number(jobsText) > 64) throw new UsageError(`--jobs must be a whole number from 1 to 64, not ${JSON.stringify(jobsText)}`);
      const outFile = values.out as string | undefined;
      if (outFile !== undefined) await writable(outFile);
      const source = file as string;
      const inputFormat = formatOf(source, values["input-format"] as string | undefined);
      let edition: { value: Edition; json: unknown } | undefined;
      if (typeof values.edition === "string") {
        const value = await loadEdition(values.edition, "audit");
        edition = { value, json: JSON.parse(JSON.stringify(value)) as unknown };
      }
      const run = await runAudit({ file: source, format: inputFormat, jobs: Number(jobsText), progress: process.stderr.isTTY === true, ...(edition ? { edition } : {}) });
      const text = render({ source: run.source, edition: edition?.value.id ?? null, summary: run.summary, rows: run.rows }, format);
      const s = run.summary;
      if (outFile !== undefined) {
        try {
          await writeFile(outFile, text);
        } catch (e) {
          throw new UsageError(`cannot write ${outFile}: ${e instanceof Error ? e.message : String(e)}`);
        }
        process.stderr.write(`${s.cases} cases: ${s.agreed} agreed, ${s.disagreed} disagreed, ${s.invalid} invalid; ${format} report written to ${outFile}\n`);
      } else out(text);
      return s.disagreed + s.invalid === 0 ? EXIT.ok : EXIT.differs;
    },
  },
  diff: {
    options: { cases: { type: "string" }, format: { type: "string" }, "input-format": { type: "string" } },
    positionals: [2, 2],
    run: async (values, [a, b]) => {
      const format = (values.format as string | undefined) ?? "json";
      if (format !== "json" && format !== "text") throw new UsageError(`--format must be json or text, not ${JSON.stringify(format)}`);
      const r = await runDiff(a as string, b as string, values.cases as string | undefined, values["input-format"] as string | undefined);
      if (format === "text") out(diffText(r));
      else json(r);
      const differs = r.comparison.changes.length > 0 || r.comparison.texts.length > 0 || (r.total?.changed ?? 0) > 0;
      return differs ? EXIT.differs : EXIT.ok;
    },
  },
};

/** Fails early (exit 2) when the report could not be written, before a long audit. */
async function writable(file: string): Promise<void> {
  try {
    await access(dirname(resolve(file)), constants.W_OK);
  } catch {
    throw new UsageError(`cannot write ${file}: its directory does not exist or is not writable`);
  }
}

/** Runs the command line; returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) throw new UsageError("missing a command (rules, eval, schema, record, replay, audit, diff); see relument-policy --help");
  if (name === "--help" || name === "-h") {
    out(PROGRAM_HELP);
    return EXIT.ok;
  }
  if (name === "help") {
    const topic = rest[0];
    if (topic !== undefined && !COMMAND_HELP[topic]) throw new UsageError(`unknown command ${JSON.stringify(oneLine(topic, 40))}; see relument-policy --help`);
    out(topic === undefined ? PROGRAM_HELP : (COMMAND_HELP[topic] as string));
    return EXIT.ok;
  }
  if (name === "--version" || name === "-v") {
    out(`${LIBRARY.name} ${LIBRARY.version}\n`);
    return EXIT.ok;
  }
  const command = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    const what = name.startsWith("-") ? `unknown option ${oneLine(name, 40)}` : `unknown command ${JSON.stringify(oneLine(name, 40))}`;
    throw new UsageError(`${what}; the commands are ${Object.keys(COMMANDS).join(", ")} (see relument-policy --help)`);
  }
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...rest], options: { ...command.options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true }) as typeof parsed;
  } catch (e) {
    const code = (e as { code?: string }).code ?? "";
    const message = e instanceof Error ? e.message : String(e);
    const option = /'(-[^']*)'/.exec(message)?.[1];
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option) throw new UsageError(`unknown option ${oneLine(option, 40)} for ${name}; see relument-policy ${name} --help`);
    throw new UsageError(`${oneLine(message, 200)} (see relument-policy ${name} --help)`);
  }
  if (parsed.values.help) {
    out(COMMAND_HELP[name] as string);
    return EXIT.ok;
  }
  const [min, max] = command.positionals;
  const n = parsed.positionals.length;
  if (n < min) throw new UsageError(`${name}: missing ${min - n === 1 ? "an argument" : `${min - n} arguments`}; usage: ${(COMMAND_HELP[name] as string).split("\n")[0]?.replace(/^Usage: /, "")}`);
  if (n > max) throw new UsageError(`${name}: too many arguments (${parsed.positionals.slice(max).map((a) => JSON.stringify(oneLine(a, 40))).join(" ")}); see relument-policy ${name} --help`);
  return command.run(parsed.values, parsed.positionals);
}

/** One line on stderr for anything thrown; never a stack trace. */
function report(e: unknown): number {
  const message = e instanceof UsageError ? e.message : isPolicyInputError(e) ? e.message : `unexpected error: ${e instanceof Error ? e.message : String(e)}`;
  process.stderr.write(`relument-policy: ${oneLine(message)}\n`);
  return EXIT.usage;
}

// A reader that stops early (`… | head`) is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.exitCode = report(e);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.exitCode = report(e);
  },
);
