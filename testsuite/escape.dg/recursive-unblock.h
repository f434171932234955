/* recursive-unblock.h -- the program of the heap-recursive-sigprocmask.c,
   -pthread-sigmask.c and -sigrelse.c tests: SIGUSR1 is blocked, raised
   and left pending; each test's level unblocks it with the function it
   tests, which runs the handler before it returns; the handler raises
   the signal again (blocked while it runs) and calls level: a recursion
   of 1,000 levels through a leaf-declared function.  1,000 levels need
   about 3 MiB of stack without the plugin (signal frames are large);
   with level's 2000-byte buffers on the stack they overflow the 4 MiB
   the tests allow.  */

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

void level (void);

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
