#!/bin/bash
# test-bisect.sh -- escape-bisect on examples/bisect (issue 12, item 2).
#
# Usage: scripts/test-bisect.sh [--plugin SO]   (KEEP=1 keeps the scratch
# directory)
# Installs build/ into a scratch DESTDIR and runs the installed
# escape-bisect on a copy of examples/bisect (five promoted sites of
# sizes 24, 40, 48, 64 and 96 bytes; check.sh counts the heap
# allocations of some sizes with an LD_PRELOAD shim), the test command
# rebuilding with make -j2 and a deliberately wrong expectation:
#   one-site     "at least 3 heap allocations of 48 bytes": only the
#                promotion of stats.c's 'buf' breaks it; exactly that
#                site is named, with its remark
#   two-sites    "at least 1 of 40 or 64 bytes": only the promotions of
#                words.c's 'lens' and 'flags' together break it; both
#                are named, as failing together
#   always-fails "at least 4 of 48 bytes" fails with no promotion too:
#                reported as not a promotion's failure, exit 1, and no
#                (empty) "smallest set of sites seen to fail"
#   flaky        a command whose outcome alternates from run to run,
#                whatever the promotions: the set the search ends with
#                is run again rather than answered from the cache, so
#                the flakiness is reported, no site named, exit 1
#   never-fails  "at least 0": passes with every promotion: reported,
#                exit 1
#   no-rebuild   a command that does not recompile: reported, exit 1
#   distcc       (when distccd is installed) with CC="distcc escape-gcc"
#                a compile on a distccd does not see ESCAPE_BISECT_ONLY;
#                escape-bisect compiles locally and names the site
# Prints PASS/FAIL per check and "bisect: N passed, N failed"; about 20
# seconds.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
plugin=$top/build/escape.so
[ "${1:-}" = --plugin ] && plugin=$2

