/* Without -fstack-clash-protection GCC does not probe large frames, and
   a frame bigger than the stack guard (4 KiB) could jump over it.  With
   raised caps, promotion still adds at most the guard size to a frame:
   the 1 KiB object is promoted, the 64 KiB one stays on the heap, with
   the reason.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -fplugin-arg-escape-max-object-size=64k -fplugin-arg-escape-max-frame-size=128k -fno-stack-clash-protection" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) int
work (int i)
{
  unsigned char *s = malloc (1024); /* { dg-message "'s' \\(1024 bytes, malloc\\) promoted to the stack" } */
  unsigned char *b = malloc (65536); /* { dg-message "'b' \\(65536 bytes, malloc\\) stays on the heap: -fstack-clash-protection is off and the frame must not outgrow the 4096-byte stack guard: 65536 bytes needed, of which about 1536 bytes are estimated used already" } */
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
/* { dg-final { scan-escape-dump "heap \\(stack-clash\\)" } } */
/* { dg-final { scan-assembler "call\[ \t\]+malloc" } } */
