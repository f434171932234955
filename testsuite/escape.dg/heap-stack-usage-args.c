/* -Werror=stack-usage=1100: the function's stack usage is 784 bytes
   without the plugin, most of them the 100 outgoing arguments of one
   call, which GCC's frame estimate does not see.  The reserve for what
   it misses (half the limit, at least 1 KiB) keeps the 400-byte object
   on the heap; before, it was promoted and the build failed: "stack
   usage might be 1200 bytes".  */
/* { dg-do compile } */
/* { dg-options "-O2 -Werror=stack-usage=1100 -fplugin-arg-escape-remarks" } */

#include <stdlib.h>
#include <string.h>

#define P10 long, long, long, long, long, long, long, long, long, long
#define A10(k) k, k + 1, k + 2, k + 3, k + 4, k + 5, k + 6, k + 7, k + 8, k + 9

extern long many (P10, P10, P10, P10, P10, P10, P10, P10, P10, P10);

__attribute__ ((noinline)) long
sum (const char *p, int n)
{
  long s = 0;
  for (int i = 0; i < n; i++)
    s += p[i];
  return s;
}

long
f (long k)
{
  char *p = malloc (400); /* { dg-message "'p' \\(400 bytes, malloc\\) stays on the heap: 400 bytes needed would not fit the frame limit of 1100 bytes" } */
  if (!p)
    return 0;
  memset (p, (int) k, 400);
  long r = sum (p, 400);
  free (p);
  return r + many (A10 (k), A10 (k), A10 (k), A10 (k), A10 (k), A10 (k),
		   A10 (k), A10 (k), A10 (k), A10 (k));
}
