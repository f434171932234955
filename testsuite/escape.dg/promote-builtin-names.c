/* __builtin_malloc and __builtin_free are the same functions.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>

__attribute__ ((noinline)) long
work (int i)
{
  long *p = __builtin_malloc (10 * sizeof (long)); /* { dg-message "'p' \\(80 bytes, malloc\\) promoted to the stack" } */
  if (!p)
    return -1;
  for (int k = 0; k < 10; k++)
    p[k] = (long) k * i;
  long r = p[i % 10] + p[(i + 3) % 10];
  __builtin_free (p);
  return r;
}

int
main (void)
{
  long t = 0;
  for (int i = 0; i < 40; i++)
    t += work (i);
  printf ("t=%ld\n", t);
  return 0;
}

/* { dg-output "t=7260" } */
/* { dg-final { scan-assembler-not "call\[ \t\]+(malloc|free)" } } */
