#!/bin/bash
# test-build-tools.sh -- escape in real builds (issue 12): the installed
# escape-gcc driver and DejaGnu library, each as a user would use them.
#
# Usage: scripts/test-build-tools.sh [--only NAME]   (KEEP=1 keeps the
# scratch directory)
# Installs build/ (scripts/build.sh first) into a scratch DESTDIR, puts
# its escape-gcc on PATH (ESCAPE_PLUGIN names the scratch plugin) and
# builds examples/build-tools, one check per README snippet:
#   libtool-lto   an automake+libtool library built with -flto and
#                 CC=escape-gcc: the library's site is promoted at link
#                 time; with -fplugin= in CFLAGS instead, the compile
#                 says the plugin must be on the link line; with
#                 -Wc,-fplugin= in LDFLAGS too, it is promoted again
#   make, cmake, meson   CC=escape-gcc in each: the remark appears
#   ccache-path, ccache-short, ccache-driver   a changed plugin or
#                 changed plugin arguments are never served from the
#                 cache (-fplugin=/path/escape.so, -fplugin=escape,
#                 escape-gcc; the last two with extra_files_to_hash)
#   distcc        CC="distcc escape-gcc" against a distccd on 127.0.0.1,
#                 no local fallback: compiled remotely, remarks back,
#                 objects identical to a local build
#   dejagnu-user  examples/user-tests' make check against the installed
#                 DejaGnu library passes, and a wrong expectation FAILs
# Prints PASS/FAIL/SKIP per check and "build-tools: N passed, N failed".
# A check is skipped, with the reason, only when its tool is missing.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
only=
[ "${1:-}" = --only ] && only=$2

work=$(mktemp -d /tmp/escape-build-tools.XXXXXX)
chmod 755 "$work"
masq=
distccd_pid=
cleanup () {
  [ -n "$distccd_pid" ] && kill "$distccd_pid" 2>/dev/null
  [ -n "$masq" ] && rm -f "$masq"
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
    [ -f "${3:-}" ] && sed 's/^/    /' "$3" | tail -20
    fail=$((fail + 1))
  fi
}
# want NAME: whether check NAME is to run (--only).
want () { [ -z "$only" ] || [ "$only" = "$1" ]; }

pdir=$(gcc -print-file-name=plugin)
dest=$work/dest
if ! make -s -C "$top/build" install DESTDIR="$dest" > "$work/install.log" 2>&1; then
  result install 1 "$work/install.log"
  echo "build-tools: $pass passed, $fail failed"
  exit 1
fi
bindir=$(dirname "$(find "$dest" -name escape-gcc -type f)")
export ESCAPE_PLUGIN=$dest$pdir/escape.so
export PATH=$bindir:$PATH
src=$top/examples/build-tools
remark="words\.c:[0-9]+:[0-9]+: note: escape: 'tmp' \(64 bytes, malloc\) promoted to the stack"
lto_note="only LTO bytecode, so the plugin runs at link time"

# copy NAME: a fresh copy of the example in $work/NAME; cd there.
copy () { rm -rf "$work/$1"; cp -r "$src" "$work/$1"; cd "$work/$1"; }

if want libtool-lto; then
  copy lt
  log=$work/lt.log
  ok=1
  if autoreconf -fi > "$log" 2>&1; then
    # README: CC=escape-gcc, the plugin's own options at link time with
    # libtool's -Wc, (libtool drops -fplugin-arg-* from link lines).
    mkdir b && cd b \
      && ../configure -q CC=escape-gcc CFLAGS="-O2 -flto" >> "$log" 2>&1 \
      && make LDFLAGS="-Wc,-fplugin-arg-escape-remarks" > build.log 2>&1 \
      && cat build.log >> "$log" \
      && grep -q -- "-flto" build.log \
      && grep -E "libtool: link: .*-shared" build.log | grep -qv "fplugin=" \
      && grep -qE "$remark" build.log \
      && ! grep -q "$lto_note" build.log \
      && [ "$(./wordsum abc)" = "abc $(cd "$work/lt" && gcc -O0 -o ref wordsum.c words.c && ./ref abc | cut -d' ' -f2)" ] \
      && ok=0
  fi
  result "libtool-lto: CC=escape-gcc, the library promoted at link time" $ok "$log"
  # -fplugin= in CFLAGS: libtool drops it from the link, so nothing is
  # promoted; the compile says so.
  cd "$work/lt" && mkdir b2 && cd b2
  ok=1
  ../configure -q CC=gcc CFLAGS="-O2 -flto -fplugin=$ESCAPE_PLUGIN -fplugin-arg-escape-remarks" > "$log" 2>&1 \
    && make > build.log 2>&1 && cat build.log >> "$log" \
    && [ "$(grep -c "$lto_note" build.log)" -eq 2 ] \
    && ! grep -qE "$remark" build.log && ok=0
  result "libtool-lto: -fplugin= in CFLAGS, the link-line note once per compile" $ok "$log"
  # Without the driver: the plugin on the link line through libtool's -Wc,.
  cd "$work/lt" && mkdir b3 && cd b3
  ok=1
  ../configure -q CC=gcc CFLAGS="-O2 -flto -fplugin=$ESCAPE_PLUGIN" > "$log" 2>&1 \
    && make LDFLAGS="-Wc,-fplugin=$ESCAPE_PLUGIN -Wc,-fplugin-arg-escape-remarks" > build.log 2>&1 \
    && cat build.log >> "$log" \
    && grep -E "libtool: link: .*-shared" build.log | grep -q "fplugin=" \
    && grep -qE "$remark" build.log && ok=0
  result "libtool-lto: -fplugin= in CFLAGS and -Wc,-fplugin= in LDFLAGS" $ok "$log"
