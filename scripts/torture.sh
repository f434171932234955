#!/usr/bin/env bash
# torture.sh -- regression gate: GCC's execution torture suite with and
# without the "escape" plugin.
#
# PURPOSE
#   Builds and runs every program of gcc/testsuite/gcc.c-torture/execute
#   (top level, builtins/ and ieee/; about 1,700 programs from the GCC 12.2
#   sources) twice per optimisation level: once as a BASELINE (plain gcc) and
#   once with the plugin loaded (-fplugin=escape.so -fplugin-arg-escape-remarks
#   plus --plugin-args).  Both builds use exactly the same flags except the
#   plugin flags.  A (test, level) pair is a REGRESSION when the baseline
#   passes and the plugin build does not (compile error, ICE, link error,
#   wrong exit status, crash, compile or run timeout).
#
#   Per-test settings are honoured the way GCC's own harness does it:
#     * top level (execute.exp, dg driven): dg-options, dg-additional-options,
#       dg-add-options, dg-skip-if (target + include/exclude flags per level),
#       dg-require-effective-target, dg-do run { target ... }, dg-require-*;
#     * builtins/ (builtins.exp): NAME.c + NAME-lib.c + lib/main.c, with the
#       builtins flags, modified by NAME.x;
#     * ieee/ (ieee.exp): -fno-inline (+ -ffloat-store on ia32), NAME.x.
#   Target selectors are evaluated for native x86_64/i?86 GNU/Linux with a
#   three-valued logic; anything that cannot be decided is SKIPPED (counted
#   as skipped, never as passed).
#
# USAGE
#   scripts/torture.sh [options]
#
# OPTIONS
#   --plugin PATH|none   plugin to test; "none" compares the baseline against
#                        itself (a harness self-check: must give 0 regressions).
#                        Default: ./escape.so or ./plugin/.libs/escape.so of the
#                        repository, whichever exists.
#   --plugin-args "ARGS" extra plugin arguments, e.g.
#                        "-fplugin-arg-escape-max-object-size=65536"
#   --levels "L1 L2 ..." optimisation levels (default "-O1 -O2 -O3 -Os"); a
#                        level may hold several flags joined by commas, e.g.
#                        "-O3,-funroll-loops"
#   --jobs N             parallel jobs (default: nproc)
#   --cache DIR          where the testsuite is extracted (default
#                        $PWD/torture-cache); extracted once, then reused
#   --out DIR            results and kept logs (default $PWD/torture-out)
#   --limit N            only the first N tests (after --sample)
#   --sample K/M         only every M-th test starting at index K (0 <= K < M)
#   --cc GCC             compiler driver (default gcc)
#   --compile-timeout S  per-compile timeout in seconds (default 120)
#   --run-timeout S      per-run timeout in seconds (default 10)
#   --dry-run            only write OUT/plan.tsv and print the skip summary
#   -h, --help           this text
#   Environment: GCC_SOURCE_TARBALL overrides the tarball
#   (default /usr/src/gcc-12/gcc-12.2.0-dfsg.tar.xz, Debian gcc-12-source).
#
# OUTPUT
#   stdout: one line per regression
#     REGRESSION: <test> <level> <kind> (<detail>) log: <dir>
#   with kind in compile-fail|run-fail|timeout, then a summary (tests,
#   levels, pairs, skipped, baseline failures, promotions per level,
#   declines by reason) ending with exactly one line
#     torture: N passed, N failed
#   passed = pairs run where the plugin build does as well as the baseline
#   (or the baseline fails too), failed = regressions.
#   OUT/ holds plan.tsv (every pair, run or skipped, with reason),
#   results.tsv, regressions.txt, summary.txt and logs/<test>.<level>/ for
#   every pair where either build failed (compile/run logs + commands).
#
# EXIT STATUS
#   0 no regression, 1 at least one regression, 2 usage or harness error.

set -euo pipefail
export LC_ALL=C

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$SCRIPT_DIR/.." && pwd)
RUNNER="$SCRIPT_DIR/torture-run1.sh"
TARBALL=${GCC_SOURCE_TARBALL:-/usr/src/gcc-12/gcc-12.2.0-dfsg.tar.xz}
SUITE_REL=gcc/testsuite/gcc.c-torture/execute

# Option defaults.
opt_plugin=""
opt_plugin_args=""
opt_levels="-O1 -O2 -O3 -Os"
opt_jobs=$(nproc 2>/dev/null || echo 1)
opt_cache="$PWD/torture-cache"
opt_out="$PWD/torture-out"
opt_limit=0
opt_sample=""
opt_cc=gcc
opt_ctimeout=120
opt_rtimeout=10
opt_dry_run=0

# Flags used for BOTH builds (the plugin build only adds the plugin flags).
COMMON_FLAGS=(-w -fno-diagnostics-show-caret -fdiagnostics-plain-output
              -fchecking=2)

# ---------------------------------------------------------------------------
# awk helpers (kept as strings: only torture.sh and torture-run1.sh exist).

