/* Pointers derived by arithmetic walk the object in a loop after the
   allocation; comparisons and differences of pointers into the object
   are not escapes.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) long
work (int n)
{
  short *v = malloc (100 * sizeof *v); /* { dg-message "'v' \\(200 bytes, malloc\\) promoted to the stack" } */
  if (!v)
    return -1;
  short *end = v + 100;
  for (short *q = v; q < end; q++)
    *q = (short) (q - v) * n;
  long s = 0;
  for (short *q = end - 1; q >= v + 50; q -= 7)
    s += *q;
  s += end - v;
  free (v);
  return s;
}

int
main (void)
{
  long t = 0;
  for (int i = 0; i < 30; i++)
    t += work (i);
  printf ("t=%ld\n", t);
  return 0;
}

/* { dg-output "t=262260" } */
/* { dg-final { scan-assembler-not "call\[ \t\]+(malloc|free)" } } */
