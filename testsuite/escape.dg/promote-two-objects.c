/* Two objects in one function, both promoted, charged to one budget.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) int
work (int i)
{
  int *a = malloc (64 * sizeof *a); /* { dg-message "'a' \\(256 bytes, malloc\\) promoted to the stack" } */
  int *b = malloc (64 * sizeof *b); /* { dg-message "'b' \\(256 bytes, malloc\\) promoted to the stack" } */
  if (!a || !b)
    return -1;
  for (int k = 0; k < 64; k++)
    a[k] = k * i;
  memcpy (b, a, 64 * sizeof *a);
  b[i & 63] = -1;
  int r = a[i & 63] + b[i & 63] + b[(i + 1) & 63];
  free (b);
  free (a);
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

/* { dg-output "t=41820" } */
/* { dg-final { scan-escape-dump-times "promoted: " 2 } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+(malloc|free)" } } */
