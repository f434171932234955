#!/usr/bin/env bash
# torture.sh -- regression gate: GCC's execution torture suite, run by
# GCC's own DejaGnu harness, with and without the "escape" plugin.
#
# PURPOSE
#   Runs gcc.c-torture/execute (top level, builtins/ and ieee/; about
#   1,700 programs of the GCC 12.2 sources) with GCC's own execute.exp,
#   builtins.exp and ieee.exp against the installed compiler, twice: once
#   as a BASELINE (plain gcc) and once with the plugin loaded.  Each side
#   is a DejaGnu board file whose cflags differ only by the plugin flags
#   (-fplugin=escape.so -fplugin-arg-escape-remarks plus --plugin-args);
#   the test names in the .sum files do not carry the board flags, so
#   GCC's contrib/compare_tests compares the two .sum files directly.  A
#   REGRESSION is a result that passes in the baseline and does not with
#   the plugin (compile error, ICE, wrong output, crash, timeout, or a
#   test that disappeared).  Per-test options, skips, effective targets
#   and .x files are GCC's harness's business, not ours.
#
# USAGE
#   scripts/torture.sh [options]
#
# OPTIONS
#   --plugin PATH|none   plugin to test; "none" compares the baseline against
#                        itself (a harness self-check: must give 0 regressions).
#                        Default: ./escape.so or ./build/escape.so of the
#                        repository, whichever exists.
#   --plugin-args "ARGS" extra flags of the plugin build, e.g.
#                        "-fplugin-arg-escape-max-object-size=65536"
#   --levels "L1 L2 ..." optimisation levels, GCC's TORTURE_OPTIONS (default
#                        "-O1 -O2 -O3 -Os"); a level may hold several flags
#                        joined by commas, e.g. "-O3,-funroll-loops"
#   --jobs N             runtest processes in all (default: nproc); the two
#                        sides run side by side, each split over N/2 (at
#                        least one) processes with GCC_RUNTEST_PARALLELIZE_DIR;
#                        with a cached baseline all N run the plugin side
#   --cache DIR          where the testsuite is extracted and the baseline
#                        .sum is kept (default $PWD/torture-cache); the
#                        baseline is reused while the compiler, levels,
#                        sample and harness are the same
#   --out DIR            results (default $PWD/torture-out)
#   --sample K/M         only every M-th test starting at index K (0 <= K < M)
#   --cc GCC             compiler driver (default gcc)
#   --no-cache           always run the baseline (do not reuse a cached one)
#   -h, --help           this text
#   Environment: GCC_SOURCE_TARBALL overrides the tarball
#   (default /usr/src/gcc-12/gcc-12.2.0-dfsg.tar.xz, Debian gcc-12-source).
#
# OUTPUT
#   stdout: one line per regression (from compare_tests' report)
#     REGRESSION: <test name as in the .sum> (<RESULT>|missing with the plugin)
#   then a summary (results, promotions per level, declines by reason tag)
#   ending with exactly one line
#     torture: N passed, N failed
#   counting DejaGnu results of the plugin run: failed = regressions (and
#   harness errors), passed = the other results that ran (PASS, XFAIL, or a
#   baseline failure the plugin build shares).
#   OUT/ holds base.sum, base.log, plugin.sum, plugin.log (merged by GCC's
#   contrib/dg-extract-results.sh), compare.txt (compare_tests' report),
#   regressions.txt and summary.txt.  Promotions and declines are counted
#   from the plugin's remarks in plugin.log; a decline's reason is given by
#   its stable tag, found by matching the remark against the phrases of
#   include/escape-reasons.def.
#
# EXIT STATUS
#   0 no regression, 1 at least one regression, 2 usage or harness error.

set -euo pipefail
export LC_ALL=C

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$SCRIPT_DIR/.." && pwd)
TARBALL=${GCC_SOURCE_TARBALL:-/usr/src/gcc-12/gcc-12.2.0-dfsg.tar.xz}
REASONS_DEF="$REPO_DIR/include/escape-reasons.def"
# Bump when what is extracted or how a side runs changes: it keys the
# extraction marker and the baseline cache.
HARNESS_VERSION=1

