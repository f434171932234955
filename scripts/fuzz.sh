#!/bin/bash
# fuzz.sh -- differential fuzzing of the escape plugin.
#
# Builds testsuite/fuzz/escfuzz.c, then for every seed generates a random
# self-checking program, compiles it without and with the plugin at each
# optimisation level, runs both and compares stdout and exit status.
# Compiler errors, ICEs, crashes, timeouts and differences are failures;
# every failing program is kept in the --out directory with its outputs.
# With --baseline O0 the reference is one build without the plugin at
# -O0 per program (cheaper: one baseline instead of one per level; the
# programs are free of undefined behaviour, so every level must print the
# same); a difference is then re-checked against a build without the
# plugin at the same level, so that the report says whether the plugin
# or the optimiser alone changed the output.
# The plugin's verdicts are counted from its dump (-fplugin-arg-escape-
# dump): promoted sites, declined sites, and declined sites grouped by
# the stable tag of their reason (include/escape-reasons.def).  The
# last line of the output is "fuzz: N passed, N failed", counting
# (seed, level) pairs.  Exit status is 1 when anything failed, 2 on a
# usage error, 0 otherwise.

# Run under bash even when started as 'sh fuzz.sh' (make's $(SHELL)).
if [ -z "${BASH_VERSION:-}" ]; then
  exec bash "$0" "$@"
fi

set -u

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SELF="$ROOT/scripts/fuzz.sh"

# Compile the program at level $1 into $dir/$2, the compiler's output
# into $dir/$2.cc; the remaining arguments are extra flags (the plugin's).
compile_prog ()
{
  local lvl=$1 out=$2
  shift 2
  # shellcheck disable=SC2086
  LC_ALL=C $FZ_CC $FZ_CHECK -w $lvl "$@" -o "$dir/$out" "$dir/prog.c" \
    > "$dir/$out.cc" 2>&1
}

# Print why the compile whose output is $dir/$1.cc failed; $2 is "with"
# or "without" (the plugin).
compile_failure ()
{
  if grep -q "internal compiler error" "$dir/$1.cc"; then
    echo "ICE $2 plugin"
  else
    echo "compiler error $2 plugin"
  fi
}

usage ()
{
  cat <<EOF
Usage: scripts/fuzz.sh [OPTIONS]

  --plugin PATH        absolute path of escape.so, or 'none' to compare the
                       baseline with itself (validates the driver)
                       [default: the first of plugin/.libs/escape.so,
                       .libs/escape.so, escape.so in the source tree]
  --plugin-args ARGS   extra plugin arguments, e.g. "max-object-size=64k"; words
                       not starting with '-' get -fplugin-arg-escape- prefixed
  --seeds START:COUNT  seeds to run [default: 1:100]
  --levels LEVELS      optimisation levels, space or comma separated
                       [default: "-O1 -O2 -O3"]
  --jobs N             parallel jobs (xargs -P) [default: 1]
  --out DIR            where failing programs are kept [default: ./fuzz-out]
  --cc CC              compiler for the generated programs [default: gcc]
  --valgrind K         run every K-th plugin-built binary under valgrind
                       [default: 0 = never]
  --baseline same|O0   the reference build without the plugin: one at each
                       level ('same'), or one at -O0 per program ('O0',
                       differences re-checked at the same level)
                       [default: same]
  --rotate             each program at one level only, the levels taken in
                       turn by seed (seed mod the number of levels): more
                       distinct programs for the same machine time
  --checking N         GCC's internal checking for every compile:
                       -fchecking=N, 0 = the compiler's default [default: 2]
  --cflags FLAGS       extra flags for every compile, with and without the
                       plugin, e.g. "-m32" (another target ABI)
  -h, --help           this text
EOF
}

# ---------------------------------------------------------------------------
# Worker: one seed, all levels.  Configuration comes from the environment
# (FZ_*), results go to $FZ_WORK/res/SEED.{res,rem}.
# ---------------------------------------------------------------------------

# Run binary $1 with stdout into $2; print the exit status.
run_bin ()
{
  local rc
  timeout 10 "$1" > "$2" 2> "$2.err" < /dev/null
  rc=$?
  echo "$rc"
}

# Describe exit status $1 of a run.
describe_rc ()
{
  case $1 in
    0) echo "ok" ;;
    124) echo "timeout" ;;
    1[3-9][0-9]) echo "signal $(( $1 - 128 ))" ;;
    *) echo "exit $1" ;;
  esac
}

