/* An object whose address is an inline asm operand stays on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) int
work (int i)
{
  int *p = malloc (16); /* { dg-message "'p' \\(16 bytes, malloc\\) stays on the heap: used by an inline asm statement \\(line 15\\)" } */
  if (!p)
    return -1;
  p[0] = i;
  __asm__ volatile ("" : : "r" (p) : "memory");
  int r = p[0];
  free (p);
  return r;
}

int
main (void)
{
  printf ("r=%d\n", work (4));
  return 0;
}

/* { dg-output "r=4" } */
/* { dg-final { scan-escape-dump "heap \\(asm\\): 'p'" } } */
