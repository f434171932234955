#!/bin/bash
# bench/real/run.sh -- real C programs from Debian source packages, built
# with and without the escape plugin, run on a workload each.
#
# For every program (mawk, sed, bc, jq, grep, diffutils' diff; pinned
# Debian bookworm versions)
# the script
#   - downloads the source package with `apt-get source --download-only
#     PKG=VERSION` (apt checks the files against the signed Sources index;
#     a deb-src entry is added under /etc/apt/sources.list.d/ when apt has
#     none) and unpacks it with dpkg-source, into the cache (--cache,
#     $ESCAPE_BENCH_CACHE, default ~/.cache/escape-bench-real); nothing of
#     the packages is kept in the repository,
#   - builds it with the package's own build system twice: CFLAGS="-O2 -g"
#     (baseline) and the same with CC="gcc -fplugin=PLUGIN
#     -fplugin-arg-escape-remarks" (the plugin on every compile and link
#     line, which libtool keeps: it drops -fplugin from LDFLAGS); mawk and
#     jq also with -flto in CFLAGS and LDFLAGS (jq links through libtool),
#   - counts the allocation sites the plugin promoted and all it remarked
#     on (its `note: escape:` remarks in the build log, one a source
#     location),
#   - runs the program's workload (generated, deterministic input) with
#     both builds and compares the outputs (any difference fails the run),
#   - measures CPU time (user+sys) with hyperfine: --rounds rounds, each
#     running the two builds once, in alternating order; the ratio is the
#     median of the plugin's times over the median of the baseline's, the
#     spread the lowest and highest ratio of one round's pair,
#   - counts instructions with valgrind --tool=callgrind (deterministic:
#     the primary number on a shared machine),
#   - counts the heap allocations made by the program's own code (call
#     sites in its build tree) with scripts/escape-prof, before and after,
#     and keeps the top sites of the plugin build with the plugin's remark
#     for each,
#   - runs the package's own test suite once with the plugin build (bc has
#     none: its Test/*.b programs are run with both builds and compared);
#     the own tests of diffutils (tests/: diff, cmp, diff3, sdiff), sed
#     (testsuite/: sed) and grep (tests/: grep) are run a second time
#     under escape-prof, which counts the heap allocations their own code
#     makes during the suite (gnulib's tests, gnulib-tests/, left out;
#     so are grep's tests whose work depends on time: hash-collision-perf
#     and those that may skip when timeout is late, see SPROF_SKIP).
#
# --plugin-args "KEY[=VALUE] ..." adds -fplugin-arg-escape-KEY[=VALUE] for
# each word to the plugin builds' CC (e.g. --plugin-args
# "allocators=gnulib"); those builds go to their own directories
# (plugin_ARGS, plugin-lto_ARGS, the arguments with every character other
# than a letter or digit made '_') and their cache key includes the
# arguments, so a run with and one without them both stay cached.
#
# Builds and suite results are cached, keyed by the compiler, the flags
# and the plugin's checksum; an interrupted run resumes where it stopped.
# Results: DIR/real-DATE.tsv, the printed markdown table DIR/real-DATE.md
# and the top allocation sites DIR/real-DATE-sites.txt (DIR is --out,
# default bench/results, ignored by git).  See bench/real/README.md.
#
# Usage: bench/real/run.sh [--plugin PATH] [--only PKG[,PKG...]] [--quick]
#                          [--rounds N] [--jobs N] [--cache DIR] [--out DIR]
#                          [--no-suite] [--no-lto] [--plugin-args ARGS]
#        bench/real/run.sh --help

set -euo pipefail
export LC_ALL=C
unset LD_PRELOAD

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)

usage () {
  sed -n '/^# Usage:/,/--help$/p' "$0" | sed 's/^# \{0,1\}//'
  cat <<'EOF'

  --plugin PATH  the plugin to measure (default: build/escape.so)
  --only LIST    only these packages (mawk, sed, bc, jq, grep, diffutils),
                 comma-separated
  --quick        small inputs, 2 rounds, no callgrind, no test suites
  --rounds N     hyperfine rounds (default 7; each runs both builds once)
  --jobs N       make -jN for the package builds (default 2)
  --cache DIR    sources and builds (default $ESCAPE_BENCH_CACHE or
                 ~/.cache/escape-bench-real)
  --out DIR      where the TSV and tables go (default bench/results)
  --no-suite     skip the packages' test suites
  --no-lto       skip the -flto builds
  --plugin-args ARGS
                 plugin arguments for the plugin builds, space-separated
                 KEY[=VALUE] words, each passed as
                 -fplugin-arg-escape-KEY[=VALUE] (e.g. "allocators=gnulib")
EOF
}

