/* Recursion through a signal handler: level raises SIGUSR1, whose
   handler calls level again.  raise is declared leaf, but it runs the
   handler before it returns, so level counts as recursive and its
   2000-byte buffer stays on the heap.  1,000 levels need about 3 MiB of
   stack without the plugin (signal frames are large); with the buffers
   on the stack they would overflow the 4 MiB the test allows.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

static volatile int depth;
static volatile long total;
static int limit;

__attribute__ ((noinline)) static long
work (const char *p, int n)
{
  long s = 0;
  for (int i = 0; i < n; i++)
    s += p[i];
  return s;
}

__attribute__ ((noinline)) void
level (void)
{
  char *buf = malloc (2000); /* { dg-message "'buf' \\(2000 bytes, malloc\\) stays on the heap: function may be recursive" } */
  if (!buf)
    abort ();
  memset (buf, depth & 0x7f, 2000);
  if (++depth < limit)
    raise (SIGUSR1);
  total += work (buf, 2000);
  free (buf);
}

static void
handler (int sig)
{
  (void) sig;
  level ();
}

int
main (void)
{
  struct rlimit rl;
  if (getrlimit (RLIMIT_STACK, &rl) == 0
      && (rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur > 4 << 20))
    {
      rl.rlim_cur = 4 << 20;
      setrlimit (RLIMIT_STACK, &rl);
    }
  limit = 1000;
  struct sigaction sa;
  memset (&sa, 0, sizeof sa);
  sa.sa_handler = handler;
  sa.sa_flags = SA_NODEFER;
  sigaction (SIGUSR1, &sa, 0);
  level ();
  printf ("depth %d total %ld\n", depth, total);
  return 0;
}

/* { dg-output "depth 1000 total 124504000" } */
/* { dg-final { scan-escape-dump "heap \\(recursive-budget\\): 'buf'" } } */