# Keep the failing program of seed $1, level $2, reason $3 in $FZ_OUT.
keep_failure ()
{
  local seed=$1 lvl=$2 why=$3 d
  d="$FZ_OUT/seed-$seed${lvl// /}"
  mkdir -p "$d"
  cp "$dir/prog.c" "$d/prog-$seed.c"
  for f in base.out base.out.err plug.out plug.out.err base.cc plug.cc \
           vg.err vgbase.err ref.out base-$lvl.out; do
    [ -f "$dir/$f" ] && cp "$dir/$f" "$d/$f"
  done
  {
    echo "seed: $seed"
    echo "level: $lvl"
    echo "reason: $why"
    if [ "$FZ_BASELINE" = O0 ]; then
      echo "baseline: $FZ_CC $FZ_CHECK -w -O0 prog-$seed.c"
    else
      echo "baseline: $FZ_CC $FZ_CHECK -w $lvl prog-$seed.c"
    fi
    echo "plugin:   $FZ_CC $FZ_CHECK -w $lvl $FZ_PFLAGS prog-$seed.c"
  } > "$d/README"
}

# With --baseline O0, after a failure at level $1: build and run the
# program without the plugin at that level and say whether it, too,
# differs from the -O0 reference.
same_level_check ()
{
  local lvl=$1 rs
  if ! compile_prog "$lvl" base; then
    echo "no plugin $lvl: compiler error"
    return 0
  fi
  rs=$(run_bin "$dir/base" "$dir/base-$lvl.out")
  if [ "$rs" != "$rref" ] || ! cmp -s "$dir/ref.out" "$dir/base-$lvl.out"
  then
    echo "no plugin $lvl differs from -O0 too"
  else
    echo "no plugin $lvl matches -O0"
  fi
}

worker ()
{
  local seed=$1 lvl li=0 pair rb rp why rref= levels=$FZ_LEVELS per
  local -a all_levels
  local res="$FZ_WORK/res/$seed.res" rem="$FZ_WORK/res/$seed.rem"
  dir="$FZ_WORK/s$seed"
  mkdir -p "$dir"
  : > "$res"
  : > "$rem"
  per=$FZ_NLEVELS
  if [ "${FZ_ROTATE:-0}" = 1 ]; then
    read -r -a all_levels <<< "$FZ_LEVELS"
    levels=${all_levels[$((seed % FZ_NLEVELS))]}
    per=1
  fi
  if ! "$FZ_GEN" "$seed" > "$dir/prog.c"; then
    for lvl in $levels; do
      echo "FAIL $seed $lvl generator failed" >> "$res"
    done
    return 0
  fi
  if [ "$FZ_BASELINE" = O0 ]; then
    # One reference per program: no plugin, -O0.
    if ! compile_prog -O0 ref; then
      for lvl in $levels; do
        echo "FAIL $seed $lvl compiler error without plugin at -O0" >> "$res"
      done
      cp "$dir/ref.cc" "$dir/base.cc"
      keep_failure "$seed" -O0 "compiler error without plugin at -O0"
      rm -rf "$dir"
      return 0
    fi
    rref=$(run_bin "$dir/ref" "$dir/ref.out")
  fi
  for lvl in $levels; do
    pair=$(( (seed - FZ_START) * per + li ))
    li=$((li + 1))
    rm -f "$dir"/base "$dir"/plug "$dir"/base.out* "$dir"/plug.out* \
          "$dir"/base.cc "$dir"/plug.cc "$dir"/vg*.err "$dir"/*.escape
    why=
    if [ "$FZ_BASELINE" = O0 ]; then
      cp "$dir/ref.out" "$dir/base.out"
      cp "$dir/ref.out.err" "$dir/base.out.err"
      rb=$rref
    elif ! compile_prog "$lvl" base; then
      why=$(compile_failure base without)
    fi
    # shellcheck disable=SC2086
    if [ -z "$why" ] && ! compile_prog "$lvl" plug $FZ_PFLAGS; then
      why=$(compile_failure plug with)
    fi
    # The verdicts, from the plugin's dump: "  promoted: ..." or
    # "  heap (TAG): ...", TAG the stable name of the reason
    # (include/escape-reasons.def).
    for f in "$dir"/plug-*.escape; do
      [ -f "$f" ] || continue
      sed -n -e 's/^  promoted: .*/P/p' -e 's/^  heap (\([^)]*\)): .*/D \1/p' \
        "$f" | sed "s/^/$lvl /" >> "$rem"
    done
    if [ -z "$why" ]; then
      [ "$FZ_BASELINE" = O0 ] || rb=$(run_bin "$dir/base" "$dir/base.out")
      rp=$(run_bin "$dir/plug" "$dir/plug.out")
      if [ "$rb" != 0 ]; then
        why="baseline run failed ($(describe_rc "$rb"))"
      elif [ "$rp" != 0 ]; then
        why="plugin run failed ($(describe_rc "$rp"))"
      elif ! cmp -s "$dir/base.out" "$dir/plug.out"; then
        why="output differs"
      fi
      if [ -n "$why" ] && [ "$FZ_BASELINE" = O0 ]; then
        why="$why (reference -O0 without plugin; $(same_level_check "$lvl"))"
      fi
    fi
    if [ -z "$why" ] && [ "$FZ_VALGRIND" -gt 0 ] \
       && [ $((pair % FZ_VALGRIND)) = 0 ]; then
      echo "VG $seed $lvl" >> "$res"
      timeout 300 valgrind --error-exitcode=99 -q "$dir/plug" \
        > "$dir/vg.out" 2> "$dir/vg.err" < /dev/null
      rp=$?
      if [ "$rp" != 0 ]; then
        timeout 300 valgrind --error-exitcode=99 -q "$dir/base" \
          > /dev/null 2> "$dir/vgbase.err" < /dev/null
        rb=$?
        if [ "$rb" = 0 ]; then
          why="valgrind error with plugin ($(describe_rc "$rp"))"
        else
          echo "VGBASE $seed $lvl $(describe_rc "$rb")" >> "$res"
        fi
      fi
    fi
    if [ -n "$why" ]; then
      echo "FAIL $seed $lvl $why" >> "$res"
      echo "fuzz: FAIL seed $seed $lvl: $why" >&2
      keep_failure "$seed" "$lvl" "$why"
    else
      echo "PASS $seed $lvl" >> "$res"
    fi
  done
  rm -rf "$dir"
  return 0
}

