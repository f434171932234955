#!/bin/bash
# run.sh -- benchmark the escape plugin against heap allocators and
# against hand-written stack code.
#
# Every program in bench/*.c is built three ways -- gcc -O2 (heap, glibc
# malloc), gcc -O2 -fplugin=escape.so (heap code, promoted by the plugin)
# and gcc -O2 -DLIMIT (hand-written stack code, the limit) -- and the
# plain -O2 binary is also run with mimalloc and jemalloc LD_PRELOADed.
# For each program and variant it measures
#   - instructions (valgrind --tool=callgrind, total Ir, at --ir-scale),
#   - wall-clock and user+sys CPU time (median of --runs runs, at --scale;
#     the table shows the one --time picks),
#   - heap allocation calls per operation (bench/allocount.so shim),
# checks that every run of every variant prints the same checksum (and
# exits 1 loudly if not), prints a table of ratios against glibc -O2 and
# against the limit with a geometric-mean row, checks the team's targets,
# and measures the compile-time cost of the plugin (bench programs, a big
# generated C file and, when found, the GCC torture execute suite) plus
# what -ftime-report says about the pass, and counts the instructions
# of whole compiles (callgrind): the generated file, a one-line file
# (the fixed cost of loading the plugin) and every M-th torture file
# (the compile-time target, --torture-ir-every).
#
# Raw data goes to DIR/raw-DATE.tsv, DIR/compile-DATE.tsv,
# DIR/ftime-report-DATE.txt and the printed table to DIR/table-DATE.txt
# (DIR is --out, default bench/results).  See bench/README.md.
#
# Usage: bench/run.sh [--plugin PATH] [--runs N] [--scale X] [--quick] ...
#        bench/run.sh --help

set -euo pipefail
export LC_ALL=C
unset LD_PRELOAD

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PROGRAMS=(event_parse log_line sort_request hash_key scratch_vec
          edit_distance record_loop parse_ctx list_walk str_builder sb_fields)
VARIANTS=(glibc mimalloc jemalloc plugin limit)

CC=${CC:-gcc}
plugin=""
runs=5
scale=1
ir_scale=0.05
out_dir="$BENCH_DIR/results"
quick=0
install=1
compile_reps=5
compile_ir=1
torture=auto
torture_ir_every=40
torture_ir_only=0
strict=0
keep_build=0
extra_cflags=""
plugin_flags=""
table_only=""
time_kind=wall
only=""

usage ()
{
  cat <<EOF
Usage: $0 [OPTION]...

  --plugin PATH       escape.so to test (a missing file marks the plugin
                      column n/a; the other variants still run)
  --runs N            timed runs per variant, median taken (default 5)
  --scale X           workload scale of the timed runs (default 1)
  --ir-scale X        workload scale of the callgrind and allocation-count
                      runs (default 0.05)
  --out DIR           where raw data and the table go (default bench/results)
  --quick             smoke test: tiny workloads, one run, one compile;
                      checks checksums and prints the table
  --compile-reps N    compile-time repetitions (default 5)
  --no-compile-ir     skip counting the compile's instructions (callgrind
                      on cc1 for the generated file, ~4 minutes)
  --torture DIR       GCC torture execute directory for the compile-time
                      test (default: searched in cache dirs)
  --no-torture        skip the torture suite
  --torture-ir-every M  count the instructions (callgrind) of compiling
                      every M-th torture file of the sorted list, with and
                      without the plugin: the figure the 2% target is
                      judged on (default 40: 40 files, ~12 minutes of one
                      core; 1 = all, 0 = skip)
  --torture-ir-only   only that count (and the one-line file's fixed
                      cost): no programs, no CPU-time sets
  --no-install        never apt-get install mimalloc/jemalloc/valgrind
  --cflags STR        extra flags for every variant
  --plugin-flags STR  extra flags for the plugin variant (-fplugin-arg-...)
  --time wall|cpu     time the table shows: wall clock (default) or the
                      user+sys CPU time of the program (steadier on a
                      shared machine); both are kept in the raw data
  --strict            exit 2 when a target is not met
  --keep-build        keep the build directory
  --only A,B,...       run only these programs
  --table FILE        only print the table of an earlier raw-*.tsv
  -h, --help          this help

Environment: CC (default gcc).
EOF
}

die ()
{
  echo "run.sh: error: $*" >&2
  exit 1
}

note ()
{
  echo "run.sh: [$(( SECONDS - ${start_s:-0} ))s] $*" >&2
}

