#!/usr/bin/env sh
# Regenerates the example reports (report.json, report.md, report.html) from
# invoices.jsonl with the BUILT command line, as a user would run it:
#
#   npm run build && sh examples/audit/make-reports.sh
#
# The invoices hold wrong amounts on purpose, so every audit must exit 1
# (0 = all agree, 1 = a disagreement or an invalid line, 2 = usage error).
# It also checks that invoices.csv, the same month as CSV, gives the same summary.
set -u
cd "$(dirname "$0")/../.." || exit 2
cli="dist/cli/index.js"
if [ ! -f "$cli" ]; then
  echo "make-reports: $cli is missing: run npm run build first" >&2
  exit 2
fi

for format in json md html; do
  node "$cli" audit examples/audit/invoices.jsonl --format "$format" --out "examples/audit/report.$format"
  code=$?
  if [ "$code" -ne 1 ]; then
    echo "make-reports: audit --format $format exited $code, expected 1 (the examples hold wrong invoices on purpose)" >&2
    exit 1
  fi
done

tmp="$(mktemp)"
node "$cli" audit examples/audit/invoices.csv --format json --out "$tmp"
code=$?
node -e '
  const fs = require("node:fs");
  const [jsonl, csv] = process.argv.slice(1).map((f) => JSON.parse(fs.readFileSync(f, "utf8")).summary);
  if (JSON.stringify(jsonl) !== JSON.stringify(csv)) { console.error("make-reports: invoices.csv and invoices.jsonl give different summaries"); process.exit(1); }
  console.log(`invoices.csv gives the same summary as invoices.jsonl: ${csv.cases} cases, ${csv.agreed} agreed, ${csv.disagreed} disagreed, ${csv.invalid} invalid`);
' examples/audit/report.json "$tmp" || { rm -f "$tmp"; exit 1; }
rm -f "$tmp"
[ "$code" -eq 1 ] || { echo "make-reports: the CSV audit exited $code, expected 1" >&2; exit 1; }