# Tcl splitter.  mode=words: print the words of one Tcl command, one per
# line, outer braces/quotes removed.  mode=cmds: print the top-level commands
# of a Tcl script (comments dropped).  Newlines inside an item are encoded as
# \037 so that every item stays on one line.
# shellcheck disable=SC2016  # an awk program, not shell
AWK_TCL='
BEGIN { RS = "\001"; NL = "\037"; bad = 0 }
function emit(w) { gsub(/\n/, NL, w); print w }
function trim(w) { sub(/^[ \t\r\n]+/, "", w); sub(/[ \t\r\n]+$/, "", w); return w }
function words(s,   n, i, j, c, d, depth, bd, w) {
  n = length(s); i = 1
  while (i <= n) {
    c = substr(s, i, 1)
    if (c ~ /[ \t\r\n]/) { i++; continue }
    if (c == "{") {
      depth = 1; j = i + 1
      while (j <= n && depth > 0) {
        d = substr(s, j, 1)
        if (d == "\\") { j += 2; continue }
        if (d == "{") depth++; else if (d == "}") depth--
        j++
      }
      if (depth > 0) { bad = 1; return }
      w = substr(s, i + 1, j - i - 2); i = j
    } else if (c == "\"") {
      j = i + 1
      while (j <= n) {
        d = substr(s, j, 1)
        if (d == "\\") { j += 2; continue }
        if (d == "\"") break
        j++
      }
      if (j > n) { bad = 1; return }
      w = substr(s, i + 1, j - i - 1); i = j + 1
    } else {
      j = i; bd = 0
      while (j <= n) {
        d = substr(s, j, 1)
        if (d == "\\") { j += 2; continue }
        if (d == "[") bd++
        else if (d == "]" && bd > 0) bd--
        else if (bd == 0 && d ~ /[ \t\r\n]/) break
        j++
      }
      w = substr(s, i, j - i); i = j
    }
    emit(w)
  }
}
function cmds(s,   n, i, c, cmd, depth, bd, inq, start) {
  n = length(s); cmd = ""; depth = 0; bd = 0; inq = 0; start = 1
  for (i = 1; i <= n; i++) {
    c = substr(s, i, 1)
    if (start) {
      if (c ~ /[ \t\r\n;]/) continue
      if (c == "#") { while (i <= n && substr(s, i, 1) != "\n") i++; continue }
      start = 0
    }
    if (c == "\\") {
      if (substr(s, i + 1, 1) == "\n") cmd = cmd " "
      else cmd = cmd c substr(s, i + 1, 1)
      i++; continue
    }
    if (!inq) {
      if (c == "{") depth++; else if (c == "}") depth--
      else if (c == "[") bd++; else if (c == "]") bd--
    }
    if (c == "\"" && depth == 0) inq = !inq
    if (depth == 0 && bd == 0 && !inq && (c == "\n" || c == ";")) {
      cmd = trim(cmd); if (cmd != "") emit(cmd)
      cmd = ""; start = 1; continue
    }
    cmd = cmd c
  }
  if (depth != 0 || inq) bad = 1
  cmd = trim(cmd); if (cmd != "") emit(cmd)
}
{ gsub(/\037/, "\n"); if (mode == "cmds") cmds($0); else words($0) }
END { if (bad) print "\036PARSE-ERROR" }
'

# Three-valued selector evaluator (T/F/U).  Input: a dg target selector
# ("x86_64-*-* i?86-*-*", "! alloca", "{ { a } && ia32 }") or a Tcl "if"
# condition from a .x file ("[istarget "avr-*-*"] || ![check_effective_
# target_foo]").  Words matching *-*-* are target globs, other words are
# effective-target keywords looked up in ETS ("name=1 name=0 ..."); unknown
# keywords, variables and commands give U.  Adjacent operands are OR-ed (dg
# selector lists).  Prints "T", "F" or "U <what was unknown>".
# shellcheck disable=SC2016  # an awk program, not shell
AWK_SEL='
BEGIN { RS = "\001"; n = split(ets, a, " ")
        for (i = 1; i <= n; i++) { split(a[i], kv, "="); et[kv[1]] = kv[2] } }
