/* A variable size whose range GCC bounds (n & 63, plus 1) gets a fixed
   slot of the largest size: no guard, no call.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) int
work (unsigned n)
{
  unsigned len = (n & 63) + 1;
  unsigned char *b = malloc (len); /* { dg-message "'b' \\(variable size, malloc\\) promoted to the stack: its size is at most 64 bytes" } */
  if (!b)
    return -1;
  for (unsigned k = 0; k < len; k++)
    b[k] = (unsigned char) (k * n);
  int r = b[len - 1] + b[len / 2];
  free (b);
  return r;
}

int
main (void)
{
  int t = 0;
  for (unsigned i = 0; i < 200; i++)
    t += work (i * 7);
  printf ("t=%d\n", t);
  return 0;
}

/* { dg-output "t=43290" } */
/* { dg-final { scan-escape-dump "slot: escape_b\[.0-9\]* \\(64 bytes, aligned to 16, the largest size\\)" } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+(malloc|free)" } } */
