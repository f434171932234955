/* An object resized by realloc: the realloc finds the pointer in the
   slot and moves the object to the heap (malloc of the new size, copy
   of the old bytes), where the rest of the function uses it and the
   range-tested free releases it.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -DESCAPE_COUNT" } */

#include "alloc-count.h"

__attribute__ ((noinline)) int
work (int n)
{
  int *p = malloc (4 * sizeof *p); /* { dg-message "'p' \\(16 bytes, malloc\\) promoted to the stack; 1 free that may also release another object tests whether the pointer lies in its slot and 1 realloc moves it to the heap when the pointer lies in its slot" } */
  if (!p)
    return -1;
  for (int k = 0; k < 4; k++)
    p[k] = k;
  int *q = realloc (p, n * sizeof *p);
  if (!q)
    return -1;
  for (int k = 4; k < n; k++)
    q[k] = k;
  int r = q[n - 1] + q[1] + q[3];
  free (q);
  return r;
}

int
main (void)
{
  int r = work (10);
  /* The realloc of the slot calls malloc once.  */
  if (alloc_count_check ("work", 1))
    return 1;
  printf ("r=%d\n", r);
  return 0;
}

/* { dg-output "r=13" } */
/* { dg-final { scan-escape-dump "range-tested realloc \\(inside the slot's 16 bytes: malloc and copy\\): " } } */
/* { dg-final { scan-escape-dump-not "heap \\(realloc\\)" } } */
/* { dg-final { valgrind-run } } */
