/* A leaf-declared function that may run a signal handler before it
   returns (issue 13): level calls RUN (selected with -DRUN_...), the
   handler calls level again, so level may be recursive and its object
   stays on the heap.  Compiled once a runner by options.exp.  */

#define _GNU_SOURCE 1
#include <assert.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/pidfd.h>
#include <sys/syscall.h>

void level (int d);

static void
handler (int sig)
{
  level (sig);
}

__attribute__ ((noinline)) void
level (int d)
{
  char *buf = malloc (1000);
  if (!buf)
    return;
  memset (buf, d, 1000);
  if (d > 0)
    {
#if defined RUN_sigset
      sigset (SIGUSR1, handler);
#elif defined RUN_sigsetmask
      sigsetmask (0);
#elif defined RUN_syscall
      syscall (SYS_getpid);
#elif defined RUN_gsignal
      gsignal (SIGUSR1);
#elif defined RUN_trap
      __builtin_trap ();
#elif defined RUN_pidfd
      pidfd_send_signal (d, SIGUSR1, NULL, 0);
#elif defined RUN_assert
      assert (d < 0);
#endif
    }
  free (buf);
}

void
install (void)
{
  signal (SIGUSR1, handler);
}
