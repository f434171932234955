/* A noinline callee that frees its argument: modref calls that "no
   escape", but the plugin's own summary knows it may free.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) void
release (int *p)
{
  free (p);
}

__attribute__ ((noinline)) int
work (int i)
{
  int *p = malloc (8 * sizeof *p); /* { dg-message "'p' \\(32 bytes, malloc\\) stays on the heap: passed to 'release' \\(argument 1\\), which may free it \\(line 23\\)" } */
  if (!p)
    return -1;
  p[i & 7] = i;
  int r = p[i & 7];
  release (p);
  return r;
}

int
main (void)
{
  int t = 0;
  for (int i = 0; i < 10; i++)
    t += work (i);
  printf ("t=%d\n", t);
  return 0;
}

/* { dg-output "t=45" } */
/* { dg-final { scan-escape-dump "Summary: release may free memory its callers own" } } */
/* { dg-final { scan-escape-dump "heap \\(call-free\\): 'p'" } } */
