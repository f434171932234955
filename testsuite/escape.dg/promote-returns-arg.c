/* A callee that returns its argument: its result joins the escape
   graph, and uses of that result are judged like uses of the object.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) int *
advance (int *p, int k)
{
  return p + k;
}

__attribute__ ((noinline)) int
work (int i)
{
  int *v = malloc (16 * sizeof *v); /* { dg-message "'v' \\(64 bytes, malloc\\) promoted to the stack" } */
  if (!v)
    return -1;
  for (int k = 0; k < 16; k++)
    v[k] = 100 + k + i;
  int *w = advance (v, i & 7);
  int r = w[0] + w[8];
  free (v);
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

/* { dg-output "t=10160" } */
/* { dg-final { scan-assembler-not "call\[ \t\]+(malloc|free)" } } */
