#!/bin/bash
# test.sh -- the whole test suite, in one command (CI runs exactly this).
#
# Usage: scripts/test.sh
# Installs what is missing, builds the plugin, then runs:
#   1. the DejaGnu testsuite (make check): every promotion and every
#      stay-on-the-heap pattern, at compile time and by execution at
#      -O1/-O2/-O3/-Os, plus the options;
#   2. make install into a scratch DESTDIR (escape-report included), the short name -fplugin=escape
#      from there, the public header escape-attributes.h
#      (scripts/test-attributes-header.sh), and make uninstall; then, from such an install, the
#      escape-gcc driver in real builds (scripts/test-build-tools.sh:
#      libtool with LTO, make, CMake, Meson, ccache, distcc) and the
#      installed DejaGnu library (examples/user-tests), the installed
#      escape-bisect on examples/bisect (scripts/test-bisect.sh), and the
#      Debian package built, installed and removed (scripts/test-deb.sh);
#   2b. bench/real/run.sh passes bash -n and its --help exits 0 (the
#      real-programs benchmark itself is too slow for CI);
#   3. the -Wall -Wextra sweep (scripts/warn-sweep.sh): no test, bench
#      or example program gets a diagnostic from the plugin that it does
#      not get without it, at -O1/-O2/-O3/-Os;
#   4. the correctness gates in their bounded form: GCC's execution
#      torture suite with the plugin at default settings
#      (TORTURE_LEVELS) and with raised caps (TORTURE_AGGRESSIVE_LEVELS),
#      and the differential fuzzer (FUZZ_SEEDS, FUZZ_LEVELS), plus one
#      bounded batch each with -D_FORTIFY_SOURCE=2 and =3
#      (FUZZ_FORTIFY_SEEDS), and one built with -m32 (FUZZ_M32_SEEDS at
#      -O2; skipped, and said so, where -m32 programs cannot be built
#      and run).
# Prints one line per suite and a last line "N passed, N failed" summing
# them all; exits 1 if anything failed.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

TORTURE_LEVELS=${TORTURE_LEVELS:--O2 -Os}
TORTURE_AGGRESSIVE_LEVELS=${TORTURE_AGGRESSIVE_LEVELS:--O3}
TORTURE_SAMPLE=${TORTURE_SAMPLE:-}
# Caps raised so the plugin promotes as much as it can: bugs hide behind
# conservative defaults.  -fstack-clash-protection (in the plugin's build
# only; it changes no output) lifts the cap of promoted storage at the
# stack guard size, so frames beyond 4 KiB are exercised too.
AGGRESSIVE="-fstack-clash-protection -fplugin-arg-escape-max-object-size=64k -fplugin-arg-escape-max-frame-size=1M -fplugin-arg-escape-max-chain-size=16M -fplugin-arg-escape-max-guarded-size=64k -fplugin-arg-escape-max-recursive-frame-size=64k"
FUZZ_SEEDS=${FUZZ_SEEDS:-1:300}
FUZZ_LEVELS=${FUZZ_LEVELS:--O1 -O2 -O3}
FUZZ_FORTIFY_SEEDS=${FUZZ_FORTIFY_SEEDS:-301:40}
FUZZ_M32_SEEDS=${FUZZ_M32_SEEDS:-1:20}
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
make -s -C build check CHECK_JOBS="$JOBS" 2>&1 | tee "$log" | grep -E '^(==|FAIL|XPASS|UNRESOLVED|ERROR|UNSUPPORTED|dejagnu:)'
add_counts dejagnu

echo "== make install / -fplugin=escape / make uninstall"
dest=$(mktemp -d)
pdir=$(gcc -print-file-name=plugin)
if make -s -C build install DESTDIR="$dest" >/dev/null 2>&1 \
   && [ -f "$dest$pdir/escape.so" ] && [ ! -e "$dest$pdir/escape.la" ] \
   && find "$dest" -name escape-report -perm -u+x | grep -q . \
   && echo 'int f (int i) { char *p = __builtin_malloc (8); p[0] = i; int r = p[i & 7]; __builtin_free (p); return r; }' \
      | gcc -O2 -iplugindir="$dest$pdir" -fplugin=escape -fplugin-arg-escape-remarks -x c -c -o /dev/null - 2>&1 \
      | grep -q "promoted to the stack" \
   && hdr=$(find "$dest" -name escape-attributes.h | head -1) && [ -n "$hdr" ] \
   && scripts/test-attributes-header.sh "$(dirname "$hdr")" "$dest$pdir" \
   && make -s -C build uninstall DESTDIR="$dest" >/dev/null 2>&1 \
   && [ ! -e "$dest$pdir/escape.so" ] && [ ! -e "$hdr" ]; then
  echo "install: 1 passed, 0 failed" | tee "$log"
