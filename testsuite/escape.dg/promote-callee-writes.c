/* A noinline callee fills the object (writes through the pointer, which
   modref cannot tell from freeing); the plugin's own summary says it
   frees nothing, so the object is promoted.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) void
fill (int *v, int n, int seed)
{
  for (int k = 0; k < n; k++)
    v[k] = seed * k + 1;
}

__attribute__ ((noinline)) int
work (int i)
{
  int *v = malloc (30 * sizeof *v); /* { dg-message "'v' \\(120 bytes, malloc\\) promoted to the stack" } */
  if (!v)
    return -1;
  fill (v, 30, i);
  int r = v[i % 30] + v[(i + 7) % 30];
  free (v);
  return r;
}

int
main (void)
{
  int t = 0;
  for (int i = 0; i < 40; i++)
    t += work (i);
  printf ("t=%d\n", t);
  return 0;
}

/* { dg-output "t=20460" } */
/* { dg-final { scan-escape-dump "Summary: fill does not free memory its callers own" } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+(malloc|free)" } } */
