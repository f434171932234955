#!/bin/bash
# install-deps.sh -- install the Debian packages escape needs, if missing.
#
# Usage: scripts/install-deps.sh [--gates] [--bench] [--bench-real]
#   (no option)  build and test: gcc-12, g++-12, gcc-12-plugin-dev,
#                libgmp-dev, make, autoconf, automake, libtool, dejagnu,
#                valgrind (some tests run their program under it),
#                python3 (escape-report), and, wanted but not required,
#                chromium (escape-report's HTML page is tested in it
#                headless) and on amd64 gcc-12-multilib (the -m32 and
#                -mx32 tests; they are UNSUPPORTED where they cannot be
#                installed); wanted too, for the build-tool and package
#                tests (scripts/test-build-tools.sh, scripts/test-deb.sh,
#                which skip and say so without them): ccache, distcc,
#                cmake, meson, ninja-build, dpkg-dev, debhelper
#   --gates      also what the correctness gates use: gcc-12-source
#                (GCC's torture suite) and valgrind
#   --bench      also what the benchmarks use: valgrind, libmimalloc2.0,
#                libjemalloc2
#   --bench-real also what bench/real/run.sh uses: hyperfine, valgrind,
#                dpkg-dev (dpkg-source) and the build dependencies of its
#                Debian source packages (bison, flex, ed, texinfo,
#                libreadline-dev, libonig-dev, autoconf, automake, libtool)
# Runs apt-get as root, or through sudo; does nothing when all is there.
set -euo pipefail

pkgs="gcc-12 g++-12 gcc-12-plugin-dev libgmp-dev make autoconf automake libtool dejagnu gzip valgrind python3"
# Wanted but not required: without them the -m32/-mx32 tests, the
# headless-browser test of escape-report's HTML and the build-tool and
# package tests are skipped.
optional="chromium ccache distcc cmake meson ninja-build dpkg-dev debhelper"
case "$(dpkg --print-architecture 2>/dev/null)" in
  amd64) optional="$optional gcc-12-multilib" ;;
esac
for arg in "$@"; do
  case "$arg" in
    --gates) pkgs="$pkgs gcc-12-source valgrind" ;;
    --bench) pkgs="$pkgs valgrind libmimalloc2.0 libjemalloc2" ;;
    --bench-real) pkgs="$pkgs hyperfine valgrind dpkg-dev bison flex ed texinfo libreadline-dev libonig-dev" ;;
    *) echo "usage: $0 [--gates] [--bench] [--bench-real]" >&2; exit 2 ;;
  esac
done

missing= missing_opt=
for p in $pkgs; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
for p in $optional; do
  dpkg -s "$p" >/dev/null 2>&1 || missing_opt="$missing_opt $p"
done
[ -z "$missing$missing_opt" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  sudo=
elif command -v sudo >/dev/null; then
  sudo=sudo
else
  if [ -z "$missing" ]; then
    echo "install-deps: not installed:$missing_opt (their tests will be UNSUPPORTED or SKIPped)" >&2
    exit 0
  fi
  echo "install-deps: missing Debian packages:$missing; install them as root" >&2
  exit 1
fi
echo "install-deps: installing$missing$missing_opt"
$sudo apt-get update -qq
if [ -n "$missing" ]; then
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
fi
if [ -n "$missing_opt" ] \
   && ! DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing_opt >/dev/null; then
  echo "install-deps: could not install$missing_opt (their tests will be UNSUPPORTED or SKIPped)" >&2
fi
