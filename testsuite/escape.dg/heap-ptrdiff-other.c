/* The difference between the object's address and another object's can
   rebuild the address from the other object: it stays on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

char base[16];
ptrdiff_t delta;

__attribute__ ((noinline)) int
work (int i)
{
  char *p = malloc (16); /* { dg-message "'p' \\(16 bytes, malloc\\) stays on the heap: subtracted from a pointer into another object \\(line 20\\)" } */
  if (!p)
    return -1;
  p[3] = (char) i;
  delta = p - base;
  int r = p[3];
  free (p);
  return r;
}

int
main (void)
{
  printf ("r=%d\n", work (12));
  return 0;
}

/* { dg-output "r=12" } */
/* { dg-final { scan-escape-dump "heap \\(ptrdiff\\): 'p'" } } */
