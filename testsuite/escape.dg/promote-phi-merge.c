/* Pointers into the same object merged by a conditional and a PHI stay
   in the graph; the free of the base pointer ends the object.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) int
work (int i)
{
  int *p = malloc (40 * sizeof *p); /* { dg-message "'p' \\(160 bytes, malloc\\) promoted to the stack" } */
  if (!p)
    return -1;
  for (int k = 0; k < 40; k++)
    p[k] = k * 3;
  int *q = (i & 1) ? p + 10 : p + 20;
  int *r;
  if (i & 2)
    r = q + 1;
  else
    r = p;
  int s = q[i % 10] + r[i % 5];
  free (p);
  return s;
}

int
main (void)
{
  int t = 0;
  for (int i = 0; i < 64; i++)
    t += work (i);
  printf ("t=%d\n", t);
  return 0;
}

/* { dg-output "t=5622" } */
/* { dg-final { scan-assembler-not "call\[ \t\]+(malloc|free)" } } */
