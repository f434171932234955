/* calloc with run-time sizes: small products use a zeroed stack slot,
   large ones the heap, and an overflowing product still fails exactly
   as calloc does (null).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) long
work (size_t n, size_t m)
{
  unsigned char *p = calloc (n, m); /* { dg-message "'p' \\(variable size, calloc\\) promoted to the stack for sizes up to 1024 bytes; larger ones still call calloc" } */
  if (!p)
    return -1;
  long s = 0;
  for (size_t k = 0; k < n * m; k += 3)
    s += p[k] + 1;
  p[n * m - 1] = 9;
  s += p[n * m - 1];
  free (p);
  return s;
}

int
main (int argc, char **argv)
{
  size_t one = (size_t) argc;
  long t = work (4 * one, 8) + work (32 * one, 32) + work (33 * one, 32)
	   + work (1000 * one, 1000) + work (SIZE_MAX / 2 * one, 4)
	   + work (one, 1024) + work (1024, one);
  printf ("t=%ld\n", t);
  return 0;
}

/* { dg-output "t=334776" } */
/* { dg-final { scan-escape-dump "promoted: 'p' \\(variable size, calloc\\)" } } */
/* { dg-final { valgrind-run } } */
