/* With -fno-builtin malloc and free are ordinary external functions:
   malloc is only a function with the malloc attribute, like any custom
   allocator, free is unknown, and the calls stay.  */
/* { dg-do run } */
/* { dg-options "-fno-builtin -fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) int
work (int i)
{
  int *p = malloc (16); /* { dg-message "'p' \\(malloc\\) stays on the heap: 'malloc' allocations are not promoted yet" } */
  if (!p)
    return -1;
  p[i & 3] = i;
  int r = p[i & 3];
  free (p);
  return r;
}

int
main (void)
{
  printf ("r=%d\n", work (9));
  return 0;
}

/* { dg-output "r=9" } */
/* { dg-final { scan-escape-dump "heap \\(not-yet\\)" } } */
/* { dg-final { scan-assembler "call\[ \t\]+malloc" } } */