work=$(mktemp -d /tmp/escape-bisect-test.XXXXXX)
distccd_pid=
cleanup () {
  [ -n "$distccd_pid" ] && kill "$distccd_pid" 2>/dev/null
  if [ -n "${KEEP:-}" ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

pass=0 fail=0
# result NAME OK DETAIL-FILE: count and print one check's outcome.
result () {
  if [ "$2" = 0 ]; then
    echo "PASS: $1"
    pass=$((pass + 1))
  else
    echo "FAIL: $1"
    [ -f "${3:-}" ] && sed 's/^/    /' "$3" | tail -30
    fail=$((fail + 1))
  fi
}

dest=$work/dest
if ! make -s -C "$top/build" install DESTDIR="$dest" > "$work/install.log" 2>&1; then
  result install 1 "$work/install.log"
  echo "bisect: $pass passed, $fail failed"
  exit 1
fi
bisect=$(find "$dest" -name escape-bisect -type f -perm -u+x)
if [ -z "$bisect" ]; then
  result "escape-bisect installed" 1
  echo "bisect: $pass passed, $fail failed"
  exit 1
fi
# escape-bisect keeps the logs of a run that stopped in $TMPDIR.
export TMPDIR=$work
cp -r "$top/examples/bisect" "$work/ex"
cd "$work/ex"
build="make -s clean && make -s -j2 PLUGIN=$plugin"

# run NAME ARGS...: escape-bisect ARGS into $work/NAME.out; its status
# into $work/NAME.status.
run () {
  local name=$1
  shift
  "$bisect" "$@" > "$work/$name.out" 2>&1
  echo $? > "$work/$name.status"
}

# One site: stats.c:12:15 'buf' (48 bytes), and no other.
run one-site -- sh -c "$build && ./check.sh 48 3"
o=$work/one-site.out
[ "$(cat "$work/one-site.status")" = 0 ] \
  && grep -q '^escape-bisect: CCACHE_DISABLE=1' "$o" \
  && grep -q '^escape-bisect: 5 site(s) promoted' "$o" \
  && grep -q '^escape-bisect: the promotion of this site makes the command fail:$' "$o" \
  && [ "$(grep -c '^  ' "$o")" = 1 ] \
  && grep -qE "^  stats\.c:12:15: 'buf' \(48 bytes, malloc\) promoted to the stack, with a stack canary \[site [0-9a-f]{16}\]$" "$o" \
  && grep -qE '^escape-bisect: keep them on the heap with -fplugin-arg-escape-skip=[0-9a-f]{16}$' "$o"
result one-site $? "$o"

# The id it names keeps the program good: rebuild with skip= of it.
id=$(sed -n 's/.*-fplugin-arg-escape-skip=//p' "$o")
sh -c "$build CFLAGS='-O2 -fplugin-arg-escape-skip=$id' && ./check.sh 48 3" > "$work/skip.out" 2>&1
result "one-site: skip= of the id named passes the test" $? "$work/skip.out"

# Two sites needed together: words.c's 'flags' (64) and 'lens' (40).
run two-sites -- sh -c "$build && ./check.sh 40,64 1"
o=$work/two-sites.out
[ "$(cat "$work/two-sites.status")" = 0 ] \
  && grep -q '^escape-bisect: the promotions of these 2 sites make the command fail together' "$o" \
  && [ "$(grep -c '^  ' "$o")" = 2 ] \
  && grep -qE "^  words\.c:13:17: 'flags' \(64 bytes, malloc\) promoted to the stack" "$o" \
  && grep -qE "^  words\.c:31:15: 'lens' \(40 bytes, malloc\) promoted to the stack" "$o"
result two-sites $? "$o"

# A command that fails with no promotion too.
run always-fails -- sh -c "$build && ./check.sh 48 4"
o=$work/always-fails.out
[ "$(cat "$work/always-fails.status")" = 1 ] \
  && grep -q '^escape-bisect: the command fails with no promotion too: the failure is not caused by a promotion' "$o" \
  && ! grep -q '^  ' "$o" \
  && ! grep -q 'smallest set' "$o"
result always-fails $? "$o"

# A flaky command: it fails on odd runs and passes on even ones.  The
# search ends with one site after run 5; run again it passes.
run flaky -- sh -c "$build && ./check.sh 48 0 && n=\$(cat $work/ctr 2>/dev/null || echo 0) && n=\$((n + 1)) && echo \$n > $work/ctr && [ \$((n % 2)) -eq 0 ]"
o=$work/flaky.out
[ "$(cat "$work/flaky.status")" = 1 ] \
  && grep -q '^escape-bisect: flaky: with 1 site promoted (.*) the command failed before and passes now' "$o" \
  && ! grep -q '^  ' "$o" \
  && ! grep -q 'makes the command fail\|smallest set' "$o"
result flaky $? "$o"

# A command that passes with every promotion.
run never-fails -- sh -c "$build && ./check.sh 48 0"
o=$work/never-fails.out
[ "$(cat "$work/never-fails.status")" = 1 ] \
  && grep -q '^escape-bisect: the command passes with every promotion: no promotion breaks it' "$o"
result never-fails $? "$o"

# A command that does not rebuild: its runs show no site.
sh -c "$build" > /dev/null 2>&1
run no-rebuild -- ./check.sh 48 3
o=$work/no-rebuild.out
[ "$(cat "$work/no-rebuild.status")" = 1 ] \
  && grep -q 'its build promoted no site' "$o"
result no-rebuild $? "$o"

# distcc sends a remote compile the command line and the preprocessed
# source, not the environment: a compile on a distccd does not see
# ESCAPE_BISECT_*, and escape-bisect runs every compile locally
# (DISTCC_HOSTS=localhost).  The distccd here runs with
# --enable-tcp-insecure, on 127.0.0.1 only and for a few seconds, so as
# not to need escape-gcc in distcc's masquerade directory.
if ! command -v distccd > /dev/null; then
  echo "SKIP: distcc: not installed (Debian package distcc)"
else
  bindir=$(dirname "$(find "$dest" -name escape-gcc -type f)")
  pdir=$(gcc -print-file-name=plugin)
  port=$(python3 -c 'import socket; s = socket.socket (); s.bind (("127.0.0.1", 0)); print (s.getsockname ()[1])')
  chmod 755 "$work"
  touch "$work/distccd.log" "$work/none" && chmod 666 "$work/distccd.log"
  TMPDIR=/tmp DISTCCD_PATH=$bindir:/usr/bin:/bin ESCAPE_PLUGIN=$plugin \
    distccd --daemon --no-detach --listen 127.0.0.1 --port "$port" \
      --allow 127.0.0.1 --enable-tcp-insecure --jobs 2 \
      --log-file "$work/distccd.log" --log-level info &
  distccd_pid=$!
  for i in 1 2 3 4 5 6 7 8 9 10; do
    (echo > /dev/tcp/127.0.0.1/"$port") 2>/dev/null && break
    sleep 0.5
  done
  dbuild="make -s clean && make -s -j2 CC='distcc $bindir/escape-gcc' PLUGINFLAG="
  # The fact: a compile on the distccd promotes every site even with
  # ESCAPE_BISECT_ONLY naming none, and lists nothing.
  ESCAPE_PLUGIN=$plugin DISTCC_HOSTS=127.0.0.1:$port DISTCC_FALLBACK=0 \
    DISTCC_SKIP_LOCAL_RETRY=1 ESCAPE_BISECT_ONLY=$work/none \
    ESCAPE_BISECT_LIST=$work/remote.list \
    sh -c "$dbuild && ./check.sh 48 3" > "$work/remote.out" 2>&1
  st=$?
  [ $st -ne 0 ] && [ ! -s "$work/remote.list" ] \
    && [ "$(grep -c 'COMPILE_OK' "$work/distccd.log")" -eq 3 ]
  result "distcc: a remote compile does not see ESCAPE_BISECT_ONLY" $? "$work/distccd.log"
  : > "$work/distccd.log"
  ESCAPE_PLUGIN=$plugin DISTCC_HOSTS=127.0.0.1:$port DISTCC_FALLBACK=0 \
    run distcc -- sh -c "$dbuild && ./check.sh 48 3"
  o=$work/distcc.out
  [ "$(cat "$work/distcc.status")" = 0 ] \
    && grep -qE "^  stats\.c:12:15: 'buf' \(48 bytes, malloc\) promoted" "$o" \
    && ! grep -q 'COMPILE_OK' "$work/distccd.log"
  result "distcc: escape-bisect compiles locally (DISTCC_HOSTS=localhost) and names the site" $? "$o"
  kill "$distccd_pid" 2>/dev/null
  wait "$distccd_pid" 2>/dev/null
fi

echo "bisect: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
