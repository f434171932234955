#!/bin/bash
# options-table.sh -- print the table of options of include/escape-options.def
# as Markdown, for the README.
#
# Usage: scripts/options-table.sh            print the table
#        scripts/options-table.sh --check F  exit 1 unless the lines of F
#                                            between <!-- options --> and
#                                            <!-- /options --> are the table
# The rows are read by the C compiler ($CC, default cc), which joins the
# string literals of the .def as the plugin's compiler does.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
table () {
  local dir
  dir=$(mktemp -d)
  trap 'rm -rf "$dir"' RETURN
  cat > "$dir/t.c" <<'C'
#include <stdio.h>
#include <stdbool.h>
int
main (void)
{
  puts ("| option | default | meaning |");
  puts ("|---|---|---|");
#define DEF_ESCAPE_ACTION(KEY, HELP, DOC) \
  printf ("| `%s` | | %s |\n", KEY, DOC);
#define DEF_ESCAPE_FLAG(KEY, FIELD, VALUE, HELP, DOC) \
  printf ("| `%s` | off | %s |\n", KEY, DOC);
#define DEF_ESCAPE_LEVEL(KEY, FIELD, WORD, HELP, DOC) \
  printf ("| `%s` / `%s=%s` | off | %s |\n", KEY, KEY, WORD, DOC);
#define DEF_ESCAPE_STRING(KEY, FIELD, METAVAR, CHECK, HELP, DOC) \
  printf ("| `%s=%s` | | %s |\n", KEY, METAVAR, DOC);
#define DEF_ESCAPE_SIZE(KEY, FIELD, DEFAULT, MIN_POW2, HELP, DOC) \
  printf ("| `%s=BYTES` | %llu | %s |\n", KEY, \
	  (unsigned long long) (DEFAULT), DOC);
#include "escape-options.def"
  return 0;
}
C
  "${CC:-cc}" -I"$top/include" -o "$dir/t" "$dir/t.c"
  "$dir/t"
}
if [ "${1:-}" = "--check" ]; then
  if [ "$(table)" = "$(sed -n '/<!-- options -->/,/<!-- \/options -->/p' "$2" | sed '1d;$d')" ]; then
    exit 0
  fi
  echo "options-table: $2 is out of date; regenerate with scripts/options-table.sh" >&2
  exit 1
fi
table
