/* malloc (48)/free in each of 10,000,000 iterations: every object dies
   before the next is allocated, so one fixed slot serves them all.  The
   program limits its stack to 8 MiB: a stack that grew per iteration
   (an alloca in the loop) would crash it.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

__attribute__ ((noinline)) long
work (long n)
{
  long s = 0;
  for (long i = 0; i < n; i++)
    {
      long *rec = malloc (48); /* { dg-message "'rec' \\(48 bytes, malloc\\) promoted to the stack" } */
      if (!rec)
	return -1;
      rec[i % 6] = i;
      rec[(i + 1) % 6] = i >> 3;
      s += rec[i % 6] ^ rec[(i + 1) % 6];
      free (rec);
    }
  return s;
}

int
main (void)
{
  struct rlimit rl = { 8 << 20, 8 << 20 };
  setrlimit (RLIMIT_STACK, &rl);
  printf ("s=%ld\n", work (10000000));
  return 0;
}

/* { dg-output "s=50516936365248" } */
/* { dg-final { scan-escape-dump "promoted: 'rec'" } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+(malloc|free)" } } */
