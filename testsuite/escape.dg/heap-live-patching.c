/* Under -flive-patching, a live patch may replace fill's body (an
   ftrace-style jump at its entry) without recompiling its callers, so
   GCC keeps one function's code from depending on another's body (no
   IPA modref, pure-const, ...).  The object passed to fill must stay on
   the heap: fill's summary says only that today's body writes it.
   promote-live-patching-off.c is the same code promoted without the
   option.  */
/* { dg-do run } */
/* { dg-options "-flive-patching=inline-clone -fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) void
fill (int *p, int n)
{
  for (int i = 0; i < n; i++)
    p[i] = i * 3;
}

__attribute__ ((noinline)) int
work (int k)
{
  int *p = malloc (16 * sizeof *p); /* { dg-message "'p' \\(64 bytes, malloc\\) stays on the heap: passed to 'fill' \\(argument 1\\), whose body -flive-patching treats as unknown \\(it may be replaced\\)" } */
  fill (p, 16);
  int r = p[k & 15];
  free (p);
  return r;
}

int
main (void)
{
  printf ("r=%d\n", work (5) + work (7));
  return 0;
}

/* { dg-output "r=36" } */
/* { dg-final { scan-escape-dump "heap \\(live-patching\\): 'p'" } } */
/* { dg-final { scan-escape-dump-not "promoted: 'p'" } } */