plugin=$top/build/escape.so
only= quick=0 rounds=7 jobs=2 suite=1 lto=1 pargs=
cache=${ESCAPE_BENCH_CACHE:-$HOME/.cache/escape-bench-real}
out=$top/bench/results
while [ $# -gt 0 ]; do
  case "$1" in
    --plugin) plugin=${2:?}; shift 2 ;;
    --only) only=${2:?}; shift 2 ;;
    --quick) quick=1; shift ;;
    --rounds) rounds=${2:?}; shift 2 ;;
    --jobs) jobs=${2:?}; shift 2 ;;
    --cache) cache=${2:?}; shift 2 ;;
    --out) out=${2:?}; shift 2 ;;
    --no-suite) suite=0; shift ;;
    --no-lto) lto=0; shift ;;
    --plugin-args) pargs=${2?}; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [ "$quick" = 1 ]; then
  rounds=2 suite=0
fi

log () { echo "bench-real: $*" >&2; }
die () { log "$*"; exit 1; }

# The plugin arguments: PARGS_CC the options added to the plugin builds'
# CC, PTAG the suffix of their variant names ("" without arguments).
PARGS_CC= PTAG=
for a in $pargs; do
  case "$a" in
    -*|=*) die "--plugin-args: '$a' is not KEY[=VALUE] (the option prefix is added by the script)" ;;
  esac
  PARGS_CC="$PARGS_CC -fplugin-arg-escape-$a"
done
pargs=$(echo $pargs)
[ -z "$pargs" ] || PTAG=_$(printf '%s' "$pargs" | tr -c 'A-Za-z0-9' '_')

[ -f "$plugin" ] || die "no plugin at $plugin (build it: scripts/build.sh)"
plugin=$(cd "$(dirname "$plugin")" && pwd)/$(basename "$plugin")
plugin=$(readlink -f "$plugin")
prof=$top/scripts/escape-prof
proflib=${ESCAPE_PROF_LIB:-$(dirname "$plugin")/libescape-prof.so}
[ -f "$proflib" ] || proflib=$top/build/.libs/libescape-prof.so
[ -f "$proflib" ] || die "no libescape-prof.so (build it: scripts/build.sh)"
export ESCAPE_PROF_LIB=$proflib

# The packages: name, Debian version, the built program inside the tree,
# whether an -flto pair is built too.
PKGS="mawk sed bc jq grep diffutils"
declare -A VERSION=([mawk]=1.3.4.20200120-3.1 [sed]=4.9-1+deb12u1
		    [bc]=1.07.1-3 [jq]=1.6-2.1+deb12u2 [grep]=3.8-5
		    [diffutils]=3.8-4)
# Epochs of the Debian versions, for apt only: the build directories are
# named without them (a ':' in a directory breaks the suites' PATH).
declare -A EPOCH=([diffutils]=1:)
declare -A PROGRAM=([mawk]=mawk [sed]=sed/sed [bc]=bc/bc [jq]=jq
		    [grep]=src/grep [diffutils]=src/diff)
declare -A LTO=([mawk]=1 [sed]=0 [bc]=0 [jq]=1 [grep]=0 [diffutils]=0)
# The highest exit status of a successful workload run (diff exits with 1
# when the files differ, which its workload's do).
declare -A OKRC=([diffutils]=1)
# The packages whose own tests run a second time under escape-prof: the
# directory of the program under test (escape-prof resolves the program's
# argv[0], "diff", "sed", "grep", from its working directory), the
# command that runs the package's own tests from there (not gnulib's
# tests in gnulib-tests/: their programs are gnulib's), the directory of
# those tests, and the directories whose allocation sites are counted
# apart besides the whole tree: the program's own sources and lib/,
# gnulib (its xmalloc family's sites are in lib/xmalloc.c, whichever
# code called them).
declare -A SPROF_DIR=([diffutils]=src [sed]=sed [grep]=src)
declare -A SPROF_CMD=([diffutils]="make -C ../tests check"
		      [sed]="make -C .. check SUBDIRS=."
		      [grep]="make -C ../tests check")
