/* An object larger than max-object-size (default 2048 bytes) stays on
   the heap, and the remark gives both numbers.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) int
work (int i)
{
  char *b = malloc (5000); /* { dg-message "'b' \\(5000 bytes, malloc\\) stays on the heap: size 5000 bytes exceeds max-object-size \\(2048 bytes\\)" } */
  if (!b)
    return -1;
  for (int k = 0; k < 5000; k++)
    b[k] = (char) (k + i);
  int r = b[(i * 131) % 5000];
  free (b);
  return r;
}

int
main (void)
{
  printf ("r=%d\n", work (3) + work (4));
  return 0;
}

/* { dg-output "r=-100" } */
/* { dg-final { scan-escape-dump "heap \\(too-large\\): 'b'" } } */
