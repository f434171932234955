#!/usr/bin/python3
# opt-record-items.py -- print the escape remarks of the optimization
# record on standard input (-fsave-optimization-record, decompressed),
# one line each, for options.exp:
#   KIND LINE: ITEM | ITEM ...
# KIND the record's kind, LINE its line; each ITEM of the message
# "text:TEXT", "expr:TEXT@LINE:COLUMN" or "stmt:TEXT@LINE:COLUMN"
# (newlines as \n), so that a regexp can check the structured items and
# their locations whatever the order of the JSON keys.
import json
import sys


def item(m):
    """One message item as text."""
    if isinstance(m, str):
        return 'text:' + m.replace('\n', '\\n')
    for key in ('expr', 'stmt', 'symtab_node'):
        if key in m:
            loc = m.get('location', {})
            return '%s:%s@%s:%s' % (key, m[key].replace('\n', '\\n'),
                                    loc.get('line', '?'),
                                    loc.get('column', '?'))
    return 'other:' + json.dumps(m, sort_keys=True)


def walk(x):
    """Print the escape records found in X."""
    if isinstance(x, dict):
        msg = x.get('message')
        if (isinstance(msg, list) and msg and isinstance(msg[0], str)
                and msg[0].startswith('escape: ')):
            print('%s %s: %s' % (x.get('kind'),
                                 x.get('location', {}).get('line', '?'),
                                 ' | '.join(item(m) for m in msg)))
        for v in x.values():
            walk(v)
    elif isinstance(x, list):
        for v in x:
            walk(v)


walk(json.load(sys.stdin))