# Fail unless option $1 has a non-empty argument "$2".
need_arg ()
{
  [[ $# -ge 2 && -n $2 ]] || die "option $1 needs an argument"
}

while [[ $# -gt 0 ]]; do
  case $1 in
    --plugin) need_arg "$@"; plugin=$2; shift ;;
    --plugin=*) plugin=${1#*=} ;;
    --runs) need_arg "$@"; runs=$2; shift ;;
    --runs=*) runs=${1#*=} ;;
    --scale) need_arg "$@"; scale=$2; shift ;;
    --scale=*) scale=${1#*=} ;;
    --ir-scale) need_arg "$@"; ir_scale=$2; shift ;;
    --ir-scale=*) ir_scale=${1#*=} ;;
    --out) need_arg "$@"; out_dir=$2; shift ;;
    --out=*) out_dir=${1#*=} ;;
    --quick) quick=1 ;;
    --compile-reps) need_arg "$@"; compile_reps=$2; shift ;;
    --compile-reps=*) compile_reps=${1#*=} ;;
    --no-compile-ir) compile_ir=0 ;;
    --torture) need_arg "$@"; torture=$2; shift ;;
    --torture=*) torture=${1#*=} ;;
    --no-torture) torture=none ;;
    --torture-ir-every) need_arg "$@"; torture_ir_every=$2; shift ;;
    --torture-ir-every=*) torture_ir_every=${1#*=} ;;
    --torture-ir-only) torture_ir_only=1 ;;
    --no-install) install=0 ;;
    --cflags) need_arg "$@"; extra_cflags=$2; shift ;;
    --cflags=*) extra_cflags=${1#*=} ;;
    --plugin-flags) need_arg "$@"; plugin_flags=$2; shift ;;
    --plugin-flags=*) plugin_flags=${1#*=} ;;
    --time) need_arg "$@"; time_kind=$2; shift ;;
    --time=*) time_kind=${1#*=} ;;
    --strict) strict=1 ;;
    --keep-build) keep_build=1 ;;
    --only) need_arg "$@"; only=$2; shift ;;
    --only=*) only=${1#*=} ;;
    --table) need_arg "$@"; table_only=$2; shift ;;
    --table=*) table_only=${1#*=} ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown option '$1'" ;;
  esac
  shift
done

[[ $runs =~ ^[1-9][0-9]*$ ]] || die "--runs must be a positive integer"
[[ $time_kind == wall || $time_kind == cpu ]] || die "--time must be wall or cpu"
[[ $compile_reps =~ ^[1-9][0-9]*$ ]] \
  || die "--compile-reps must be a positive integer"
[[ $torture_ir_every =~ ^[0-9]+$ ]] \
  || die "--torture-ir-every must be a number"
for s in "$scale" "$ir_scale"; do
  [[ $s =~ ^[0-9]*\.?[0-9]+([eE][-+]?[0-9]+)?$ ]] \
    || die "bad scale '$s'"
done
if [[ -n $only ]]; then
  IFS=, read -r -a PROGRAMS <<<"$only"
  for p in "${PROGRAMS[@]}"; do
    [[ -f $BENCH_DIR/$p.c ]] || die "no such program: $p"
  done
fi
if [[ $quick -eq 1 ]]; then
  scale=0.005
  ir_scale=0.005
  runs=1
  compile_reps=1
  [[ $torture == auto ]] && torture=none
fi

# ---------------------------------------------------------------------
# Table printing (also used by --table).

# Print "OVERHEAD PASS_SHARE LABEL" of the compile-instructions file $1:
# the torture row when it was counted (the files the 2% target is
# about), else the generated file's; "n/a n/a -" when neither is there.
ir_target ()
{
  awk -F'\t' '$1 == "torture" { t = $4 " " $6 " torture" }
              $1 == "big.c" { g = $4 " " $6 " big.c" }
              END { print (t != "" ? t : g != "" ? g : "n/a n/a -") }' "$1"
}

# Print the ratio table, the plugin summary and the target checks for
# the raw TSV file $1.  $2 is the compile-time overhead in percent (CPU
# time, all file sets) or "n/a"; $3 and $4 the instruction overhead and
# the pass's share of it, $5 what they were counted on ("torture" or
# "big.c", see ir_target).  Prints "TARGETS_MISSED n" as the last line
# on fd 3.
print_table ()
{
  local tsv=$1 overhead=${2:-n/a} ir_over=${3:-n/a} pass_share=${4:-n/a}
  local ir_what=${5:--}

  awk -F'\t' -v overhead="$overhead" -v kind="$time_kind" \
      -v ir_over="$ir_over" -v pass_share="$pass_share" \
      -v ir_what="$ir_what" '
    function fmt(x, w, p) { return x == "" ? sprintf ("%" w "s", "-") \
                                 : sprintf ("%" w "." p "f", x) }
    function ratio(a, b) { return (a == "" || b == "" || b + 0 == 0) \
                                 ? "" : a / b }
    NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
    {
      p = $col["program"]; v = $col["variant"]
      if (!(p in seen)) { seen[p] = 1; progs[++np] = p }
      st[p, v] = $col["status"]
      if ($col["status"] != "ok") next
      ir[p, v] = $col["instructions"]
      tm[p, v] = $col[kind == "cpu" ? "cpu_median_s" : "median_s"]
      ap[p, v] = $col["allocs_per_op"]
      irs = $col["instr_scale"]; tms = $col["time_scale"]
      rn = $col["runs"]
    }
    END {
      nv = split ("glibc mimalloc jemalloc plugin limit", vs, " ")
      printf "instructions: callgrind total Ir at scale %s; time: median %s of %s run(s) at scale %s\n", \
             irs, kind == "cpu" ? "user+sys CPU time" : "wall-clock time", rn, tms
      printf "ratios < 1 are better than the reference (glibc = gcc -O2 with glibc"
      printf " malloc;\nlimit = -DLIMIT hand-written stack code)\n\n"
      printf "%-14s %-9s %9s %8s %8s %9s %8s %8s %10s\n", "program", "variant", \
             "Minstr", "I/glibc", "I/limit", "time_ms", "t/glibc", "t/limit", "allocs/op"
      for (i = 1; i <= np; i++)
        {
          p = progs[i]
          for (j = 1; j <= nv; j++)
            {
              v = vs[j]
              name = j == 1 ? p : ""
              if (st[p, v] != "ok")
                {
                  printf "%-14s %-9s %9s %8s %8s %9s %8s %8s %10s\n", name, v, \
                         st[p, v] == "" ? "n/a" : st[p, v], "", "", "", "", "", ""
                  continue
                }
              irg = ratio(ir[p, v], ir[p, "glibc"])
              irl = ratio(ir[p, v], ir[p, "limit"])
              tg = ratio(tm[p, v], tm[p, "glibc"])
              tl = ratio(tm[p, v], tm[p, "limit"])
              printf "%-14s %-9s %9s %8s %8s %9s %8s %8s %10s\n", name, v, \
                     fmt(ir[p, v] == "" ? "" : ir[p, v] / 1e6, 9, 1), fmt(irg, 8, 3), \
                     fmt(irl, 8, 3), fmt(tm[p, v] == "" ? "" : tm[p, v] * 1000, 9, 1), \
                     fmt(tg, 8, 3), fmt(tl, 8, 3), fmt(ap[p, v], 10, 3)
              if (irg != "") { lig[v] += log (irg); nig[v]++ }
              if (irl != "") { lil[v] += log (irl); nil[v]++ }
              if (tg != "") { ltg[v] += log (tg); ntg[v]++ }
              if (tl != "") { ltl[v] += log (tl); ntl[v]++ }
            }
        }
      for (j = 1; j <= nv; j++)
        {
          v = vs[j]
          printf "%-14s %-9s %9s %8s %8s %9s %8s %8s %10s\n", \
                 j == 1 ? "geomean" : "", v, "", \
                 fmt(nig[v] ? exp (lig[v] / nig[v]) : "", 8, 3), \
                 fmt(nil[v] ? exp (lil[v] / nil[v]) : "", 8, 3), "", \
                 fmt(ntg[v] ? exp (ltg[v] / ntg[v]) : "", 8, 3), \
                 fmt(ntl[v] ? exp (ltl[v] / ntl[v]) : "", 8, 3), ""
        }

      # Plugin summary and targets.
      printf "\nplugin summary (plugin/limit: 1.000 = reaches hand-written stack code;\n"
      printf "plugin/mimalloc, plugin/jemalloc: < 1 = plugin build faster)\n\n"
      printf "%-14s %8s %8s %8s %8s %10s\n", "program", "I/limit", "t/limit", \
             "t/mimal", "t/jemal", "allocs/op"
      missed = 0; have = 0; gsum = 0; gn = 0; worst = 0; worstp = ""
      slower = ""; tested_alloc = 0
      for (i = 1; i <= np; i++)
        {
          p = progs[i]
          if (st[p, "plugin"] != "ok")
            {
              printf "%-14s %8s\n", p, \
                     st[p, "plugin"] == "" ? "n/a" : st[p, "plugin"]
              continue
            }
          have = 1
          il = ratio(ir[p, "plugin"], ir[p, "limit"])
          tl = ratio(tm[p, "plugin"], tm[p, "limit"])
          tmi = ratio(tm[p, "plugin"], tm[p, "mimalloc"])
          tje = ratio(tm[p, "plugin"], tm[p, "jemalloc"])
          printf "%-14s %8s %8s %8s %8s %10s\n", p, fmt(il, 8, 3), fmt(tl, 8, 3), \
                 fmt(tmi, 8, 3), fmt(tje, 8, 3), fmt(ap[p, "plugin"], 10, 3)
          if (il != "")
            {
              gsum += log (il); gn++
              if (il > worst) { worst = il; worstp = p }
            }
          if (tmi != "" || tje != "") tested_alloc = 1
          if ((tmi != "" && tmi >= 1) || (tje != "" && tje >= 1))
            slower = slower " " p
        }
      printf "\ntargets:\n"
      if (!have)
        printf "  (no plugin results: plugin column n/a, targets not tested)\n"
      else
        {
          if (gn)
            {
              g = exp (gsum / gn)
              ok = g <= 1.05; missed += !ok
              printf "  geomean plugin/limit instructions %.3f (target <= 1.05): %s\n", \
                     g, ok ? "met" : "NOT MET"
              ok = worst <= 1.15; missed += !ok
              printf "  worst plugin/limit instructions %.3f, %s (target <= 1.15 each): %s\n", \
                     worst, worstp, ok ? "met" : "NOT MET"
            }
          else
            printf "  plugin/limit instructions: not measured (no callgrind)\n"
          if (tested_alloc)
            {
              missed += slower != ""
              printf "  plugin build faster than mimalloc and jemalloc on every"
              printf " program (%s time): %s\n", kind == "cpu" ? "CPU" : "wall", \
                     slower == "" ? "met" : "NOT MET (not faster on:" slower ")"
            }
          else
            printf "  plugin vs mimalloc/jemalloc: not measured (allocators unavailable)\n"
          if (ir_over != "n/a")
            {
              # Instructions are repeatable; CPU time is shown beside them.
              ok = ir_over + 0 < 2; missed += !ok
              printf "  compile-time overhead %.2f%% of instructions (%s), the pass itself %.3f%%", \
                     ir_over, ir_what == "torture" ? "the torture files" \
                     : "the generated file; torture files not counted", pass_share
              if (overhead != "n/a")
                printf " (CPU time, all sets: %+.2f%%)", overhead
              printf " (target < 2%%): %s\n", ok ? "met" : "NOT MET"
            }
          else if (overhead == "n/a")
            printf "  compile-time overhead: not measured\n"
          else
            {
              ok = overhead + 0 < 2; missed += !ok
              printf "  compile-time overhead %.2f%% (target < 2%%): %s\n", overhead, \
                     ok ? "met" : "NOT MET"
            }
        }
      printf "TARGETS_MISSED %d\n", missed > "/dev/fd/3"
    }' "$tsv"
}

if [[ -n $table_only ]]; then
  [[ -f $table_only ]] || die "no such file: $table_only"
  # The compile-time overhead comes from the run's compile-*.tsv, if any.
  comp_file=${table_only/raw-/compile-}
  comp_over=n/a
  if [[ $comp_file != "$table_only" && -f $comp_file ]]; then
    comp_over=$(awk -F'\t' 'NR > 1 { a += $4; b += $5 }
                            END { if (a > 0) printf "%.2f", (b / a - 1) * 100;
                                  else print "n/a" }' "$comp_file")
  fi
  ir_file=${table_only/raw-/compile-ir-}
  ir_over=n/a
  pass_share=n/a
  ir_what=-
  if [[ $ir_file != "$table_only" && -f $ir_file ]]; then
    read -r ir_over pass_share ir_what < <(ir_target "$ir_file")
  fi
  print_table "$table_only" "$comp_over" "$ir_over" "$pass_share" \
    "$ir_what" 3>/dev/null
  exit 0
fi

# ---------------------------------------------------------------------
# Tools: compiler, plugin, allocators, valgrind.

command -v "$CC" >/dev/null || die "compiler '$CC' not found"
start_s=$SECONDS
stamp=$(date +%Y%m%d-%H%M%S)
mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)
raw_tsv="$out_dir/raw-$stamp.tsv"
compile_tsv="$out_dir/compile-$stamp.tsv"
compile_ir_tsv="$out_dir/compile-ir-$stamp.tsv"
ftime_txt="$out_dir/ftime-report-$stamp.txt"
table_txt="$out_dir/table-$stamp.txt"

build=$(mktemp -d "${TMPDIR:-/tmp}/escape-bench.XXXXXX")
# shellcheck disable=SC2317
cleanup ()
{
  if [[ $keep_build -eq 1 ]]; then
    note "build directory kept: $build"
  else
    rm -rf "$build"
  fi
}
trap cleanup EXIT

declare -A notes=()
have_plugin=0
if [[ -n $plugin ]]; then
  [[ $plugin == /* ]] || plugin="$PWD/$plugin"
  if [[ -f $plugin ]]; then
    have_plugin=1
  else
    notes[plugin]="plugin $plugin not found: plugin column n/a"
  fi
else
  notes[plugin]="no --plugin given: plugin column n/a"
fi

# Print the path of the shared object of Debian package $1 matching the
# extended regex $2, or nothing.
find_so ()
{
  dpkg -L "$1" 2>/dev/null | grep -E "$2" | head -n 1 || true
}

mimalloc_so=$(find_so libmimalloc2.0 '/libmimalloc\.so\.2$')
jemalloc_so=$(find_so libjemalloc2 '/libjemalloc\.so\.2$')
want=()
[[ -z $mimalloc_so ]] && want+=(libmimalloc2.0)
[[ -z $jemalloc_so ]] && want+=(libjemalloc2)
command -v valgrind >/dev/null || want+=(valgrind)
if [[ ${#want[@]} -gt 0 ]]; then
  if [[ $install -eq 1 && $EUID -eq 0 ]] && command -v apt-get >/dev/null; then
    note "installing ${want[*]} with apt-get"
    if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
           --no-install-recommends "${want[@]}" >"$build/apt.log" 2>&1; then
      DEBIAN_FRONTEND=noninteractive apt-get update -q >>"$build/apt.log" 2>&1 \
        || true
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
        --no-install-recommends "${want[@]}" >>"$build/apt.log" 2>&1 \
        || note "apt-get install failed (see below); continuing without"
      tail -n 3 "$build/apt.log" >&2
    fi
    mimalloc_so=$(find_so libmimalloc2.0 '/libmimalloc\.so\.2$')
    jemalloc_so=$(find_so libjemalloc2 '/libjemalloc\.so\.2$')
  else
    note "missing ${want[*]}; not installing (need root and apt-get," \
         "and no --no-install)"
  fi
fi
[[ -z $mimalloc_so ]] \
  && notes[mimalloc]="libmimalloc2.0 not installed: mimalloc column skipped"
[[ -z $jemalloc_so ]] \
  && notes[jemalloc]="libjemalloc2 not installed: jemalloc column skipped"
have_valgrind=0
if command -v valgrind >/dev/null; then
  have_valgrind=1
else
  notes[valgrind]="valgrind not installed: instruction columns skipped"
fi

# Report whether variant $1 can run at all.
variant_available ()
{
  case $1 in
    mimalloc) [[ -n $mimalloc_so ]] ;;
    jemalloc) [[ -n $jemalloc_so ]] ;;
    plugin) [[ $have_plugin -eq 1 ]] ;;
    *) true ;;
  esac
}

# Print the binary of program $1 for variant $2.
variant_bin ()
{
  case $2 in
    plugin) echo "$build/$1.plugin" ;;
    limit) echo "$build/$1.limit" ;;
    *) echo "$build/$1.O2" ;;
  esac
}

# Print the LD_PRELOAD value of variant $1.
variant_preload ()
{
  case $1 in
    mimalloc) echo "$mimalloc_so" ;;
    jemalloc) echo "$jemalloc_so" ;;
    *) echo "" ;;
  esac
}

# ---------------------------------------------------------------------
# Counting the instructions of compiles (callgrind).

# The plugin's entry points: the pass (execute, IPA-end callback) and
# every other callback and pass it registers, plus plugin_init.  Their
# inclusive cost in cc1's profile is what the plugin's own code costs.
PASS_FNS='escape_pass::execute\(|escape_ipa_end\('
PLUGIN_FNS="$PASS_FNS"'|plugin_init\(|escape_register_attributes\(|escape_function_end\(|escape_finish\(|escape_start_unit\(|escape_mention_slots\(|escape_function_has_slots_p\('

# Print the GCC torture execute directory to use: --torture's, or the
# first found in the usual cache directories; nothing with --no-torture
# or when none is found.
find_torture_dir ()
{
  local d
  if [[ $torture == auto ]]; then
    for d in "${GCC_TORTURE_DIR:-}" \
             "${XDG_CACHE_HOME:-${HOME:-/nonexistent}/.cache}"/*/gcc-*/gcc/testsuite/gcc.c-torture/execute \
             "${XDG_CACHE_HOME:-${HOME:-/nonexistent}/.cache}"/gcc-*/gcc/testsuite/gcc.c-torture/execute \
             /var/cache/*/gcc-*/gcc/testsuite/gcc.c-torture/execute \
             /tmp/gccsrc/gcc-*/gcc/testsuite/gcc.c-torture/execute \
             /usr/src/gcc-*/gcc/testsuite/gcc.c-torture/execute; do
      if [[ -n $d && -d $d ]]; then echo "$d"; return 0; fi
    done
  elif [[ $torture != none ]]; then
    [[ -d $torture ]] || die "no such directory: $torture"
    echo "$torture"
  fi
  return 0
}

# Compile file $3 with the flags that follow under callgrind, following
# the whole gcc (driver, cc1, as), the profiles into $build/cg-$1.*
# (earlier ones removed); $2 is the log file.  Fails when the compile
# fails.
cg_compile ()
{
  local side=$1 log=$2 file=$3
  shift 3
  rm -f "$build"/cg-"$side".*
  valgrind --tool=callgrind --trace-children=yes \
    --callgrind-out-file="$build/cg-$side.%p" \
    "$CC" "$@" -c -o /dev/null "$file" >"$log" 2>&1
}

# Print the total Ir of the profiles $build/cg-$1.*.
cg_total ()
{
  cat "$build"/cg-"$1".[0-9]* | awk '/^totals:/ { s += $2 } END { print s + 0 }'
}

# Print the summed inclusive Ir of the functions matching the extended
# regex $2 in the profiles $build/cg-$1.* (only cc1's profile has the
# plugin's functions).
cg_inclusive ()
{
  local f n s=0
  for f in "$build"/cg-"$1".[0-9]*; do
    grep -q '^cmd:.*cc1' "$f" || continue
    n=$( { callgrind_annotate --inclusive=yes --threshold=100 "$f" 2>/dev/null \
             | grep -E "$2" || true; } \
          | awk '{ gsub(",", "", $1); s += $1 } END { print s + 0 }')
    s=$(( s + n ))
  done
  echo "$s"
}

# Count the instructions of compiling every M-th file ($2 = M) of the
# sorted torture list $1, one file at a time with and without the
# plugin (a file that does not compile without the plugin is left out), and append the row
# "torture" to $compile_ir_tsv: both sums, the overhead, the pass's own
# inclusive Ir and share, the number of files, M, and the inclusive Ir
# of all the plugin's entry points.  A file the plugin fails to compile
# is listed in $out_dir/plugin-failures-torture-ir-$stamp.txt and sets
# failed.
measure_torture_ir ()
{
  local list=$1 every=$2 f n=0 i=0 a=0 b=0 pass=0 all=0 total
  : >"$build/torture-ir-fail"
  awk -v m="$every" '(NR - 1) % m == 0' "$list" >"$build/torture-ir-files"
  total=$(wc -l <"$build/torture-ir-files")
  note "counting compile instructions of $total torture files (every" \
       "M-th, M = $every), with and without plugin"
  while IFS= read -r f; do
    i=$(( i + 1 ))
    # shellcheck disable=SC2086
    cg_compile without "$build/cg-without.log" "$f" -O2 -w $extra_cflags \
      || continue
    # shellcheck disable=SC2086
    if ! cg_compile with "$build/cg-with.log" "$f" -O2 -w $extra_cflags \
           "${plugin_cflags[@]}"; then
      echo "$f" >>"$build/torture-ir-fail"
      continue
    fi
    n=$(( n + 1 ))
    a=$(( a + $(cg_total without) ))
    b=$(( b + $(cg_total with) ))
    pass=$(( pass + $(cg_inclusive with "$PASS_FNS") ))
    all=$(( all + $(cg_inclusive with "$PLUGIN_FNS") ))
    (( i % 10 )) || note "  $i of $total files"
  done <"$build/torture-ir-files"
  rm -f "$build"/cg-with.* "$build"/cg-without.*
  if [[ -s $build/torture-ir-fail ]]; then
    cp "$build/torture-ir-fail" "$out_dir/plugin-failures-torture-ir-$stamp.txt"
    echo "!!! the plugin made $(wc -l <"$build/torture-ir-fail") torture" \
         "file(s) fail to compile: $out_dir/plugin-failures-torture-ir-$stamp.txt" >&2
    failed=1
  fi
  awk -v a="$a" -v b="$b" -v p="$pass" -v n="$n" -v m="$every" -v all="$all" 'BEGIN {
    printf "torture\t%d\t%d\t%.2f\t%d\t%.3f\t%d\t%d\t%d\n", a, b,
           (a > 0 ? (b / a - 1) * 100 : 0), p, (b > 0 ? p / b * 100 : 0),
           n, m, all }' >>"$compile_ir_tsv"
}

# Print the rows of the compile-instructions file $1 with the target
# lines: the one-line file's fixed cost (< 1%), the torture files'
# overhead (< 2%) and where the torture files' extra instructions go.
print_compile_ir ()
{
  echo "compile instructions (callgrind Ir, whole gcc -c: driver, cc1, as):"
  awk -F'\t' 'NR == 1 { next }
    $1 == "trivial.c" { fixed = $3 - $2 }
    { row[++n] = $0 }
    END {
      for (i = 1; i <= n; i++)
        {
          split (row[i], r, "\t")
          label = r[1]
          if (label == "torture")
            label = sprintf ("torture (%d files, every %s%s of the sorted list)",
                             r[7], r[8] == 1 ? "one" : r[8],
                             r[8] == 1 ? "" : "th")
          printf "  %-10s without %14d  with plugin %14d  overhead %+6.2f%%\n",
                 label, r[2], r[3], r[4]
          pad = sprintf ("  %-10s ", "")
          if (r[1] == "trivial.c")
            printf "%sthe fixed cost of loading the plugin (target < 1%%): %s\n",
                   pad, (r[4] < 1 ? "met" : "NOT MET")
          else
            printf "%sthe pass itself: %d Ir = %.3f%% of the compile with plugin\n",
                   pad, r[5], r[6]
          if (r[1] == "torture")
            {
              extra = r[3] - r[2]
              printf "%sall the plugin'"'"'s callbacks and passes (inclusive): %d Ir = %.3f%%\n",
                     pad, r[9], (r[3] > 0 ? r[9] / r[3] * 100 : 0)
              if (fixed != "")
                printf "%sloading: %d files x %d Ir (the one-line file'"'"'s fixed cost) = %d Ir = %.3f%%\n",
                       pad, r[7], fixed, r[7] * fixed,
                       (r[2] > 0 ? r[7] * fixed / r[2] * 100 : 0)
              printf "%sextra instructions: %d Ir = %+.3f%% of the compile without plugin\n",
                     pad, extra, (r[2] > 0 ? extra / r[2] * 100 : 0)
              printf "%scompile-time overhead on the torture files (target < 2%%): %s\n",
                     pad, (r[4] < 2 ? "met" : "NOT MET")
            }
        }
    }' "$1"
}


