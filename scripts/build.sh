#!/bin/bash
# build.sh -- configure and build escape in build/ (an out-of-tree build).
#
# Usage: scripts/build.sh [CONFIGURE-ARGS...]
# Regenerates the autotools files when configure is missing or older than
# configure.ac/Makefile.am, configures once, then runs make.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
if [ ! -x configure ] || [ configure.ac -nt configure ] || [ Makefile.am -nt Makefile.in ]; then
  autoreconf -fi >/dev/null 2>&1 || autoreconf -fi
fi
mkdir -p build
cd build
if [ ! -f Makefile ] || [ ../configure -nt config.status ]; then
  ../configure --quiet "$@"
fi
make -s -j"$(nproc)"
echo "build: $top/build/escape.so"
