#!/bin/bash
# bench/real/report.sh -- the whole loop of "Finding the allocations that
# matter" on a real program from a Debian source package: build it with
# records, profile its own test suite with escape-prof, report with
# escape-report, and (--dhat) count the same suite's allocations with
# valgrind's DHAT for a cross-check.
#
# For each PKG (bc, jq; the sources and versions of bench/real/run.sh,
# from its cache):
#   - builds the package with CC="gcc -fplugin=PLUGIN
#     -fplugin-arg-escape-remarks -fplugin-arg-escape-record=DIR" and
#     CFLAGS="-O2 -g" into CACHE/build/PKG-VERSION/record (cached, keyed by
#     the compiler, the flags and the plugin's checksum); the records
#     configure's test programs wrote are removed before make;
#   - runs the package's own test suite under escape-prof (jq: make check;
#     bc has none: its Test/*.b programs, each `bc -l FILE`) into
#     OUT/PKG/prof.out; the suite runs once before, unprofiled, so that
#     nothing is built while profiling;
#   - OUT/PKG/prof-own.out: the sites whose source file is in the
#     package's tree ("own code": the shell, make and the C library's
#     internal allocations are not), the profile the report ranks;
#   - escape-report --records OUT/PKG/records --profile prof-own.out
#     --top 10: OUT/PKG/report.txt, report.html, report.json; and the
#     build's summary without a profile: OUT/PKG/summary.txt;
#   - with --dhat: a part of the suite (see suite below) under escape-prof
#     (OUT/PKG/prof-part.out) and under valgrind --tool=dhat
#     --trace-children=yes, one OUT/PKG/dhat/dhat.out.PID a process, and
#     bench/real/dhat-compare.py's table of the report's top ten sites
#     (OUT/PKG/dhat-compare.md).
#
# Usage: bench/real/report.sh [--plugin PATH] [--cache DIR] [--out DIR]
#                             [--jobs N] [--dhat] PKG...
#        bench/real/report.sh --help

set -euo pipefail
export LC_ALL=C
unset LD_PRELOAD

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)

usage () {
  sed -n '/^# Usage:/,/--help$/p' "$0" | sed 's/^# \{0,1\}//'
  cat <<'EOF'

  --plugin PATH  the plugin (default: build/escape.so)
  --cache DIR    bench/real/run.sh's cache (default $ESCAPE_BENCH_CACHE or
                 ~/.cache/escape-bench-real); the sources are downloaded
                 there as run.sh does when missing
  --out DIR      where each package's records, profiles and reports go
                 (default bench/results/report)
  --jobs N       make -jN for the build (default 1)
  --dhat         also run the suite under valgrind's DHAT and compare
  PKG            bc or jq
EOF
}

plugin=$top/build/escape.so
cache=${ESCAPE_BENCH_CACHE:-$HOME/.cache/escape-bench-real}
out=$top/bench/results/report jobs=1 dhat=0 pkgs=
while [ $# -gt 0 ]; do
  case "$1" in
    --plugin) plugin=${2:?}; shift 2 ;;
    --cache) cache=${2:?}; shift 2 ;;
    --out) out=${2:?}; shift 2 ;;
    --jobs) jobs=${2:?}; shift 2 ;;
    --dhat) dhat=1; shift ;;
    -h|--help) usage; exit 0 ;;
    -*) echo "report.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) pkgs="$pkgs $1"; shift ;;
  esac
done
[ -n "$pkgs" ] || { usage >&2; exit 2; }

log () { echo "bench-real-report: $*" >&2; }
die () { log "$*"; exit 1; }

declare -A VERSION=([bc]=1.07.1-3 [jq]=1.6-2.1+deb12u2)
declare -A PROGRAM=([bc]=bc/bc [jq]=jq)
for p in $pkgs; do
  [ -n "${VERSION[$p]:-}" ] || die "unknown package $p (known: ${!VERSION[*]})"
done