if [ "${1:-}" = "--worker" ]; then
  shift
  for s in "$@"; do
    worker "$s"
  done
  exit 0
fi

# ---------------------------------------------------------------------------
# Main driver.
# ---------------------------------------------------------------------------

# The default plugin: the first of the usual build locations that exists.
plugin="$ROOT/plugin/.libs/escape.so"
for p in "$ROOT/plugin/.libs/escape.so" "$ROOT/.libs/escape.so" \
         "$ROOT/escape.so"; do
  if [ -f "$p" ]; then
    plugin=$p
    break
  fi
done
plugin_args=
seeds=1:100
levels="-O1 -O2 -O3"
jobs=1
out=fuzz-out
cc=gcc
vg=0
baseline=same
checking=2
rotate=0
cflags=

while [ $# -gt 0 ]; do
  case $1 in
    --plugin) plugin=${2?}; shift 2 ;;
    --plugin=*) plugin=${1#*=}; shift ;;
    --plugin-args) plugin_args=${2?}; shift 2 ;;
    --plugin-args=*) plugin_args=${1#*=}; shift ;;
    --seeds) seeds=${2?}; shift 2 ;;
    --seeds=*) seeds=${1#*=}; shift ;;
    --levels) levels=${2?}; shift 2 ;;
    --levels=*) levels=${1#*=}; shift ;;
    --jobs) jobs=${2?}; shift 2 ;;
    --jobs=*) jobs=${1#*=}; shift ;;
    --out) out=${2?}; shift 2 ;;
    --out=*) out=${1#*=}; shift ;;
    --cc) cc=${2?}; shift 2 ;;
    --cc=*) cc=${1#*=}; shift ;;
    --valgrind) vg=${2?}; shift 2 ;;
    --valgrind=*) vg=${1#*=}; shift ;;
    --baseline) baseline=${2?}; shift 2 ;;
    --baseline=*) baseline=${1#*=}; shift ;;
    --checking) checking=${2?}; shift 2 ;;
    --checking=*) checking=${1#*=}; shift ;;
    --cflags) cflags=${2?}; shift 2 ;;
    --cflags=*) cflags=${1#*=}; shift ;;
    --rotate) rotate=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "fuzz.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
  esac
done

if ! [[ $seeds =~ ^[0-9]+:[0-9]+$ ]]; then
  echo "fuzz.sh: --seeds wants START:COUNT, got '$seeds'" >&2
  exit 2
fi
start=${seeds%%:*}
count=${seeds#*:}
levels=${levels//,/ }
read -r -a level_list <<< "$levels"
if [ ${#level_list[@]} = 0 ]; then
  echo "fuzz.sh: no levels" >&2
  exit 2
fi
for n in "$jobs" "$vg"; do
  if ! [[ $n =~ ^[0-9]+$ ]]; then
    echo "fuzz.sh: '$n' is not a number" >&2
    exit 2
  fi
done
[ "$jobs" -ge 1 ] || jobs=1
case $baseline in
  same|O0) ;;
  -O0) baseline=O0 ;;
  *) echo "fuzz.sh: --baseline wants 'same' or 'O0', got '$baseline'" >&2
     exit 2 ;;
esac
case $checking in
  0) check_flag= ;;
  1|2) check_flag=-fchecking=$checking ;;
  *) echo "fuzz.sh: --checking wants 0, 1 or 2, got '$checking'" >&2
     exit 2 ;;
