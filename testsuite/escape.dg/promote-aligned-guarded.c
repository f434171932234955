/* aligned_alloc with a run-time size: the guarded slot keeps the
   requested alignment.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) int
work (size_t n)
{
  float *v = aligned_alloc (64, n * 64); /* { dg-message "'v' \\(variable size, aligned_alloc\\) promoted to the stack for sizes up to 1024 bytes; larger ones still call aligned_alloc" } */
  if (!v)
    return -1;
  if ((uintptr_t) v % 64)
    return -2;
  v[0] = (float) n;
  int r = (int) v[0];
  free (v);
  return r;
}

int
main (void)
{
  printf ("r=%d\n", work (2) + work (16) + work (17));
  return 0;
}

/* { dg-output "r=35" } */
/* { dg-final { scan-escape-dump "slot: escape_v\[.0-9\]* \\(1024 bytes, aligned to 64, guarded\\)" } } */
/* { dg-final { valgrind-run } } */
