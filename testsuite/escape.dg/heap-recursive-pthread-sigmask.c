/* As heap-recursive-sigprocmask.c, with pthread_sigmask unblocking the
   pending signal (issue 13).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */
/* { dg-additional-options "-pthread" } */

#include "recursive-unblock.h"
#include <pthread.h>

__attribute__ ((noinline)) void
level (void)
{
  char *buf = malloc (2000); /* { dg-message "'buf' \\(2000 bytes, malloc\\) stays on the heap: function may be recursive" } */
  if (!buf)
    exit (2);
  memset (buf, depth & 0x7f, 2000);
  pthread_sigmask (SIG_UNBLOCK, &usr1, 0);
  total += work (buf, 2000);
  free (buf);
}

/* { dg-output "depth 1000 total 124712000" } */
/* { dg-final { scan-escape-dump "heap \\(recursive-budget\\): 'buf'" } } */
