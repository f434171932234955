#!/bin/bash
# install-deps.sh -- install the Debian packages escape needs, if missing.
#
# Usage: scripts/install-deps.sh [--gates] [--bench]
#   (no option)  build and test: gcc-12, g++-12, gcc-12-plugin-dev,
#                libgmp-dev, make, autoconf, automake, libtool, dejagnu,
#                valgrind (some tests run their program under it)
#   --gates      also what the correctness gates use: gcc-12-source
#                (GCC's torture suite) and valgrind
#   --bench      also what the benchmarks use: valgrind, libmimalloc2.0,
#                libjemalloc2
# Runs apt-get as root, or through sudo; does nothing when all is there.
set -euo pipefail

pkgs="gcc-12 g++-12 gcc-12-plugin-dev libgmp-dev make autoconf automake libtool dejagnu gzip valgrind"
for arg in "$@"; do
  case "$arg" in
    --gates) pkgs="$pkgs gcc-12-source valgrind" ;;
    --bench) pkgs="$pkgs valgrind libmimalloc2.0 libjemalloc2" ;;
    *) echo "usage: $0 [--gates] [--bench]" >&2; exit 2 ;;
  esac
done

missing=
for p in $pkgs; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  sudo=
elif command -v sudo >/dev/null; then
  sudo=sudo
else
  echo "install-deps: missing Debian packages:$missing; install them as root" >&2
  exit 1
fi
echo "install-deps: installing$missing"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