echo "escape benchmarks  $(date '+%Y-%m-%d %H:%M:%S')  $($CC --version | head -n 1)"
echo "plugin:   ${plugin:-none}$([[ $have_plugin -eq 1 ]] || echo ' (n/a)')"
echo "mimalloc: ${mimalloc_so:-n/a}   jemalloc: ${jemalloc_so:-n/a}"
echo "valgrind: $([[ $have_valgrind -eq 1 ]] && valgrind --version || echo n/a)"
echo "mode: $([[ $quick -eq 1 ]] && echo quick || echo full)  runs=$runs" \
     "scale=$scale ir-scale=$ir_scale compile-reps=$compile_reps"
for k in mimalloc jemalloc valgrind plugin; do
  [[ -n ${notes[$k]:-} ]] && echo "note: ${notes[$k]}"
done
echo

# ---------------------------------------------------------------------
# Build.

base_flags=(-std=c99 -O2 -Wall -I"$BENCH_DIR")
# shellcheck disable=SC2206
[[ -n $extra_cflags ]] && base_flags+=($extra_cflags)
plugin_cflags=()
if [[ $have_plugin -eq 1 ]]; then
  plugin_cflags=(-fplugin="$plugin")
  # shellcheck disable=SC2206
  [[ -n $plugin_flags ]] && plugin_cflags+=($plugin_flags)