[ -f "$plugin" ] || die "no plugin at $plugin (build it: scripts/build.sh)"
plugin=$(readlink -f "$plugin")
prof=$top/scripts/escape-prof
report=$top/scripts/escape-report
proflib=${ESCAPE_PROF_LIB:-$(dirname "$plugin")/.libs/libescape-prof.so}
[ -f "$proflib" ] || proflib=$(dirname "$plugin")/libescape-prof.so
[ -f "$proflib" ] || die "no libescape-prof.so next to the plugin (build it: scripts/build.sh)"
export ESCAPE_PROF_LIB=$proflib
mkdir -p "$cache/src" "$cache/build" "$out"
out=$(cd "$out" && pwd)

# fetch PKG: the source package, downloaded into the cache as run.sh does.
fetch () {
  local p=$1 v=${VERSION[$1]}
  [ -f "$cache/src/${p}_${v#*:}.dsc" ] && return 0
  [ -n "$(apt-cache showsrc "$p" 2>/dev/null | head -1)" ] \
    || die "apt has no deb-src entry: run bench/real/run.sh --only $p --quick once (it adds one)"
  log "$p: apt-get source --download-only $p=$v"
  (cd "$cache/src" && apt-get source --download-only -qq "$p=$v") \
    || die "$p: cannot download $p=$v"
}

# build PKG: the package built with records into $cache/build/PKG-V/record.
build () {
  local p=$1 v=${VERSION[$1]}
  local dir=$cache/build/$p-$v/record
  local rec=$dir/records
  local cc="gcc -fplugin=$plugin -fplugin-arg-escape-remarks -fplugin-arg-escape-record=$rec"
  local cflags="-O2 -g" conf=
  local k
  k="gcc=$(gcc -dumpfullversion) CC=${cc/$plugin/PLUGIN} CFLAGS=$cflags plugin=$(sha256sum < "$plugin" | cut -c1-16)"
  if [ -f "$dir/.built" ] && [ "$(cat "$dir/.built")" = "$k" ]; then
    return 0
  fi
  log "$p: building with records (CC=\"${cc/$plugin/PLUGIN}\" CFLAGS=\"$cflags\")"
  rm -rf "$dir"
  mkdir -p "$rec"
  (cd "$dir" && dpkg-source -q -x "$cache/src/${p}_${v#*:}.dsc" src > dpkg-source.log 2>&1) \
    || die "$p: dpkg-source -x failed"
  case "$p" in
    bc) conf="--without-readline" ;;
    jq) conf="--disable-docs --disable-valgrind --disable-maintainer-mode --disable-shared --with-oniguruma=yes" ;;
  esac
  if ! (cd "$dir/src"
	autoreconf -fi
	./configure CC="$cc" CFLAGS="$cflags" $conf
	# configure's test programs wrote records too: not the package's.
	rm -f "$rec"/*.json
	make -j"$jobs") > "$dir/build.log" 2>&1; then
    tail -20 "$dir/build.log" >&2
    die "$p: build failed (log: $dir/build.log)"
  fi
  [ -x "$dir/src/${PROGRAM[$p]}" ] || die "$p: the build made no ${PROGRAM[$p]}"
  ls "$rec"/*.json > /dev/null 2>&1 || die "$p: the build wrote no records (log: $dir/build.log)"
  echo "$k" > "$dir/.built"
}

# suite PKG DIR [PART]: the command that runs PKG's own test suite in
# DIR; with PART, the part of it run under DHAT, where the whole suite
# would take hours under valgrind on a shared machine (bc: its Test/*.b
# but checklib.b, which runs 14 of the suite's 18 seconds; jq: make check
# of tests/mantest and tests/onigtest, without jqtest's 1,128 lines of
# tests in one process and shtest's 1,460 processes).
suite () {
  case "$1" in
    jq)
      if [ -n "${3:-}" ]; then
	echo "make -C $2 -j1 check TESTS='tests/mantest tests/onigtest'"
      else
	echo "make -C $2 -j1 check"
      fi ;;
    bc)
      local skip=
      [ -z "${3:-}" ] || skip='case $f in */checklib.b) continue ;; esac; '
      echo "sh -c 'for f in $2/Test/*.b; do $skip$2/bc/bc -l \"\$f\" < /dev/null > /dev/null 2>&1 || exit 1; done'" ;;
  esac
}

