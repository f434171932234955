/* An object handed to a helper that may realloc it stays on the heap:
   the move would happen outside the function, where no range test
   knows the slot (the helper returns the new pointer, which the
   summary reports as a capture).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) int *
grow (int *p, int n)
{
  int *q = realloc (p, n * sizeof *p);
  if (!q)
    abort ();
  for (int k = 4; k < n; k++)
    q[k] = k;
  return q;
}

__attribute__ ((noinline)) int
work (int n)
{
  int *p = malloc (4 * sizeof *p); /* { dg-message "'p' \\(16 bytes, malloc\\) stays on the heap: passed to 'grow' \\(argument 1\\), which may capture it \\(line 30\\)" } */
  if (!p)
    return -1;
  for (int k = 0; k < 4; k++)
    p[k] = k;
  int *q = grow (p, n);
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
/* { dg-final { scan-escape-dump "heap \\(call-capture\\): 'p'" } } */
/* { dg-final { scan-escape-dump-not "range-tested" } } */
