/* Stack depth along a non-recursive call chain (issue 13): 24 distinct
   functions, each with two 2 KiB objects within the default frame
   budget, called in a chain on a thread with a 64 KiB stack.  All 48
   promoted would add 96 KiB to the chain and overflow the thread's
   stack.  With the default max-chain-size (16 KiB), the four deepest
   functions (compiled first) promote both objects and the rest keep
   theirs on the heap with the chain-budget reason.
   (-fstack-clash-protection: two 2 KiB objects fill more than the
   4 KiB stack guard minus the rest of the frame.)  */
/* { dg-do run } */
/* { dg-additional-options "-pthread -fstack-clash-protection" } */

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long leaf_sum;

__attribute__ ((noinline)) static long
f25 (int d)
{
  leaf_sum += d;
  return d;
}

#define LEVEL(N, NEXT)							\
  __attribute__ ((noinline)) static long				\
  f##N (int d)								\
  {									\
    char *a = malloc (2048);						\
    char *b = malloc (2048);						\
    if (!a || !b)							\
      exit (2);								\
    memset (a, d & 0x7f, 2048);						\
    memset (b, (d + 1) & 0x7f, 2048);					\
    long r = f##NEXT (d + 1) + a[(d * 5) % 2048] + b[(d * 3) % 2048];	\
    free (a);								\
    free (b);								\
    return r;								\
  }

LEVEL (24, 25) LEVEL (23, 24) LEVEL (22, 23) LEVEL (21, 22) LEVEL (20, 21)
LEVEL (19, 20) LEVEL (18, 19) LEVEL (17, 18) LEVEL (16, 17) LEVEL (15, 16)
LEVEL (14, 15) LEVEL (13, 14) LEVEL (12, 13) LEVEL (11, 12) LEVEL (10, 11)
LEVEL (9, 10) LEVEL (8, 9) LEVEL (7, 8) LEVEL (6, 7) LEVEL (5, 6)
LEVEL (4, 5) LEVEL (3, 4) LEVEL (2, 3) LEVEL (1, 2)

static long result;

static void *
thread_main (void *arg)
{
  (void) arg;
  result = f1 (1);
  return 0;
}

int
main (void)
{
  pthread_attr_t attr;
  pthread_t t;
  pthread_attr_init (&attr);
  if (pthread_attr_setstacksize (&attr, 64 * 1024) != 0)
    return 3;
  if (pthread_create (&t, &attr, thread_main, 0) != 0)
    return 4;
  pthread_join (t, 0);
  printf ("result=%ld leaf=%ld\n", result, leaf_sum);
  return 0;
}

/* { dg-output "result=649 leaf=25" } */
/* { dg-final { scan-escape-dump-times "promoted:" 8 } } */
/* { dg-final { scan-escape-dump-times "heap \\(chain-budget\\): '\[ab\]' \\(2048 bytes, malloc\\) stays on the heap: call chains through the function leave it 0 bytes of max-chain-size" 40 } } */
/* { dg-final { scan-escape-dump "call chains from f1 may add 16384 bytes" } } */
