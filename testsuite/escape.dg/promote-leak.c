/* An object that is never freed (a leak) is promoted too: the stack
   reclaims it.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) int
work (int i)
{
  int *p = malloc (12 * sizeof *p); /* { dg-message "'p' \\(48 bytes, malloc\\) promoted to the stack" } */
  if (!p)
    return -1;
  for (int k = 0; k < 12; k++)
    p[k] = k * k - i;
  return p[i % 12];
}

int
main (void)
{
  int t = 0;
  for (int i = 0; i < 50; i++)
    t += work (i);
  printf ("t=%d\n", t);
  return 0;
}

/* { dg-output "t=800" } */
/* { dg-final { scan-assembler-not "call\[ \t\]+malloc" } } */
