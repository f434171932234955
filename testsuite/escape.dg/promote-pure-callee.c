/* A pure callee reads the object: pure functions neither capture nor
   free (IPA modref strips the implied flags; the plugin adds them back).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline, pure)) int
checksum (const unsigned *v, int n)
{
  unsigned s = 0;
  for (int k = 0; k < n; k++)
    s = s * 31 + v[k];
  return (int) (s & 0xffff);
}

__attribute__ ((noinline)) int
work (int i)
{
  unsigned *v = malloc (20 * sizeof *v); /* { dg-message "'v' \\(80 bytes, malloc\\) promoted to the stack" } */
  if (!v)
    return -1;
  for (int k = 0; k < 20; k++)
    v[k] = (unsigned) (k * i + 1);
  int r = checksum (v, 20);
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

/* { dg-output "t=1278072" } */
/* { dg-final { scan-assembler-not "call\[ \t\]+(malloc|free)" } } */
