#!/usr/bin/env bash
# torture-run1.sh -- worker of scripts/torture.sh: builds and runs ONE
# (test, level) pair twice, as a baseline and with the plugin, and writes
# the outcome to $T_OUT/results/ID.res (plus ID.dec, the plugin's declines).
#
# Usage (done by torture.sh through xargs -P; not meant to be run by hand):
#   torture-run1.sh "RUN<TAB>ID<TAB>TEST<TAB>LEVEL<TAB>FLAGS<TAB>SOURCES"
# Environment (exported by torture.sh):
#   T_CC            compiler driver
#   T_OUT           output directory (results/, logs/, work/)
#   T_SUITE         the gcc.c-torture/execute directory
#   T_COMMON_FLAGS  flags of both builds (-w -fchecking=2 ...)
#   T_PLUGIN_FLAGS  flags of the plugin build only (empty: baseline twice)
#   T_CTIMEOUT      per-compile timeout (s);  T_RTIMEOUT  per-run timeout (s)
#
# Result line (tab separated):
#   ID TEST LEVEL BASE_KIND BASE_DETAIL PLUGIN_KIND PLUGIN_DETAIL PROMOTIONS
#   LOGDIR
# where KIND is pass | compile-fail | run-fail | timeout and LOGDIR is "-"
# unless a build failed (then the logs and commands are kept there).

set -euo pipefail
export LC_ALL=C
set -f  # flags are data, never file globs

# build_and_run VARIANT EXTRA...: compile the sources with the common flags,
# the level, the test flags and EXTRA into $WD/VARIANT.exe, run it, and set
# KIND and DETAIL.  Logs: $WD/VARIANT.{compile,run}.log, command in .cmd.
build_and_run() {
  local variant=$1 rc
  shift
  local -a cmd=("$T_CC" "${COMMON[@]}" "${LEVEL_FLAGS[@]}" "${TEST_FLAGS[@]}"
                "${SRCS[@]}" -o "$WD/$variant.exe" -lm "$@")
  printf '%q ' timeout -k 5 "$T_CTIMEOUT" "${cmd[@]}" >"$WD/$variant.cmd"
  echo >>"$WD/$variant.cmd"
  rc=0
  (cd "$WD" && timeout -k 5 "$T_CTIMEOUT" "${cmd[@]}") \
    </dev/null >"$WD/$variant.compile.log" 2>&1 || rc=$?
  if ((rc != 0)); then
    KIND=compile-fail
    if ((rc == 124 || rc == 137)); then
      KIND=timeout DETAIL="compile >${T_CTIMEOUT}s"
    elif grep -q 'internal compiler error\|Please submit a full bug report' \
         "$WD/$variant.compile.log"; then
      DETAIL=ice
    elif grep -q 'ld returned\|undefined reference\|collect2:' \
         "$WD/$variant.compile.log"; then
      DETAIL=link-error
    elif grep -q ': error: ' "$WD/$variant.compile.log"; then
      DETAIL=error
    else
      DETAIL="compiler exit $rc"
    fi
    return
  fi
  rc=0
  # "; exit" keeps the subshell alive, so a crash is reported into the run
  # log by the subshell instead of on our stderr.
  (cd "$WD" && ulimit -c 0 &&
     timeout -k 2 "$T_RTIMEOUT" "./$variant.exe"; exit $?) \
    </dev/null >"$WD/$variant.run.log" 2>&1 || rc=$?
  if ((rc == 0)); then
    KIND=pass DETAIL=-
  elif ((rc == 124 || rc == 137)); then
    KIND=timeout DETAIL="run >${T_RTIMEOUT}s"
  elif ((rc > 128)); then
    KIND=run-fail DETAIL="signal $((rc - 128))$(signame $((rc - 128)))"
  else
    KIND=run-fail DETAIL="exit $rc"
  fi
}

# signame N: print " (SIGNAME)" for signal number N, or nothing.
signame() {
  local n
  n=$(kill -l "$1" 2>/dev/null) || return 0
  printf ' (SIG%s)' "$n"
}

# count_remarks LOG: print the number of "promoted to the stack" remarks and
# write one "LEVEL<TAB>REASON" line per "stays on the heap" remark to
# $RES.dec.  REASON is the text after "stays on the heap: " with quoted names
# replaced by '...' and cut at the first "(" (line info), so that remarks
# group by kind: "passed to '...'", "'...' allocations are not promoted yet".
count_remarks() {
  local log=$1 lq rq
  lq=$(printf '\342\200\230') rq=$(printf '\342\200\231')  # UTF-8 quotes
  grep -c 'note: escape: .*promoted to the stack' "$log" || true
  grep 'note: escape: .*stays on the heap: ' "$log" |
    sed -e 's/.*stays on the heap: //' \
        -e "s/${lq}[^${rq}]*${rq}/'...'/g" -e "s/'[^']*'/'...'/g" \
        -e 's/"[^"]*"/'"'...'"'/g' -e 's/(.*//' \
        -e 's/[[:space:]:,;]*$//' -e 's/^$/(no reason given)/' |
    awk -v lvl="$LEVEL" '{ print lvl "\t" $0 }' >"$RES.dec" || true
}

# main LINE: run the pair described by one jobs.list line.
main() {
  local tag id test flags srcs s
  IFS=$'\t' read -r tag id test LEVEL flags srcs <<<"$1"
  [[ $tag == RUN ]] || { echo "torture-run1: bad job line: $1" >&2; exit 2; }
  read -r -a COMMON <<<"$T_COMMON_FLAGS"
  read -r -a LEVEL_FLAGS <<<"${LEVEL//,/ }"
  read -r -a TEST_FLAGS <<<"$flags"
  local -a plugin rel
  read -r -a plugin <<<"$T_PLUGIN_FLAGS"
  read -r -a rel <<<"$srcs"
  SRCS=()
  for s in "${rel[@]}"; do SRCS+=("$T_SUITE/$s"); done
  RES="$T_OUT/results/$id"
  WD="$T_OUT/work/$id"
  rm -rf "$WD"
  mkdir -p "$WD"

  local bkind bdetail pkind pdetail prom=0 logdir=-
  build_and_run base
  bkind=$KIND bdetail=$DETAIL
  build_and_run plugin "${plugin[@]}"
  pkind=$KIND pdetail=$DETAIL
  : >"$RES.dec"
  if ((${#plugin[@]})); then
    prom=$(count_remarks "$WD/plugin.compile.log")
  fi
  if [[ $bkind != pass || $pkind != pass ]]; then
    logdir="$T_OUT/logs/${test//\//_}.${LEVEL#-}"
    logdir=${logdir//,/_}
    rm -rf "$logdir"
    mkdir -p "$logdir"
    set +f
    cp "$WD"/*.log "$WD"/*.cmd "$logdir"/ 2>/dev/null || true
    set -f
    printf '%s\n' "baseline: $bkind ($bdetail)" "plugin:   $pkind ($pdetail)" \
      >"$logdir/outcome.txt"
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$id" "$test" "$LEVEL" \
    "$bkind" "$bdetail" "$pkind" "$pdetail" "$prom" "$logdir" >"$RES.res.tmp"
  mv "$RES.res.tmp" "$RES.res"
  rm -rf "$WD"
}

main "$@"
