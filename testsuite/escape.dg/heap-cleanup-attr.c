/* A pointer variable with a cleanup attribute: the cleanup function
   receives the variable's address and frees the object through it.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) void
freep (int **pp)
{
  free (*pp);
}

__attribute__ ((noinline)) int
work (int i)
{
  __attribute__ ((cleanup (freep))) int *p = malloc (16); /* { dg-message "'p' \\(16 bytes, malloc\\) stays on the heap: reachable by 'freep' through memory, and 'freep' may free it \\(line 18\\)" } */
  if (!p)
    return -1;
  p[i & 3] = i;
  return p[i & 3];
}

int
main (void)
{
  printf ("r=%d\n", work (2) + work (7));
  return 0;
}

/* { dg-output "r=9" } */
/* { dg-final { scan-escape-dump "heap \\(call-reach-free\\): 'p'" } } */
