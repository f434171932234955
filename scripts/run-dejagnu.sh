#!/bin/bash
# run-dejagnu.sh -- run the escape DejaGnu testsuite, a directory per job.
#
# Usage: run-dejagnu.sh --plugin /abs/escape.so --srcdir DIR --outdir DIR
#                       [--cc GCC] [--jobs N] [RUNTESTFLAGS...]
#
# Every directory testsuite/escape.*/ runs in its own runtest process, with
# its own output directory OUTDIR/out-<dir>, at most N at a time.  At the
# end the .sum files are added up and one line "N passed, N failed" is
# printed; the exit status is 1 if any test failed or was unresolved.
set -euo pipefail

plugin= srcdir= outdir= cc=gcc jobs=2
while [ $# -gt 0 ]; do
  case "$1" in
    --plugin) plugin=$2; shift 2 ;;
    --srcdir) srcdir=$2; shift 2 ;;
    --outdir) outdir=$2; shift 2 ;;
    --cc) cc=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    *) break ;;
  esac
done
if [ -z "$plugin" ] || [ -z "$srcdir" ] || [ -z "$outdir" ]; then
  echo "usage: $0 --plugin SO --srcdir DIR --outdir DIR [--cc GCC] [--jobs N]" >&2
  exit 2
fi
if [ ! -f "$plugin" ]; then
  echo "$0: $plugin does not exist: run make first" >&2
  exit 2
fi

# run_dir DIR: run the tests of testsuite directory DIR.
run_dir () {
  local dir=$1 out="$outdir/out-$1"
  shift
  rm -rf "$out"
  mkdir -p "$out"
  (cd "$out" && runtest --tool escape --srcdir "$srcdir" --directory="$dir" \
      ESCAPE_PLUGIN="$plugin" ESCAPE_CC="$cc" "$@" > runtest.out 2>&1) || true
  echo "== $dir: $(grep -E '^# of (expected passes|unexpected|unresolved)' "$out/escape.sum" | tr '\n' ' ')"
}

dirs=$(cd "$srcdir" && ls -d escape.*/ | tr -d /)
running=0
for d in $dirs; do
  run_dir "$d" "$@" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n || true
    running=$((running - 1))
  fi
done
wait

# Sum every .sum file.
pass=0 fail=0 other=0
for d in $dirs; do
  sum="$outdir/out-$d/escape.sum"
  if [ ! -f "$sum" ]; then
    echo "ERROR: $d produced no escape.sum (see $outdir/out-$d/runtest.out)"
    fail=$((fail + 1))
    continue
  fi
  grep -E '^(FAIL|XPASS|UNRESOLVED|ERROR|UNSUPPORTED):' "$sum" || true
  p=$(grep -cE '^(PASS|XFAIL):' "$sum" || true)
  f=$(grep -cE '^(FAIL|XPASS|UNRESOLVED|ERROR):' "$sum" || true)
  e=$(grep -cE '^ERROR:' "$(dirname "$sum")/escape.log" || true)
  pass=$((pass + p))
  fail=$((fail + f + e))
done
echo "dejagnu: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
