#!/bin/sh
# skew-cc.sh -- a compiler driver that miscompiles on purpose, for
# testing scripts/fuzz.sh: a build with -fplugin= gets skew.h included,
# whose constructor prints one more line, so its output differs from the
# build without the plugin.  The real compiler is $SKEW_CC (default gcc).
for a in "$@"; do
  case $a in
    -fplugin=*)
      exec "${SKEW_CC:-gcc}" -include "$(dirname "$0")/skew.h" "$@" ;;
  esac
done
exec "${SKEW_CC:-gcc}" "$@"
