/* posix_memalign with an alignment it rejects (0) must keep failing with
   EINVAL; it is not promoted.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) int try_align (size_t a, int k)
{
  void *m;
  if (posix_memalign (&m, 0, 64) != 0)
    return -1;
  char *p = m;
  memset (p, k, 64);
  int s = p[k & 63];
  free (p);
  return s;
}
int main (void)
{
  printf ("%d\n", try_align (4, 7));
  return 0;
}

/* { dg-message "object \\(64 bytes, posix_memalign\\) stays on the heap: alignment 0 is not a power of two the library accepts" "" { target *-*-* } 12 } */
/* { dg-output "-1" } */
/* { dg-final { scan-escape-dump "heap \\(bad-align\\)" } } */
