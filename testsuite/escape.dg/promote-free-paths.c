/* The object is freed on two different paths; both frees end it.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -fplugin-arg-escape-dump=details" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) int
work (int i)
{
  unsigned char *p = malloc (24); /* { dg-message "'p' \\(24 bytes, malloc\\) promoted to the stack" } */
  if (!p)
    return -1;
  for (int k = 0; k < 24; k++)
    p[k] = (unsigned char) (k * 7 + i);
  if (i % 3 == 0)
    {
      int r = p[i % 24];
      free (p);
      return r;
    }
  int r = p[(i + 5) % 24] * 2;
  free (p);
  return r;
}

int
main (void)
{
  int t = 0;
  for (int i = 0; i < 60; i++)
    t += work (i);
  printf ("t=%d\n", t);
  return 0;
}

/* { dg-output "t=10432" } */
/* { dg-final { scan-escape-dump-times "free ->: escape_p\[.0-9\]* =\\{v\\} \\{CLOBBER\\(eol\\)\\}" 2 } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+(malloc|free)" } } */
