/* Recursion through a library callback: walk calls qsort, whose
   comparator calls walk again.  The call graph of the unit has no edge
   from qsort back to walk, but qsort is not declared leaf and may call
   any function whose address it can see, so walk counts as recursive
   and gets the recursive budget (0 by default).  Promoting its two
   2 KiB objects would add 4 KiB to each of 4,000 frames and overflow an
   8 MiB stack.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

static int walk (int d);
static int next_depth;
static long total;

static int
cmp (const void *a, const void *b)
{
  if (next_depth >= 0)
    {
      int d = next_depth;
      next_depth = -1;
      total += walk (d);
    }
  return *(const int *) a - *(const int *) b;
}

__attribute__ ((noinline)) static int
walk (int d)
{
  char *p = malloc (2048); /* { dg-message "'p' \\(2048 bytes, malloc\\) stays on the heap: function may be recursive; 2048 bytes needed, 0 of the 0-byte budget" } */
  char *q = malloc (2048); /* { dg-message "'q' \\(2048 bytes, malloc\\) stays on the heap: function may be recursive" } */
  int r;

  if (!p || !q)
    abort ();
  memset (p, d & 0x7f, 2048);
  memset (q, 1, 2048);
  r = p[d % 2048] + q[(d * 7) % 2048];
  if (d > 0)
    {
      int arr[2] = { 2, 1 };
      next_depth = d - 1;
      qsort (arr, 2, sizeof arr[0], cmp);
      r += arr[0];
    }
  free (p);
  free (q);
  return r;
}

int
main (void)
{
  /* The run without the plugin needs about 2 MiB of stack; make sure
     8 MiB is all there is.  */
  struct rlimit rl;
  if (getrlimit (RLIMIT_STACK, &rl) == 0
      && (rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur > 8 << 20))
    {
      rl.rlim_cur = 8 << 20;
      setrlimit (RLIMIT_STACK, &rl);
    }
  total = walk (4000);
  printf ("total=%ld\n", total);
  return 0;
}

/* { dg-output "total=34" } */
/* { dg-final { scan-escape-dump-times "heap \\(recursive-budget\\)" 2 } } */
