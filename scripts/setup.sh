#!/bin/bash
# setup.sh -- from a fresh clone to the plugin at work, in one command.
#
# Installs the Debian packages that are missing, builds the plugin in
# build/, and shows its main job on examples/demo.c: the remarks, the
# calls to malloc before and after, and the program's output with and
# without the plugin.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/scripts/install-deps.sh"
"$top/scripts/build.sh"
make -s -C "$top/build" demo