opt_plugin=""
opt_plugin_args=""
opt_levels="-O1 -O2 -O3 -Os"
opt_jobs=$(nproc 2>/dev/null || echo 1)
opt_cache="$PWD/torture-cache"
opt_out="$PWD/torture-out"
opt_sample=""
opt_cc=gcc
opt_use_cache=1

# Flags of BOTH sides (the plugin side only adds the plugin flags).
COMMON_FLAGS="-fchecking=2"

# die MSG...: print an error and exit with status 2.
die() {
  echo "torture: error: $*" >&2
  exit 2
}

# usage: print the header comment of this file.
usage() {
  sed -n '2,/^$/{s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"
}

# parse_args ARGS...: fill the opt_* variables from the command line.
parse_args() {
  while (($#)); do
    case $1 in
      --plugin|--plugin-args|--levels|--jobs|--cache|--out|--sample|--cc)
        (($# >= 2)) || die "$1 needs an argument" ;;
    esac
    case $1 in
      --plugin) opt_plugin=$2; shift ;;
      --plugin-args) opt_plugin_args=$2; shift ;;
      --levels) opt_levels=$2; shift ;;
      --jobs) opt_jobs=$2; shift ;;
      --cache) opt_cache=$2; shift ;;
      --out) opt_out=$2; shift ;;
      --sample) opt_sample=$2; shift ;;
      --cc) opt_cc=$2; shift ;;
      --no-cache) opt_use_cache=0 ;;
      -h|--help) usage; exit 0 ;;
      *) die "unknown option '$1' (see --help)" ;;
    esac
    shift
  done
  [[ $opt_jobs =~ ^[1-9][0-9]*$ ]] || die "--jobs wants a positive number"
  if [[ -n $opt_sample ]]; then
    [[ $opt_sample =~ ^([0-9]+)/([1-9][0-9]*)$ ]] ||
      die "--sample wants K/M, e.g. 0/10"
    SAMPLE_K=$((10#${BASH_REMATCH[1]})) SAMPLE_M=$((10#${BASH_REMATCH[2]}))
    ((SAMPLE_K < SAMPLE_M)) || die "--sample K/M needs K < M"
  fi
  read -r -a LEVELS <<<"$opt_levels"
  ((${#LEVELS[@]})) || die "--levels is empty"
  opt_cc=$(command -v "$opt_cc") || die "compiler '$opt_cc' not found"
  command -v runtest >/dev/null ||
    die "runtest not found: install the Debian package dejagnu"
}

# resolve_plugin: set PLUGIN_FLAGS (a string) and PLUGIN_DESC from --plugin
# and --plugin-args; with "none" both sides are baselines.
resolve_plugin() {
  local p=$opt_plugin
  if [[ -z $p ]]; then
    for p in "$REPO_DIR/escape.so" "$REPO_DIR/build/escape.so" ""; do
      [[ -z $p || -f $p ]] && break
    done
    [[ -n $p ]] || die "no escape.so found; build it or pass --plugin PATH|none"
  fi
  PLUGIN_FLAGS=""
  if [[ $p == none ]]; then
    PLUGIN_DESC="none (baseline vs baseline)"
    [[ -z $opt_plugin_args ]] ||
      echo "torture: note: --plugin-args ignored with --plugin none" >&2
    return
  fi
  [[ -f $p ]] || die "plugin '$p' does not exist"
  # GCC names a plugin after its file: -fplugin-arg-escape-* needs escape.so.
  [[ $(basename "$p") == escape.so ]] ||
    die "plugin file must be called escape.so (GCC derives the plugin name" \
      "from the file name), got '$p'"
  p=$(realpath "$p")
  PLUGIN_FLAGS="-fplugin=$p -fplugin-arg-escape-remarks${opt_plugin_args:+ $opt_plugin_args}"
  PLUGIN_DESC=$PLUGIN_FLAGS
}

# ensure_suite: extract from the tarball (installing gcc-12-source when it
# is missing and we are root) what GCC's harness needs: the torture tests,
# testsuite/lib and config, gcc.dg/builtins-config.h (included by the
# builtins tests) and contrib's compare_tests and dg-extract-results.
# Sets SRC (the extracted top directory) and SUITE.
ensure_suite() {
  local top marker tmp
  mkdir -p "$opt_cache"
  opt_cache=$(cd "$opt_cache" && pwd)
  top=$(basename "$TARBALL"); top=${top%.tar.*}; top=${top%-dfsg}
  SRC="$opt_cache/$top"
  SUITE="$SRC/gcc/testsuite/gcc.c-torture/execute"
  marker="$opt_cache/.extracted-$top-harness$HARNESS_VERSION"
  if [[ -f $marker && -f $SUITE/execute.exp ]]; then
    return
  fi
  if [[ ! -f $TARBALL ]]; then
    if ((EUID == 0)); then
      echo "torture: $TARBALL missing; installing gcc-12-source" >&2
      DEBIAN_FRONTEND=noninteractive apt-get install -y gcc-12-source >&2 || {
        apt-get update >&2 &&
          DEBIAN_FRONTEND=noninteractive apt-get install -y gcc-12-source >&2
      } || die "apt-get install gcc-12-source failed"
    fi
    [[ -f $TARBALL ]] || die "$TARBALL not found: install the Debian package" \
      "gcc-12-source (as root: apt-get install gcc-12-source) or set" \
      "GCC_SOURCE_TARBALL"
  fi
  tmp=$(mktemp -d "$opt_cache/.extract.XXXXXX")
  echo "torture: extracting GCC's torture suite and harness from $TARBALL" \
    "into $opt_cache" >&2
  tar -xf "$TARBALL" -C "$tmp" \
      "$top/gcc/testsuite/gcc.c-torture/execute" "$top/gcc/testsuite/lib" \
      "$top/gcc/testsuite/config" "$top/gcc/testsuite/gcc.dg/builtins-config.h" \
      "$top/contrib/compare_tests" "$top/contrib/dg-extract-results.sh" \
      "$top/contrib/dg-extract-results.py" ||
    { rm -rf "$tmp"; die "extracting from $TARBALL failed"; }
  rm -rf "${SRC:?}"
  mv "$tmp/$top" "$SRC"
  rmdir "$tmp"
  echo "$TARBALL" >"$marker"
  [[ -f $SUITE/execute.exp ]] || die "extraction gave no $SUITE/execute.exp"
}

# select_tests: set RUNTEST_ARGS to the .exp files to run, restricted to
# every M-th test from K (in GCC's order) under --sample; sets NSEL/NTOTAL.
select_tests() {
  local -a all=() ex=() bi=() ie=()
  local f i=0
  mapfile -t all < <(
    cd "$SUITE" &&
    find . -maxdepth 1 -type f -name '*.[cS]' | sed 's|^\./||' | sort &&
    find builtins -maxdepth 1 -type f -name '*.c' ! -name '*-lib.c' | sort &&
    find ieee -maxdepth 1 -type f -name '*.c' | sort)
  NTOTAL=${#all[@]}
  if [[ -z $opt_sample ]]; then
    NSEL=$NTOTAL
    RUNTEST_ARGS=(execute.exp builtins.exp ieee.exp)
    return
  fi
  for f in "${all[@]}"; do
    if ((i % SAMPLE_M == SAMPLE_K)); then
      case $f in
        builtins/*) bi+=("$f") ;;
        ieee/*) ie+=("$f") ;;
        *) ex+=("$f") ;;
      esac
    fi
    ((++i))
  done
  NSEL=$((${#ex[@]} + ${#bi[@]} + ${#ie[@]}))
  RUNTEST_ARGS=()
  # runtest_file_p matches "*/PATTERN" against the test's path.
  ((${#ex[@]})) && RUNTEST_ARGS+=("execute.exp=${ex[*]}")
  ((${#bi[@]})) && RUNTEST_ARGS+=("builtins.exp=${bi[*]}")
  ((${#ie[@]})) && RUNTEST_ARGS+=("ieee.exp=${ie[*]}")
  return 0
}

# torture_options: print the levels as a Tcl list for TORTURE_OPTIONS.
torture_options() {
  local l out=""
  for l in "${LEVELS[@]}"; do
    out+=" { ${l//,/ } }"
  done
  printf '[list%s ]' "$out"
}

# write_side DIR BOARD CFLAGS: write the site.exp and board file of one
# side of the run into DIR.
write_side() {
  local dir=$1 board=$2 cflags=$3
  mkdir -p "$dir/boards" "$dir/tmp"
  cat >"$dir/site.exp" <<EOF
# Written by scripts/torture.sh: GCC's torture suite on the installed gcc.
set srcdir "$SRC/gcc/testsuite"
set tool gcc
set GCC_UNDER_TEST "$opt_cc"
set TORTURE_OPTIONS $(torture_options)
lappend boards_dir "$dir/boards"
# Our own, not /tmp: builtins.exp and ieee.exp put their programs there,
# and the other side (or another user) runs the same tests.
set tmpdir "$dir/tmp"
EOF
  cat >"$dir/boards/$board.exp" <<EOF
# Written by scripts/torture.sh: the native unix board plus our flags.
load_base_board_description "unix"
unset_board_info isremote
set_board_info isremote 0
set_board_info cflags "$cflags"
EOF
}

# run_side NAME BOARD CFLAGS NPROC: run GCC's harness for one side in
# OUT/NAME with NPROC runtest processes sharing the tests through
# GCC_RUNTEST_PARALLELIZE_DIR, then merge their results into OUT/NAME.sum
# and OUT/NAME.log.  Runs in the background of the caller.
run_side() {
  local name=$1 board=$2 cflags=$3 nproc=$4 i d
  local base="$OUT/$name"
  local -a pids=()
  rm -rf "$base"
  mkdir -p "$base/par"
  for ((i = 1; i <= nproc; i++)); do
    d="$base/p$i"
    write_side "$d" "$board" "$cflags"
    (cd "$d" && GCC_RUNTEST_PARALLELIZE_DIR="$base/par" \
       runtest --tool gcc --target_board="$board" "${RUNTEST_ARGS[@]}" \
         >runtest.out 2>&1) &
    pids+=($!)
  done
  # Only our own runtest processes: the caller may run the other side.
  wait "${pids[@]}" || true
  local -a sums=() logs=()
  for ((i = 1; i <= nproc; i++)); do
    d="$base/p$i"
    [[ -f $d/gcc.sum ]] || { echo "torture: $name/p$i produced no gcc.sum" \
                               "(see $d/runtest.out)" >&2; continue; }
    sums+=("$d/gcc.sum") logs+=("$d/gcc.log")
  done
  ((${#sums[@]})) || return 1
  if ((${#sums[@]} == 1)); then
    cp "${sums[0]}" "$OUT/$name.sum"
    cp "${logs[0]}" "$OUT/$name.log"
  else
    sh "$SRC/contrib/dg-extract-results.sh" "${sums[@]}" >"$OUT/$name.sum"
    sh "$SRC/contrib/dg-extract-results.sh" -L "${logs[@]}" >"$OUT/$name.log"
  fi
}

# baseline_key: print the key of the cached baseline: the compiler (its
# version output and binary), the levels, the sample and this harness.
baseline_key() {
  {
    "$opt_cc" -v 2>&1
    sha1sum "$opt_cc" "$("$opt_cc" -print-prog-name=cc1)" 2>/dev/null
    echo "$opt_levels|$opt_sample|$COMMON_FLAGS|$TARBALL|$HARNESS_VERSION"
  } | sha1sum | cut -c1-16
}

# compare: run contrib/compare_tests on the two .sum files (their "Running
# target" lines renamed alike) into OUT/compare.txt, and write the
# regressions to OUT/regressions.txt.
compare() {
  sed 's/^Running target .*/Running target torture/' "$OUT/base.sum" \
    >"$OUT/base.cmp.sum"
  sed 's/^Running target .*/Running target torture/' "$OUT/plugin.sum" \
    >"$OUT/plugin.cmp.sum"
  (cd "$OUT" && sh "$SRC/contrib/compare_tests" base.cmp.sum plugin.cmp.sum) \
    >"$OUT/compare.txt" 2>&1 || true
  # The sections of compare_tests that are regressions: a result that
  # passed and no longer does, or that disappeared.  Its entries read
  # "TARGET: NAME"; each is written with what the plugin run says of it.
  awk -v psum="$OUT/plugin.sum" '
    BEGIN {
      while ((getline l < psum) > 0)
        if (match(l, /^[A-Z]+: /)) {
          k = substr(l, RLENGTH + 1); sub(/ +$/, "", k)
          now[k] = substr(l, 1, RLENGTH - 2)
        }
    }
    /^torture: / {
      if (bad) {
        name = substr($0, 10); sub(/ +$/, "", name)
        print name " (" ((name in now) ? now[name] : "missing") " with the plugin)"
      }
      next
    }
    NF { bad = ($0 ~ /now fail|disappeared|New tests that FAIL/) }
  ' "$OUT/compare.txt" | sort -u >"$OUT/regressions.txt"
}

# count_remarks: from plugin.log, print "LEVEL<TAB>P" for every promotion
# and "LEVEL<TAB>D<TAB>TAG" for every decline, attributing the remarks of
# a compilation to the torture option of the result that follows them.
# The tag of a decline is that of the escape-reasons.def phrase (its %X
# placeholders as wildcards) that matches the longest part of the remark.
count_remarks() {
  awk -v def="$REASONS_DEF" '
    BEGIN {
      # Read DEF_ESCAPE_REASON (ID, "tag", "text") entries.
      RS = "\001"
      if ((getline all < def) > 0) {
        while (match(all, /DEF_ESCAPE_REASON \([A-Z_]+, "[^"]*",[ \t\n]*"[^"]*"\)/)) {
          e = substr(all, RSTART, RLENGTH); all = substr(all, RSTART + RLENGTH)
          split(e, q, "\"")
          tag = q[2]; text = q[4]
          re = ""
          for (i = 1; i <= length(text); i++) {
            c = substr(text, i, 1)
            if (c == "%") { re = re ".*"; i++; continue }
            if (index("\\^$.[]|()*+?{}", c)) re = re "\\" c
            else re = re c
          }
          ntag++; tags[ntag] = tag; res[ntag] = "^" re; lens[ntag] = length(text)
        }
      }
      RS = "\n"
    }
    /note: escape: / {
      line = $0
      gsub(/\342\200[\230\231]/, "\047", line)  # UTF-8 quotes
      if (line ~ /promoted to the stack/) { pend[++np] = "P"; next }
      if (sub(/.*stays on the heap: /, "", line)) {
        best = "unknown"; bl = -1
        for (i = 1; i <= ntag; i++)
          if (line ~ res[i] && lens[i] > bl) { best = tags[i]; bl = lens[i] }
        pend[++np] = "D\t" best
      }
      next
    }
    # A result line closes the compilation: "PASS: name   OPTS  (test for
    # excess errors)" or "FAIL: ... compilation", etc.
    /^(PASS|FAIL|XPASS|XFAIL|UNRESOLVED|UNSUPPORTED): / && np {
      opts = $0
      sub(/^[A-Z]+: [^ ]+ +/, "", opts)
      sub(/ +\(test for excess errors\).*$| +(execution|compilation|link) .*$| +$/, "", opts)
      gsub(/ +/, " ", opts)
      for (i = 1; i <= np; i++) print opts "\t" pend[i]
      np = 0
    }
  ' "$OUT/plugin.log"
}

# summarize: print regressions and the summary (also OUT/summary.txt);
# sets REGRESSIONS.
summarize() {
  local elapsed=$(($(date +%s) - START)) ran
  count_remarks >"$OUT/remarks.tsv"
  REGRESSIONS=$(wc -l <"$OUT/regressions.txt")
  ran=$(grep -cE '^(PASS|FAIL|XPASS|XFAIL|UNRESOLVED):' "$OUT/plugin.sum" || true)
  {
    sed 's/^/REGRESSION: /' "$OUT/regressions.txt"
    echo "torture: plugin: $PLUGIN_DESC"
    echo "torture: tests: $NSEL selected of $NTOTAL, levels: ${#LEVELS[@]} ($opt_levels), jobs: $opt_jobs, elapsed: ${elapsed}s"
    echo "torture: baseline: $BASE_DESC"
    local k
    for k in base plugin; do
      printf 'torture: %s results:' "$k"
      awk -F: '{ n[$1]++ }
               END { k = split("PASS FAIL XPASS XFAIL UNRESOLVED UNSUPPORTED UNTESTED ERROR WARNING", r, " ")
                     for (i = 1; i <= k; i++) if (n[r[i]]) printf " %s %d", r[i], n[r[i]]
                     printf "\n" }' \
        "$OUT/$k.sum"
    done
    awk -F: '/^(FAIL|UNRESOLVED|XPASS|ERROR):/ { print "torture: baseline failure: " $0 }' \
      "$OUT/base.sum"
    # The ICE / wrong-code split: a regression's name says whether the
    # compilation ("test for excess errors", "compilation") or the run
    # failed; the log says whether the compiler crashed.
    local ice
    ice=$(grep -c 'internal compiler error' "$OUT/plugin.log" || true)
    ((ice == 0)) || echo "torture: internal compiler errors with the plugin: $ice (see plugin.log)"
    awk -F'\t' -v levels="$opt_levels" '
      $2 == "P" { prom[$1]++; ptot++ }
      $2 == "D" { dec[$3]++; dtot++ }
      END {
        printf "torture: promotions: %d total", ptot
        n = split(levels, lv, " ")
        for (i = 1; i <= n; i++) { l = lv[i]; gsub(/,/, " ", l); printf ", %s: %d", lv[i], prom[l] }
        printf "\n"
        printf "torture: declines: %d\n", dtot
        fflush()
        for (r in dec) printf "torture:   %6d  %s\n", dec[r], r | "sort -k2,2nr -k3"
        close("sort -k2,2nr -k3")
      }' "$OUT/remarks.tsv"
    ((HARNESS_ERRORS)) &&
      echo "torture: HARNESS ERRORS: $HARNESS_ERRORS (see $OUT/*/p*/runtest.out)"
    echo "torture: $((ran > REGRESSIONS ? ran - REGRESSIONS : 0)) passed, $((REGRESSIONS + HARNESS_ERRORS)) failed"
  } | tee "$OUT/summary.txt"
}

# main ARGS...: parse options, prepare the suite, run both sides, compare.
main() {
  START=$(date +%s)
  parse_args "$@"
  resolve_plugin
  ensure_suite
  mkdir -p "$opt_out"
  OUT=$(realpath "$opt_out")
  rm -rf "$OUT/base" "$OUT/plugin"
  rm -f "$OUT"/*.sum "$OUT"/*.log "$OUT/compare.txt" "$OUT/regressions.txt" \
    "$OUT/summary.txt" "$OUT/remarks.tsv"
  select_tests
  HARNESS_ERRORS=0
  local key cached nb np
  key=$(baseline_key)
  cached="$opt_cache/baseline-$key"
  # Both sides side by side; the plugin side gets the larger share.
  if ((opt_use_cache)) && [[ -f $cached.sum && -f $cached.log ]]; then
    BASE_DESC="cached ($cached.sum)"
    nb=0 np=$opt_jobs
  else
    BASE_DESC="run here"
    nb=$((opt_jobs / 2)); ((nb >= 1)) || nb=1
    np=$((opt_jobs - nb)); ((np >= 1)) || np=1
  fi
  echo "torture: running GCC's execute.exp, builtins.exp, ieee.exp: $NSEL tests × ${#LEVELS[@]} level(s); baseline: $BASE_DESC" >&2
  local pid_b=""
  if ((nb)); then
    run_side base torture-base "$COMMON_FLAGS" "$nb" &
    pid_b=$!
  fi
  run_side plugin torture-plugin "$COMMON_FLAGS${PLUGIN_FLAGS:+ $PLUGIN_FLAGS}" "$np" ||
    HARNESS_ERRORS=$((HARNESS_ERRORS + 1))
  if [[ -n $pid_b ]]; then
    wait "$pid_b" || HARNESS_ERRORS=$((HARNESS_ERRORS + 1))
    if ((opt_use_cache && HARNESS_ERRORS == 0)); then
      cp "$OUT/base.sum" "$cached.sum.tmp" && mv "$cached.sum.tmp" "$cached.sum"
      cp "$OUT/base.log" "$cached.log.tmp" && mv "$cached.log.tmp" "$cached.log"
    fi
  else
    cp "$cached.sum" "$OUT/base.sum"
    cp "$cached.log" "$OUT/base.log"
  fi
  [[ -f $OUT/base.sum && -f $OUT/plugin.sum ]] ||
    die "a side of the run produced no .sum (see $OUT/*/p*/runtest.out)"
  compare
  summarize
  if ((HARNESS_ERRORS)); then exit 2; fi
  if ((REGRESSIONS)); then exit 1; fi
  exit 0
}

main "$@"