fi

# --torture-ir-only: the one-line file's fixed cost and the torture
# files' instruction overhead, nothing else.
if [[ $torture_ir_only -eq 1 ]]; then
  [[ $have_plugin -eq 1 ]] || die "--torture-ir-only needs --plugin"
  [[ $have_valgrind -eq 1 ]] || die "--torture-ir-only needs valgrind"
  [[ $torture_ir_every -gt 0 ]] || die "--torture-ir-only needs --torture-ir-every > 0"
  torture_dir=$(find_torture_dir)
  [[ -n $torture_dir ]] || die "no GCC torture suite found (--torture DIR)"
  failed=0
  note "torture suite: $torture_dir"
  printf 'input\tir_without\tir_with\toverhead_pct\tpass_ir\tpass_share_pct\tfiles\tevery\tplugin_ir\n' \
    >"$compile_ir_tsv"
  echo 'int one (int x) { return x + 1; }' >"$build/trivial.c"
  cg_compile without "$build/cg-without.log" "$build/trivial.c" \
    "${base_flags[@]}" -w || die "compile of trivial.c under callgrind failed"
  cg_compile with "$build/cg-with.log" "$build/trivial.c" \
    "${base_flags[@]}" -w "${plugin_cflags[@]}" \
    || die "compile of trivial.c under callgrind failed (with plugin)"
  awk -v a="$(cg_total without)" -v b="$(cg_total with)" 'BEGIN {
    printf "trivial.c\t%d\t%d\t%.2f\t0\t0.000\n", a, b,
           (a > 0 ? (b / a - 1) * 100 : 0) }' >>"$compile_ir_tsv"
  find "$torture_dir" -maxdepth 1 -name '*.c' | sort >"$build/torture-all"
  measure_torture_ir "$build/torture-all" "$torture_ir_every"
  print_compile_ir "$compile_ir_tsv" | tee "$table_txt"
  echo "raw data: $compile_ir_tsv" | tee -a "$table_txt"
  echo "elapsed: $(( SECONDS - start_s )) s" | tee -a "$table_txt"
  [[ $failed -eq 0 ]] || exit 1
  exit 0
