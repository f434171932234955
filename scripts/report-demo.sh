#!/bin/bash
# report-demo.sh -- the whole loop of "Finding the allocations that
# matter" on examples/wordfreq (make report).
#
# Usage: scripts/report-demo.sh --plugin /abs/escape.so [--cc GCC]
#                               [--out DIR]
# 1. builds the example with make -j2, each unit writing its record into
#    DIR/records (-fplugin-arg-escape-record);
# 2. runs it under escape-prof (DIR/prof.out);
# 3. prints escape-report's ranking and writes DIR/report.html and
#    DIR/report.json.
# DIR defaults to report-demo in the current directory.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
plugin= cc=gcc out=$PWD/report-demo
while [ $# -gt 0 ]; do
  case "$1" in
    --plugin) plugin=$2; shift 2 ;;
    --cc) cc=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) echo "usage: $0 --plugin SO [--cc GCC] [--out DIR]" >&2; exit 2 ;;
  esac
done
[ -n "$plugin" ] || { echo "usage: $0 --plugin SO [--cc GCC] [--out DIR]" >&2; exit 2; }
rm -rf "$out"
mkdir -p "$out"
out=$(cd "$out" && pwd)
src=$top/examples/wordfreq

echo "== 1. build with records: make -j2 (records in $out/records)"
make -s -j2 -f "$src/Makefile" SRCDIR="$src" OUT="$out" PLUGIN="$plugin" CC="$cc"
ls "$out/records"
echo
echo "== 2. profile a run: escape-prof -o $out/prof.out -- $out/wordfreq"
lib=$(dirname "$plugin")/.libs/libescape-prof.so
[ -f "$lib" ] && export ESCAPE_PROF_LIB=$lib
"$top/scripts/escape-prof" -o "$out/prof.out" -- "$out/wordfreq"
echo
echo "== 3. escape-report --records $out/records --profile $out/prof.out --top 5"
"$top/scripts/escape-report" --records "$out/records" --profile "$out/prof.out" \
  --top 5 --html "$out/report.html" --json "$out/report.json"
echo
echo "== HTML: $out/report.html"
