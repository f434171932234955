/* An 8 KiB buffer stays on the heap by default (2 KiB cap, 4 KiB
   frame) but is promoted when max-object-size and max-frame-size allow
   it, and -fstack-clash-protection probes the frame (without it,
   clash-off.c, promotion adds at most the 4 KiB stack guard to a
   frame).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -fplugin-arg-escape-max-object-size=8k -fplugin-arg-escape-max-frame-size=8k -fstack-clash-protection" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) int
work (int i)
{
  unsigned char *b = malloc (8192); /* { dg-message "'b' \\(8192 bytes, malloc\\) promoted to the stack" } */
  if (!b)
    return -1;
  for (int k = 0; k < 8192; k++)
    b[k] = (unsigned char) (k ^ i);
  int r = b[(i * 977) & 8191];
  free (b);
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

/* { dg-output "t=4800" } */
/* { dg-final { scan-assembler-not "call\[ \t\]+(malloc|free)" } } */
