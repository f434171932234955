/* With -fstack-clash-protection GCC probes every page of a large frame,
   so with raised caps a 64 KiB object is promoted (and its frame is
   probed).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -fplugin-arg-escape-max-object-size=64k -fplugin-arg-escape-max-frame-size=128k -fplugin-arg-escape-max-chain-size=1M -fstack-clash-protection" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) int
work (int i)
{
  unsigned char *s = malloc (1024); /* { dg-message "'s' \\(1024 bytes, malloc\\) promoted to the stack" } */
  unsigned char *b = malloc (65536); /* { dg-message "'b' \\(65536 bytes, malloc\\) promoted to the stack" } */
  if (!s || !b)
    abort ();
  for (int k = 0; k < 65536; k++)
    b[k] = (unsigned char) (k ^ i);
  for (int k = 0; k < 1024; k++)
    s[k] = b[(k * 61) & 65535];
  int r = s[(i * 977) & 1023] + b[(i * 7919) & 65535];
  free (b);
  free (s);
  return r;
}

int
main (void)
{
  int t = 0;
  for (int i = 0; i < 20; i++)
    t += work (i);
  printf ("t=%d\n", t);
  return 0;
}

/* { dg-output "t=4704" } */
/* { dg-final { scan-escape-dump-not "heap \\(stack-clash\\)" } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+(malloc|free)" } } */
/* The probes of the 64 KiB frame.  */
/* { dg-final { scan-assembler "orq\[ \t\]+\\\$0, \\(%rsp\\)" } } */
