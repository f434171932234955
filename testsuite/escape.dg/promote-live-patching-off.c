/* heap-live-patching.c without -flive-patching: fill's own summary
   (it only writes the object) lets the caller's object be promoted.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

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
  int *p = malloc (16 * sizeof *p); /* { dg-message "'p' \\(64 bytes, malloc\\) promoted to the stack" } */
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
/* { dg-final { scan-escape-dump "promoted: 'p'" } } */
/* { dg-final { scan-escape-dump-not "heap \\(" } } */