fi

declare -A status=()
failed=0

"$CC" -std=gnu99 -O2 -Wall -shared -fPIC -o "$build/allocount.so" \
  "$BENCH_DIR/allocount.c" || die "building allocount.so failed"

note "building ${#PROGRAMS[@]} programs"
for p in "${PROGRAMS[@]}"; do
  src="$BENCH_DIR/$p.c"
  "$CC" "${base_flags[@]}" -o "$build/$p.O2" "$src" \
    || die "building $p failed"
  "$CC" "${base_flags[@]}" -DLIMIT -o "$build/$p.limit" "$src" \
    || die "building $p -DLIMIT failed"
  for v in "${VARIANTS[@]}"; do
    if variant_available "$v"; then status[$p,$v]=ok; else status[$p,$v]=n/a; fi
  done
  if [[ $have_plugin -eq 1 ]]; then
    if ! "$CC" "${base_flags[@]}" "${plugin_cflags[@]}" -o "$build/$p.plugin" \
           "$src" >"$build/$p.plugin.log" 2>&1; then
      echo "!!! building $p with the plugin FAILED:" >&2
      sed 's/^/!!!   /' "$build/$p.plugin.log" | head -n 30 >&2
      status[$p,plugin]=ERR
      failed=1
    elif [[ -s $build/$p.plugin.log ]]; then
      note "$p: plugin build printed:"
      head -n 10 "$build/$p.plugin.log" >&2
    fi
  fi