DHAT_SKIP=$(printf '*/%s,' sed cmp diff grep cat rm mkdir mktemp tr mawk gawk \
  expr dirname basename chmod mv touch head tail wc sort uname true false \
  ls ln cp date od rmdir sleep tee cut)
DHAT_SKIP=${DHAT_SKIP%,}

for p in $pkgs; do
  fetch "$p"
  build "$p"
  dir=$cache/build/$p-${VERSION[$p]}/record
  tree=$dir/src
  o=$out/$p
  rm -rf "$o"
  mkdir -p "$o"
  cp -r "$dir/records" "$o/records"
  cmd=$(suite "$p" "$tree")
  log "$p: its test suite once, unprofiled: $cmd"
  start=$(date +%s)
  eval "$cmd" > "$o/suite.log" 2>&1 || die "$p: the test suite failed ($o/suite.log)"
  echo "$(( $(date +%s) - start ))" > "$o/suite.seconds"
  log "$p: its test suite under escape-prof"
  start=$(date +%s)
  eval "$prof -o $o/prof.out -- $cmd" > "$o/suite-prof.log" 2>&1 \
    || die "$p: the test suite failed under escape-prof ($o/suite-prof.log)"
  echo "$(( $(date +%s) - start ))" > "$o/prof.seconds"
  # Own code: sites whose source file is in the package's tree.
  { sed -n '1,2p' "$o/prof.out"
    awk -v t="$tree/" '!/^#/ && index($7, t) == 1' "$o/prof.out"; } > "$o/prof-own.out"
  awk -v t="$tree/" '!/^#/ { a += $1; if (index($7, t) == 1) n += $1 }
    END { printf "all allocation calls: %d; own code (in %s): %d\n", a, t, n }' \
    "$o/prof.out" > "$o/counts.txt"
  "$report" --records "$o/records" > "$o/summary.txt"
  "$report" --records "$o/records" --profile "$o/prof-own.out" --top 10 \
    --html "$o/report.html" --json "$o/report.json" > "$o/report.txt"
  {
    echo "# plugin commit: $(git -C "$top" rev-parse --short HEAD 2>/dev/null || echo '?'), $(date -u +%Y-%m-%d)"
    echo "# \$ escape-report --records $p/records --profile $p/prof-own.out --top 10"
  } > "$o/report.cmd"
  if [ "$dhat" = 1 ]; then
    # The same part of the suite under escape-prof and under DHAT (every
    # process traced: make, the shells and the program), compared site
    # by site for the report's top ten.
    part=$(suite "$p" "$tree" part)
    echo "$part" > "$o/part.cmd"
    if [ "$part" = "$cmd" ]; then
      cp "$o/prof.out" "$o/prof-part.out"
    else
      log "$p: the part run under DHAT, under escape-prof"
      eval "$prof -o $o/prof-part.out -- $part" > "$o/part-prof.log" 2>&1 \
	|| die "$p: the part failed under escape-prof ($o/part-prof.log)"
    fi
    log "$p: valgrind --tool=dhat --trace-children=yes -- $part"
    mkdir -p "$o/dhat"
    start=$(date +%s)
    # Valgrind starts in about a second: the test scripts' helpers
    # (sed, cmp, diff, ...; none of them runs the program) run untraced.
    eval "valgrind --tool=dhat --trace-children=yes --trace-children-skip='$DHAT_SKIP' --dhat-out-file=$o/dhat/dhat.out.%p $part" \
      > "$o/suite-dhat.log" 2>&1 \
      || die "$p: the part failed under DHAT ($o/suite-dhat.log)"
    echo "$(( $(date +%s) - start ))" > "$o/dhat.seconds"
    python3 "$here/dhat-compare.py" --tree "$tree" --report "$o/report.json" \
      --profile "$o/prof-part.out" "$o"/dhat/dhat.out.* > "$o/dhat-compare.md"
  fi
  log "$p: $(cat "$o/counts.txt")"
  log "$p: $o/report.txt, report.html, report.json, summary.txt"
  [ "$dhat" = 0 ] || log "$p: $o/dhat-compare.md"
done
