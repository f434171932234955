#!/bin/bash
# test-attributes-header.sh -- the installed public header
# escape-attributes.h: code using its macros compiles warning-free
# (-Wall -Wextra -Werror) with gcc without the plugin, with the plugin
# (where its escape_require_stack check passes and escape_keep_heap keeps
# a site on the heap), and with clang when it is installed.
#
# Usage: scripts/test-attributes-header.sh INCLUDEDIR PLUGINDIR
#   INCLUDEDIR holds the installed escape-attributes.h, PLUGINDIR the
#   installed escape.so (as make install DESTDIR=... put them).
# Prints what failed; exits 1 if anything did.
set -uo pipefail
inc=$1
pdir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/annotated.c" <<'SRC'
#include <escape-attributes.h>
#include <stdlib.h>
#include <string.h>

void look (ESCAPE_NOESCAPE const char *);

ESCAPE_REQUIRE_STACK int
required (int i)
{
  char *p = malloc (8);
  if (!p)
    return -1;
  memset (p, i, 8);
  look (p);
  int r = p[i & 7];
  free (p);
  return r;
}

int
kept (int i)
{
  char *q ESCAPE_KEEP_HEAP = malloc (8);
  if (!q)
    return -1;
  memset (q, i, 8);
  look (q);
  int r = q[i & 7];
  free (q);
  return r;
}
SRC
status=0
flags="-O2 -Wall -Wextra -Werror -I$inc -c -o /dev/null"
if ! gcc $flags "$work/annotated.c" > "$work/out" 2>&1; then
  echo "FAIL: escape-attributes.h: gcc without the plugin:"; cat "$work/out"; status=1
fi
if ! gcc $flags -iplugindir="$pdir" -fplugin=escape -fplugin-arg-escape-remarks \
     "$work/annotated.c" > "$work/out" 2>&1 \
   || ! grep -q "'p' (8 bytes, malloc) promoted to the stack" "$work/out" \
   || ! grep -q "'q' (8 bytes, malloc) stays on the heap: 'q' is marked escape_keep_heap" "$work/out"; then
  echo "FAIL: escape-attributes.h: gcc with the plugin:"; cat "$work/out"; status=1
fi
if command -v clang > /dev/null; then
  if ! clang $flags "$work/annotated.c" > "$work/out" 2>&1; then
    echo "FAIL: escape-attributes.h: clang:"; cat "$work/out"; status=1
  fi
else
  echo "SKIP: escape-attributes.h: clang is not installed"
fi
exit $status