esac
# The extra flags go with the checking flag into every compile (and the
# README of every kept failure).
check_flag="${check_flag:+$check_flag }$cflags"
if [ "$vg" -gt 0 ] && ! command -v valgrind > /dev/null; then
  echo "fuzz.sh: valgrind not found" >&2
  exit 2
fi

pflags=
if [ "$plugin" != none ]; then
  case $plugin in
    /*) ;;
    *) echo "fuzz.sh: --plugin wants an absolute path" >&2; exit 2 ;;
  esac
  if [ ! -f "$plugin" ]; then
    echo "fuzz.sh: plugin '$plugin' not found (use --plugin none to" \
         "validate the driver)" >&2
    exit 2
  fi
  # The dump gives the verdicts with their stable reason tags; the
  # remarks are for people reading a kept failure's plug.cc.
  pflags="-fplugin=$plugin -fplugin-arg-escape-remarks -fplugin-arg-escape-dump"
  for a in $plugin_args; do
    case $a in
      -*) pflags="$pflags $a" ;;
      *) pflags="$pflags -fplugin-arg-escape-$a" ;;
    esac
  done
elif [ -n "$plugin_args" ]; then
  echo "fuzz.sh: --plugin-args ignored with --plugin none" >&2
fi

case $out in
  /*) ;;
  *) out="$PWD/$out" ;;
esac

work=$(mktemp -d "${TMPDIR:-/tmp}/escfuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
mkdir -p "$work/res"

if ! gcc -std=c99 -O2 -Wall -o "$work/escfuzz" \
     "$ROOT/testsuite/fuzz/escfuzz.c"; then
  echo "fuzz.sh: cannot build the generator" >&2
  exit 2
fi

export FZ_WORK="$work" FZ_GEN="$work/escfuzz" FZ_CC="$cc" FZ_PFLAGS="$pflags"
export FZ_LEVELS="${level_list[*]}" FZ_NLEVELS=${#level_list[@]}
export FZ_START="$start" FZ_OUT="$out" FZ_VALGRIND="$vg"
export FZ_BASELINE="$baseline" FZ_CHECK="$check_flag" FZ_ROTATE="$rotate"

echo "fuzz: seeds $start..$((start + count - 1)), levels ${level_list[*]}," \
     "jobs $jobs, plugin $plugin${plugin_args:+ ($plugin_args)}," \
     "baseline $baseline, checking ${check_flag:-default}$([ "$rotate" = 1 ] && echo ", levels rotated")"
t0=$(date +%s)
if [ "$count" -gt 0 ]; then
  seq "$start" $((start + count - 1)) \
    | xargs -P "$jobs" -n 4 bash "$SELF" --worker
fi
t1=$(date +%s)

cat "$work"/res/*.res 2> /dev/null > "$work/all.res"
cat "$work"/res/*.rem 2> /dev/null > "$work/all.rem"
passed=$(grep -c '^PASS ' "$work/all.res")
failed=$(grep -c '^FAIL ' "$work/all.res")
if [ "$rotate" = 1 ]; then
  expected=$count
else
  expected=$((count * ${#level_list[@]}))
fi
missing=$((expected - passed - failed))

echo "fuzz: $count programs, $expected compilation pairs," \
     "$((t1 - t0)) s"
if [ "$plugin" != none ]; then
  promoted=$(grep -c ' P$' "$work/all.rem")
  declined=$(grep -c ' D ' "$work/all.rem")
  echo "fuzz: remarks: $promoted promoted, $declined declined"
  for l in "${level_list[@]}"; do
    echo "fuzz:   $l: $(grep -c "^$l P\$" "$work/all.rem") promoted," \
         "$(grep -c "^$l D " "$work/all.rem") declined"
  done
  if [ "$declined" -gt 0 ]; then
    echo "fuzz: declined by reason:"
    sed -n 's/^[^ ]* D //p' "$work/all.rem" | sort | uniq -c | sort -rn \
      | sed 's/^/fuzz:   /'
  fi
fi
if [ "$vg" -gt 0 ]; then
  echo "fuzz: valgrind runs: $(grep -c '^VG ' "$work/all.res")," \
       "baseline also failing under valgrind: $(grep -c '^VGBASE ' \
       "$work/all.res")"
fi
if [ "$failed" -gt 0 ]; then
  echo "fuzz: failures (kept in $out):"
  grep '^FAIL ' "$work/all.res" | sort -n -k2 | sed 's/^FAIL /fuzz:   seed /'
fi
if [ "$missing" -gt 0 ]; then
  echo "fuzz: $missing pairs did not report (interrupted?); counted as failed"
  failed=$((failed + missing))
fi
echo "fuzz: $passed passed, $failed failed"
[ "$failed" = 0 ]
