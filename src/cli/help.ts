/** The help texts of `relument-policy` and of each command. */

export const PROGRAM_HELP = `relument-policy: Relument's Terms and privacy rules from the command line.

Usage:
  relument-policy rules                            every rule name, one a line
  relument-policy eval <rule> [<json> | -]         the decision as JSON (--explain: its explanation as text)
  relument-policy schema <rule>                    the rule's input JSON Schema
  relument-policy record <rule> [<json> | -]       a decision record (input, output, version, edition, hashes)
  relument-policy replay [<record.json> | -]       replays a record: exit 0 when intact and the same, 1 when not
  relument-policy audit <file.jsonl | file.csv | -> [--format json|md|html|csv] [--out FILE] [--jobs N] [--edition FILE]
  relument-policy diff <edition.json | base> <edition.json | base> [--cases FILE]

Run \`relument-policy <command> --help\` for a command's options.

Exit codes: 0 success (audit: every case agrees); 1 audit: a case disagrees or is invalid,
replay: the record is tampered with or gives another output today, diff: the editions differ;
2 usage error, unreadable file or invalid input (one line on stderr).
`;

export const COMMAND_HELP: Record<string, string> = {
  rules: `Usage: relument-policy rules

Prints every rule name that eval, schema, record and audit accept, one a line.
`,
  eval: `Usage: relument-policy eval <rule> [<json> | -] [--explain]

Runs <rule> on the input given as JSON (an argument, or - / nothing to read
it from stdin) and prints the decision as JSON.

Options:
  --explain   print the decision's explanation instead, one step a line
  -h, --help  this help

Example:
  relument-policy eval overtimeCharge '{"mode":"onsite","minutes":125}'

Exit codes: 0 ok; 2 unknown rule, input that is not JSON, or input the rule
rejects (the PolicyInputError message, one line).
`,
  schema: `Usage: relument-policy schema <rule>

Prints the JSON Schema (draft 2020-12) of <rule>'s input. The Terms rules'
schemas reference edition.schema.json, the privacy rules'
privacy-profile.schema.json (both shipped under schemas/ in the package).
`,
  record: `Usage: relument-policy record <rule> [<json> | -]

Runs <rule> on the input (JSON argument, or - / nothing for stdin) and prints
a decision record: { format, rule, input, output, library, edition,
inputHash, outputHash }, hashes being "sha256:" + hex of the RFC 8785
canonical JSON. Keep it; \`relument-policy replay\` checks it later.
`,
  replay: `Usage: relument-policy replay [<record.json> | -]

Checks a decision record (a file, or - / nothing for stdin) and prints
{ intact, same, differences, tampered, library } as JSON.

Exit codes: 0 the record is intact and today's library gives the same
output; 1 it is not intact (a hash no longer matches) or the output differs
(every differing path listed); 2 not a decision record, or unreadable.
`,
  audit: `Usage: relument-policy audit <file.jsonl | file.csv | -> [options]

Re-checks what a host billed against the rules, case by case, and writes a
report of the cases that disagree or are invalid.

Input:
  JSONL  one case a line: {"id":"inv-1","rule":"overtimeCharge","input":{...},"billed":{"fee.amount":"90.00"}}
         (billed maps result paths to what was billed). Blank lines are skipped; a UTF-8
         BOM and CRLF line ends are accepted; a line that is not JSON is an invalid case.
  CSV    a header row of id, rule, input.<path> and billed.<path> columns
         (input.payments.0.amount builds arrays and objects); cells are typed by the
         rule's input JSON Schema; an empty cell is absent. Quoted cells may hold
         commas, quotes and line breaks.
  Lines are numbered as in the file, blank lines included; blank lines are not cases:
  cases = agreed + disagreed + invalid = non-blank lines (JSONL) / records after the header (CSV).

Options:
  --format json|md|html|csv   report format (default json); html is one self-contained file
  --out FILE                  write the report to FILE (default stdout)
  --jobs N                    audit on N worker threads (default 1); same report as 1 job
  --edition FILE              an edition of the Terms (JSON, as defineEdition returns it) for
                              every Terms case whose input names none
  --input-format jsonl|csv    the input's format (default: by extension; stdin: jsonl)
  -h, --help                  this help

A progress bar goes to stderr when stderr is a terminal (nothing when piped).

Exit codes: 0 every case agrees; 1 a case disagrees or is invalid; 2 usage
error or unreadable file.
`,
  diff: `Usage: relument-policy diff <edition.json | base> <edition.json | base> [options]

Prints what differs between two editions of the Terms (compareEditions(a, b):
changed numbers and clause texts). With --cases, also each case's results
under both editions (its billed paths, else total/fee/refund amounts) and the
total difference (b − a) per clause.

Options:
  --cases FILE                cases as for audit (JSONL or CSV; billed is optional)
  --format json|text          output format (default json)
  --input-format jsonl|csv    the cases' format (default: by extension)
  -h, --help                  this help

Exit codes: 0 the editions are the same; 1 they differ; 2 usage error,
unreadable file or not an edition.
`,
};
