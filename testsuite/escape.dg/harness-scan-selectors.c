/* The scan procs of testsuite/lib/escape.exp honour a trailing
   { target SELECTOR } or { xfail SELECTOR } as GCC's scan procs do:
   under a target selector that does not match the scan is not run
   (UNSUPPORTED); under an xfail selector that matches, a failing scan
   is an XFAIL and a passing one an XPASS (a failure of the suite).
   Every scan below would FAIL or be UNRESOLVED if its selector were
   dropped, and the ones under a selector that matches (or an xfail
   that does not) must still PASS.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-remarks -fsave-optimization-record -fdump-tree-optimized" } */

#include <stdlib.h>

__attribute__ ((noinline)) int
work (int i)
{
  int *p = malloc (8 * sizeof *p); /* { dg-message "'p' \\(32 bytes, malloc\\) promoted to the stack" } */
  if (!p)
    return -1;
  for (int k = 0; k < 8; k++)
    p[k] = k * i;
  int r = p[i & 7];
  free (p);
  return r;
}

/* A target selector that does not match: not run.  */
/* { dg-final { scan-escape-dump "no such text" { target nonexistent-*-* } } } */
/* { dg-final { scan-escape-dump-not "promoted" { target nonexistent-*-* } } } */
/* { dg-final { scan-escape-dump-times "promoted" 7 { target nonexistent-*-* } } } */
/* { dg-final { scan-assembler "no such text" { target nonexistent-*-* } } } */
/* { dg-final { scan-assembler-not "work" { target nonexistent-*-* } } } */
/* { dg-final { scan-assembler-times "work" 0 { target nonexistent-*-* } } } */
/* { dg-final { scan-tree-dump "no such text" optimized { target nonexistent-*-* } } } */
/* { dg-final { scan-tree-dump-not "work" optimized { target nonexistent-*-* } } } */
/* { dg-final { scan-opt-record "no such text" { target nonexistent-*-* } } } */
/* { dg-final { valgrind-run { target nonexistent-*-* } } } */

/* An xfail selector that matches: a failing scan is an XFAIL.  */
/* { dg-final { scan-escape-dump "no such text" { xfail *-*-* } } } */
/* { dg-final { scan-escape-dump-not "promoted" { xfail *-*-* } } } */
/* { dg-final { scan-escape-dump-times "promoted" 7 { xfail *-*-* } } } */
/* { dg-final { scan-assembler "no such text" { xfail *-*-* } } } */
/* { dg-final { scan-assembler-not "work" { xfail *-*-* } } } */
/* { dg-final { scan-tree-dump "no such text" optimized { xfail *-*-* } } } */
/* { dg-final { scan-opt-record "no such text" { xfail *-*-* } } } */

/* A target selector that matches, or an xfail that does not: the scan
   runs as without a selector, and passes.  */
/* { dg-final { scan-escape-dump "promoted" { target *-*-* } } } */
/* { dg-final { scan-escape-dump-times "promoted: .p." 1 { xfail nonexistent-*-* } } } */
/* { dg-final { scan-assembler "work" { target *-*-* } } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+malloc" { xfail nonexistent-*-* } } } */
/* { dg-final { scan-tree-dump "work" optimized { target *-*-* } } } */
/* { dg-final { scan-opt-record "escape" { xfail nonexistent-*-* } } } */