fi

if want make; then
  copy mk
  make -f plain.mk CC=escape-gcc CFLAGS="-O2 -fplugin-arg-escape-remarks" > build.log 2>&1 \
    && grep -qE "$remark" build.log && ./wordsum abc > /dev/null
  result "make: make CC=escape-gcc" $? build.log
  # Plain make with LTO: CFLAGS on the link line too.
  make -f plain.mk clean > /dev/null
  make -f plain.mk CC=escape-gcc CFLAGS="-O2 -flto -fplugin-arg-escape-remarks" > build.log 2>&1 \
    && grep -qE "$remark" build.log && ! grep -q "$lto_note" build.log && ./wordsum abc > /dev/null
  result "make: CC=escape-gcc CFLAGS=-flto" $? build.log
fi

if want cmake; then
  if command -v cmake > /dev/null; then
    copy cm
    { cmake -S . -B b -DCMAKE_C_COMPILER=escape-gcc -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_C_FLAGS=-fplugin-arg-escape-remarks && cmake --build b; } > build.log 2>&1 \
      && grep -qE "$remark" build.log && b/wordsum abc > /dev/null
    result "cmake: -DCMAKE_C_COMPILER=escape-gcc" $? build.log
  else
    echo "SKIP: cmake: not installed (Debian package cmake)"
  fi
fi

if want meson; then
  if command -v meson > /dev/null && command -v ninja > /dev/null; then
    copy ms
    { CC=escape-gcc meson setup b -Dbuildtype=release -Dc_args=-fplugin-arg-escape-remarks \
        && meson compile -C b; } > build.log 2>&1 \
      && grep -qE "$remark" build.log && b/wordsum abc > /dev/null
    result "meson: CC=escape-gcc meson setup" $? build.log
  else
    echo "SKIP: meson: not installed (Debian packages meson, ninja-build)"
  fi
fi

# ccache_check ID NAME CC PLUGIN-FILE [EXTRA-FILE]: compile words.c
# through ccache with the compiler command CC, extra_files_to_hash set to
# EXTRA-FILE if given; the second compile must hit, and after
# PLUGIN-FILE changes, or the plugin arguments do, it must miss.
ccache_check () {
  local id=$1 name=$2 cc=$3 so=$4 extra=${5:-} log=$work/$1.log
  export CCACHE_DIR=$work/ccache-$id
  rm -rf "$CCACHE_DIR"
  if [ -n "$extra" ]; then export CCACHE_EXTRAFILES=$extra; else unset CCACHE_EXTRAFILES; fi
  cd "$work/cc"
  # hits: the cache hits so far.
  hits () { ccache --print-stats | awk '$1 ~ /^(direct|preprocessed)_cache_hit$/ { n += $2 } END { print n + 0 }'; }
  comp () { $cc -O2 -fplugin-arg-escape-remarks "$@" -c words.c -o words.o >> "$log" 2>&1; }
  : > "$log"
  local ok=1 h0 h1 h2 h3
  comp && h0=$(hits) && comp && h1=$(hits) \
    && printf '\n' >> "$so" && comp && h2=$(hits) \
    && comp -fplugin-arg-escape-max-object-size=32 && h3=$(hits) \
    && echo "hits: $h0 $h1 $h2 $h3" >> "$log" \
    && [ "$h0" -eq 0 ] && [ "$h1" -eq 1 ] && [ "$h2" -eq 1 ] && [ "$h3" -eq 1 ] \
    && ok=0
  unset CCACHE_DIR CCACHE_EXTRAFILES
  result "$name" $ok "$log"
}
if want ccache-path || want ccache-short || want ccache-driver; then
  if command -v ccache > /dev/null; then
    copy cc
    mkdir -p "$work/pdir"
    cp "$ESCAPE_PLUGIN" "$work/pdir/escape.so"
    want ccache-path && ccache_check path "ccache-path: ccache gcc -fplugin=/path/escape.so" \
      "ccache gcc -fplugin=$work/pdir/escape.so" "$work/pdir/escape.so"
    if want ccache-short; then
      cp "$ESCAPE_PLUGIN" "$work/pdir/escape.so"
      ccache_check short "ccache-short: ccache gcc -fplugin=escape, extra_files_to_hash" \
        "ccache gcc -iplugindir=$work/pdir -fplugin=escape" "$work/pdir/escape.so" "$work/pdir/escape.so"
    fi
    if want ccache-driver; then
      cp "$dest$pdir/escape.so" "$work/escape.so.orig"
      ccache_check driver "ccache-driver: ccache escape-gcc, extra_files_to_hash" \
        "ccache escape-gcc" "$ESCAPE_PLUGIN" "$ESCAPE_PLUGIN"
      cp "$work/escape.so.orig" "$ESCAPE_PLUGIN"
    fi
  else
    echo "SKIP: ccache: not installed (Debian package ccache)"
  fi
