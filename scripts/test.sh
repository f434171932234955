#!/bin/bash
# test.sh -- the whole test suite, in one command (CI runs exactly this).
#
# Usage: scripts/test.sh
# Installs what is missing, builds the plugin, then runs:
#   1. the DejaGnu testsuite (make check): every promotion and every
#      stay-on-the-heap pattern, at compile time and by execution at
#      -O1/-O2/-O3/-Os, plus the options;
#   2. the correctness gates in their bounded form, when their scripts
#      are present: GCC's execution torture suite with the plugin
#      (TORTURE_LEVELS, TORTURE_SAMPLE) and the differential fuzzer
#      (FUZZ_SEEDS, FUZZ_LEVELS).
# Prints one line per suite and a last line "N passed, N failed" summing
# them all; exits 1 if anything failed.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

TORTURE_LEVELS=${TORTURE_LEVELS:--O2 -Os}
TORTURE_SAMPLE=${TORTURE_SAMPLE:-}
FUZZ_SEEDS=${FUZZ_SEEDS:-1:300}
FUZZ_LEVELS=${FUZZ_LEVELS:--O1 -O2 -O3}
JOBS=${JOBS:-$(nproc)}

gates=
[ -x scripts/torture.sh ] && gates="$gates --gates"
scripts/install-deps.sh $gates || exit 1
scripts/build.sh || exit 1
plugin="$top/build/escape.so"

total_pass=0 total_fail=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# add_counts: take the last "N passed, N failed" line of the log.
add_counts () {
  local line p f
  line=$(grep -oE '[0-9]+ passed, [0-9]+ failed' "$log" | tail -1)
  if [ -z "$line" ]; then
    echo "test.sh: $1 printed no summary line" >&2
    total_fail=$((total_fail + 1))
    return
  fi
  p=${line%% passed*}
  f=${line#*passed, }
  f=${f%% failed*}
  total_pass=$((total_pass + p))
  total_fail=$((total_fail + f))
}

echo "== DejaGnu testsuite"
make -s -C build check CHECK_JOBS="$JOBS" 2>&1 | tee "$log" | grep -E '^(==|FAIL|XPASS|UNRESOLVED|ERROR|dejagnu:)'
add_counts dejagnu

if [ -x scripts/torture.sh ]; then
  echo "== GCC execution torture suite ($TORTURE_LEVELS${TORTURE_SAMPLE:+, sample $TORTURE_SAMPLE})"
  scripts/torture.sh --plugin "$plugin" --levels "$TORTURE_LEVELS" --jobs "$JOBS" \
    --cache "$top/build/torture-cache" --out "$top/build/torture-out" \
    ${TORTURE_SAMPLE:+--sample "$TORTURE_SAMPLE"} > "$log" 2>&1
  grep -E '^(REGRESSION|torture:|promot|tests|pairs|skipped|baseline)' "$log" | head -50
  add_counts torture
fi

if [ -x scripts/fuzz.sh ]; then
  echo "== differential fuzzer (seeds $FUZZ_SEEDS, $FUZZ_LEVELS)"
  scripts/fuzz.sh --plugin "$plugin" --seeds "$FUZZ_SEEDS" --levels "$FUZZ_LEVELS" \
    --jobs "$JOBS" --out "$top/build/fuzz-out" > "$log" 2>&1
  grep -E '^(FAIL|MISMATCH|CRASH|fuzz:|promot|declin)' "$log" | head -50
  add_counts fuzz
fi

echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
