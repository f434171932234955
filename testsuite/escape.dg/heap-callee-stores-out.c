/* A callee that stores the pointer through another argument (an out
   parameter) captures it, even when that memory is the caller's local:
   from there it is copied to a global.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

static int *keep;

__attribute__ ((noinline)) void
put (int **out, int *p)
{
  *out = p;
}

__attribute__ ((noinline)) int
work (int i)
{
  int *p = malloc (16); /* { dg-message "'p' \\(16 bytes, malloc\\) stays on the heap: passed to 'put' \\(argument 2\\), which may capture it \\(line 26\\)" } */
  if (!p)
    return -1;
  p[0] = i;
  int *slot;
  put (&slot, p);
  keep = slot;
  return slot[0];
}

int
main (void)
{
  int r = work (4);
  r += keep[0];
  free (keep);
  printf ("r=%d\n", r);
  return 0;
}

/* { dg-output "r=8" } */
/* { dg-final { scan-escape-dump "heap \\(call-capture\\): 'p'" } } */
