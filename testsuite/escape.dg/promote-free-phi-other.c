/* A pointer merged by a conditional with another heap object and then
   freed: the free may release either object.  Both objects are
   promoted; each free keeps its call behind a test of the address
   against both slots, and no allocator call is left.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -DESCAPE_COUNT" } */

#include "alloc-count.h"

__attribute__ ((noinline)) int
work (int i)
{
  int *a = malloc (16); /* { dg-message "'a' \\(16 bytes, malloc\\) promoted to the stack; 2 frees that may also release another object test whether the pointer lies in its slot" } */
  int *b = malloc (16); /* { dg-message "'b' \\(16 bytes, malloc\\) promoted to the stack; 2 frees that may also release another object test whether the pointer lies in its slot" } */
  if (!a || !b)
    return -1;
  a[0] = i;
  b[0] = -i;
  int *c = (i & 1) ? a : b;
  int r = c[0];
  free (c);
  free ((i & 1) ? b : a);
  return r;
}

int
main (void)
{
  int t = 0;
  for (int i = 0; i < 9; i++)
    t += work (i);
  if (alloc_count_check ("work", 0))
    return 1;
  printf ("t=%d\n", t);
  return 0;
}

/* { dg-output "t=-4" } */
/* { dg-final { scan-escape-dump-times "range-tested free \\(outside the slot.s 16 bytes\\): free " 4 } } */
/* { dg-final { scan-escape-dump-not "heap \\(free-other\\)" } } */
/* { dg-final { valgrind-run } } */
