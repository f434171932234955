/* Pointers to the object stored in a local array and read back through
   a variable index: points-to analysis tracks the loads.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

static inline int
pick (int **slots, int k)
{
  return *slots[k & 3];
}

__attribute__ ((noinline)) int
work (int i)
{
  int *p = malloc (8 * sizeof *p); /* { dg-message "'p' \\(32 bytes, malloc\\) promoted to the stack" } */
  if (!p)
    return -1;
  for (int k = 0; k < 8; k++)
    p[k] = 10 * k + i;
  int *slots[4] = { p, p + 2, p + 4, p + 6 };
  int r = pick (slots, i);
  free (p);
  return r;
}

int
main (void)
{
  int t = 0;
  for (int i = 0; i < 40; i++)
    t += work (i);
  printf ("t=%d\n", t);
  return 0;
}

/* { dg-output "t=1980" } */
/* { dg-final { scan-assembler-not "call\[ \t\]+(malloc|free)" } } */
