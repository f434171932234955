/* With a 32-bit size_t, calloc (65536, 65536) overflows: both factors
   are within max-guarded-size=64k, but their product wraps to 0.  The
   guard must see the overflow and call calloc, which returns null.
   (-fstack-clash-protection lets a 64 KiB slot be promoted.)  */
/* { dg-do run } */
/* { dg-require-run-flags "-m32" } */
/* { dg-options "-m32 -fstack-clash-protection -fplugin-arg-escape-remarks -fplugin-arg-escape-max-guarded-size=64k -fplugin-arg-escape-max-frame-size=1M -fplugin-arg-escape-max-chain-size=1M -fplugin-arg-escape-max-object-size=64k" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) long
work (size_t n, size_t m)
{
  unsigned char *p = calloc (n, m); /* { dg-message "'p' \\(variable size, calloc\\) promoted to the stack for sizes up to 65536 bytes; larger ones still call calloc" } */
  if (!p)
    return -1;
  long s = p[0] + p[n * m - 1] + 1;
  p[n * m - 1] = 7;
  s += p[n * m - 1];
  free (p);
  return s;
}

int
main (int argc, char **argv)
{
  size_t one = (size_t) argc;
  printf ("a=%ld b=%ld c=%ld d=%ld\n", work (65536 * one, 65536 * one),
	  work (256 * one, 256 * one), work (65536 * one, 65535 * one),
	  work (65537 * one, 65535 * one));
  return 0;
}

/* { dg-output "a=-1 b=8 c=-1 d=-1" } */
