/* As heap-recursive-sigprocmask.c, with the System V sigrelse unblocking
   the pending signal (issue 13).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */
/* { dg-additional-options "-Wno-deprecated-declarations" } */
#define _XOPEN_SOURCE 700
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

static volatile int depth;
static volatile long total;
static int limit;
static sigset_t usr1;

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
    exit (2);
  memset (buf, depth & 0x7f, 2000);
  sigrelse (SIGUSR1);
  total += work (buf, 2000);
  free (buf);
}

static void
handler (int sig)
{
  (void) sig;
  /* SIGUSR1 is blocked while the handler runs: the signal stays
     pending until level unblocks it.  */
  if (++depth < limit)
    raise (SIGUSR1);
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
  sigemptyset (&usr1);
  sigaddset (&usr1, SIGUSR1);
  struct sigaction sa;
  memset (&sa, 0, sizeof sa);
  sa.sa_handler = handler;
  sigaction (SIGUSR1, &sa, 0);
  sigprocmask (SIG_BLOCK, &usr1, 0);
  raise (SIGUSR1);
  level ();
  printf ("depth %d total %ld\n", depth, total);
  return 0;
}

/* { dg-output "depth 1000 total 124712000" } */
/* { dg-final { scan-escape-dump "heap \\(recursive-budget\\): 'buf'" } } */
