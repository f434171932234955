/* A chain of 8 functions, each promoting a 64-byte object aligned to
   2048, then a leaf with 36 KiB of its own, on a thread with a 64 KiB
   stack.  Each over-aligned slot makes GCC realign the frame, up to
   2032 bytes more than the slot: charged to the budgets (max-frame-size,
   max-chain-size), only the deepest four are promoted and the program
   runs; charged as 2048 bytes each, all 8 were, and it overflowed.  */
/* { dg-do run } */
/* { dg-options "-pthread -fstack-clash-protection -fplugin-arg-escape-dump" } */

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static volatile int sink;

__attribute__ ((noinline)) static void
leaf (int x)
{
  volatile char big[36 * 1024];
  big[x] = 1;
  big[sizeof big - 1 - x] = 2;
  sink += big[x];
}

#define F(n, next)				\
  __attribute__ ((noinline)) void		\
  f##n (int x)					\
  {						\
    char *p = aligned_alloc (2048, 64);		\
    if (!p)					\
      return;					\
    memset (p, x, 64);				\
    next (x + 1);				\
    sink += p[x & 63];				\
    free (p);					\
  }

F (8, leaf)
F (7, f8)
F (6, f7)
F (5, f6)
F (4, f5)
F (3, f4)
F (2, f3)
F (1, f2)

static void *
run (void *arg)
{
  (void) arg;
  f1 (0);
  return NULL;
}

int
main (void)
{
  pthread_attr_t a;
  pthread_t t;
  pthread_attr_init (&a);
  pthread_attr_setstacksize (&a, 64 * 1024);
  if (pthread_create (&t, &a, run, NULL))
    return 1;
  pthread_join (t, NULL);
  printf ("ok %d\n", sink);
  return 0;
}

/* { dg-output "ok 29" } */
/* { dg-final { scan-escape-dump-times "promoted: 'p' \\(64 bytes, aligned_alloc\\)" 4 } } */
/* { dg-final { scan-escape-dump-times "heap \\(chain-budget\\): 'p'" 4 } } */
