/* Recursion through a signal handler run by sigprocmask (issue 13): level
   unblocks the pending SIGUSR1, and the handler, which calls level again,
   runs before sigprocmask returns.  sigprocmask is declared leaf, yet
   level is recursive and its 2000-byte buffer stays on the heap.  The
   program is in recursive-unblock.h.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include "recursive-unblock.h"

__attribute__ ((noinline)) void
level (void)
{
  char *buf = malloc (2000); /* { dg-message "'buf' \\(2000 bytes, malloc\\) stays on the heap: function may be recursive" } */
  if (!buf)
    exit (2);
  memset (buf, depth & 0x7f, 2000);
  sigprocmask (SIG_UNBLOCK, &usr1, 0);
  total += work (buf, 2000);
  free (buf);
}

/* { dg-output "depth 1000 total 124712000" } */
/* { dg-final { scan-escape-dump "heap \\(recursive-budget\\): 'buf'" } } */
