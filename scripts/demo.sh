#!/bin/bash
# demo.sh -- show what the plugin does to one program.
#
# Usage: scripts/demo.sh --plugin /abs/escape.so [--cc GCC] FILE.c
# Compiles FILE.c at -O2 without and with the plugin (remarks on), counts
# the allocation calls left in each, runs both and checks that they print
# the same.
set -euo pipefail
plugin= cc=gcc
while [ $# -gt 1 ]; do
  case "$1" in
    --plugin) plugin=$2; shift 2 ;;
    --cc) cc=$2; shift 2 ;;
    *) break ;;
  esac
done
src=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== $cc -O2 -fplugin=escape -fplugin-arg-escape-remarks $(basename "$src")"
$cc -O2 -fplugin="$plugin" -fplugin-arg-escape-remarks -fdiagnostics-plain-output \
  -S -o "$work/with.s" "$src" 2>&1 | grep -v 'In function'
$cc -O2 -fplugin="$plugin" -o "$work/with" "$src"
$cc -O2 -S -o "$work/without.s" "$src"
$cc -O2 -o "$work/without" "$src"

count () { grep -cE 'call[[:space:]]+(malloc|calloc|free)\b' "$1" || true; }
echo
echo "== calls to malloc/calloc/free in the code: without the plugin $(count "$work/without.s"), with it $(count "$work/with.s")"
echo
echo "== running both"
a=$("$work/without")
b=$("$work/with")
echo "without: $a"
echo "with:    $b"
if [ "$a" = "$b" ]; then
  echo "same output."
else
  echo "OUTPUTS DIFFER" >&2
  exit 1
fi
