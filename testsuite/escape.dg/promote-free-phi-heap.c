/* A free through a PHI of a promoted object and an object that stays
   on the heap (a factory's, not inlined): the range test frees the
   heap one, and leaves the slot alone.  The heap path runs, so
   valgrind checks that it is freed exactly once, and the count that
   only the factory still calls malloc.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -DESCAPE_COUNT" } */

#include "alloc-count.h"

__attribute__ ((noinline)) int *
make (int v)
{
  int *p = malloc (32); /* { dg-message "stays on the heap: returned from the function" } */
  if (!p)
    abort ();
  p[0] = v;
  return p;
}

__attribute__ ((noinline)) int
work (int i)
{
  int *a = malloc (16); /* { dg-message "'a' \\(16 bytes, malloc\\) promoted to the stack; 2 frees that may also release another object test whether the pointer lies in its slot" } */
  int *b = make (i * 3);
  if (!a)
    return -1;
  a[0] = i;
  int *c = (i & 1) ? a : b;
  int *d = (i & 1) ? b : a;
  int r = c[0] - d[0];
  free (c);
  free (d);
  return r;
}

int
main (void)
{
  int t = 0;
  for (int i = 0; i < 9; i++)
    t += work (i);
  if (alloc_count_check ("work", 9))
    return 1;
  printf ("t=%d\n", t);
  return 0;
}

/* { dg-output "t=8" } */
/* { dg-final { scan-escape-dump-times "range-tested free" 2 } } */
/* { dg-final { valgrind-run } } */
