/* A callee that returns its argument: the caller follows the returned
   pointer, which is stored to a global, so the object stays on the
   heap; the summary says "may return".  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -fplugin-arg-escape-dump" } */

#include <stdio.h>
#include <stdlib.h>

int *kept;

__attribute__ ((noinline)) int *
touch (int *p, int v)
{
  p[0] = v;
  return p;
}

__attribute__ ((noinline)) int
work (int i)
{
  int *p = malloc (16); /* { dg-message "'p' \\(16 bytes, malloc\\) stays on the heap: stored to global variable 'kept' \\(line 25\\)" } */
  if (!p)
    return -1;
  kept = touch (p, i);
  return kept[0];
}

int
main (void)
{
  int r = work (11);
  r += kept[0];
  free (kept);
  printf ("r=%d\n", r);
  return 0;
}

/* { dg-output "r=22" } */
/* { dg-final { scan-escape-dump "Summary: parameter 1 of touch: may return" } } */
