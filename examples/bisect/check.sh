#!/bin/sh
# check.sh SIZES N -- the test of the example of escape-bisect: pass when
# tally prints the right statistics and makes at least N heap
# allocations of the sizes SIZES (comma-separated), counted by
# sizecount.so.  The count is a deliberately wrong expectation: it holds
# only while those sites stay on the heap.
cd "$(dirname "$0")" || exit 2
rm -f sizecount.out
out=$(LD_PRELOAD=./sizecount.so SIZECOUNT_SIZES=$1 SIZECOUNT_OUT=sizecount.out ./tally) || exit 1
want='46451 9 5 11
58613 8 6 11
44073 6 8 9
spread 14540'
[ "$out" = "$want" ] || { echo "check.sh: wrong output: $out"; exit 1; }
n=$(cat sizecount.out)
[ "$n" -ge "$2" ] || { echo "check.sh: $n heap allocation(s) of size $1, expected at least $2"; exit 1; }