done

# ---------------------------------------------------------------------
# Running.

declare -A expect=() expect_from=() ops=() allocs=() instr=() median=()
declare -A times=() cpu_times=() cpu_median=()
mismatch=0

# Run variant $2 of program $1 at scale $3, with stdout to $build/out.
# Extra environment assignments may follow.  Sets RUN_US (wall-clock
# microseconds), RUN_CPU_US (user+sys CPU microseconds), RUN_CK
# (checksum) and RUN_OPS; checks the checksum.
run_variant ()
{
  local p=$1 v=$2 s=$3 bin pre rc=0 TIMEFORMAT='%3R %3U %3S'
  shift 3
  bin=$(variant_bin "$p" "$v")
  pre=$(variant_preload "$v")
  { time env ${pre:+LD_PRELOAD="$pre"} "$@" "$bin" "$s" >"$build/out" \
      2>"$build/err"; } 2>"$build/time" || rc=$?
  if [[ $rc -ne 0 ]]; then
    cat "$build/err" >&2
    die "$p ($v) at scale $s exited with status $rc"
  fi
  read -r RUN_US RUN_CPU_US < <(awk '{ printf "%d %d\n", $1 * 1e6 + 0.5,
                                               ($2 + $3) * 1e6 + 0.5 }' \
                                  "$build/time")
  RUN_CK=$(awk '$1 == "checksum" { print $2 }' "$build/out")
  RUN_OPS=$(awk '$1 == "ops" { print $2 }' "$build/out")
  [[ -n $RUN_CK && -n $RUN_OPS ]] || die "$p ($v) printed no checksum/ops"
  check_checksum "$p" "$v" "$s" "$RUN_CK"
}

# Check checksum $4 of program $1, variant $2, scale $3 against the
# first one seen for that program and scale.
check_checksum ()
{
  local key="$1@$3"

  if [[ -z ${expect[$key]:-} ]]; then
    expect[$key]=$4
    expect_from[$key]=$2
  elif [[ ${expect[$key]} != "$4" ]]; then
    echo "!!! CHECKSUM MISMATCH: $1 at scale $3: $2 printed $4 but" \
         "${expect_from[$key]} printed ${expect[$key]}" >&2
    mismatch=1
  fi
}

# Phase 1: checksums and allocation counts at the instruction scale.
note "checking checksums and counting allocations (scale $ir_scale)"
for p in "${PROGRAMS[@]}"; do
  for v in "${VARIANTS[@]}"; do
    [[ ${status[$p,$v]} == ok ]] || continue
    case $v in
      glibc|plugin|limit)
        rm -f "$build/counts"
        run_variant "$p" "$v" "$ir_scale" LD_PRELOAD="$build/allocount.so" \
          ALLOCOUNT_OUT="$build/counts"
        allocs[$p,$v]=$(sed -n 's/.* allocs=\([0-9]*\).*/\1/p' "$build/counts")
        ops[$p,$v]=$RUN_OPS
        ;;
      *)
        run_variant "$p" "$v" "$ir_scale"
        ;;
    esac
  done
  # mimalloc and jemalloc run the glibc binary: same allocation calls.
  for v in mimalloc jemalloc; do
    if [[ ${status[$p,$v]} == ok ]]; then
      allocs[$p,$v]=${allocs[$p,glibc]}
      ops[$p,$v]=${ops[$p,glibc]}
    fi
  done
done
if [[ $mismatch -ne 0 ]]; then
  die "checksums differ between variants: a miscompilation or a" \
      "benchmark bug; no figures are meaningful"
fi

# Phase 2: instructions.
if [[ $have_valgrind -eq 1 ]]; then
  note "counting instructions with callgrind (scale $ir_scale)"
  for p in "${PROGRAMS[@]}"; do
    for v in "${VARIANTS[@]}"; do
      [[ ${status[$p,$v]} == ok ]] || continue
      bin=$(variant_bin "$p" "$v")
      pre=$(variant_preload "$v")
      if ! env ${pre:+LD_PRELOAD="$pre"} valgrind --tool=callgrind \
             --callgrind-out-file=/dev/null "$bin" "$ir_scale" \
             >"$build/out" 2>"$build/err"; then
        cat "$build/err" >&2
        die "callgrind run of $p ($v) failed"
      fi
      ck=$(awk '$1 == "checksum" { print $2 }' "$build/out")
      check_checksum "$p" "$v" "$ir_scale" "$ck"
      instr[$p,$v]=$(sed -n 's/^==[0-9]*== Collected : *\([0-9]*\).*/\1/p' \
                       "$build/err")
      [[ -n ${instr[$p,$v]} ]] || die "no callgrind total for $p ($v)"
    done
  done
  [[ $mismatch -eq 0 ]] || die "checksums differ under callgrind"
fi

# Print in seconds the median of the comma-separated microseconds $1.
median_s ()
{
  tr , '\n' <<<"$1" | sort -n \
    | awk '{ t[NR] = $1 }
           END {
             if (NR % 2) m = t[(NR + 1) / 2];
             else m = (t[NR / 2] + t[NR / 2 + 1]) / 2;
             printf "%.6f", m / 1e6
           }'
}

# Phase 3: time; the variants take turns within each round.
note "timing $runs run(s) per variant (scale $scale)"
for p in "${PROGRAMS[@]}"; do
  for ((r = 1; r <= runs; r++)); do
    for v in "${VARIANTS[@]}"; do
      [[ ${status[$p,$v]} == ok ]] || continue
      run_variant "$p" "$v" "$scale"
      times[$p,$v]+="${times[$p,$v]:+,}$RUN_US"
      cpu_times[$p,$v]+="${cpu_times[$p,$v]:+,}$RUN_CPU_US"
    done
  done
  for v in "${VARIANTS[@]}"; do
    [[ ${status[$p,$v]} == ok ]] || continue
    median[$p,$v]=$(median_s "${times[$p,$v]}")
    cpu_median[$p,$v]=$(median_s "${cpu_times[$p,$v]}")
  done
done
[[ $mismatch -eq 0 ]] || die "checksums differ in the timed runs"

