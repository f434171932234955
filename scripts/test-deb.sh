#!/bin/bash
# test-deb.sh -- the Debian package (issue 12): build it, install it,
# use it, remove it.
#
# Usage: scripts/test-deb.sh   (as root, or with sudo for dpkg)
# Copies the working tree (tracked and new files, not build/) to a
# scratch directory, runs dpkg-buildpackage -us -uc -b there (the
# plugin's build once; no test suite inside), then checks the .deb:
# Depends on exactly this gcc-12; dpkg -i puts the plugin in gcc-12's
# plugin directory, escape-gcc, escape-prof and its library, the DejaGnu
# library and the distcc masquerade link in place; -fplugin=escape and
# escape-gcc promote; examples/user-tests' make check passes with its
# defaults (the installed library and plugin); dpkg -r removes it all.
# Prints PASS/FAIL/SKIP per check and "deb: N passed, N failed".
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
pass=0 fail=0
result () {
  if [ "$2" = 0 ]; then
    echo "PASS: $1"; pass=$((pass + 1))
  else
    echo "FAIL: $1"; [ -f "${3:-}" ] && sed 's/^/    /' "$3" | tail -20
    fail=$((fail + 1))
  fi
}
finish () { echo "deb: $pass passed, $fail failed"; [ "$fail" -eq 0 ]; exit; }

if [ "$(id -u)" -eq 0 ]; then sudo=; elif command -v sudo > /dev/null; then sudo=sudo; else
  echo "SKIP: deb: dpkg -i needs root or sudo"; finish; fi
for t in dpkg-buildpackage dh; do
  if ! command -v $t > /dev/null; then
    echo "SKIP: deb: $t is missing (Debian packages dpkg-dev, debhelper)"; finish
  fi
done
pdir=$(gcc-12 -print-file-name=plugin)
if dpkg -s escape > /dev/null 2>&1; then
  echo "SKIP: deb: the package escape is installed already; not replacing it"; finish
fi
if [ -e "$pdir/escape.so" ]; then
  echo "SKIP: deb: $pdir/escape.so exists (make install?); not overwriting it"; finish
fi

work=$(mktemp -d /tmp/escape-deb.XXXXXX)
installed=
cleanup () {
  [ -n "$installed" ] && $sudo dpkg -r escape > /dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
mkdir "$work/escape-0.1"
(cd "$top" && git ls-files -co --exclude-standard -z | grep -zv '^build/' \
   | tar --null -T - -cf -) | tar -x -C "$work/escape-0.1"
log=$work/build.log
(cd "$work/escape-0.1" && DEB_BUILD_OPTIONS=nocheck dpkg-buildpackage -us -uc -b) > "$log" 2>&1
deb=$(ls "$work"/escape_*.deb 2>/dev/null | head -1)
[ -n "$deb" ]
result "dpkg-buildpackage -us -uc -b" $? "$log"
[ -n "$deb" ] || finish

gccver=$(dpkg-query -W -f='${Version}' gcc-12)
dpkg-deb -f "$deb" Depends | grep -qF "gcc-12 (= $gccver)"
result "Depends: gcc-12 (= $gccver)" $?

files="$pdir/escape.so /usr/bin/escape-gcc /usr/bin/escape-prof /usr/lib/escape/libescape-prof.so /usr/share/escape/dejagnu/escape-user.exp /usr/lib/distcc/escape-gcc /usr/include/escape-attributes.h"
$sudo dpkg -i "$deb" > "$log" 2>&1 && installed=1
missing=
for f in $files; do [ -e "$f" ] || [ -L "$f" ] || missing="$missing $f"; done
echo "missing:$missing" >> "$log"
[ -n "$installed" ] && [ -z "$missing" ] && [ "$(readlink -f /usr/lib/distcc/escape-gcc)" = /usr/bin/distcc ]
result "dpkg -i: the plugin, escape-gcc, escape-prof and its library, the DejaGnu library, the distcc link, the header" $? "$log"
[ -n "$installed" ] || finish

src='int f (int i) { char *p = __builtin_malloc (8); if (!p) return -1; p[0] = i; int r = p[i & 7]; __builtin_free (p); return r; }'
echo "$src" | gcc-12 -O2 -fplugin=escape -fplugin-arg-escape-remarks -x c -c -o /dev/null - 2>&1 | grep -q "promoted to the stack" \
  && echo "$src" | escape-gcc -O2 -fplugin-arg-escape-remarks -x c -c -o /dev/null - 2>&1 | grep -q "promoted to the stack"
result "installed: gcc-12 -fplugin=escape and escape-gcc promote" $?

if command -v runtest > /dev/null; then
  rm -rf "$work/ut" && cp -r "$top/examples/user-tests" "$work/ut"
  make -C "$work/ut" check > "$work/ut.log" 2>&1 && grep -q '^# of expected passes' "$work/ut/checks.sum" \
    && ! grep -qE '^(FAIL|UNRESOLVED|ERROR)' "$work/ut/checks.sum"
  result "installed: examples/user-tests make check with its defaults" $? "$work/ut.log"
else
  echo "SKIP: installed: examples/user-tests: runtest is missing (Debian package dejagnu)"
fi

$sudo dpkg -r escape > "$log" 2>&1 && installed=
left=
for f in $files /usr/share/escape /usr/lib/escape; do [ -e "$f" ] || [ -L "$f" ] && left="$left $f"; done
echo "left:$left" >> "$log"
[ -z "$installed" ] && [ -z "$left" ]
result "dpkg -r: every file gone" $? "$log"
finish