fi

if want distcc; then
  if ! command -v distccd > /dev/null; then
    echo "SKIP: distcc: not installed (Debian package distcc)"
  elif [ ! -e /usr/lib/distcc/escape-gcc ] && [ ! -w /usr/lib/distcc ]; then
    echo "SKIP: distcc: /usr/lib/distcc/escape-gcc (distccd's whitelist) is missing and cannot be made here (not root)"
  else
    log=$work/distcc.log
    # distccd runs only the compilers masqueraded in /usr/lib/distcc (the
    # Debian package installs this link).
    if [ ! -e /usr/lib/distcc/escape-gcc ]; then
      masq=/usr/lib/distcc/escape-gcc
      ln -s ../../bin/distcc "$masq"
    fi
    port=$(python3 -c 'import socket; s = socket.socket (); s.bind (("127.0.0.1", 0)); print (s.getsockname ()[1])')
    touch "$work/distccd.log" && chmod 666 "$work/distccd.log"
    DISTCCD_PATH=$bindir:/usr/bin:/bin ESCAPE_PLUGIN=$ESCAPE_PLUGIN \
      distccd --daemon --no-detach --listen 127.0.0.1 --port "$port" --allow 127.0.0.1 \
        --jobs 2 --log-file "$work/distccd.log" --log-level info &
    distccd_pid=$!
    for i in 1 2 3 4 5 6 7 8 9 10; do
      (echo > /dev/tcp/127.0.0.1/"$port") 2>/dev/null && break
      sleep 0.5
    done
    copy dl
    make -f plain.mk CC=escape-gcc CFLAGS="-O2 -fplugin-arg-escape-remarks" wordsum.o words.o > /dev/null 2>&1
    mkdir local && mv wordsum.o words.o local/
    DISTCC_HOSTS=127.0.0.1:$port DISTCC_FALLBACK=0 DISTCC_SKIP_LOCAL_RETRY=1 DISTCC_VERBOSE=1 \
      make -f plain.mk CC="distcc escape-gcc" CFLAGS="-O2 -fplugin-arg-escape-remarks" > build.log 2>&1
    st=$?
    kill "$distccd_pid" 2>/dev/null; wait "$distccd_pid" 2>/dev/null; distccd_pid=
    cat build.log "$work/distccd.log" > "$log"
    [ $st -eq 0 ] && grep -qE "$remark" build.log \
      && [ "$(grep -c 'COMPILE_OK.*escape-gcc' "$work/distccd.log")" -eq 2 ] \
      && ! grep -q "fplugin=" build.log \
      && cmp words.o local/words.o && cmp wordsum.o local/wordsum.o && ./wordsum abc > /dev/null
    result "distcc: CC=\"distcc escape-gcc\", compiled by distccd on 127.0.0.1" $? "$log"
    if [ -n "$masq" ]; then rm -f "$masq"; masq=; fi
  fi
fi

if want dejagnu-user; then
  if command -v runtest > /dev/null; then
    dj=$(dirname "$(find "$dest" -name escape-user.exp)")
    rm -rf "$work/ut" && cp -r "$top/examples/user-tests" "$work/ut" && cd "$work/ut"
    make check ESCAPE_DEJAGNU="$dj" ESCAPE_PLUGIN="$ESCAPE_PLUGIN" > check.log 2>&1 \
      && grep -q "^PASS: checks.dg/scratch-buffer.c -O2 .*valgrind-run" checks.sum \
      && ! grep -qE "^(FAIL|UNRESOLVED|ERROR)" checks.sum
    result "dejagnu-user: make check of examples/user-tests, installed library" $? check.log
    # A wrong expectation must be reported as FAIL: the returned reply is
    # said to be promoted.
    sed -e "s|{ dg-message \"'r' .\* stays on the heap\" }|{ dg-message \"'r' .* promoted to the stack\" }|" \
      testsuite/checks.dg/scratch-buffer.c > testsuite/checks.dg/wrong.c
    ! make check ESCAPE_DEJAGNU="$dj" ESCAPE_PLUGIN="$ESCAPE_PLUGIN" RUNTESTFLAGS=dg.exp=wrong.c > check.log 2>&1 \
      && grep -q "^FAIL: checks.dg/wrong.c -O2  (test for warnings, line 32)" checks.sum
    result "dejagnu-user: a wrong expectation is reported as FAIL" $? checks.sum
  else
    echo "SKIP: dejagnu-user: runtest is missing (Debian package dejagnu)"
  fi
fi

echo "build-tools: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