function glob2re(g,   r, i, j, c) {
  r = "^"
  for (i = 1; i <= length(g); i++) {
    c = substr(g, i, 1)
    if (c == "*") r = r ".*"
    else if (c == "?") r = r "."
    else if (c == "[") {
      j = index(substr(g, i), "]")
      if (j > 0) { r = r substr(g, i, j); i += j - 1 } else r = r "\\["
    } else if (index(".+()^$|{}\\", c)) r = r "\\" c
    else r = r c
  }
  return r "$"
}
# Tcl quoting: drop double quotes and backslashes ("\[" is "[").
function unq(w) { gsub(/["\\]/, "", w); return w }
function target(p) { return (triplet ~ glob2re(p)) ? "T" : "F" }
function keyword(k) {
  if (k in et) return et[k] ? "T" : "F"
  unknown = unknown " " k; return "U"
}
function atom(w) {
  w = unq(w)
  if (w ~ /^\$/) { unknown = unknown " " w; return "U" }
  if (w ~ /-.*-/) return target(w)
  return keyword(w)
}
function command(s,   n, w) {
  gsub(/^[ \t\r\n]+|[ \t\r\n]+$/, "", s); n = split(s, w, /[ \t\r\n]+/)
  if (unq(w[1]) == "istarget" && n == 2) return target(unq(w[2]))
  if (w[1] ~ /^check_effective_target_/ && n == 1) {
    sub(/^check_effective_target_/, "", w[1]); return keyword(w[1]) }
  if (w[1] == "is-effective-target" && n == 2) return keyword(unq(w[2]))
  unknown = unknown " [" w[1] "]"; return "U"
}
function tokenize(s,   n, i, j, c, d, depth) {
  n = length(s); i = 1; nt = 0
  while (i <= n) {
    c = substr(s, i, 1)
    if (c ~ /[ \t\r\n]/) { i++; continue }
    if (c == "{" || c == "(") { tok[++nt] = "("; i++; continue }
    if (c == "}" || c == ")") { tok[++nt] = ")"; i++; continue }
    if (c == "!") { tok[++nt] = "!"; i++; continue }
    if (substr(s, i, 2) == "&&" || substr(s, i, 2) == "||") {
      tok[++nt] = substr(s, i, 2); i += 2; continue }
    if (c == "[") {
      depth = 1; j = i + 1
      while (j <= n && depth > 0) {
        d = substr(s, j, 1)
        if (d == "[") depth++; else if (d == "]") depth--
        j++
      }
      tok[++nt] = command(substr(s, i + 1, j - i - 2)); i = j; continue
    }
    if (c == "\"") {
      j = index(substr(s, i + 1), "\"")
      if (j == 0) j = n - i + 1
      tok[++nt] = atom(substr(s, i + 1, j - 1)); i += j + 1; continue
    }
    j = i
    while (j <= n && substr(s, j, 1) !~ /[ \t\r\n{}()\[\]"!&|]/) j++
    if (j == i) { perr = 1; i++; continue }
    tok[++nt] = atom(substr(s, i, j - i)); i = j
  }
}
function not3(a) { return a == "T" ? "F" : (a == "F" ? "T" : "U") }
function and3(a, b) { if (a == "F" || b == "F") return "F"
                      return (a == "T" && b == "T") ? "T" : "U" }
function or3(a, b) { if (a == "T" || b == "T") return "T"
                     return (a == "F" && b == "F") ? "F" : "U" }
function p_or(   v, t) {
  v = p_and()
  while (pos <= nt) {
    t = tok[pos]
    if (t == "||") { pos++; v = or3(v, p_and()) }
    else if (t != ")" && t != "&&") v = or3(v, p_and())
    else break
  }
  return v
}
function p_and(   v) {
  v = p_not()
  while (pos <= nt && tok[pos] == "&&") { pos++; v = and3(v, p_not()) }
  return v
}
function p_not() {
  if (pos <= nt && tok[pos] == "!") { pos++; return not3(p_not()) }
  return p_prim()
}
function p_prim(   v) {
  if (pos > nt) { perr = 1; return "U" }
  if (tok[pos] == "(") {
    pos++; v = p_or()
    if (pos <= nt && tok[pos] == ")") pos++; else perr = 1
    return v
  }
  v = tok[pos++]
  if (v != "T" && v != "F" && v != "U") { perr = 1; return "U" }
  return v
}
{ tokenize($0); pos = 1; v = p_or(); if (pos <= nt) perr = 1 }
END {
  if (NR == 0) { print "U empty selector"; exit }
  if (perr) { print "U cannot parse selector"; exit }
  if (v == "U") print "U" unknown; else print v
}
'

# ---------------------------------------------------------------------------

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
      --plugin|--plugin-args|--levels|--jobs|--cache|--out|--limit|\
      --sample|--cc|--compile-timeout|--run-timeout)
        (($# >= 2)) || die "$1 needs an argument" ;;
    esac
    case $1 in
      --plugin) opt_plugin=$2; shift ;;
      --plugin-args) opt_plugin_args=$2; shift ;;
      --levels) opt_levels=$2; shift ;;
      --jobs) opt_jobs=$2; shift ;;
      --cache) opt_cache=$2; shift ;;
      --out) opt_out=$2; shift ;;
      --limit) opt_limit=$2; shift ;;
      --sample) opt_sample=$2; shift ;;
      --cc) opt_cc=$2; shift ;;
      --compile-timeout) opt_ctimeout=$2; shift ;;
      --run-timeout) opt_rtimeout=$2; shift ;;
      --dry-run) opt_dry_run=1 ;;
      -h|--help) usage; exit 0 ;;
      *) die "unknown option '$1' (see --help)" ;;
    esac
    shift
  done
  [[ $opt_jobs =~ ^[1-9][0-9]*$ ]] || die "--jobs wants a positive number"
  [[ $opt_limit =~ ^[0-9]+$ ]] || die "--limit wants a number"
  opt_limit=$((10#$opt_limit))
  [[ $opt_ctimeout =~ ^[1-9][0-9]*$ && $opt_rtimeout =~ ^[1-9][0-9]*$ ]] ||
    die "timeouts want positive numbers of seconds"
  if [[ -n $opt_sample ]]; then
    [[ $opt_sample =~ ^([0-9]+)/([1-9][0-9]*)$ ]] ||
      die "--sample wants K/M, e.g. 0/10"
    SAMPLE_K=$((10#${BASH_REMATCH[1]})) SAMPLE_M=$((10#${BASH_REMATCH[2]}))
    ((SAMPLE_K < SAMPLE_M)) || die "--sample K/M needs K < M"
  fi
  read -r -a LEVELS <<<"$opt_levels"
  ((${#LEVELS[@]})) || die "--levels is empty"
  # Absolute, because the compiles run inside per-pair work directories.
  opt_cc=$(command -v "$opt_cc") || die "compiler '$opt_cc' not found"
  [[ $opt_cc == /* ]] || opt_cc="$PWD/$opt_cc"
  command -v timeout >/dev/null || die "timeout(1) (coreutils) is required"
  [[ -x $RUNNER ]] || die "$RUNNER is missing or not executable"
}

# resolve_plugin: set PLUGIN_FLAGS (array) and PLUGIN_DESC from --plugin and
# --plugin-args; with "none" both builds are identical baselines.
resolve_plugin() {
  local p=$opt_plugin
  if [[ -z $p ]]; then
    for p in "$REPO_DIR/escape.so" "$REPO_DIR/plugin/.libs/escape.so" ""; do
      [[ -z $p || -f $p ]] && break
    done
    [[ -n $p ]] || die "no escape.so found; build it or pass --plugin PATH|none"
  fi
  PLUGIN_FLAGS=()
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
  local extra
  read -r -a extra <<<"$opt_plugin_args"
  PLUGIN_FLAGS=("-fplugin=$p" -fplugin-arg-escape-remarks "${extra[@]}")
  PLUGIN_DESC="${PLUGIN_FLAGS[*]}"
}

# ensure_suite: make sure the torture sources are extracted under the cache
# (installing gcc-12-source when the tarball is missing and we are root);
# sets SUITE to the execute/ directory.
ensure_suite() {
  local top marker tmp
  # Absolute, because the compiles run inside per-pair work directories.
  mkdir -p "$opt_cache"
  opt_cache=$(cd "$opt_cache" && pwd)
  top=$(basename "$TARBALL"); top=${top%.tar.*}; top=${top%-dfsg}
  SUITE="$opt_cache/$top/$SUITE_REL"
  marker="$opt_cache/.extracted-$top"
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
  echo "torture: extracting $SUITE_REL from $TARBALL into $opt_cache" >&2
  tar -xf "$TARBALL" -C "$tmp" \
      "$top/$SUITE_REL" "$top/gcc/testsuite/lib" ||
    { rm -rf "$tmp"; die "extracting from $TARBALL failed"; }
  rm -rf "${opt_cache:?}/$top"
  mv "$tmp/$top" "$opt_cache/$top"
  rmdir "$tmp"
  echo "$TARBALL" >"$marker"
  [[ -f $SUITE/execute.exp ]] || die "extraction gave no $SUITE/execute.exp"
}

# setup_target: work out the target triplet of --cc and the table of
# effective-target keywords (ETS) for native x86_64/i?86 GNU/Linux; probes
# the compiler for the few that depend on it.  Other targets get an empty
# table, so every keyword is unknown and the tests using one are skipped.
setup_target() {
  local m defs probe
  ET_IA32=0
  m=$("$opt_cc" -dumpmachine)
  # Debian says x86_64-linux-gnu; dejagnu globs like *-*-linux* want the
  # canonical cpu-vendor-os form.
  if [[ $m =~ ^([^-]+)-(linux.*)$ ]]; then
    m="${BASH_REMATCH[1]}-pc-${BASH_REMATCH[2]}"
  fi
  TRIPLET=$m
  ETS=""
  if [[ ! $TRIPLET =~ ^(x86_64|i[3-7]86)-[^-]+-linux ]]; then
    echo "torture: warning: $TRIPLET is not x86 GNU/Linux; every test" \
      "needing an effective-target keyword will be skipped" >&2
    return
  fi
  defs=$("$opt_cc" -dM -E - </dev/null)
  probe=$(mktemp -d)
  local k v
  # keyword=value; 1 = supported.
  local -a table=(
    int32plus=1 int32=1 label_values=1 trampolines=1 alloca=1
    indirect_jumps=1 untyped_assembly=1 return_address=1 fileio=1
    unwrapped=1 stdint_types=1 mmap=1 double64plus=1 double64=1
    c99_runtime=1 longlong64=1 signal=1 nonlocal_goto=1 fpic=1 weak=1
    alias=1 named_sections=1 hard_float=1 ptr32plus=1 size32plus=1
    freestanding=0 newlib_nano_io=0 vxworks_kernel=0 coldfire_fpu=0
    ti_c67x=0 stack_size=0 simulator=0
  )
  [[ $defs == *"#define __LP64__ 1"* ]] && v=1 || v=0
  table+=("lp64=$v")
  [[ $defs == *"#define __i386__ 1"* ]] && v=1 || v=0
  table+=("ia32=$v")
  [[ $defs == *"#define __x86_64__ 1"* && $defs == *"#define __ILP32__ 1"* ]] &&
    v=1 || v=0
  table+=("x32=$v")
  [[ $defs == *"#define __SIZEOF_INT128__ "* ]] && v=1 || v=0
  table+=("int128=$v")
  echo 'float x __attribute__((mode(DD)));' >"$probe/dfp.c"
  "$opt_cc" -c "$probe/dfp.c" -o "$probe/dfp.o" >/dev/null 2>&1 && v=1 || v=0
  table+=("dfp=$v")
  rm -rf "$probe"
  ETS="${table[*]}"
  ET_IA32=0
  for k in "${table[@]}"; do [[ $k == ia32=1 ]] && ET_IA32=1; done
  return 0
}

# tcl_words TEXT: print the Tcl words of TEXT, one per line.
tcl_words() {
  printf '%s' "$1" | awk -v mode=words "$AWK_TCL"
}

# split_words ARRAY TEXT: store the Tcl words of TEXT in ARRAY; returns 1
# (ARRAY empty) when TEXT is not a well-formed Tcl command.
split_words() {
  local -n _sw=$1
  mapfile -t _sw < <(tcl_words "$2")
  if ((${#_sw[@]})) && [[ ${_sw[-1]} == $'\036PARSE-ERROR' ]]; then
    _sw=()
    return 1
  fi
  return 0
}

# split_cmds ARRAY TEXT: store the Tcl commands of TEXT in ARRAY; returns 1
# on a parse error.
split_cmds() {
  local -n _sc=$1
  mapfile -t _sc < <(tcl_cmds "$2")
  if ((${#_sc[@]})) && [[ ${_sc[-1]} == $'\036PARSE-ERROR' ]]; then
    _sc=()
    return 1
  fi
  return 0
}

# tcl_cmds TEXT: print the top-level Tcl commands of TEXT, one per line.
tcl_cmds() {
  printf '%s' "$1" | awk -v mode=cmds "$AWK_TCL"
}

# sel_eval TEXT: evaluate a selector/condition; prints T, F or "U why".
sel_eval() {
  printf '%s' "$1" | awk -v triplet="$TRIPLET" -v ets="$ETS" "$AWK_SEL" \
    2>/dev/null || echo "U cannot evaluate '$1'"
}

# flag_words TEXT: print the flags of a dg/Tcl option string (a Tcl list),
# one per line, quotes and braces removed.
flag_words() {
  local w
  while IFS= read -r w; do
    w=${w//$'\037'/ }
    [[ -n ${w//[[:space:]]/} ]] || continue
    # A braced sub-list ({ "-fwrapv" }) holds more words.
    if [[ $w == *[[:space:]]* || $w == \"* ]]; then
      flag_words "$w"
    else
      printf '%s\n' "$w"
    fi
  done < <(tcl_words "$1")
}

# flags_match FLAGS OPTLIST: 0 if the Tcl list OPTLIST of option groups
# matches FLAGS the way dejagnu's check_conditional_xfail does: some group
# whose every word (a glob) occurs in " toolname FLAGS ".
flags_match() {
  local cf=" toolname $1 " group w hit
  local -a groups words
  mapfile -t groups < <(tcl_words "$2")
  for group in "${groups[@]}"; do
    group=${group//$'\037'/ }
    mapfile -t words < <(flag_words "$group")
    # An empty group never matches (dejagnu counts 0 hits as no hit).
    ((${#words[@]})) || continue
    hit=1
    for w in "${words[@]}"; do
      # shellcheck disable=SC2053  # glob match intended
      [[ $cf == *\ $w\ * ]] || { hit=0; break; }
    done
    ((hit)) && return 0
  done
  return 1
}

# selector_of TEXT: for a trailing dg argument "target SEL" / "xfail SEL",
# set SEL_KIND and SEL_TEXT.
selector_of() {
  local -a w
  mapfile -t w < <(tcl_words "$1")
  SEL_KIND=${w[0]:-}
  SEL_TEXT=${w[1]:-}
  SEL_TEXT=${SEL_TEXT//$'\037'/ }
}

# plan_dg TEST: interpret the dg directives of a top-level execute test.
# Sets T_SKIP (reason, empty = run), T_FLAGS (the dg "extra tool flags"),
# T_SKIPIF (lines "include<TAB>exclude" of dg-skip-if that match the target).
plan_dg() {
  local test=$1 line name args r what
  local -a w
  local dg_extra="-w" flag_list
  T_SKIP=""
  T_FLAGS=""
  T_SKIPIF=""
  local re='\{[[:space:]]+(dg-[-a-z]+)[[:space:]]+(.*)[[:space:]]+\}'
  while IFS= read -r line; do
    [[ -n $line ]] || continue
    [[ $line =~ $re ]] || continue
    name=${BASH_REMATCH[1]} args=${BASH_REMATCH[2]}
    split_words w "$args" || { T_SKIP="cannot parse '$name $args'"; return; }
    case $name in
      dg-do)
        what=${w[0]:-}
        if [[ $what != run ]]; then T_SKIP="dg-do $what"; return; fi
        if ((${#w[@]} > 1)); then
          selector_of "${w[1]}"
          if [[ $SEL_KIND == target ]]; then
            r=$(sel_eval "$SEL_TEXT")
            case $r in
              F) T_SKIP="dg-do run target not matched"; return ;;
              U*) T_SKIP="dg-do target selector unknown:${r#U}"; return ;;
            esac
          fi
        fi ;;
      dg-options|dg-additional-options)
        if ((${#w[@]} > 1)); then
          selector_of "${w[1]}"
          [[ $SEL_KIND == target ]] ||
            { T_SKIP="$name with '${w[1]}'"; return; }
          r=$(sel_eval "$SEL_TEXT")
          case $r in
            F) continue ;;
            U*) T_SKIP="$name target selector unknown:${r#U}"; return ;;
          esac
        fi
        flag_list=$(flag_words "${w[0]:-}" | tr '\n' ' ')
        if [[ $name == dg-options ]]; then
          dg_extra=$flag_list
        else
          dg_extra="$dg_extra $flag_list"
        fi ;;
      dg-add-options)
        case ${w[0]:-} in
          stack_size) ;;  # no stack_size limit: adds nothing
          ieee)            # only alpha/sh/rx add flags
            [[ $TRIPLET =~ ^(x86_64|i[3-7]86)- ]] ||
              { T_SKIP="dg-add-options ieee on $TRIPLET"; return; } ;;
          *) T_SKIP="dg-add-options ${w[0]:-} not supported"; return ;;
        esac ;;
      dg-require-effective-target)
        if ((${#w[@]} > 1)); then
          selector_of "${w[1]}"
          r=$(sel_eval "$SEL_TEXT")
          case $r in
            F) continue ;;
            U*) T_SKIP="$name selector unknown:${r#U}"; return ;;
          esac
        fi
        r=$(sel_eval "${w[0]:-}")
        case $r in
          T) ;;
          F) T_SKIP="requires effective target ${w[0]}"; return ;;
          *) T_SKIP="effective target ${w[0]:-} unknown"; return ;;
        esac ;;
      dg-require-stack-size) ;;    # no stack limit known: always fine
      dg-require-alias|dg-require-weak)
        r=$(sel_eval "${name#dg-require-}")
        [[ $r == T ]] || { T_SKIP="$name: $r"; return; } ;;
      dg-skip-if)
        ((${#w[@]} >= 2)) || { T_SKIP="malformed dg-skip-if"; return; }
        r=$(sel_eval "${w[1]//$'\037'/ }")
        case $r in
          F) ;;
          T)
            # Absent include list means "any flags" (dejagnu quirk).
            T_SKIPIF+="${w[2]-*}"$'\036'"${w[3]-}"$'\036'"${w[0]}"$'\n' ;;
          *) T_SKIP="dg-skip-if selector unknown:${r#U}"; return ;;
        esac ;;
      dg-xfail-if|dg-xfail-run-if|dg-prune-output) ;;  # we compare anyway
      *) T_SKIP="unsupported directive $name"; return ;;
    esac
  done <<<"${DG_LINES[$test]:-}"
  T_FLAGS=$dg_extra
}

# xf_run TEXT: interpret a .x Tcl script (the subset GCC's .x files use);
# updates XF_FLAGS, XF_STATE ("" running, "done", or "skip:REASON") and
# XF_LEVEL_SKIP (globs on the torture option).
xf_run() {
  local cmd r i cond body m
  local -a cmds w
  split_cmds cmds "$1" || { XF_STATE="skip:.x parse error"; return; }
  for cmd in "${cmds[@]}"; do
    [[ -z $XF_STATE ]] || return 0
    cmd=${cmd//$'\037'/$'\n'}
    split_words w "$cmd" || { XF_STATE="skip:.x parse error"; return; }
    case ${w[0]} in
      load_lib|global|verbose) ;;
      return)
        if [[ ${w[1]:-} == 0 ]]; then XF_STATE="done"
        else XF_STATE="skip:.x says not for this target"; fi ;;
      set|lappend)
        case ${w[1]:-} in
          additional_flags)
            [[ ${w[0]} == set ]] && XF_FLAGS=""
            for ((i = 2; i < ${#w[@]}; i++)); do
              XF_FLAGS+=" $(flag_words "${w[i]//$'\037'/ }" | tr '\n' ' ')"
            done ;;
          torture_eval_before_compile)
            # Only the form: if {[string match {PAT} "$option"]} { continue }
            body=${w[2]//$'\037'/$'\n'}
            # shellcheck disable=SC2016  # a regex, not shell
            m='^[[:space:]]*if[[:space:]]+\{\[string match \{([^}]*)\} "\$option"\]\}[[:space:]]*\{[[:space:]]*continue[[:space:]]*\}[[:space:]]*$'
            body=$(tcl_cmds "$body")
            body=${body//$'\037'/ }
            if [[ $body =~ $m ]]; then
              XF_LEVEL_SKIP+=" ${BASH_REMATCH[1]}"
            else
              XF_STATE="skip:.x torture_eval_before_compile not understood"
            fi ;;
          # Expected failures need no special care: a pair is only a
          # regression when the baseline passes and the plugin build fails.
          torture_execute_xfail|torture_compile_xfail) ;;
          torture_eval_before_execute) ;;  # only sets xfail data
          *) XF_STATE="skip:.x sets ${w[1]:-}" ;;
        esac ;;
      if)
        i=1
        while :; do
          cond=${w[i]//$'\037'/ }
          ((i++))
          [[ ${w[i]:-} == "then" ]] && ((i++))
          body=${w[i]:-}
          ((i++))
          r=$(sel_eval "$cond")
          case $r in
            T) xf_run "${body//$'\037'/$'\n'}"; break ;;
            F) ;;
            *) XF_STATE="skip:.x condition unknown:${r#U}"; break ;;
          esac
          # False: try elseif / else.
          if [[ ${w[i]:-} == elseif ]]; then ((i++)); continue; fi
          if [[ ${w[i]:-} == else ]]; then
            xf_run "${w[i + 1]//$'\037'/$'\n'}"
          elif ((i < ${#w[@]})); then
            xf_run "${w[i]//$'\037'/$'\n'}"
          fi
          break
        done ;;
      *) XF_STATE="skip:.x command ${w[0]} not understood" ;;
    esac
  done
}

# plan_xfile TEST BASEFLAGS: apply TEST's .x file (if any) like
# c-torture-execute does; sets T_SKIP, T_FLAGS, T_LEVEL_SKIP.
plan_xfile() {
  local test=$1 x="$SUITE/${1%.c}.x"
  XF_FLAGS=$2 XF_STATE="" XF_LEVEL_SKIP=""
  if [[ -f $x ]]; then
    xf_run "$(cat "$x")"
  fi
  T_SKIP=""
  [[ $XF_STATE == skip:* ]] && T_SKIP=${XF_STATE#skip:}
  T_FLAGS=$XF_FLAGS
  T_LEVEL_SKIP=$XF_LEVEL_SKIP
}

# list_tests: set TESTS to the test names (relative to SUITE) in the order
# GCC runs them, then apply --sample and --limit.
list_tests() {
  local -a all=()
  local f i=0
  while IFS= read -r f; do all+=("$f"); done < <(
    cd "$SUITE" &&
    find . -maxdepth 1 -type f -name '*.[cS]' | sed 's|^\./||' | sort &&
    find builtins -maxdepth 1 -type f -name '*.c' ! -name '*-lib.c' | sort &&
    find ieee -maxdepth 1 -type f -name '*.c' | sort)
  TESTS_TOTAL=${#all[@]}
  TESTS=()
  local k=0 m=1
  if [[ -n $opt_sample ]]; then k=$SAMPLE_K m=$SAMPLE_M; fi
  for f in "${all[@]}"; do
    if ((i % m == k)); then TESTS+=("$f"); fi
    ((++i))
  done
  if ((opt_limit > 0 && opt_limit < ${#TESTS[@]})); then
    TESTS=("${TESTS[@]:0:opt_limit}")
  fi
}

# collect_dg: read the dg directive lines of all top-level tests into the
# associative array DG_LINES (test name -> lines).
collect_dg() {
  declare -gA DG_LINES=()
  local file rest
  while IFS= read -r rest; do
    file=${rest%%:*}
    DG_LINES[$file]+="${rest#*:}"$'\n'
  done < <(cd "$SUITE" &&
             { grep -E '\{[[:space:]]+dg-[-a-z]+' -- ./*.[cS] || true; } |
             sed 's|^\./||')
}

# make_plan: decide, for every selected test and level, whether it runs and
# with which flags and sources; writes OUT/plan.tsv and OUT/jobs.list.
make_plan() {
  local test level lflags id=0 srcs base skip inc exc why pat line tflags
  local -a fl
  local builtins_flags="-fno-tree-dse -fno-tree-loop-distribute-patterns -fno-tracer -fno-ipa-ra -fno-inline-functions"
  local ieee_flags="-fno-inline"
  ((ET_IA32)) && ieee_flags+=" -ffloat-store"
  : >"$OUT/plan.tsv"
  : >"$OUT/jobs.list"
  for test in "${TESTS[@]}"; do
    T_LEVEL_SKIP="" T_SKIPIF=""
    case $test in
      builtins/*)
        plan_xfile "$test" "$builtins_flags"
        base=${test%.c}
        srcs="$test $base-lib.c builtins/lib/main.c" ;;
      ieee/*)
        plan_xfile "$test" "$ieee_flags"
        srcs=$test ;;
      *)
        plan_dg "$test"
        srcs=$test ;;
    esac
    read -r -a fl <<<"$T_FLAGS"
    tflags="${fl[*]}"
    for level in "${LEVELS[@]}"; do
      lflags=${level//,/ }
      skip=$T_SKIP
      if [[ -z $skip && -n $T_LEVEL_SKIP ]]; then
        for pat in $T_LEVEL_SKIP; do
          # shellcheck disable=SC2053  # glob match intended
          [[ $lflags == $pat ]] && skip=".x skips option $pat"
        done
      fi
      if [[ -z $skip && -n $T_SKIPIF ]]; then
        while IFS=$'\036' read -r inc exc why; do
          [[ -n $inc$exc$why ]] || continue
          if flags_match "$lflags $T_FLAGS" "$inc" &&
             ! flags_match "$lflags $T_FLAGS" "$exc"; then
            skip="dg-skip-if: $why"
          fi
        done <<<"$T_SKIPIF"
      fi
      if [[ -n $skip ]]; then
        printf 'SKIP\t-\t%s\t%s\t%s\n' "$test" "$level" "$skip" >>"$OUT/plan.tsv"
      else
        ((++id))
        line=$(printf 'RUN\t%05d\t%s\t%s\t%s\t%s' "$id" "$test" "$level" \
                 "$tflags" "$srcs")
        printf '%s\n' "$line" >>"$OUT/plan.tsv"
        printf '%s\n' "$line" >>"$OUT/jobs.list"
      fi
    done
  done
}

# preflight: make sure both builds work on a trivial program, so a broken
# plugin is reported once instead of as 1,700 regressions.
preflight() {
  local d
  d=$(mktemp -d "$OUT/preflight.XXXXXX")
  printf '%s\n' '#include <stdlib.h>' \
    'int main (void) { int *p = malloc (4 * sizeof *p); if (!p) abort ();' \
    '  p[0] = 1; int r = p[0] - 1; free (p); return r; }' >"$d/t.c"
  if ! "$opt_cc" "${COMMON_FLAGS[@]}" -O2 "$d/t.c" -o "$d/base" -lm \
       >"$d/base.log" 2>&1 || ! "$d/base"; then
    die "baseline compiler does not work: $(cat "$d/base.log")"
  fi
  if ((${#PLUGIN_FLAGS[@]})); then
    if ! "$opt_cc" "${COMMON_FLAGS[@]}" -O2 "$d/t.c" -o "$d/plug" -lm \
         "${PLUGIN_FLAGS[@]}" >"$d/plug.log" 2>&1 || ! "$d/plug"; then
      die "plugin build of a trivial program fails: $(cat "$d/plug.log")"
    fi
  fi
  rm -rf "$d"
}

# run_pairs: build and run all planned pairs with xargs -P.
run_pairs() {
  export T_CC=$opt_cc T_OUT=$OUT T_SUITE=$SUITE
  export T_CTIMEOUT=$opt_ctimeout T_RTIMEOUT=$opt_rtimeout
  export T_COMMON_FLAGS="${COMMON_FLAGS[*]}"
  export T_PLUGIN_FLAGS="${PLUGIN_FLAGS[*]}"
  [[ -s $OUT/jobs.list ]] || return 0
  ((opt_dry_run == 0)) || return 0
  xargs -d '\n' -n 1 -P "$opt_jobs" -a "$OUT/jobs.list" "$RUNNER" ||
    echo "torture: warning: some runner invocations failed" >&2
}

# summarize: merge the per-pair results, print regressions and the summary
# (also written to OUT/summary.txt); sets REGRESSIONS.
summarize() {
  local njobs nres
  njobs=$(wc -l <"$OUT/jobs.list")
  ((opt_dry_run == 0)) || njobs=0
  find "$OUT/results" -name '*.res' -print0 | sort -z |
    xargs -0 -r cat >"$OUT/results.tsv"
  find "$OUT/results" -name '*.dec' -print0 | sort -z |
    xargs -0 -r cat >"$OUT/declines.tsv"
  nres=$(wc -l <"$OUT/results.tsv")
  HARNESS_ERRORS=$((njobs - nres))
  awk -F'\t' -v ntests="${#TESTS[@]}" -v ntotal="$TESTS_TOTAL" \
      -v levels="$opt_levels" -v nlevels="${#LEVELS[@]}" \
      -v plugin="$PLUGIN_DESC" -v herr="$HARNESS_ERRORS" \
      -v elapsed="$(( $(date +%s) - START ))" -v jobs="$opt_jobs" \
      -v plan="$OUT/plan.tsv" -v decl="$OUT/declines.tsv" \
      -v regfile="$OUT/regressions.txt" '
    function pct(a, b) { return b ? sprintf("%.1f", 100 * a / b) : "0.0" }
    BEGIN {
      while ((getline l < plan) > 0) {
        split(l, p, "\t")
        if (p[1] == "SKIP") { skipped++; why[p[5]]++; st[p[3]]++ }
        else { runtest[p[3]] = 1; pairs_run++ }
        pairs++
      }
      for (t in st) if (!(t in runtest)) wholly++
      while ((getline l < decl) > 0) {
        split(l, d, "\t"); dec[d[2]]++; ndec++
      }
      printf "" > regfile
    }
    # res: id test level bkind bdetail pkind pdetail promotions logdir
    {
      prom[$3] += $8; promtot += $8
      if ($4 != "pass") {
        bfail++
        bfails = bfails sprintf("torture: baseline failure: %s %s %s (%s)%s\n",
                                $2, $3, $4, $5, ($6 == "pass" ? " [plugin build passes]" : ""))
      }
      if ($4 == "pass" && $6 != "pass") {
        line = sprintf("REGRESSION: %s %s %s (%s) log: %s", $2, $3, $6, $7, $9)
        print line; print line > regfile; reg++
      } else ok++
    }
    END {
      printf "torture: plugin: %s\n", plugin
      printf "torture: tests: %d selected of %d, levels: %d (%s), jobs: %d, elapsed: %ds\n",
        ntests, ntotal, nlevels, levels, jobs, elapsed
      printf "torture: pairs: %d, run: %d, skipped: %d (%d tests skipped at every level)\n",
        pairs, pairs_run, skipped, wholly
      fflush()
      for (w in why) printf "torture:   skipped %d pair(s): %s\n", why[w], w | "sort -k3,3nr -k5"
      close("sort -k3,3nr -k5")
      printf "%s", bfails
      printf "torture: baseline failures: %d\n", bfail
      printf "torture: promotions: %d total", promtot
      n = split(levels, lv, " ")
      for (i = 1; i <= n; i++) printf ", %s: %d", lv[i], prom[lv[i]]
      printf "\n"
      printf "torture: declines: %d\n", ndec
      fflush()
      for (r in dec) printf "torture:   %6d  %s\n", dec[r], r | "sort -k2,2nr"
      close("sort -k2,2nr")
      if (herr) printf "torture: HARNESS ERRORS: %d pair(s) produced no result\n", herr
      printf "torture: %d passed, %d failed\n", ok, reg
    }' "$OUT/results.tsv" | tee "$OUT/summary.txt"
  REGRESSIONS=$(wc -l <"$OUT/regressions.txt")
}

# main ARGS...: parse options, prepare the suite, plan, run and report.
main() {
  START=$(date +%s)
  parse_args "$@"
  resolve_plugin
  ensure_suite
  setup_target
  mkdir -p "$opt_out"
  OUT=$(realpath "$opt_out")
  # Start from a clean slate in our own subdirectories only.
  rm -rf "$OUT/results" "$OUT/logs" "$OUT/work"
  rm -f "$OUT/plan.tsv" "$OUT/jobs.list" "$OUT/results.tsv" \
    "$OUT/declines.tsv" "$OUT/regressions.txt" "$OUT/summary.txt"
  mkdir -p "$OUT/results" "$OUT/logs" "$OUT/work"
  trap 'rm -rf "$OUT/work"' EXIT
  preflight
  list_tests
  collect_dg
  set -f  # flags and globs below are data, not file patterns
  make_plan
  set +f
  run_pairs
  summarize
  if ((HARNESS_ERRORS)); then exit 2; fi
  if ((REGRESSIONS)); then exit 1; fi
  exit 0
}

main "$@"
