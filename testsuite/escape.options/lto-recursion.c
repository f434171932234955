/* Mutual recursion f <-> g across LTO partitions (issue 13): built with
   -flto -flto-partition=max, f and g are compiled in different LTRANS
   partitions, and neither partition sees the cycle.  A call to another
   partition's function may reach every function other partitions call,
   so f counts as recursive and its two 2 KiB objects stay on the heap;
   promoted, they would add 4 KiB to each of 4,000 frames and overflow
   an 8 MiB stack.  Used by options.exp.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

int g (int d);

__attribute__ ((noinline)) int
f (int d)
{
  char *p = malloc (2048);
  char *q = malloc (2048);
  int r;

  if (!p || !q)
    exit (2);
  memset (p, d & 0x7f, 2048);
  memset (q, 1, 2048);
  r = p[d % 2048] + q[(d * 7) % 2048];
  if (d > 0)
    r += g (d - 1);
  free (p);
  free (q);
  return r & 0xffff;
}

__attribute__ ((noinline)) int
g (int d)
{
  return f (d) + 1;
}

int
main (void)
{
  struct rlimit rl;
  if (getrlimit (RLIMIT_STACK, &rl) == 0
      && (rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur > 8 << 20))
    {
      rl.rlim_cur = 8 << 20;
      setrlimit (RLIMIT_STACK, &rl);
    }
  printf ("r=%d\n", f (4000));
  return 0;
}