# Raw data.
{
  printf 'program\tvariant\tstatus\tinstr_scale\tinstructions\ttime_scale'
  printf '\truns\tmedian_s\ttimes_us\tcpu_median_s\tcpu_times_us'
  printf '\tcount_scale\tops\tallocs\tallocs_per_op\tchecksum\n'
  for p in "${PROGRAMS[@]}"; do
    for v in "${VARIANTS[@]}"; do
      st=${status[$p,$v]}
      if [[ $st != ok ]]; then
        printf '%s\t%s\t%s\t\t\t\t\t\t\t\t\t\t\t\t\t\n' "$p" "$v" "$st"
        continue
      fi
      apo=$(awk -v a="${allocs[$p,$v]}" -v o="${ops[$p,$v]}" \
              'BEGIN { printf "%.6f", a / o }')
      printf '%s\t%s\tok\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
        "$p" "$v" "$ir_scale" "${instr[$p,$v]:-}" "$scale" "$runs" \
        "${median[$p,$v]}" "${times[$p,$v]}" "${cpu_median[$p,$v]}" \
        "${cpu_times[$p,$v]}" "$ir_scale" "${ops[$p,$v]}" \
        "${allocs[$p,$v]}" "$apo" "${expect[$p@$scale]}"
    done
  done
} >"$raw_tsv"

# ---------------------------------------------------------------------
# Compile-time cost.

# Print the user+sys CPU seconds spent by the command "$@", whose own
# output is discarded.
cpu_seconds ()
{
  local TIMEFORMAT='%3U %3S' t
  t=$( { time "$@" >/dev/null 2>&1; } 2>&1 ) || true
  t=${t##*$'\n'}
  awk -v t="$t" 'BEGIN { split (t, a, " "); printf "%.3f", a[1] + a[2] }'
}

# Compile every file listed in file $1 with the flags that follow; list
# the files that fail in file $2.  Never fails itself.
compile_list ()
{
  local list=$1 failures=$2 f
  shift 2
  : >"$failures"
  while IFS= read -r f; do
    "$CC" "$@" -c -o /dev/null "$f" >/dev/null 2>&1 \
      || echo "$f" >>"$failures"
  done <"$list"
  return 0
}

# Write to $1 a C file of $2 (default 100) groups of four functions, three
# with non-escaping allocations and one of ordinary code: the
# compile-time load of one big translation unit.
gen_big_c ()
{
  local i n=${2:-100}
  {
    echo '/* Generated by bench/run.sh: compile-time load for escape.  */'
    echo '#include <stdlib.h>'
    echo '#include <string.h>'
    echo 'struct rec { int id; int len; long sum; char name[40]; };'
    for ((i = 0; i < n; i++)); do
      cat <<EOF
long
f${i}_const (const int *in, int n)
{
  int *buf = malloc ($(( 16 + i % 48 )) * sizeof (int));
  long s = 0;
  int k;

  if (!buf)
    abort ();
  for (k = 0; k < $(( 16 + i % 48 )); k++)
    buf[k] = in[k % n] * $(( i + 3 )) + k;
  for (k = 1; k < $(( 16 + i % 48 )); k++)
    if (buf[k] < buf[k - 1])
      s += buf[k - 1] - buf[k];
  free (buf);
  return s;
}

long
f${i}_rec (const char *name, int id)
{
  struct rec *r = calloc (1, sizeof *r);
  long s;

  if (!r)
    abort ();
  r->id = id ^ $i;
  strncpy (r->name, name, sizeof r->name - 1);
  r->len = strlen (r->name);
  for (s = 0; s < r->len; s++)
    r->sum += r->name[s] * (s + $(( i % 7 + 1 )));
  s = r->sum + r->id;
  free (r);
  return s;
}

long
f${i}_var (const unsigned char *in, unsigned n)
{
  long s = 0;
  unsigned k;
  int *v;

  if (n == 0 || n > 64)
    return -1;
  v = malloc (n * sizeof *v);
  if (!v)
    abort ();
  for (k = 0; k < n; k++)
    v[k] = in[k] + (k ? v[k - 1] : $i);
  for (k = 0; k < n; k++)
    s ^= (long) v[k] << (k % 13);
  free (v);
  return s;
}

long
f${i}_plain (long x, long y)
{
  long a = x * $(( i * 2654435761 % 1000003 )), b = y ^ (x >> 3);
  int k;

  for (k = 0; k < $(( 4 + i % 9 )); k++)
    {
      a = a * 31 + (b >> (k % 5));
      b ^= a + k;
      if ((a & 7) == $(( i % 8 )))
        b = -b;
    }
  return a ^ b;
}
EOF
    done
  } >"$1"
}

comp_over=n/a
if [[ $have_plugin -eq 1 ]]; then
  note "measuring compile time (${compile_reps}x, with and without plugin)"
  printf '%s\n' "${PROGRAMS[@]/#/$BENCH_DIR/}" | sed 's/$/.c/' \
    >"$build/bench-files"
  gen_big_c "$build/big.c"
  echo "$build/big.c" >"$build/big-files"
  printf 'set\tfiles\treps\tcpu_without_s\tcpu_with_s\toverhead_pct\tplugin_failures\n' \
    >"$compile_tsv"
  sets=(bench)
  [[ $quick -eq 1 ]] || sets+=(big)
  torture_dir=$(find_torture_dir)
  [[ -n $torture_dir || $torture == none ]] \
    || note "no GCC torture suite found (--torture DIR)"
  if [[ -n $torture_dir ]]; then
    note "torture suite: $torture_dir"
    find "$torture_dir" -maxdepth 1 -name '*.c' | sort >"$build/torture-all"
    # Keep the files that compile without the plugin.
    # shellcheck disable=SC2086
    compile_list "$build/torture-all" "$build/torture-bad" -O2 -w \
      $extra_cflags
    grep -vxF -f "$build/torture-bad" "$build/torture-all" \
      >"$build/torture-files" || true
    sets+=(torture)
  fi
  comp_total_without=0
  comp_total_with=0
  for set in "${sets[@]}"; do
    list="$build/$set-files"
    nfiles=$(wc -l <"$list")
    reps=$compile_reps
    set_flags=("${base_flags[@]}" -w)
    if [[ $set == torture ]]; then
      reps=1
      # shellcheck disable=SC2206
      set_flags=(-O2 -w $extra_cflags)
    fi
    t_without=0
    t_with=0
    plugin_fail=0
    for ((r = 1; r <= reps; r++)); do
      # Alternate which side goes first to spread drift evenly.
      for side in $(( r % 2 )) $(( (r + 1) % 2 )); do
        if [[ $side -eq 1 ]]; then
          t=$(cpu_seconds compile_list "$list" "$build/fail-without" \
                "${set_flags[@]}")
          t_without=$(awk -v a="$t_without" -v b="$t" 'BEGIN { print a + b }')
        else
          t=$(cpu_seconds compile_list "$list" "$build/fail-with" \
                "${set_flags[@]}" "${plugin_cflags[@]}")
          t_with=$(awk -v a="$t_with" -v b="$t" 'BEGIN { print a + b }')
        fi
      done
      # Files that fail only with the plugin are plugin failures.
      grep -vxF -f "$build/fail-without" "$build/fail-with" \
        >"$build/fail-plugin" || true
      if [[ -s $build/fail-plugin ]]; then
        plugin_fail=$(wc -l <"$build/fail-plugin")
        cp "$build/fail-plugin" "$out_dir/plugin-failures-$set-$stamp.txt"
      fi
    done
    over=$(awk -v a="$t_without" -v b="$t_with" \
             'BEGIN { printf "%.2f", (a > 0 ? (b / a - 1) * 100 : 0) }')
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$set" "$nfiles" "$reps" \
      "$t_without" "$t_with" "$over" "$plugin_fail" >>"$compile_tsv"
    if [[ $plugin_fail -gt 0 ]]; then
      echo "!!! the plugin made $plugin_fail file(s) of set '$set' fail to" \
           "compile: $out_dir/plugin-failures-$set-$stamp.txt" >&2
      failed=1
    fi
    comp_total_without=$(awk -v a="$comp_total_without" -v b="$t_without" \
                           'BEGIN { print a + b }')
    comp_total_with=$(awk -v a="$comp_total_with" -v b="$t_with" \
                        'BEGIN { print a + b }')
  done
  comp_over=$(awk -v a="$comp_total_without" -v b="$comp_total_with" \
                'BEGIN { printf "%.2f", (a > 0 ? (b / a - 1) * 100 : 0) }')

  # What -ftime-report says about the pass.
  ftime_src=$build/big.c
  [[ $quick -eq 1 ]] && ftime_src=$BENCH_DIR/${PROGRAMS[0]}.c
  "$CC" "${base_flags[@]}" -w "${plugin_cflags[@]}" -ftime-report -c \
    -o /dev/null "$ftime_src" >"$ftime_txt" 2>&1 || true

  # Instructions of the whole compile (driver, cc1, as) of the generated
  # file with and without the plugin, and the pass's own share: the
  # inclusive cost of the pass's execute function and of the IPA-end
  # callback in cc1's profile; then the same for a one-line file, where
  # what remains is the fixed cost of loading the plugin (target < 1%).
  # Counted by callgrind, so repeatable on a busy machine where CPU time
  # is not.
  if [[ $quick -eq 0 && $compile_ir -eq 1 && $have_valgrind -eq 1 ]]; then
    note "counting compile instructions (callgrind, big.c and a one-line file, with and without plugin)"
    printf 'input\tir_without\tir_with\toverhead_pct\tpass_ir\tpass_share_pct\tfiles\tevery\tplugin_ir\n' \
      >"$compile_ir_tsv"
    echo 'int one (int x) { return x + 1; }' >"$build/trivial.c"
    for input in big trivial; do
      for side in without with; do
        rm -f "$build"/cg-"$side".*
        flags=("${base_flags[@]}" -w)
        [[ $side == with ]] && flags+=("${plugin_cflags[@]}")
        valgrind --tool=callgrind --trace-children=yes \
          --callgrind-out-file="$build/cg-$side.%p" \
          "$CC" "${flags[@]}" -c -o /dev/null "$build/$input.c" \
          >"$build/cg-$side.log" 2>&1 \
          || die "compile of $input.c under callgrind failed ($side plugin)"
      done
      ir_without=$(cat "$build"/cg-without.[0-9]* \
                     | awk '/^totals:/ { s += $2 } END { print s + 0 }')
      ir_with=$(cat "$build"/cg-with.[0-9]* \
                  | awk '/^totals:/ { s += $2 } END { print s + 0 }')
      pass_ir=0
      for f in "$build"/cg-with.[0-9]*; do
        # Only cc1's profile has the plugin's functions: no match elsewhere.
        n=$( { callgrind_annotate --inclusive=yes --threshold=100 "$f" 2>/dev/null \
                 | grep -E 'escape_pass::execute\(|escape_ipa_end\(' || true; } \
              | awk '{ gsub(",", "", $1); s += $1 } END { print s + 0 }')
        pass_ir=$(( pass_ir + n ))
      done
      awk -v i="$input.c" -v a="$ir_without" -v b="$ir_with" -v p="$pass_ir" 'BEGIN {
        printf "%s\t%d\t%d\t%.2f\t%d\t%.3f\n", i, a, b,
               (a > 0 ? (b / a - 1) * 100 : 0), p, (b > 0 ? p / b * 100 : 0) }' \
        >>"$compile_ir_tsv"
    done
    # The torture files the 2% target is about, in instructions: a
    # sample, one file at a time (callgrind is ~50x slower than cc1).
    if [[ -n $torture_dir && $torture_ir_every -gt 0 ]]; then
      measure_torture_ir "$build/torture-all" "$torture_ir_every"
    fi
  fi
