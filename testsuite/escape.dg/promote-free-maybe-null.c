/* free of a pointer that is the object or null (a PHI of p and 0) is
   deleted: on the null path the object is still in use.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -fplugin-arg-escape-dump=details" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) int
work (int i)
{
  int *p = malloc (8 * sizeof *p); /* { dg-message "'p' \\(32 bytes, malloc\\) promoted to the stack" } */
  if (!p)
    return -1;
  for (int k = 0; k < 8; k++)
    p[k] = k + i;
  int *q = (i & 1) ? p : NULL;
  free (q);
  int r = (i & 1) ? 0 : p[i & 7];
  if (!(i & 1))
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

/* { dg-output "t=440" } */
/* { dg-final { scan-escape-dump "free -> deleted \\(argument may be null\\)" } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+(malloc|free)" } } */