declare -A SPROF_TESTS=([diffutils]=tests [sed]=testsuite [grep]=tests)
# Tests left out of the profiled run (they still run in the unprofiled
# one), because the work they do is not the same from run to run:
# grep's hash-collision-perf doubles its pattern count (40,000 at first)
# until grep takes 200 ms of user CPU time, so the machine's speed and
# load choose between 320,000 and 640,000 patterns (or more), and the
# test alone makes 86% of the allocations counted in tests/ (895,735 of
# 1,039,985 in a run that stopped at 640,000).  The 15 tests that call
# init.cfg's require_timeout_ skip when `timeout 0.01 sleep 0.02' does
# not time out, which a loaded machine decides (skip-device skipped so
# in one run and passed in the others), and they run grep before or
# instead of skipping.  SPROF_SKIPPED names them in the results.
declare -A SPROF_SKIP=([grep]="hash-collision-perf backref-multibyte-slow
  dfa-infloop empty fgrep-infloop grep-dev-null-out in-eq-out-infloop
  invalid-multibyte-infloop max-count-overread mb-non-UTF8-perf-Fw
  pcre-infloop pcre-invalid-utf8-infloop pcre-invalid-utf8-input sjis-mb
  skip-device triple-backref")
declare -A SPROF_SKIPPED=([grep]="hash-collision-perf and the 15 tests of require_timeout_")
declare -A SPROF_SPLIT=([diffutils]= [sed]="sed lib" [grep]="src lib")
declare -A WORKLOAD=(
  [mawk]="log report: fields, regex match, gsub, sprintf, arrays"
  [sed]="log rewriting: 6 -E substitutions"
  [bc]="-l: pi, e, ln 2, sqrt 2, sin 1 to 600 digits"
  [jq]="JSON lines: select, split/join, map/add, string interpolation"
  [grep]="-n -o -E: 4 patterns (2 with back-references)"
  [diffutils]="-u: the log against an edited copy (3,538 hunks)")

selected=$PKGS
if [ -n "$only" ]; then
  selected=
  for p in ${only//,/ }; do
    [ -n "${VERSION[$p]:-}" ] || die "unknown package $p (known: $PKGS)"
    selected="$selected $p"
  done
fi

# Tools and build dependencies (Debian packages), installed when missing.
"$top/scripts/install-deps.sh" --bench-real \
  || die "cannot install the tools (scripts/install-deps.sh --bench-real)"

mkdir -p "$cache/src" "$cache/build" "$cache/work" "$out"
stamp=$(date -u +%Y%m%d-%H%M)
tsv=$out/real-$stamp.tsv
md=$out/real-$stamp.md
sites_out=$out/real-$stamp-sites.txt

# A deb-src entry for bookworm, in a file of our own, when apt has none.
ensure_deb_src () {
  if [ -z "$(apt-cache showsrc mawk 2>/dev/null | head -1)" ]; then
    local f=/etc/apt/sources.list.d/escape-bench-real.sources
    [ "$(id -u)" -eq 0 ] || die "apt has no deb-src entry; add one for bookworm (as root: $f)"
    log "adding $f (deb-src bookworm) and running apt-get update"
    cat > "$f" <<'EOF'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
    apt-get update -qq
  fi
}

# fetch PKG: the source package's files, downloaded once into the cache.
fetch () {
  local p=$1 v=${VERSION[$1]}
  [ -f "$cache/src/${p}_${v#*:}.dsc" ] && return 0
  ensure_deb_src
  v=${EPOCH[$p]:-}$v
  log "$p: apt-get source --download-only $p=$v"
  (cd "$cache/src" && apt-get source --download-only -qq "$p=$v") \
    || die "$p: cannot download $p=$v"
}

# key VARIANT: what a build depends on.
key () {
  local flags=$1
  echo "gcc=$(gcc -dumpfullversion) flags=$flags plugin=$( \
    case "$flags" in *plugin*) sha256sum < "$plugin" | cut -c1-16 ;; esac)"
}

# build PKG VARIANT: configure and make one variant (base, plugin,
# base-lto, plugin-lto) into $cache/build/PKG-VERSION/VARIANT/src.
build () {
  local p=$1 var=$2 v=${VERSION[$1]}
  local dir=$cache/build/$p-$v/$var
  local cc=gcc cflags="-O2 -g" ldflags=
  case "$var" in base-lto|plugin-lto*) cflags="$cflags -flto"; ldflags="-flto" ;; esac
  case "$var" in plugin*) cc="gcc -fplugin=$plugin -fplugin-arg-escape-remarks$PARGS_CC" ;; esac
  local k
  k=$(key "CC=$cc CFLAGS=$cflags LDFLAGS=$ldflags")
  if [ -f "$dir/.built" ] && [ "$(cat "$dir/.built")" = "$k" ]; then
    return 0
  fi
  log "$p: building $var (CC=\"${cc/$plugin/PLUGIN}\" CFLAGS=\"$cflags\" LDFLAGS=\"$ldflags\")"
  rm -rf "$dir"
  mkdir -p "$dir"
  (cd "$dir" && dpkg-source -q -x "$cache/src/${p}_${v#*:}.dsc" src > dpkg-source.log 2>&1) \
    || die "$p: dpkg-source -x failed"
  local conf=
  case "$p" in
    sed) conf="--disable-nls --without-selinux" ;;
    grep) conf="--disable-nls --disable-perl-regexp" ;;
    bc) conf="--without-readline" ;;
    jq) conf="--disable-docs --disable-valgrind --disable-maintainer-mode --disable-shared --with-oniguruma=yes" ;;
    diffutils) conf="--disable-nls" ;;
  esac
  if ! (cd "$dir/src"
	# As Debian builds them (dh_autoreconf): their patches touch the
	# automake input (grep's src/Makefile.am, which its tarball's
	# automake 1.16i cannot regenerate otherwise; diffutils' patch
	# touches m4/*.m4), and jq's upstream tarball has no configure.
	case "$p" in bc|jq|grep|diffutils) autoreconf -fi ;; esac
	./configure CC="$cc" CFLAGS="$cflags" LDFLAGS="$ldflags" $conf
	make -j"$jobs") > "$dir/build.log" 2>&1; then
    tail -20 "$dir/build.log" >&2
    die "$p: build of $var failed (log: $dir/build.log)"
  fi
  [ -x "$dir/src/${PROGRAM[$p]}" ] || die "$p: $var built no ${PROGRAM[$p]}"
  echo "$k" > "$dir/.built"
}

