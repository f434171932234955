/* Recursion through a GNU ifunc (issue 13): walk calls step, an ifunc
   whose resolver returns step_impl, which calls walk again.  The call
   graph's edge goes to the resolver, which calls nothing, so the cycle
   is not in it; a call to an ifunc may reach any address-taken
   function, and walk counts as recursive.  Promoting its two 2 KiB
   objects would add 4 KiB to each of 4,000 frames and overflow an
   8 MiB stack.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

int walk (int d);

static int
step_impl (int d)
{
  return d > 0 ? walk (d - 1) : 0;
}

static int (*resolve_step (void)) (int)
{
  return step_impl;
}

int step (int) __attribute__ ((ifunc ("resolve_step")));

__attribute__ ((noinline)) int
walk (int d)
{
  char *p = malloc (2048); /* { dg-message "'p' \\(2048 bytes, malloc\\) stays on the heap: function may be recursive" } */
  char *q = malloc (2048); /* { dg-message "'q' \\(2048 bytes, malloc\\) stays on the heap: function may be recursive" } */
  int r;

  if (!p || !q)
    exit (2);
  memset (p, d & 0x7f, 2048);
  memset (q, 1, 2048);
  r = p[d % 2048] + q[(d * 7) % 2048];
  r += step (d);
  free (p);
  free (q);
  return r & 0xffff;
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
  printf ("r=%d\n", walk (4000));
  return 0;
}

/* { dg-output "r=59889" } */
/* { dg-final { scan-escape-dump-times "heap \\(recursive-budget\\)" 2 } } */
