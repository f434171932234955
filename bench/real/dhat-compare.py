#!/usr/bin/python3
# dhat-compare.py -- check escape-prof's call counts against valgrind
# DHAT's, site by site, for the top sites of an escape-report ranking
# (bench/real/report.sh --dhat).
#
# Usage: dhat-compare.py --report REPORT.json --profile PROF.out
#                        [--tree DIR] [--top N] DHAT.OUT...
#
# REPORT.json is escape-report's --json output (its "profile" rows, in
# rank order, name the top sites); PROF.out escape-prof's output of the
# same run DHAT watched; DHAT.OUT... valgrind --tool=dhat's files, one a
# process.  Both sides are parsed here, independently of escape-report's
# own DHAT reader: a site is the innermost frame outside the allocator
# (file base name and line; DHAT prints no directory) with the frames its
# code was inlined into (function and call line), which is what
# escape-prof's addr2line chain says too.  A DHAT program point is a call
# stack: every program point whose first frames outside the allocator are
# the site's is counted (its "tbk", total blocks).  Prints a markdown
# table, with --tree the sites of the package's own sources whose counts
# differ, and the totals of both over all processes.

import argparse
import collections
import json
import os
import re
import sys

ALLOCATORS = {"malloc", "calloc", "realloc", "strdup", "strndup",
              "aligned_alloc", "posix_memalign", "memalign", "valloc",
              "__strdup", "__strndup", "__libc_malloc", "__libc_calloc",
              "__libc_realloc"}
CLONE = re.compile(r"\.(part|isra|constprop|cold|lto_priv)(\.\d+)*")
FRAME = re.compile(r"^(0x[0-9A-Fa-f]+): (.*?) \((.*)\)$")
INLINED = re.compile(r"\[inlined into (\S+) (\S+)\]")


def plain(fn):
    """FN without GCC's clone suffixes (foo.part.0 -> foo)."""
    return CLONE.sub("", fn)


def loc(s):
    """'/dir/file.c:12' -> 'file.c:12'."""
    return os.path.basename(s)


def key_of(fn, where, chain):
    """A site's key: innermost location, the chain of (function, call
    line) it was inlined into, outermost last."""
    return (loc(where), tuple((plain(f), loc(a)) for f, a in chain))


def read_prof(path):
    """escape-prof's output: calls per site key, and its header."""
    counts = collections.Counter()
    header = ""
    total = 0
    with open(path) as f:
        for line in f:
            if line.startswith("# escape-prof:"):
                header = line.strip()
            if line.startswith("#"):
                continue
            w = line.split(None, 7)
            if len(w) < 7:
                continue
            chain = INLINED.findall(w[7]) if len(w) > 7 else []
            counts[key_of(w[5], w[6], chain)] += int(w[0])
            total += int(w[0])
    return counts, header, total


def read_dhat(paths):
    """DHAT's files: total blocks per site key, over all processes."""
    counts = collections.Counter()
    total = 0
    cmds = collections.Counter()
    for path in paths:
        with open(path) as f:
            data = json.load(f)
        cmds[os.path.basename(data.get("cmd", "?").split()[0])] += 1
        ftbl = data.get("ftbl", [])
        for pp in data.get("pps", []):
            frames = []
            for i in pp.get("fs", []):
                m = FRAME.match(ftbl[i])
                if m:
                    frames.append(m.groups())
                else:
                    frames.append((None, ftbl[i], "?"))
            while frames and (frames[0][1].split("(")[0] in ALLOCATORS
                              or "vg_replace_malloc" in frames[0][2]
                              or "vgpreload" in frames[0][2]):
                frames.pop(0)
            total += pp.get("tbk", 0)
            if not frames:
                continue
            addr = frames[0][0]
            group = [fr for fr in frames if fr[0] == addr]
            chain = [(g[1], g[2]) for g in group[1:]]
            counts[key_of(group[0][1], group[0][2], chain)] += pp.get("tbk", 0)
    return counts, total, cmds


def main():
    ap = argparse.ArgumentParser(prog="dhat-compare.py")
    ap.add_argument("--report", required=True)
    ap.add_argument("--profile", required=True)
    ap.add_argument("--tree", default="")
    ap.add_argument("--top", type=int, default=10)
    ap.add_argument("dhat", nargs="+")
    a = ap.parse_args()
    with open(a.report) as f:
        rows = json.load(f).get("profile", [])[:a.top]
    prof, header, ptotal = read_prof(a.profile)
    dhat, dtotal, cmds = read_dhat(a.dhat)
    out = sys.stdout
    out.write("%s\n\n" % header)
    out.write("DHAT: %d process(es): %s\n\n" % (
        len(a.dhat), ", ".join("%s %d" % (c, n)
                               for c, n in sorted(cmds.items()))))
    out.write("| # | site | escape-prof calls | DHAT blocks | difference |\n")
    out.write("|---|---|---:|---:|---:|\n")
    for i, r in enumerate(rows, 1):
        chain = [(c["function"], c["at"]) for c in r.get("inlined", [])]
        k = key_of(r["function"], "%s:%d" % (r["file"], r["line"]), chain)
        p, d = prof.get(k, 0), dhat.get(k, 0)
        label = "%s %s" % (r["function"], k[0])
        for f, at in k[1]:
            label += " < %s %s" % (f, at)
        out.write("| %d | `%s` | %d | %d | %+d |\n" % (i, label, p, d, d - p))
    if a.tree:
        # Every site of the package's own code, by the base names of the
        # tree's sources (DHAT names no directory).
        names = set()
        for d, _, fs in os.walk(a.tree):
            names.update(f for f in fs if f.endswith((".c", ".h", ".y", ".l")))
        own = [k for k in set(prof) | set(dhat)
               if k[0].rsplit(":", 1)[0] in names]
        same = [k for k in own if prof.get(k, 0) == dhat.get(k, 0)]
        out.write("\nown-code sites (sources of %s): %d in either profile, "
                  "%d with the same count; escape-prof %d calls, DHAT %d "
                  "blocks\n" % (a.tree, len(own), len(same),
                                 sum(prof.get(k, 0) for k in own),
                                 sum(dhat.get(k, 0) for k in own)))
        for k in sorted(set(own) - set(same)):
            out.write("  differs: %s %s: escape-prof %d, DHAT %d\n"
                      % (k[0], k[1], prof.get(k, 0), dhat.get(k, 0)))
    out.write("\nall sites, all processes: escape-prof %d calls, "
              "DHAT %d blocks\n" % (ptotal, dtotal))
    return 0


if __name__ == "__main__":
    sys.exit(main())
