/* An object resized by realloc stays on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) int
work (int n)
{
  int *p = malloc (4 * sizeof *p); /* { dg-message "'p' \\(16 bytes, malloc\\) stays on the heap: resized by 'realloc' \\(line 16\\)" } */
  if (!p)
    return -1;
  for (int k = 0; k < 4; k++)
    p[k] = k;
  int *q = realloc (p, n * sizeof *p);
  if (!q)
    return -1;
  for (int k = 4; k < n; k++)
    q[k] = k;
  int r = q[n - 1] + q[1];
  free (q);
  return r;
}

int
main (void)
{
  printf ("r=%d\n", work (10));
  return 0;
}

/* { dg-output "r=10" } */
/* { dg-final { scan-escape-dump "heap \\(realloc\\): 'p'" } } */
