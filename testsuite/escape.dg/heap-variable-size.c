/* With guarded promotion turned off (max-guarded-size=0), a size known
   only at run time is declined with that reason, not with "too large".  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -fplugin-arg-escape-max-guarded-size=0" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) int
work (int n)
{
  int *p = malloc (n * sizeof *p); /* { dg-message "'p' \\(variable size, malloc\\) stays on the heap: size is not a compile-time constant, and max-guarded-size is 0" } */
  if (!p)
    return -1;
  for (int k = 0; k < n; k++)
    p[k] = k * k;
  int r = p[n / 2];
  free (p);
  return r;
}

int
main (void)
{
  printf ("r=%d\n", work (11) + work (40));
  return 0;
}

/* { dg-output "r=425" } */
/* { dg-final { scan-escape-dump "heap \\(variable-size\\): 'p'" } } */