# gen_inputs: the workloads' input files (deterministic: a fixed-seed
# generator in awk, not the awk's rand; awks computing in doubles give the
# same file), $cache/work/SIZE.
gen_inputs () {
  local n=$1 w=$cache/work/$1
  [ -f "$w/.done" ] && { echo "$w"; return; }
  mkdir -p "$w"
  awk -v n="$n" '
    function r(m) { seed = (seed * 1103515245 + 12345) % 2147483648; return int(seed / 65536) % m }
    BEGIN {
      seed = 42
      split("GET GET GET POST PUT DELETE", meth, " ")
      split("api static img user admin search cart", sect, " ")
      split("200 200 200 200 301 304 404 500 403", st, " ")
      split("alice bob carol dave erin frank grace heidi", usr, " ")
      for (i = 1; i <= n; i++) {
	printf "2026-%02d-%02dT%02d:%02d:%02d 10.%d.%d.%d %s /%s/v%d/item/%d?q=%c%c%c&page=%d %s %d \"agent/%d.%d (x%d)\" user=%s\n", \
	  r(12) + 1, r(28) + 1, r(24), r(60), r(60), r(256), r(256), r(256), \
	  meth[r(6) + 1], sect[r(7) + 1], r(3) + 1, r(100000), \
	  97 + r(26), 97 + r(26), 97 + r(26), r(50), st[r(9) + 1], r(100000), \
	  r(10), r(100), r(64), usr[r(8) + 1]
      }
    }' > "$w/access.log"
  # The same records as JSON lines, for jq.
  awk '{
    split($1, t, "T"); split($4, u, "?")
    printf "{\"date\":\"%s\",\"time\":\"%s\",\"ip\":\"%s\",\"method\":\"%s\",\"path\":\"%s\",\"query\":\"%s\",\"status\":%d,\"bytes\":%d,\"user\":\"%s\",\"tags\":[\"%s\",\"%s\"]}\n", \
      t[1], t[2], $2, $3, u[1], u[2], $5, $6, substr($NF, 6), $3, substr($2, 1, 4)
  }' "$w/access.log" > "$w/access.json"
  cat > "$w/report.awk" <<'EOF'
{
  split($1, dt, "T"); day = dt[1]
  ip = $2; method = $3; url = $4; status = $5; bytes = $6 + 0
  if (match(url, /\/[a-z]+\//)) sect = substr(url, RSTART + 1, RLENGTH - 2)
  else sect = "-"
  q = url; sub(/^[^?]*\?/, "", q)
  n = split(q, kv, "&")
  for (i = 1; i <= n; i++) { split(kv[i], p, "="); params[p[1]]++ }
  key = sprintf("%s %-6s %s", day, method, sect)
  hits[key]++; vol[key] += bytes
  if (status ~ /^[45]/) { err[sect " " status]++ }
  u = $NF; gsub(/user=/, "", u); users[toupper(substr(u, 1, 1)) substr(u, 2)] += bytes
  line = $0; gsub(/[0-9]+/, "#", line); shapes[length(line)]++
  out[NR % 97] = sprintf("%s|%s|%08.2f", ip, sect, bytes / 1024)
}
END {
  for (k in hits) printf "%s hits=%d kb=%.1f\n", k, hits[k], vol[k] / 1024
  for (k in err) printf "err %s %d\n", k, err[k]
  for (k in users) printf "user %s %d\n", k, users[k]
  for (k in params) printf "param %s %d\n", k, params[k]
  for (k in shapes) printf "shape %s %d\n", k, shapes[k]
  for (i = 0; i < 97; i++) print out[i]
}
EOF
  cat > "$w/rewrite.sed" <<'EOF'
s/^([0-9]{4})-([0-9]{2})-([0-9]{2})T/\3.\2.\1 /
s/ 10\.([0-9]+)\.[0-9]+\.[0-9]+ / 10.\1.x.x /
s/\?q=([a-z]+)&page=([0-9]+)/ [q:\1 p:\2]/
s/"agent\/([0-9]+)\.([0-9]+) \(x([0-9]+)\)"/agent-\1-\2-\3/
s/user=([a-z])([a-z]*)$/\U\1\E\2/
/ (404|500|403) /s/$/ !/
EOF
  cat > "$w/report.jq" <<'EOF'
select(.status >= 300)
| {d: .date, sect: (.path | split("/") | .[1]), item: (.path | split("/") | .[4] | tonumber),
   who: "\(.user)@\(.ip)", q: (.query | split("&") | map(split("=") | {(.[0]): .[1]}) | add),
   kb: (.bytes / 1024 | floor), tags: (.tags | join(","))}
| "\(.d) \(.sect) \(.item) \(.who) \(.q.q) \(.kb) \(.tags)"
EOF
  touch "$w/.done"
  echo "$w"
}

# wl PKG BIN: the workload's command line for the program BIN (stdout is
# the output compared).
wl () {
  local p=$1 bin=$2 w=$WORK
  case "$p" in
    mawk) echo "$bin -f $w/report.awk $w/access.log" ;;
    sed) echo "$bin -E -f $w/rewrite.sed $w/access.log" ;;
    grep) echo "$bin -n -o -E -f $w/patterns.grep $w/access.log" ;;
    bc) echo "$bin -l $w/bc.in" ;;
    jq) echo "$bin -r -f $w/report.jq $w/access.json" ;;
    diffutils) echo "$bin -u $w/access.log $w/edited.log" ;;
  esac
}

