/* An alignment known only at run time is not promoted, and the remark
   says so: it used to read "alignment 0 is not a power of two the
   library accepts" for aligned_alloc, memalign and posix_memalign.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) int
with_aligned_alloc (size_t a, int k)
{
  char *p = aligned_alloc (a, 64); /* { dg-message "'p' \\(64 bytes, aligned_alloc\\) stays on the heap: the alignment is not a constant" } */
  if (!p)
    return -1;
  memset (p, k, 64);
  int s = p[k & 63];
  free (p);
  return s;
}

__attribute__ ((noinline)) int
with_memalign (size_t a, int k)
{
  char *p = memalign (a, 64); /* { dg-message "'p' \\(64 bytes, memalign\\) stays on the heap: the alignment is not a constant" } */
  if (!p)
    return -1;
  memset (p, k, 64);
  int s = p[(k + 1) & 63];
  free (p);
  return s;
}

__attribute__ ((noinline)) int
with_posix_memalign (size_t a, int k)
{
  void *m;
  if (posix_memalign (&m, a, 64) != 0) /* { dg-message "\\(64 bytes, posix_memalign\\) stays on the heap: the alignment is not a constant" } */
    return -1;
  char *p = m;
  memset (p, k, 64);
  int s = p[(k + 2) & 63];
  free (p);
  return s;
}

int
main (void)
{
  printf ("%d %d %d\n", with_aligned_alloc (32, 5), with_memalign (64, 6),
	  with_posix_memalign (16, 7));
  return 0;
}

/* { dg-output "5 6 7" } */
/* { dg-final { scan-escape-dump-times "heap \\(variable-align\\)" 3 } } */
/* { dg-final { scan-escape-dump-not "alignment 0" } } */