else
  echo "install: 0 passed, 1 failed" | tee "$log"
fi
rm -rf "$dest"
add_counts install

echo "== build tools: escape-gcc with libtool+LTO, make, CMake, Meson, ccache, distcc; DejaGnu for users"
scripts/test-build-tools.sh > "$log" 2>&1
grep -E '^(PASS|FAIL|SKIP|    )' "$log"
add_counts build-tools

echo "== escape-bisect: examples/bisect with deliberately wrong expectations"
scripts/test-bisect.sh > "$log" 2>&1
grep -E '^(PASS|FAIL|SKIP|    )' "$log"
add_counts bisect

echo "== Debian package: dpkg-buildpackage, dpkg -i, dpkg -r"
scripts/test-deb.sh > "$log" 2>&1
grep -E '^(PASS|FAIL|SKIP|    )' "$log"
add_counts deb

echo "== bench/real/run.sh parses and answers --help (the real-programs benchmark itself is not run here: too slow)"
if bash -n bench/real/run.sh && bench/real/run.sh --help > /dev/null; then
  echo "bench-real-syntax: 1 passed, 0 failed" | tee "$log"
else
  echo "bench-real-syntax: 0 passed, 1 failed" | tee "$log"
fi
add_counts bench-real-syntax

echo "== -Wall -Wextra sweep (no new diagnostic with the plugin)"
scripts/warn-sweep.sh --plugin "$plugin" --jobs "$JOBS" > "$log" 2>&1
grep -vE '^    ' "$log" | head -20
add_counts warn-sweep

# torture LABEL LEVELS ARGS: one run of GCC's torture suite.
torture () {
  echo "== GCC execution torture suite, $1 ($2${TORTURE_SAMPLE:+, sample $TORTURE_SAMPLE})"
  scripts/torture.sh --plugin "$plugin" --levels "$2" --jobs "$JOBS" \
    ${3:+--plugin-args "$3"} \
    --cache "$top/build/torture-cache" --out "$top/build/torture-out-$1" \
    ${TORTURE_SAMPLE:+--sample "$TORTURE_SAMPLE"} > "$log" 2>&1
  grep -E '^(REGRESSION|torture:|promot|tests|pairs|skipped|baseline|  -O)' "$log" | head -40
  add_counts "torture $1"
}
if [ -x scripts/torture.sh ]; then
  torture default "$TORTURE_LEVELS" ""
  [ -n "$TORTURE_AGGRESSIVE_LEVELS" ] && torture raised-caps "$TORTURE_AGGRESSIVE_LEVELS" "$AGGRESSIVE"
fi

# fuzz LABEL SEEDS LEVELS CFLAGS: one run of the differential fuzzer,
# the programs built with the extra flags CFLAGS.
fuzz () {
  echo "== differential fuzzer, $1 (seeds $2, $3${4:+, $4})"
  scripts/fuzz.sh --plugin "$plugin" --seeds "$2" --levels "$3" --cflags "$4" \
    --jobs "$JOBS" --out "$top/build/fuzz-out-$1" > "$log" 2>&1
  grep -E '^(FAIL|MISMATCH|CRASH|fuzz:|promot|declin)' "$log" | head -50
  add_counts "fuzz $1"
}
if [ -x scripts/fuzz.sh ]; then
  fuzz default "$FUZZ_SEEDS" "$FUZZ_LEVELS" ""
  # Fortified builds, as distributions compile: the string and memory
  # calls become their __*_chk twins.
  fuzz fortify2 "$FUZZ_FORTIFY_SEEDS" -O2 -D_FORTIFY_SOURCE=2
  fuzz fortify3 "$FUZZ_FORTIFY_SEEDS" -O3 -D_FORTIFY_SOURCE=3
  m32_probe=$(mktemp -d)
  if echo 'int main (void) { return 0; }' \
       | gcc -m32 -x c -o "$m32_probe/a.out" - >/dev/null 2>&1 \
     && "$m32_probe/a.out"; then
    fuzz m32 "$FUZZ_M32_SEEDS" -O2 -m32
  else
    echo "== differential fuzzer, -m32: skipped, -m32 programs cannot be built or run here (gcc-12-multilib)"
  fi
  rm -rf "$m32_probe"
fi

echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
