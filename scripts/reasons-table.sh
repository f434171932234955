#!/bin/bash
# reasons-table.sh -- print the table of verdicts of include/escape-reasons.def
# as Markdown, for the README.
#
# Usage: scripts/reasons-table.sh            print the table
#        scripts/reasons-table.sh --check F  exit 1 unless the lines of F
#                                            between <!-- reasons --> and
#                                            <!-- /reasons --> are the table
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
table () {
  echo "| tag (dump) | remark text |"
  echo "|---|---|"
  # Join each DEF_ESCAPE_REASON (ID, "tag", "text") onto one line.
  sed -n '/^DEF_ESCAPE_REASON/,/)$/p' "$top/include/escape-reasons.def" |
    tr '\n' ' ' | sed 's/DEF_ESCAPE_REASON/\n&/g' |
    sed -nE 's/^DEF_ESCAPE_REASON \(([A-Z_]+), "([^"]*)",[[:space:]]*"(.*)"\)[[:space:]]*$/| `\2` | \3 |/p'
}
if [ "${1:-}" = "--check" ]; then
  if [ "$(table)" = "$(sed -n '/<!-- reasons -->/,/<!-- \/reasons -->/p' "$2" | sed '1d;$d')" ]; then
    exit 0
  fi
  echo "reasons-table: $2 is out of date; regenerate with scripts/reasons-table.sh" >&2
  exit 1
fi
table
