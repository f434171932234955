#!/bin/bash
# warn-sweep.sh -- the plugin must add no diagnostic to a -Wall -Wextra build.
#
# Usage: scripts/warn-sweep.sh --plugin /abs/escape.so [--levels LEVELS]
#                              [--jobs N] [FILE.c...]
# Compiles every test program (testsuite/escape.dg/*.c), benchmark program
# (bench/*.c but the allocount.c shim) and examples/demo.c, or the FILEs
# given, at each level (default -O1 -O2 -O3 -Os) with -Wall -Wextra and the
# test's own dg-options, with and without the plugin, and fails when the
# plugin's build has a warning or error on a line where the build without
# it has none (its own "note: escape:" remarks aside, and the lines where
# the test itself expects a warning or error with dg-warning or dg-error:
# the annotation tests' wrong uses and escape_require_stack errors).  A
# level in the test's dg-options comes after the sweep's level and wins,
# as in the harness (a test of -O0 is compiled at -O0).  A user's warning
# flags are a contract: with -Werror such a diagnostic breaks the build.
# A test whose options cannot compile here (-m32 without a multilib) is
# skipped and counted.  Last line: "warn-sweep: N passed, N failed",
# counting (file, level) pairs.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
plugin= levels="-O1 -O2 -O3 -Os" jobs=1
while [ $# -gt 0 ]; do
  case "$1" in
    --plugin) plugin=$2; shift 2 ;;
    --levels) levels=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    -*) echo "usage: $0 --plugin SO [--levels L] [--jobs N] [FILE.c...]" >&2
	exit 2 ;;
    *) break ;;
  esac
done
if [ ! -f "$plugin" ]; then
  echo "warn-sweep: --plugin wants the path of escape.so" >&2
  exit 2
fi
if [ $# -eq 0 ]; then
  set -- "$top"/testsuite/escape.dg/*.c "$top"/bench/*.c "$top"/examples/demo.c
fi

# one FILE LEVEL: compare the diagnostics of FILE at LEVEL; print
# "PASS", "SKIP" or "FAIL ..." lines.
one () {
  local f lvl=$2 opts line tmp
  f=$(realpath "$1")
  [ "$(basename "$f")" = allocount.c ] && return 0
  # The test's dg-options, without -Werror (the diagnostics are compared)
  # and with the plugin's arguments only for the build with the plugin.
  opts=$(sed -n 's/.*dg-options "\([^"]*\)".*/\1/p' "$f" | head -1)
  local common= pargs= o
  for o in $opts; do
    case "$o" in
      -Werror|-Werror=*) ;;
      -fplugin-arg-escape-*) pargs="$pargs $o" ;;
      *) common="$common $o" ;;
    esac
  done
  tmp=$(mktemp -d)
  # Diagnostics as "LINE: KIND", notes left out.
  # shellcheck disable=SC2086
  if ! (cd "$tmp" && gcc $lvl -Wall -Wextra $common -I"$top/bench" -c "$f" \
	  -o /dev/null > base.txt 2>&1); then
    if grep -qE "unrecognized|not supported|No such file|cannot find" "$tmp/base.txt"; then
      echo "SKIP $f $lvl"
      rm -rf "$tmp"
      return 0
    fi
  fi
  # shellcheck disable=SC2086
  (cd "$tmp" && gcc $lvl -Wall -Wextra $common -I"$top/bench" \
     -fplugin="$plugin" $pargs -c "$f" -o /dev/null > plug.txt 2>&1)
  local b="${f//\//\\/}"
  sed -nE "s/^$b:([0-9]+):[0-9]+: (warning|error): .*/\1/p" "$tmp/base.txt" | sort -u > "$tmp/b"
  sed -nE "s/^$b:([0-9]+):[0-9]+: (warning|error): .*/\1/p" "$tmp/plug.txt" | sort -u > "$tmp/p"
  # The lines where the test expects a diagnostic of its own.
  grep -nE 'dg-(error|warning) ' "$f" | cut -d: -f1 | sort -u > "$tmp/e"
  local new
  new=$(comm -13 "$tmp/b" "$tmp/p" | comm -23 - "$tmp/e" | tr '\n' ' ')
  if [ -n "$new" ]; then
    echo "FAIL $f $lvl: new diagnostics on line(s) $new"
    for line in $new; do
      grep -E "^$b:$line:[0-9]+: (warning|error)" "$tmp/plug.txt" | sed 's/^/    /'
    done
  else
    echo "PASS $f $lvl"
  fi
  rm -rf "$tmp"
}
export -f one
export top plugin

for f in "$@"; do
  for l in $levels; do
    printf '%s\0%s\0' "$f" "$l"
  done
done | xargs -0 -n 2 -P "$jobs" bash -c 'one "$1" "$2"' _ > "${TMPDIR:-/tmp}/warn-sweep.$$" 2>&1
res="${TMPDIR:-/tmp}/warn-sweep.$$"
grep -vE '^(PASS|SKIP) ' "$res"
pass=$(grep -c '^PASS ' "$res")
skip=$(grep -c '^SKIP ' "$res")
fail=$(grep -c '^FAIL ' "$res")
rm -f "$res"
echo "warn-sweep: $skip skipped (options not supported here)"
echo "warn-sweep: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
