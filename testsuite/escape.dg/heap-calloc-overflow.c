/* calloc whose count times size overflows returns null; it stays a
   calloc call, so the program sees the failure as before.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -Wno-alloc-size-larger-than" } */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) int
work (void)
{
  int *p = calloc (SIZE_MAX / 2, 4); /* { dg-message "'p' \\(overflowing size, calloc\\) stays on the heap: element count times element size overflows" } */
  if (!p)
    return 1;
  p[0] = 1;
  free (p);
  return 0;
}

int
main (void)
{
  printf ("failed=%d\n", work ());
  return 0;
}

/* { dg-output "failed=1" } */
/* { dg-final { scan-escape-dump "heap \\(calloc-overflow\\): 'p'" } } */