fi

# ---------------------------------------------------------------------
# Report.

{
  ir_over=n/a
  pass_share=n/a
  ir_what=-
  if [[ -f $compile_ir_tsv ]]; then
    read -r ir_over pass_share ir_what < <(ir_target "$compile_ir_tsv")
  fi
  print_table "$raw_tsv" "$comp_over" "$ir_over" "$pass_share" "$ir_what" \
    3>"$build/missed"
  echo
  if [[ $have_plugin -eq 1 ]]; then
    echo "compile time (user+sys CPU seconds, gcc ${base_flags[*]} -c):"
    awk -F'\t' 'NR == 1 { next }
      { printf "  %-8s %5d file(s) x%-2d  without %8.2f s  with plugin %8.2f s  overhead %+6.2f%%%s\n",
               $1, $2, $3, $4, $5, $6, ($7 > 0 ? "  (" $7 " plugin failures)" : "") }' \
      "$compile_tsv"
    echo "  all sets: overhead $comp_over%"
    if [[ -f $compile_ir_tsv ]]; then
      print_compile_ir "$compile_ir_tsv"
    fi
    echo "-ftime-report ($(basename "$ftime_src"), with plugin):"
    if grep -E '^ *plugin execution' "$ftime_txt" | sed 's/^/  /'; then
      echo "  ('plugin execution' = the escape pass, which a plugin cannot"
      echo "  give a timevar of its own, plus the plugin's callbacks such as"
      echo "  PLUGIN_ALL_IPA_PASSES_END)"
    fi
    grep -E '^ *TOTAL' "$ftime_txt" | sed 's/^/  /' || true
  else
    echo "compile time: not measured (no plugin)"
  fi
  echo
  echo "raw data: $raw_tsv"
  [[ -f $compile_tsv ]] && echo "          $compile_tsv"
  [[ -f $compile_ir_tsv ]] && echo "          $compile_ir_tsv"
  [[ -f $ftime_txt ]] && echo "          $ftime_txt"
  echo "elapsed: $(( SECONDS - start_s )) s"
} | tee "$table_txt"

missed=$(awk '{ print $2 }' "$build/missed" 2>/dev/null || echo 0)
if [[ $failed -ne 0 ]]; then
  echo "run.sh: FAILED: the plugin broke a build (see the !!! lines above)" >&2
  exit 1
fi
if [[ $strict -eq 1 && ${missed:-0} -gt 0 ]]; then
  echo "run.sh: $missed target(s) not met (--strict)" >&2
  exit 2
fi
exit 0
