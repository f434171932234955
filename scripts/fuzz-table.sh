#!/bin/bash
# fuzz-table.sh -- the before/after table of two differential fuzz runs.
#
# Reads the summaries that scripts/fuzz.sh prints (its standard output,
# saved as DIR/fuzz.log or given as a file) of two runs of the same
# seeds, levels and options with two plugins, and prints a Markdown
# table: programs, promoted sites (total and mean per program), declined
# sites, declines by reason (the stable tags of
# include/escape-reasons.def) with the after/before ratio, and failures.
# The reasons issue 10 asks to halve (free-other, loop-carried,
# loop-stored, realloc) are marked "halved" or "not halved".  It also
# checks that the two runs used the same seeds, levels, baseline and
# checking, and says so when they did not.
#
# Usage: scripts/fuzz-table.sh [--labels "BEFORE,AFTER"] BEFORE AFTER
#   BEFORE, AFTER  fuzz.sh output files, or directories holding fuzz.log
#
# For example (one job each, one after the other):
#   scripts/fuzz.sh --plugin /tmp/before/build/escape.so --seeds 1:1000 \
#     --levels -O2 --jobs 1 --baseline O0 --checking 0 --out /tmp/fz-before \
#     > /tmp/fz-before.log
#   scripts/fuzz.sh --plugin $PWD/build/escape.so ... > /tmp/fz-after.log
#   scripts/fuzz-table.sh /tmp/fz-before.log /tmp/fz-after.log
#
# Exit status: 0, or 2 on a usage error or an unreadable summary.

set -euo pipefail
export LC_ALL=C

labels="before,after"
if [[ ${1:-} == --labels ]]; then
  labels=${2:?--labels wants BEFORE,AFTER}
  shift 2
elif [[ ${1:-} == --labels=* ]]; then
  labels=${1#*=}
  shift
fi
if [[ ${1:-} == -h || ${1:-} == --help ]]; then
  sed -n '2,/^$/s/^# \{0,1\}//p' "$0"
  exit 0
fi
if [[ $# -ne 2 ]]; then
  sed -n '2,/^$/s/^# \{0,1\}//p' "$0" >&2
  exit 2
fi

# Print the summary file of argument $1: the file, or DIR/fuzz.log.
summary_of ()
{
  if [[ -d $1 ]]; then
    echo "$1/fuzz.log"
  else
    echo "$1"
  fi
}

before=$(summary_of "$1")
after=$(summary_of "$2")
for f in "$before" "$after"; do
  if [[ ! -r $f ]] || ! grep -q '^fuzz: [0-9]* passed, [0-9]* failed' "$f"; then
    echo "fuzz-table.sh: '$f' is not a finished fuzz.sh summary" >&2
    exit 2
  fi
done

awk -v labels="$labels" '
  # The run settings that must match: seeds, levels, baseline, checking
  # (the header line without its plugin and jobs).
  FNR == 1 { side = (NR == FNR) ? 1 : 2 }
  /^fuzz: seeds / {
    s = $0
    sub (/ plugin [^,]*( \([^)]*\))?,/, "", s)
    sub (/ jobs [0-9]*,/, "", s)
    setting[side] = s
  }
  /^fuzz: [0-9]+ programs, / { progs[side] = $2; secs[side] = $(NF - 1) }
  /^fuzz: remarks: / { prom[side] = $3; decl[side] = $5 }
  /^fuzz: declined by reason:/ { inreason = 1; next }
  inreason && /^fuzz: +[0-9]+ [^ ]+$/ {
    n[side, $3] = $2
    if (!($3 in seen)) { seen[$3] = 1; tags[++nt] = $3 }
    next
  }
  { inreason = 0 }
  /^fuzz: [0-9]+ passed, [0-9]+ failed/ { fail[side] = $4 }
  function num(x) { return x == "" ? 0 : x + 0 }
  function commas(x,   s, neg) {
    neg = x < 0; x = neg ? -x : x; s = sprintf ("%d", x)
    while (s ~ /[0-9][0-9][0-9][0-9]/) sub (/[0-9][0-9][0-9]($|,)/, ",&", s)
    return (neg ? "-" : "") s
  }
  function ratio(a, b) { return num(a) == 0 ? (num(b) == 0 ? "-" : "new") \
                                : sprintf ("%.2f", num(b) / num(a)) }
  END {
    split (labels, lab, ",")
    if (setting[1] != setting[2])
      printf "note: the runs differ in their settings:\n  %s\n  %s\n\n", \
             setting[1], setting[2]
    printf "| | %s | %s | %s/%s |\n", lab[1], lab[2], lab[2], lab[1]
    printf "| --- | ---: | ---: | ---: |\n"
    printf "| programs | %s | %s | |\n", commas(progs[1]), commas(progs[2])
    printf "| sites promoted | %s | %s | %s |\n", commas(prom[1]), \
           commas(prom[2]), ratio(prom[1], prom[2])
    printf "| promoted per program (mean) | %.2f | %.2f | %s |\n", \
           num(progs[1]) ? prom[1] / progs[1] : 0, \
           num(progs[2]) ? prom[2] / progs[2] : 0, ratio(prom[1], prom[2])
    printf "| sites declined | %s | %s | %s |\n", commas(decl[1]), \
           commas(decl[2]), ratio(decl[1], decl[2])
    # Reasons by their count before, then after; the four of issue 10
    # marked.
    for (i = 1; i <= nt; i++)
      for (j = i + 1; j <= nt; j++)
        if (num(n[1, tags[j]]) > num(n[1, tags[i]]) \
            || (num(n[1, tags[j]]) == num(n[1, tags[i]]) \
                && num(n[2, tags[j]]) > num(n[2, tags[i]])))
          { t = tags[i]; tags[i] = tags[j]; tags[j] = t }
    split ("free-other loop-carried loop-stored realloc", named, " ")
    for (k in named) issue[named[k]] = 1
    for (i = 1; i <= nt; i++)
      {
        t = tags[i]; r = ratio(n[1, t], n[2, t])
        mark = ""
        if (t in issue)
          mark = (num(n[2, t]) * 2 <= num(n[1, t])) ? " (halved)" \
                 : " (not halved)"
        printf "| `%s`%s | %s | %s | %s |\n", t, mark, commas(num(n[1, t])), \
               commas(num(n[2, t])), r
      }
    for (k = 1; k <= 4; k++)
      if (!(named[k] in seen))
        printf "| `%s` (none either side) | 0 | 0 | - |\n", named[k]
    for (k = 1; k <= 4; k++)
      { four[1] += num(n[1, named[k]]); four[2] += num(n[2, named[k]]) }
    printf "| the four together%s | %s | %s | %s |\n", \
           four[2] * 2 <= four[1] ? " (halved)" : " (not halved)", \
           commas(four[1]), commas(four[2]), ratio(four[1], four[2])
    printf "| fuzz failures | %s | %s | |\n", commas(fail[1]), commas(fail[2])
    printf "| wall time of the run | %s s | %s s | |\n", secs[1], secs[2]
  }' "$before" "$after"