# own_allocs PROFILE TREE: the calls of sites whose source is in TREE.
own_allocs () {
  awk -v t="$2/" '!/^#/ && index($7, t) == 1 { s += $1 } END { print s + 0 }' "$1"
}

# remarks PKG VARIANT: "promoted remarked" from the build log: the plugin
# remarks once on each allocation site it judges (a helper inlined into N
# callers is N sites; under -flto they are judged at link time).
remarks () {
  local log=$cache/build/$1-${VERSION[$1]}/$2/build.log
  grep -a -E ': note: escape: .*(promoted to (the stack|frame storage)|stays on the heap)' "$log" \
    | awk '{ n++; if ($0 ~ /promoted to (the stack|frame storage)/) p++ } END { print p + 0, n + 0 }'
}

# run_suite PKG VARIANT: the package's own tests with one build, once
# (cached); prints "passed/total" (plus skipped and expected failures)
# and "FAIL" when the suite failed.  Run with both builds: a test that
# fails with both is the environment's (sed's panic-tests expects a
# directory made read-only to be unwritable, which it is not for root).
run_suite () {
  local p=$1 var=$2 dir=$cache/build/$1-${VERSION[$1]}/$2
  local res=$dir/.suite
  # (a result of a package whose tests are profiled is kept only with the
  # profiled count of the tests profiled today: one from before sed and
  # grep were profiled, or from before the tests SPROF_SKIP names were
  # left out and processes counted, is redone)
  if [ -f "$res" ] && [ "$(head -1 "$res")" = "$(cat "$dir/.built")" ] \
     && { [ -z "${SPROF_DIR[$p]:-}" ] \
	  || grep -qF "own-code allocations in ${SPROF_TESTS[$p]}/${SPROF_SKIPPED[$p]:+ without ${SPROF_SKIPPED[$p]}} " "$res" \
	  && grep -q ' processes$' "$res"; }; then
    tail -1 "$res"; return
  fi
  log "$p: running its test suite with the $var build"
  local r= rc=0
  case "$p" in
    mawk)
      (cd "$dir/src" && make check) > "$dir/suite.log" 2>&1 || rc=$?
      # mawktest prints "... OK" a check (and "tested PROG OK" at the
      # end), fpe_test "results consistent" or "results inconsistent".
      r=$(awk '/^tested / { next } / OK$/ || /results consistent/ { pass++ }
	       /fail|FAIL|differ|inconsistent/ { fail++ }
	       END { printf "%d/%d", pass, pass + fail }' "$dir/suite.log") ;;
    sed|jq|grep|diffutils)
      (cd "$dir/src" && make -j"$jobs" check) > "$dir/suite.log" 2>&1 || rc=$?
      r=$(awk '/^# PASS:/ { pa += $3 }
	       /^# (FAIL|XPASS|ERROR):/ { f += $3 } /^# SKIP:/ { s += $3 }
	       /^# XFAIL:/ { x += $3 }
	       END { printf "%d/%d", pa, pa + f; if (s + x) printf " (+%d skipped)", s + x }' "$dir/suite.log")
      r="$r$(sed -n 's/^FAIL: \(.*\)/ FAIL:\1/p' "$dir/src/test-suite.log" 2>/dev/null | paste -sd ',' -)"
      if [ -n "${SPROF_DIR[$p]:-}" ]; then
	# Its own tests (SPROF_TESTS) once more under escape-prof: the heap
	# allocations of its own code during the suite (gnulib's tests, in
	# gnulib-tests/, are left out: their programs are gnulib's).  The
	# tests run the program through PATH, and escape-prof names a
	# program by its argv[0] ("diff"), which it resolves from its
	# working directory: the program's directory (SPROF_DIR).
	local pr=0 d split= t tl= sel=()
	if [ -n "${SPROF_SKIP[$p]:-}" ]; then
	  # The tests of the directory (its automake TESTS) but the skipped.
	  for t in $(printf 'sprof-tests:\n\t@echo $(TESTS)\n' \
		     | make -s -C "$dir/src/${SPROF_TESTS[$p]}" -f Makefile -f - sprof-tests); do
	    case " $(echo ${SPROF_SKIP[$p]}) " in *" $t "*) ;; *) tl="$tl${tl:+ }$t" ;; esac
	  done
	  [ -n "$tl" ] || die "$p: no tests in ${SPROF_TESTS[$p]}/ to profile"
	  sel=("TESTS=$tl")
	fi
	(cd "$dir/src/${SPROF_DIR[$p]}" && "$prof" -o "$dir/suite.prof" -- ${SPROF_CMD[$p]} "${sel[@]}") \
	  > "$dir/suite-prof.log" 2>&1 || pr=$?
	for d in ${SPROF_SPLIT[$p]}; do
	  split="$split${split:+, }$d/ $(own_allocs "$dir/suite.prof" "$dir/src/$d")"
	done
	r="$r, own-code allocations in ${SPROF_TESTS[$p]}/${SPROF_SKIPPED[$p]:+ without ${SPROF_SKIPPED[$p]}} $(own_allocs "$dir/suite.prof" "$dir/src")${split:+ ($split)}, $(sed -n '1s/.*(\([0-9]*\) process(es).*/\1/p' "$dir/suite.prof") processes"
	[ "$pr" = 0 ] || { r="$r (profiled run FAILED, $dir/suite-prof.log)"; rc=$pr; }
      fi ;;
    bc)
      # No test suite: Test/*.b with both builds, outputs compared.
      local base=$cache/build/$p-${VERSION[$p]}/base/src/bc/bc pass=0 tot=0 f
      : > "$dir/suite.log"
      for f in "$dir"/src/Test/*.b; do
	tot=$((tot + 1))
	if timeout 120 "$base" -l "$f" < /dev/null > "$dir/suite.base" 2>&1 \
	   && timeout 120 "$dir/src/bc/bc" -l "$f" < /dev/null > "$dir/suite.this" 2>&1 \
	   && cmp -s "$dir/suite.base" "$dir/suite.this"; then
	  pass=$((pass + 1)); echo "ok $f" >> "$dir/suite.log"
	else
	  echo "FAIL $f" >> "$dir/suite.log"; rc=1
	fi
      done
      r="$pass/$tot Test/*.b = baseline" ;;
  esac
  [ "$rc" = 0 ] || r="$r (FAILED, $dir/suite.log)"
  printf '%s\n%s\n' "$(cat "$dir/.built")" "$r" > "$res"
  echo "$r"
}

# cpu_ratio A B: hyperfine rounds of the two commands, alternating order;
# prints "medianA medianB ratio lo hi" (CPU seconds, user+sys).  The
# programs write into a pipe, never to /dev/null: grep stops at the first
# match when its output is /dev/null.
cpu_ratio () {
  local a=$1 b=$2 i j=$cache/work/hf.json tA= tB=
  for i in $(seq 1 "$rounds"); do
    if [ $((i % 2)) = 1 ]; then
      hyperfine -N $HFOPT --output=pipe --style none --runs 1 --export-json "$j" "$a" "$b" > /dev/null 2>&1 \
	|| hyperfine $HFOPT --style none --runs 1 --export-json "$j" "$a | cat > /dev/null" "$b | cat > /dev/null" > /dev/null
      tA="$tA $(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]; print(r[0]["user"]+r[0]["system"])' "$j")"
      tB="$tB $(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]; print(r[1]["user"]+r[1]["system"])' "$j")"
    else
      hyperfine -N $HFOPT --output=pipe --style none --runs 1 --export-json "$j" "$b" "$a" > /dev/null 2>&1 \
	|| hyperfine $HFOPT --style none --runs 1 --export-json "$j" "$b | cat > /dev/null" "$a | cat > /dev/null" > /dev/null
      tA="$tA $(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]; print(r[1]["user"]+r[1]["system"])' "$j")"
      tB="$tB $(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]; print(r[0]["user"]+r[0]["system"])' "$j")"
    fi
  done
  python3 - "$tA" "$tB" <<'EOF'
import statistics, sys
a = [float(x) for x in sys.argv[1].split()]
b = [float(x) for x in sys.argv[2].split()]
r = [y / x for x, y in zip(a, b) if x > 0]
print("%.4f %.4f %.3f %.3f %.3f" % (statistics.median(a), statistics.median(b),
      statistics.median(b) / statistics.median(a), min(r), max(r)))
EOF
}

# instr CMD: instructions of CMD under callgrind (its output into a file,
# not /dev/null, as for cpu_ratio).
instr () {
  { valgrind --tool=callgrind --callgrind-out-file=/dev/null $1 2>&1 >"$cache/work/sink.out" \
      || [ $? -le "$OKMAX" ]; } \
    | awk '/Collected :/ { print $NF }' | tail -1
}

# top_sites PKG VARIANT PROFILE: the 8 most frequent own-code sites of a
# profile, each with the plugin's remark at that line.
top_sites () {
  local p=$1 var=$2 prof=$3 tree=$cache/build/$1-${VERSION[$1]}/$2/src
  local log=$cache/build/$p-${VERSION[$p]}/$var/build.log
  echo "## $p ${VERSION[$p]} ($var): top own-code allocation sites"
  # (awk stops at 8 itself: "| head" could kill it with SIGPIPE, which
  # pipefail and set -e would turn into the script's exit)
  awk -v t="$tree/" '!/^#/ && index($7, t) == 1 && n++ < 8' "$prof" \
    | while read -r calls bytes frees short kind fn loc rest; do
	local f=${loc#"$tree/"} file line
	file=$(basename "${f%:*}") line=${f##*:}
	local why
	why=$(grep -a -E "(^|/)$file:$line:[0-9]+: note: escape: " "$log" \
	      | sed -E 's/.*note: escape: //' | sort | uniq -c | sort -rn | head -3 \
	      | sed -E 's/^ *([0-9]+) /\1x /' | paste -sd ';' - || true)
	echo "$calls calls ($kind, $frees freed, $short short-lived) $fn $f: ${why:-no remark at this line (not an allocation site the plugin judges, e.g. realloc of an existing object)}${rest:+ $rest}"
      done
}

if [ "$quick" = 1 ]; then nlines=20000; bcscale=300; else nlines=100000; bcscale=600; fi
WORKLOAD[bc]="-l: pi, e, ln 2, sqrt 2, sin 1 to $bcscale digits"
if [ "$quick" = 1 ]; then
  WORKLOAD[diffutils]="-u: the log against an edited copy (707 hunks)"
fi
WORK=$(gen_inputs "$nlines")
printf 'scale=%d\n4*a(1)\ne(1)\nl(2)\nsqrt(2)\ns(1)\nquit\n' "$bcscale" > "$WORK/bc.in"
# grep's patterns (written on every run: an input directory made before
# grep was added has none); the back-references make grep use the regex
# matcher, the others its DFA.
cat > "$WORK/patterns.grep" <<'EOF'
user=(alice|carol|grace)$
/item/[0-9]{5}\?q=([a-z])\1
 (4|5)0[0-9] [0-9]+ "agent
agent/([0-9])\.\1[0-9]* \(x6[0-3]\)
EOF
# diff's second file: the log edited (a field changed every 37th line, a
# line deleted every 101st, one inserted after every 211th); made once,
# deterministic.
if [ ! -f "$WORK/edited.log" ]; then
  awk '{
    if (NR % 101 == 0) next
    if (NR % 37 == 0) sub(/ [0-9]+ "agent/, " 0 \"agent")
    print
    if (NR % 211 == 0) print "# inserted after line " NR
  }' "$WORK/access.log" > "$WORK/edited.log.tmp"
  mv "$WORK/edited.log.tmp" "$WORK/edited.log"
fi

printf 'program\tversion\tbuild\tworkload\tcpu_base_s\tcpu_plugin_s\tcpu_ratio\tcpu_ratio_lo\tcpu_ratio_hi\tinstr_base\tinstr_plugin\tinstr_ratio\town_allocs_base\town_allocs_plugin\tsites_promoted\tsites_remarked\tsuite\n' > "$tsv"
: > "$sites_out"
for p in $selected; do
  fetch "$p"
  # A workload's exit status that is not a failure (diff's 1: the files
  # differ), for the runs below and hyperfine (-i).
  OKMAX=${OKRC[$p]:-0} HFOPT=
  [ "$OKMAX" = 0 ] || HFOPT=-i
  variants="base plugin$PTAG"
  [ "$lto" = 1 ] && [ "${LTO[$p]}" = 1 ] && variants="$variants base-lto plugin-lto$PTAG"
  for var in $variants; do build "$p" "$var"; done
  st=-
  if [ "$suite" = 1 ]; then
    st="plugin $(run_suite "$p" "plugin$PTAG")"
    [ "$p" = bc ] || st="$st; baseline $(run_suite "$p" base)"
  fi
  for pair in "base plugin$PTAG" "base-lto plugin-lto$PTAG"; do
    set -- $pair
    case " $variants " in *" $1 "*) ;; *) continue ;; esac
    b=$cache/build/$p-${VERSION[$p]}/$1/src/${PROGRAM[$p]}
    q=$cache/build/$p-${VERSION[$p]}/$2/src/${PROGRAM[$p]}
    flags="-O2 -g"; [ "$1" = base-lto ] && flags="-O2 -g -flto"
    [ -z "$pargs" ] || flags="$flags; plugin: $pargs"
    read -r prom rem < <(remarks "$p" "$2")
    if [ "$rem" = 0 ]; then
      die "$p: the $2 build has no escape remarks: the plugin did not run (check the build log)"
    fi
    log "$p ($flags): workload, outputs compared"
    $(wl "$p" "$b") > "$cache/work/$p.$1.out" 2>&1 || [ $? -le "$OKMAX" ] || die "$p: baseline workload failed"
    $(wl "$p" "$q") > "$cache/work/$p.$2.out" 2>&1 || [ $? -le "$OKMAX" ] || die "$p: plugin workload failed"
    cmp -s "$cache/work/$p.$1.out" "$cache/work/$p.$2.out" \
      || die "$p ($flags): OUTPUTS DIFFER: $cache/work/$p.$1.out $cache/work/$p.$2.out"
    log "$p ($flags): CPU time, $rounds rounds"
    read -r ta tb cr clo chi < <(cpu_ratio "$(wl "$p" "$b")" "$(wl "$p" "$q")")
    ia=- ib=- ir=-
    if [ "$quick" = 0 ]; then
      log "$p ($flags): instructions (callgrind)"
      ia=$(instr "$(wl "$p" "$b")"); ib=$(instr "$(wl "$p" "$q")")
      ir=$(awk -v a="$ia" -v b="$ib" 'BEGIN { printf "%.4f", b / a }')
    fi
    log "$p ($flags): allocations (escape-prof)"
    "$prof" -o "$cache/work/$p.$1.prof" -- $(wl "$p" "$b") > "$cache/work/sink.out" 2>&1 || [ $? -le "$OKMAX" ]
    "$prof" -o "$cache/work/$p.$2.prof" -- $(wl "$p" "$q") > "$cache/work/sink.out" 2>&1 || [ $? -le "$OKMAX" ]
    aa=$(own_allocs "$cache/work/$p.$1.prof" "$cache/build/$p-${VERSION[$p]}/$1/src")
    ab=$(own_allocs "$cache/work/$p.$2.prof" "$cache/build/$p-${VERSION[$p]}/$2/src")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
      "$p" "${VERSION[$p]}" "$flags" "${WORKLOAD[$p]}" "$ta" "$tb" "$cr" "$clo" "$chi" \
      "$ia" "$ib" "$ir" "$aa" "$ab" "$prom" "$rem" "$st" >> "$tsv"
    top_sites "$p" "$2" "$cache/work/$p.$2.prof" >> "$sites_out"
    {
      echo "  all allocation calls (baseline): $(awk '!/^#/ { s += $1 } END { print s + 0 }' "$cache/work/$p.$1.prof")"
      echo
    } >> "$sites_out"
  done
done

{
  echo "| program | version | build | workload | CPU plugin/base (spread) | instructions plugin/base | own-code allocations base → plugin | sites promoted / remarked | own test suite |"
  echo "|---|---|---|---|---|---|---|---|---|"
  awk -F'\t' 'NR > 1 {
    printf "| %s | %s | `%s` | %s | %s (%s-%s) | %s | %s → %s | %s / %s | %s |\n",
      $1, $2, $3, $4, $7, $8, $9, $12, $13, $14, $15, $16, $17 }' "$tsv" \
    | sed -E 's/ \(FAILED, [^)]*\)/ FAILED/g'

} > "$md"
echo
cat "$md"
echo
log "plugin: $plugin"
log "results: $tsv, $md, $sites_out"
