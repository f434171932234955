#!/usr/bin/python3
# check.py -- the checks of report.exp on record directories, compiler
# output and escape-report's HTML, printing one line of facts each for
# the .exp file to match.
#
#   check.py units DIR            the record files of DIR: their number,
#                                 whether each is a valid record, leftovers
#   check.py remarks DIR LOG      every "note: escape:" remark of LOG has
#                                 its record and every record its remark
#   check.py chain DIR FILE LINE  the records of the site at FILE:LINE,
#                                 with their function and inlining chain
#   check.py ids DIR DUMP         the dump's "site id:" lines against the
#                                 records' ids
#   check.py dom FILE             what headless Chromium's DOM holds: the
#                                 page's status line and its rows' order

import glob
import json
import os
import re
import sys


def records(d):
    out = []
    for p in sorted(glob.glob(os.path.join(d, "*.json"))):
        with open(p) as f:
            out.append(json.load(f))
    return out


def units(d):
    names = os.listdir(d)
    files = [n for n in names if n.endswith(".json") and not n.startswith(".")]
    other = [n for n in names if n not in files]
    valid = 0
    for r in records(d):
        if r.get("format") == "escape-record" and isinstance(r.get("sites"), list):
            valid += 1
    print("units: %d files, %d valid, %d other" % (len(files), valid, len(other)))
    print("unit names: %s" % " ".join(sorted(n.split(".")[0] for n in files)))


NOTE = re.compile(r"^(.*?):(\d+):(\d+): note: escape: (.*)$")


def remarks(d, log):
    seen = []
    with open(log) as f:
        for line in f:
            m = NOTE.match(line.rstrip("\n"))
            if m and not m.group(4).startswith("flow "):
                seen.append((os.path.basename(m.group(1)), int(m.group(2)),
                             int(m.group(3)), m.group(4)))
    recs = []
    for r in records(d):
        for s in r["sites"]:
            recs.append((os.path.basename(s["file"]), s["line"], s["column"],
                         s["remark"]))
    seen.sort()
    recs.sort()
    missing = [x for x in seen if x not in recs]
    extra = [x for x in recs if x not in seen]
    print("remarks: %d, records: %d, without record: %d, without remark: %d"
          % (len(seen), len(recs), len(missing), len(extra)))
    for x in missing + extra:
        print("  unmatched: %s:%d:%d: %s" % x)


def chain(d, file, line):
    for r in records(d):
        for s in sorted(r["sites"], key=lambda s: s["function"]):
            if os.path.basename(s["file"]) == file and s["line"] == int(line):
                print("site %s in %s via %s: %s" % (
                    s["id"], s["function"],
                    " ".join("%s@%s:%d" % (c["function"],
                                           os.path.basename(c["file"]),
                                           c["line"])
                             for c in s["inlined"]) or "-",
                    s["verdict"]))


def ids(d, dump):
    with open(dump) as f:
        dumped = sorted(re.findall(r"site id: ([0-9a-f]{16})", f.read()))
    recorded = sorted(s["id"] for r in records(d) for s in r["sites"])
    print("ids: %d dumped, %d recorded, %s" % (
        len(dumped), len(recorded),
        "same" if dumped == recorded else "different"))


def dom(path):
    with open(path, errors="replace") as f:
        text = f.read()
    m = re.search(r'id="status">([^<]*)<', text)
    print("status: %s" % (m.group(1) if m else "missing"))
    rows = re.findall(r'<tr data-site="([^"]*)"', text)
    print("rows: %s" % " | ".join(re.sub(r"\S*/", "", r) for r in rows))


def main():
    cmd = sys.argv[1]
    if cmd == "units":
        units(sys.argv[2])
    elif cmd == "remarks":
        remarks(sys.argv[2], sys.argv[3])
    elif cmd == "chain":
        chain(sys.argv[2], sys.argv[3], sys.argv[4])
    elif cmd == "ids":
        ids(sys.argv[2], sys.argv[3])
    elif cmd == "dom":
        dom(sys.argv[2])
    else:
        sys.exit("check.py: unknown command %s" % cmd)


if __name__ == "__main__":
    main()
